/// Why a concern term that matched was not reported as the writer's own wording.
public enum SilenceReason: String, Sendable, CaseIterable {
    /// The writer kept it with `{>>PeerNote ok<<}`.
    case markedOK = "marked ok"
    /// It is part of a capitalized name or title ("Drug Court").
    case name
    /// An entry's `not_after`, `not_before`, `only_after` or `only_before` phrases.
    case words = "context words"
    /// One of the entry's `senses:` (another sense of the word, told by its neighbours).
    case sense
    /// A context cue before it in its clause: history, others' labels, self-description.
    case cue
    /// Its subject is not the person ("the landlord refused").
    case subject
    /// One of the entry's `except:` phrases covers it.
    case exception
}

/// A concern term that matched but was silenced, and why: what `peernote eval --misses` reads
/// to tell a missing term from context that silenced a term wrongly.
public struct SilencedMatch: Sendable, Hashable {
    /// The entry's id.
    public var rule: String
    /// UTF-8 byte range in the note.
    public var range: Range<Int>
    /// Why it was silenced.
    public var reason: SilenceReason
    /// The context cue or subject entry that silenced it, when one did.
    public var by: String?

    /// A silenced match.
    public init(rule: String, range: Range<Int>, reason: SilenceReason, by: String? = nil) {
        self.rule = rule
        self.range = range
        self.reason = reason
        self.by = by
    }
}
