/// Finds the person's own words: text inside quotation marks — straight, curly, «guillemets»
/// or „German“ — across sentences, with nested quotes inside the outer pair. A quotation of
/// two words or more is speech; a single quoted word is a scare quote ("was “difficult”"),
/// which is the writer's label and is still coached. A blank line ends an unclosed quote.
struct Quotations {
    /// Byte ranges of the quotations found so far that are speech.
    private(set) var speech: [Range<Int>] = []
    /// How many quotation marks were seen (a sign of the person's own words, even unpaired).
    private(set) var marks = 0
    private var open: (start: Int, closers: Set<String>)?
    /// Words since the open quotation mark.
    private var openWords = 0

    private static let doubleMarks: Set<String> = ["\"", "“", "”", "«", "»", "„"]

    private static let pairs: [String: Set<String>] = [
        "\"": ["\""], "“": ["”", "“"], "„": ["“", "”"], "«": ["»"], "‘": ["’", "'"], "‹": ["›"], "»": ["«"],
    ]

    /// Reads one sentence's tokens, in note order.
    mutating func read(_ tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) {
        // Tokens read in place; words counted in a plain integer (most tokens are words and spaces).
        tokens.withUnsafeBufferPointer { tokens in read(tokens, in: bytes) }
    }

    private mutating func read(_ tokens: UnsafeBufferPointer<Token>, in bytes: UnsafeBufferPointer<UInt8>) {
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .word, .number:
                openWords += 1
            case .space:
                if open != nil, Self.isParagraphBreak(bytes[token.range]) { open = nil }
            case .punctuation:
                // Quotation marks start with '"', '\'', 0xC2 («») or 0xE2 (curly, „, ‹›).
                let lead = bytes[token.range.lowerBound]
                guard lead == 0x22 || lead == 0x27 || lead == 0xC2 || lead == 0xE2 else { continue }
                // Raw text, not the normalized form, which makes curly single quotes apostrophes.
                let mark = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
                if Self.doubleMarks.contains(mark) { marks += 1 }
                if let current = open {
                    if current.closers.contains(mark) {
                        if openWords >= 2 { speech.append(current.start..<token.range.upperBound) }
                        open = nil
                    }
                } else if let closers = Self.pairs[mark] {
                    open = (token.range.lowerBound, closers)
                    openWords = 0
                } else if mark == "'" && Self.opensSingleQuote(at: index, in: tokens) {
                    // A straight single quote opens only before a word and after a space or
                    // punctuation ("told her, 'Don't…'"); inside words ICU keeps apostrophes.
                    open = (token.range.lowerBound, ["'", "’"])
                    openWords = 0
                }
            }
        }
    }

    private static func opensSingleQuote(at index: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        let before = index == 0 || !tokens[index - 1].isWordLike
        return before && index + 1 < tokens.count && tokens[index + 1].isWordLike
    }

    /// Whitespace with a blank line in it (LF, CRLF or CR line breaks).
    private static func isParagraphBreak(_ space: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var breaks = 0, previous: UInt8 = 0
        for byte in space {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { breaks += 1 }
            previous = byte
        }
        return breaks >= 2
    }

    /// Whether `range` lies inside a quotation of speech.
    func contains(_ range: Range<Int>) -> Bool {
        speech.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }
}

