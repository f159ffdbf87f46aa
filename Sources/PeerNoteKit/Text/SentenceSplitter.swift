import CNoteICU

/// Finds the sentence boundaries ICU's sentence iterator (`ss=standard`) finds, without running
/// it: the rules of Unicode's UAX #29 on ICU's own character classes, and ICU's own list of
/// abbreviations ("Mr.", "e.g.") matched the way ICU matches them.
///
/// ICU's iterator reads every character through its state machine, which was a quarter of the
/// tokenizer's time; here only sentence punctuation and line breaks are looked at. The one case
/// these rules cannot answer — an abbreviation reaching back to the start of the text, where ICU
/// reads an undefined value — is declined, and the caller asks ICU. Tests hold the two equal on
/// every Corpus note and on thousands of generated texts.
struct SentenceSplitter {
    /// Unicode's Sentence_Break classes, numbered as ICU numbers them; `broken` for bytes that
    /// are not UTF-8 (never in a `String`'s bytes), which are declined.
    enum Class: UInt8 {
        case other, aTerm, close, format, lower, numeric, oLetter, sep, sp, sTerm, upper, cr, extend, lf, sContinue
        case broken
    }

    private let asciiClasses: [Class]
    private let backward: AbbreviationTrie
    private let forward: AbbreviationTrie

    /// English, made once: reading ICU's data for it is start-up time.
    static let english = SentenceSplitter(locale: "en")

    /// A splitter with `locale`'s abbreviations, as ICU's `ss=standard` iterator has them.
    init(locale: String) {
        asciiClasses = (0..<128).map { Self.icuClass(Int32($0)) }
        (backward, forward) = Self.tries(for: Self.exceptions(for: locale))
    }

    /// The boundaries after each sentence of `text` (the last is `text.count`), or nil when the
    /// text holds something these rules leave to ICU.
    func boundaries(in text: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var boundaries: [Int] = []
        return self.boundaries(in: text, into: &boundaries) ? boundaries : nil
    }

