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

/// Everything PeerNote reports about a note — concern and strength language, the goal thread,
/// required elements, voice, billing, metadata — is one `Finding`. Its rule's words are shared
/// (`definition`); a finding adds where it is, what it found and what to try instead.
public struct Finding: Hashable, Sendable {
    /// The rule that produced it, with the words every finding of the rule shares.
    public let definition: Rule
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
    /// The message, when this finding says more than its rule ("A group of 14 is over …").
    let ownMessage: String?
    /// Person-centered alternatives that fit the sentence, worded as they read there.
    public var suggestions: [String]
    /// The bytes each suggestion replaces, in the same order: the finding's own words, or more
    /// when words around them change with it ("is bipolar" → "has bipolar disorder"). Empty when
    /// every suggestion replaces `range` (and for findings not about wording).
    public var suggestionRanges: [Range<Int>] = []
    /// Where no alternative fits the sentence, what to do instead: a sentence for the writer,
    /// with no one-click edit.
    public var guidance: String?
    /// Whether the first suggestion may be applied without a human choice: the entry is `safe`
    /// and its first alternative that fits the sentence is a finished wording.
    public var isSafeToApply: Bool
    /// Whether the finding is about the words at `range` (a lexicon match), rather than
    /// about the note as a whole (thread, elements, voice, billing), where `range` only anchors it.
    public var isAboutWording: Bool
    /// Whether the words are inside a quotation of the person's own words: their voice, not
    /// the writer's wording, so reported only as information and never rewritten.
    public var isQuoted = false

    /// The rule's id, e.g. `refuse`.
    public var rule: String { definition.id }
    /// Its category, e.g. `compliance`, `hope`.
    public var category: String { definition.category }
    /// A short, respectful message.
    public var message: String { ownMessage ?? definition.message }
    /// Why it matters, in words a peer would accept.
    public var rationale: String { definition.rationale }

    /// A finding of `definition`; `message` when it says more than the rule's own message.
    public init(_ definition: Rule, severity: Severity? = nil, range: Range<Int>, line: Int, column: Int, text: String,
                message: String? = nil, suggestions: [String] = [], isSafeToApply: Bool = false, isAboutWording: Bool = false) {
        self.definition = definition
        self.severity = severity ?? definition.severity
        self.range = range
        self.line = line
        self.column = column
        self.text = text
        self.ownMessage = message
        self.suggestions = suggestions
        self.isSafeToApply = isSafeToApply
        self.isAboutWording = isAboutWording
    }

    /// A finding of a rule made on the spot, from its words.
    public init(rule: String, category: String, severity: Severity, range: Range<Int>, line: Int, column: Int,
                text: String, message: String, rationale: String = "", suggestions: [String] = [], isSafeToApply: Bool = false,
                isAboutWording: Bool = false) {
        self.init(Rule(id: rule, kind: isAboutWording ? .concern : .check, category: category, severity: severity, message: message, rationale: rationale),
                  range: range, line: line, column: column, text: text, suggestions: suggestions, isSafeToApply: isSafeToApply,
                  isAboutWording: isAboutWording)
    }
}

extension Finding {
    /// Each suggestion as a person reads it, between `open` and `close`: one that drops the
    /// words (an empty suggestion) reads "leaving out “so-called”", never an empty pair of marks;
    /// `leavingOut` is those first words in the language PeerNote speaks ("omitir" in Spanish).
    public func suggestionsToRead(open: String = "“", close: String = "”", leavingOut: String = "leaving out") -> [String] {
        suggestions.map { $0.isEmpty ? leavingOut + " " + open + text + close : open + $0 + close }
    }
}
