/// The inline marker syntax, CriticMarkup's comment form: `{>>PeerNote …<<}`. `annotate` writes
/// markers, `strip` removes them, and a writer's own `{>>PeerNote ok<<}` keeps one finding.
public enum Marker {
    /// Opens a marker.
    public static let open = "{>>PeerNote "
    /// Closes a marker.
    public static let close = "<<}"
    /// The marker a writer puts right after words to keep them: `{>>PeerNote ok<<}`. It
    /// silences that one finding; `strip` removes it with the rest, `annotate` keeps it.
    public static let ok = open + "ok" + close
}
