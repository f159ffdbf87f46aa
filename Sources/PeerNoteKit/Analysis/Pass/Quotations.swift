/// Finds the person's own words: text inside quotation marks — straight, curly, «guillemets»
/// or „German“ — across sentences, with nested quotes inside the outer pair. A quotation of
/// two words or more is speech; a single quoted word is a scare quote ("was “difficult”"),
/// which is the writer's label and is still coached. A blank line ends an unclosed quote.
///
/// Who speaks is read from the words around the quotation (the role words of the lexicon):
/// the writer's or staff's own speech ("I told him, '…'", "Told Rosalie, '…'", "'…,' I said")
/// is their wording and is checked; anyone else's is the person's voice.
struct Quotations {
    /// Byte ranges of the quotations found so far that are the person's speech.
    private(set) var speech: [Range<Int>] = []
    /// How many quotation marks were seen (a sign of the person's own words, even unpaired).
    private(set) var marks = 0
    /// The lexicon's role words, for who speaks.
    var roles = RoleWords()
    /// The open quotation: where it starts, the marks that close it, and who speaks it as
    /// the words before it tell (nil when they do not).
    private var open: (start: Int, closers: Mark, speaker: Subject?)?
    /// Words since the open quotation mark.
    private var openWords = 0
    /// Line breaks since the last text, across sentences: a blank line is two, wherever the
    /// sentences around it end.
    private var breaksSinceText = 0

    /// The quotation marks, one bit each, so that a mark's closers are a set of bits: marks
    /// are told apart by their bytes, not made into strings and hashed.
    private struct Mark: OptionSet {
        let rawValue: UInt16
        init(rawValue: UInt16) { self.rawValue = rawValue }
        static let straightDouble = Mark(rawValue: 1 << 0)    // "
        static let straightSingle = Mark(rawValue: 1 << 1)    // '
        static let leftDouble = Mark(rawValue: 1 << 2)        // “
        static let rightDouble = Mark(rawValue: 1 << 3)       // ”
        static let lowDouble = Mark(rawValue: 1 << 4)         // „
        static let leftSingle = Mark(rawValue: 1 << 5)        // ‘
        static let rightSingle = Mark(rawValue: 1 << 6)       // ’
        static let leftGuillemet = Mark(rawValue: 1 << 7)     // «
        static let rightGuillemet = Mark(rawValue: 1 << 8)    // »
        static let leftAngle = Mark(rawValue: 1 << 9)         // ‹
        static let rightAngle = Mark(rawValue: 1 << 10)       // ›

        static let doubles: Mark = [.straightDouble, .leftDouble, .rightDouble, .lowDouble, .leftGuillemet, .rightGuillemet]

        /// The mark a token's raw bytes spell, or none.
        init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            let first = bytes.startIndex
            switch bytes.count {
            case 1: self = bytes[first] == 0x22 ? .straightDouble : bytes[first] == 0x27 ? .straightSingle : []
            case 2 where bytes[first] == 0xC2: self = bytes[first + 1] == 0xAB ? .leftGuillemet : bytes[first + 1] == 0xBB ? .rightGuillemet : []
            case 3 where bytes[first] == 0xE2 && bytes[first + 1] == 0x80:
                switch bytes[first + 2] {
                case 0x9C: self = .leftDouble
                case 0x9D: self = .rightDouble
                case 0x9E: self = .lowDouble
                case 0x98: self = .leftSingle
                case 0x99: self = .rightSingle
                case 0xB9: self = .leftAngle
                case 0xBA: self = .rightAngle
                default: self = []
                }
            default: self = []
            }
        }

