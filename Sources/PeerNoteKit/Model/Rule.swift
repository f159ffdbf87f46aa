/// One rule PeerNote applies — a lexicon entry or a note-level check — and the words it says.
/// A class: every finding of a rule shares these words, so a finding carries one reference
/// instead of four strings.
public final class Rule: Sendable, Hashable, CustomStringConvertible {
    /// What kind of rule it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Language to coach (a lexicon entry).
        case concern
        /// Language to celebrate (a lexicon entry).
        case strength
        /// A cue of the golden thread: a phrase or heading that states an element or a goal.
        case thread
        /// A context cue: words after which a concern is reported, not the writer's own label.
        case context
        /// A note-level check: the goal thread, required elements, voice, billing, metadata.
        case check
        /// Labels and phrases a plain-text note states its facts with (no findings of its own).
        case fact
    }

    /// The id findings are reported under, e.g. `comp-refuse`, `goal-link-missing`.
    public let id: String
    /// What kind of rule it is.
    public let kind: Kind
    /// Its category, e.g. `compliance`, `thread`.
    public let category: String
    /// How much a finding of it matters, unless the finding says otherwise.
    public let severity: Severity
    /// Its short, respectful message.
    public let message: String
    /// Why it matters, in words a peer would accept.
    public let rationale: String
    /// The public guide it follows.
    public let source: String

    /// A rule.
    public init(id: String, kind: Kind, category: String, severity: Severity, message: String, rationale: String = "", source: String = "") {
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.message = message
        self.rationale = rationale
        self.source = source
    }

    /// `id`.
    public var description: String { id }

    public static func == (a: Rule, b: Rule) -> Bool {
        a === b || (a.id == b.id && a.kind == b.kind && a.category == b.category && a.severity == b.severity
                    && a.message == b.message && a.rationale == b.rationale && a.source == b.source)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(message)
    }
}
