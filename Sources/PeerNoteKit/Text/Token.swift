/// One segment of a note as ICU's word breaker sees it.
public struct Token: Hashable, Sendable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes or periods ("don't", "a.m").
        case word
        /// Digits, possibly with separators ("3.50", "10").
        case number
        /// Anything else that is not whitespace ("-", "/", "“", ",").
        case punctuation
        /// Whitespace, including line breaks.
        case space
    }

    /// What the token is made of.
    public var kind: Kind
    /// The token's exact UTF-8 byte range in the note's text.
    public var range: Range<Int>
    /// NFKC case-folded form with apostrophes unified: what the lexicon matcher compares.
    /// Empty for spaces.
    public var normalized: String

    /// Bytes of a possessive ending in the original text: 2 for `'s`, 4 for `’s` (a curly
    /// apostrophe is three bytes), 0 for none. The matcher ends a term before it.
    public var possessiveLength: UInt8

    /// Creates a token.
    public init(kind: Kind, range: Range<Int>, normalized: String, possessiveLength: UInt8 = 0) {
        self.kind = kind
        self.range = range
        self.normalized = normalized
        self.possessiveLength = possessiveLength
    }

    /// Whether the token can be part of a lexicon term.
    public var isWordLike: Bool { kind == .word || kind == .number }

    /// Whether a phrase may continue across this token: spaces, hyphens and slashes join words
    /// ("non-compliant", "c/o", "non compliant"); other punctuation ends a phrase.
    var joinsWords: Bool {
        switch kind {
        case .space: return true
        case .punctuation: return normalized == "-" || normalized == "/"
        case .word, .number: return false
        }
    }
}