        /// The marks that close a quotation this mark opens; none when it opens none.
        var closers: Mark {
            switch self {
            case .straightDouble: .straightDouble
            case .leftDouble, .lowDouble: [.leftDouble, .rightDouble]
            case .leftGuillemet: .rightGuillemet
            case .rightGuillemet: .leftGuillemet
            case .leftSingle: [.rightSingle, .straightSingle]
            case .leftAngle: .rightAngle
            default: []
            }
        }
    }

    /// Starts a new note, keeping the storage of the one before.
    mutating func reset() {
        speech.removeAll(keepingCapacity: true)
        marks = 0
        open = nil
        openWords = 0
        breaksSinceText = 0
    }

    /// Reads one sentence, in note order.
    mutating func read(_ sentence: Sentence, in bytes: UnsafeBufferPointer<UInt8>) {
        // Tokens read in place; words counted in a plain integer (most tokens are words and spaces).
        sentence.tokens.withUnsafeBufferPointer { tokens in read(tokens, of: sentence, in: bytes) }
    }

    /// Whether `bytes` spell a quotation mark.
    static func isQuotationMark(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { !Mark(bytes).isEmpty }

    /// Whether a quotation is the writer's or staff's speech, whose words are checked: the
    /// speaker named before it (or left out: "Told Rosalie, '…'"), else named after it.
    private func isWriters(_ before: Subject?, closingAt index: Int, of sentence: Sentence, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let before { return before == .writer || before == .staff || before == Subject.none }
        guard !roles.isEmpty else { return false }
        let after = Subject.speaker(afterQuotationAt: index, in: sentence, bytes: bytes, roles: roles)
        return after == .writer || after == .staff
    }

    private mutating func read(_ tokens: UnsafeBufferPointer<Token>, of sentence: Sentence, in bytes: UnsafeBufferPointer<UInt8>) {
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind != .space { breaksSinceText = 0 }
            switch token.kind {
            case .word, .number:
                openWords += 1
            case .space:
                breaksSinceText += Self.lineBreaks(in: bytes[token.range])
                if open != nil, breaksSinceText >= 2 { open = nil }
            case .punctuation:
                // Quotation marks start with '"', '\'', 0xC2 («») or 0xE2 (curly, „, ‹›).
                let lead = bytes[token.range.lowerBound]
                guard lead == 0x22 || lead == 0x27 || lead == 0xC2 || lead == 0xE2 else { continue }
                // Raw text, not the normalized form, which makes curly single quotes apostrophes.
                let mark = Mark(bytes[token.range])
                guard !mark.isEmpty else { continue }
                if Mark.doubles.contains(mark) { marks += 1 }
                if let current = open {
                    if current.closers.contains(mark) {
                        if openWords >= 2 && !isWriters(current.speaker, closingAt: index, of: sentence, in: bytes) {
                            speech.append(current.start..<token.range.upperBound)
                        }
                        open = nil
                    }
                } else if !mark.closers.isEmpty {
                    open = (token.range.lowerBound, mark.closers, speaker(before: index, of: sentence, in: bytes))
                    openWords = 0
                } else if mark == .straightSingle && Self.opensSingleQuote(at: index, in: tokens) {
                    // A straight single quote opens only before a word and after a space or
                    // punctuation ("told her, 'Don't…'"); inside words ICU keeps apostrophes.
                    open = (token.range.lowerBound, [.straightSingle, .rightSingle], speaker(before: index, of: sentence, in: bytes))
                    openWords = 0
                }
            }
        }
    }

    /// Who speaks a quotation opening at token `index`, as the words before it tell.
    private func speaker(before index: Int, of sentence: Sentence, in bytes: UnsafeBufferPointer<UInt8>) -> Subject? {
        roles.isEmpty ? nil : Subject.speaker(beforeQuotationAt: index, in: sentence, bytes: bytes, roles: roles)
    }

    private static func opensSingleQuote(at index: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        let before = index == 0 || !tokens[index - 1].isWordLike
        return before && index + 1 < tokens.count && tokens[index + 1].isWordLike
    }

    /// The line breaks in whitespace (LF, CRLF or CR).
    private static func lineBreaks(in space: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var breaks = 0, previous: UInt8 = 0
        for byte in space {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { breaks += 1 }
            previous = byte
        }
        return breaks
    }

    /// Whether `range` lies inside a quotation of speech.
    func contains(_ range: Range<Int>) -> Bool {
        speech.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }
}