    /// The same boundaries written over `boundaries`, whose storage a tokenizer reuses from
    /// note to note; false when the text holds something these rules leave to ICU.
    func boundaries(in text: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int]) -> Bool {
        boundaries.removeAll(keepingCapacity: true)
        // Room for a sentence per 64 bytes, about what notes hold: growing one at a time
        // allocated four or five times per note.
        boundaries.reserveCapacity(text.count / 64 + 4)
        var position = 0
        let end = text.count
        while position < end {
            position = Self.nextCandidate(in: text, from: position)
            guard position < end else { break }
            let byte = text[position]
            // Letters, digits, spaces and most punctuation can neither end a sentence nor keep one going.
            if byte < 0x80 && byte != 0x2E && byte != 0x21 && byte != 0x3F && byte != 0x0A && byte != 0x0D {
                position += 1
                continue
            }
            let (kind, length) = character(at: position, in: text)
            switch kind {
            case .broken:
                return false
            case .cr:
                position += position + 1 < end && text[position + 1] == 0x0A ? 2 : 1
                guard append(position, to: &boundaries, in: text) else { return false }
            case .lf, .sep:
                position += length
                guard append(position, to: &boundaries, in: text) else { return false }
            case .aTerm, .sTerm:
                // The terminator with any marks after it (SB5); a mark elsewhere is passed over.
                let length = unit(at: position, in: text).length
                guard let next = terminator(at: position, length: length, kind: kind, in: text, boundaries: &boundaries) else { return false }
                position = next
            default:
                position += length
            }
        }
        if boundaries.last != end { boundaries.append(end) }
        return true
    }

    /// Rules SB6–SB11 after the terminator at `start`: where the sentence ends, if it does, and
    /// where to go on scanning.
    private func terminator(at start: Int, length: Int, kind: Class, in text: UnsafeBufferPointer<UInt8>,
                            boundaries: inout [Int]) -> Int? {
        let end = text.count
        var next = start + length
        var nextKind = Class.other
        // SATerm Close* Sp* stays together (SB9, SB10).
        while next < end {
            let (found, size) = unit(at: next, in: text)
            nextKind = found
            guard found == .close else { break }
            next += size
        }
        while next < end {
            let (found, size) = unit(at: next, in: text)
            nextKind = found
            guard found == .sp else { break }
            next += size
        }
        guard next < end else { return end }   // the end of the text ends the sentence anyway
        switch nextKind {
        case .extend, .format, .broken:
            return nil   // a lone mark can only follow a paragraph separator, which ended the runs above
        case .cr:
            // …then a paragraph separator, CR LF as one (SB9–SB11).
            let after = next + (next + 1 < end && text[next + 1] == 0x0A ? 2 : 1)
            return append(after, to: &boundaries, in: text) ? after : nil
        case .lf, .sep:
            let after = next + character(at: next, in: text).length
            return append(after, to: &boundaries, in: text) ? after : nil
        case .sContinue, .aTerm, .sTerm:
            return next   // SB8a: "?!", "etc., and"
        default:
            break
        }
        if kind == .aTerm {
            let adjacent = next == start + length
            // SB6: "3.5"; SB7: "U.S", "e.g.Mr" — a letter before, a capital right after.
            if adjacent && nextKind == .numeric { return next }
            if adjacent && nextKind == .upper, [.upper, .lower].contains(previousBase(before: start, in: text)) { return next }
            // SB8: a lowercase word follows before any other letter ("etc. and", "p.m. today").
            var ahead = next
            while ahead < end {
                let (found, size) = unit(at: ahead, in: text)
                switch found {
                case .broken: return nil
                case .lower: return next
                case .oLetter, .upper, .sep, .cr, .lf, .aTerm, .sTerm: break
                default: ahead += size; continue
                }
                break
            }
        }
        return append(next, to: &boundaries, in: text) ? next : nil   // SB11
    }

    /// Appends `boundary` unless one of the abbreviations suppresses it. False when ICU's answer
    /// cannot be known here.
    private func append(_ boundary: Int, to boundaries: inout [Int], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard boundary < text.count else { return true }   // ICU never suppresses the end of the text
        switch isException(at: boundary, in: text) {
        case .some(true): return true
        case .some(false): boundaries.append(boundary); return true
        case .none: return false
        }
    }

    /// ICU's `SimpleFilteredSentenceBreakIterator.breakExceptionAt`: one space before the
    /// boundary is stepped over, then the text is read backwards through the reversed
    /// abbreviations; a prefix such as "Ph." must then read forwards into a whole one ("Ph.D.").
    private func isException(at boundary: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool? {
        var position = boundary
        if text[position - 1] == 0x20 { position -= 1 }
        var node = 0
        var result = AbbreviationTrie.Step.intermediateValue
        var best: (position: Int, value: AbbreviationTrie.Value)? = nil
        var reachedStart = false
        while true {
            guard position > 0 else { reachedStart = true; break }
            let start = Self.start(ofCharacterBefore: position, in: text)
            result = backward.step(&node, scalar: Self.scalar(at: start, in: text).value)
            position = start
            guard result.hasNext else { break }
            if result.hasValue { best = (position, backward.value(of: node)!) }
        }
        if result.matches {
            // ICU reads a value here even when the text began in the middle of an abbreviation.
            guard !(reachedStart && (node == 0 || !result.hasValue)) else { return nil }
            best = (position, backward.value(of: node)!)
        }
        guard let best else { return false }
        switch best.value {
        case .match: return true
        case .partial:
            var node = 0
            var step = AbbreviationTrie.Step.intermediateValue
            var position = best.position
            while position < text.count {
                guard let (scalar, length) = Self.scalarAndLength(at: position, in: text) else { return nil }
                position += length
                step = forward.step(&node, scalar: scalar.value)
                guard step.hasNext else { break }
            }
            return step.matches
        }
    }

    // MARK: Characters

    /// Skips eight bytes at a time while none of them could matter: no `.`, `!` or `?`, no
    /// control byte (line breaks among them) and nothing outside ASCII.
    private static func nextCandidate(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteScan.skip(text, from: start) { word in
            ByteScan.nonASCIILanes(word) | ByteScan.controlLanes(word)
                | ByteScan.lanes(word, equalTo: 0x2E) | ByteScan.lanes(word, equalTo: 0x21) | ByteScan.lanes(word, equalTo: 0x3F)
        }
    }

    private func character(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> (kind: Class, length: Int) {
        let byte = text[position]
        if byte < 0x80 { return (asciiClasses[Int(byte)], 1) }
        guard let (scalar, length) = Self.scalarAndLength(at: position, in: text) else { return (.broken, 1) }
        return (Self.icuClass(Int32(scalar.value)), length)
    }

    /// The character at `position` with the combining marks and format characters after it,
    /// which rule SB5 counts as that character ("e" and U+0301, "❤" and U+FE0F); a paragraph
    /// separator takes none.
    @inline(__always)
    private func unit(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> (kind: Class, length: Int) {
        // Marks and format characters are never ASCII: an ASCII byte before an ASCII byte is a unit.
        let byte = text[position]
        if byte < 0x80 && (position + 1 == text.count || text[position + 1] < 0x80) { return (asciiClasses[Int(byte)], 1) }
        var (kind, length) = character(at: position, in: text)
        guard kind != .cr && kind != .lf && kind != .sep && kind != .broken else { return (kind, length) }
        while position + length < text.count && text[position + length] >= 0x80 {
            let (next, size) = character(at: position + length, in: text)
            guard next == .extend || next == .format else { break }
            length += size
        }
        return (kind, length)
    }

    /// The class of the character before `position`, over any combining marks and format
    /// characters (SB5); `other` at the start of the text.
    private func previousBase(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Class {
        var start = position
        while start > 0 {
            start = Self.start(ofCharacterBefore: start, in: text)
            let kind = character(at: start, in: text).kind
            if kind != .extend && kind != .format { return kind }
        }
        return .other
    }

    /// Where the character ending just before `position` (> 0) starts.
    private static func start(ofCharacterBefore position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var start = position - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    static func icuClass(_ scalar: Int32) -> Class {
        let value = pn_sentence_break(scalar)
        return value >= 0 && value < Int32(Class.broken.rawValue) ? Class(rawValue: UInt8(value))! : .other
    }

    /// The scalar at `position`; U+FFFD, which no abbreviation holds, for a broken sequence.
    private static func scalar(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        scalarAndLength(at: position, in: text)?.scalar ?? "\u{FFFD}"
    }

    /// The scalar starting at `position`, or nil for a broken sequence (never in a `String`'s
    /// bytes, which is what the tokenizer gives).
    private static func scalarAndLength(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int)? {
        var decoder = Unicode.UTF8.ForwardParser()
        var bytes = text[position..<min(text.count, position + 4)].makeIterator()
        guard case .valid(let encoded) = decoder.parseScalar(from: &bytes) else { return nil }
        return (Unicode.UTF8.decode(encoded), encoded.count)
    }

    // MARK: Abbreviations

    private static func exceptions(for locale: String) -> [String] {
        let length = pn_sentence_exceptions(locale, nil, 0)
        guard length > 0 else { return [] }
        var buffer = [CChar](repeating: 0, count: Int(length))
        _ = pn_sentence_exceptions(locale, &buffer, length)
        return String(decoding: buffer.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The two tries ICU's `SimpleFilteredBreakIteratorBuilder.build` makes from the list, by
    /// the same steps: an abbreviation with an inner full stop ("Ph.D.") puts its first part,
    /// reversed, in the backward trie as a partial match and itself in the forward trie, and so
    /// does every other abbreviation starting with that part (even "Ph." itself); the others go
    /// reversed into the backward trie as whole matches.
    private static func tries(for list: [String]) -> (backward: AbbreviationTrie, forward: AbbreviationTrie) {
        let abbreviations = Array(Set(list)).map { Array($0.utf16) }.sorted { $0.lexicographicallyPrecedes($1) }
        var partial = [Bool](repeating: false, count: abbreviations.count)
        var backward = AbbreviationTrie(), forward = AbbreviationTrie()
        for (index, abbreviation) in abbreviations.enumerated() {
            guard let stop = abbreviation.firstIndex(of: 0x2E), stop + 1 != abbreviation.count else { continue }
            let prefix = abbreviation[...stop]
            var sameAs = false
            for (other, candidate) in abbreviations.enumerated() where other != index && candidate.count >= prefix.count && candidate[...stop] == prefix {
                if !partial[other] { partial[other] = true } else { sameAs = true }
            }
            if !sameAs && !partial[index] {
                backward.add(String(String(decoding: prefix, as: UTF16.self).unicodeScalars.reversed().map(Character.init)), .partial)
                partial[index] = true
            }
        }
        for (index, abbreviation) in abbreviations.enumerated() {
            let text = String(decoding: abbreviation, as: UTF16.self)
            if partial[index] { forward.add(text, .match) } else { backward.add(String(text.unicodeScalars.reversed().map(Character.init)), .match) }
        }
        return (backward, forward)
    }
}

extension SentenceSplitter {
    /// A trie of abbreviations over Unicode scalars, stepped the way ICU's `UCharsTrie` is.
    struct AbbreviationTrie {
        /// What a key leads to.
        enum Value { case partial, match }

        /// The result of one step, as ICU's `UStringTrieResult`.
        enum Step {
            case noMatch, noValue, finalValue, intermediateValue
            var hasNext: Bool { self == .noValue || self == .intermediateValue }
            var hasValue: Bool { self == .finalValue || self == .intermediateValue }
            var matches: Bool { self != .noMatch }
        }

        private var children: [[UInt32: Int]] = [[:]]
        private var values: [Value?] = [nil]

        /// Adds `key`; the first value given for a key stays.
        mutating func add(_ key: String, _ value: Value) {
            var node = 0
            for scalar in key.unicodeScalars {
                if let next = children[node][scalar.value] { node = next; continue }
                children.append([:])
                values.append(nil)
                children[node][scalar.value] = children.count - 1
                node = children.count - 1
            }
            if values[node] == nil { values[node] = value }
        }

        /// Moves `node` along `scalar`.
        func step(_ node: inout Int, scalar: UInt32) -> Step {
            guard let next = children[node][scalar] else { return .noMatch }
            node = next
            switch (values[next] != nil, !children[next].isEmpty) {
            case (true, true): return .intermediateValue
            case (true, false): return .finalValue
            default: return .noValue
            }
        }

        /// The value at `node`, if a key ends there.
        func value(of node: Int) -> Value? { values[node] }
    }
}
