/// How much a finding matters. Ordered: `hint < info < warning < error`.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    /// Language worth celebrating (strengths); shown only when asked for.
    case hint
    /// Worth a thought; often a kind judgment or a milder wording.
    case info
    /// Language to coach.
    case warning
    /// A problem a reviewer would act on.
    case error

    private var rank: Int {
        switch self {
        case .hint: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    /// Orders severities from `hint` to `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Everything PeerNote reports about a note — concern language, strengths, and later the
/// goal thread, required elements and billing facts — is one `Finding`.
public struct Finding: Hashable, Sendable {
    /// The lexicon entry or check that produced it, e.g. `refuse`.
    public var rule: String
    /// Its category, e.g. `compliance`, `hope`.
    public var category: String
    /// How much it matters.
    public var severity: Severity
    /// UTF-8 byte range in the note's text.
    public var range: Range<Int>
    /// 1-based line of the range's start.
    public var line: Int
    /// 1-based column of the range's start, in Unicode scalars.
    public var column: Int
    /// The text at `range`, exactly as written.
    public var text: String
    /// A short, respectful message.
    public var message: String
    /// Why it matters, in words a peer would accept.
    public var rationale: String
    /// Person-centered alternatives, adapted to the matched form.
    public var suggestions: [String]
    /// Whether the first suggestion may be applied without a human choice.
    public var isSafeToApply: Bool
    /// Whether the finding is about the words at `range` (a lexicon match), rather than
    /// about the note as a whole (thread, elements, voice, billing), where `range` only anchors it.
    public var isAboutWording: Bool
    /// Whether the words are inside a quotation of the person's own words: their voice, not
    /// the writer's wording, so reported only as information and never rewritten.
    public var isQuoted = false

    /// Creates a finding.
    public init(rule: String, category: String, severity: Severity, range: Range<Int>, line: Int, column: Int,
                text: String, message: String, rationale: String = "", suggestions: [String] = [], isSafeToApply: Bool = false,
                isAboutWording: Bool = false) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.range = range
        self.line = line
        self.column = column
        self.text = text
        self.message = message
        self.rationale = rationale
        self.suggestions = suggestions
        self.isSafeToApply = isSafeToApply
        self.isAboutWording = isAboutWording
    }
}
