/// One segment of a note as ICU's word breaker sees it.
///
/// A token is plain data: its normalized form lives in its `Sentence`'s byte buffer, so
/// tokenizing allocates per sentence, not per word.
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
    /// Bytes of a possessive ending in the original text: 2 for `'s`, 4 for `’s` (a curly
    /// apostrophe is three bytes), 0 for none. The matcher ends a term before it.
    public var possessiveLength: UInt8
    /// Whether a phrase may continue across this token: spaces, hyphens and slashes join words
    /// ("non-compliant", "c/o", "non compliant"); other punctuation ends a phrase.
    public var joinsWords: Bool
    /// The token's exact UTF-8 byte range in the note's text.
    public var range: Range<Int>
    /// Where the token's normalized form (NFKC case-folded, apostrophes and hyphens unified)
    /// sits in its sentence's `normalizedBytes`. Empty for spaces.
    public var normalizedRange: Range<Int32>

    /// Whether the token can be part of a lexicon term.
    public var isWordLike: Bool { kind == .word || kind == .number }
}

/// One sentence's tokens, with every token's normalized form back to back in one buffer.
public struct Sentence: Sendable {
    /// The sentence's UTF-8 byte range in the note's text.
    public var range: Range<Int>
    /// The tokens, covering `range` without gaps.
    public var tokens: [Token]
    /// The normalized forms of all tokens; each token's `normalizedRange` points into it.
    public var normalizedBytes: [UInt8]

    /// The normalized form of token `index`.
    public func normalized(_ index: Int) -> String {
        String(decoding: form(index), as: UTF8.self)
    }

    /// The normalized bytes of token `index`.
    func form(_ index: Int) -> ArraySlice<UInt8> {
        let range = tokens[index].normalizedRange
        return normalizedBytes[Int(range.lowerBound)..<Int(range.upperBound)]
    }
}
