import CNoteICU

/// Splits text into sentences and tokens: ICU's sentence boundaries (found by
/// `SentenceSplitter`, or ICU's own iterator for what it declines) and ICU's word boundaries
/// (found by `WordSplitter` in ASCII text, by ICU's word iterator around other characters).
///
/// A tokenizer holds two ICU iterators, which are costly to open and not thread-safe:
/// make one per thread and reuse it for many notes.
public final class Tokenizer {
    /// Sentences longer than this are cut at a space, so that memory stays bounded on text
    /// without sentence punctuation (a 50 MB single line).
    public static let maximumSentenceBytes = 16_384

    private let wordBreaker: OpaquePointer
    private let sentenceBreaker: OpaquePointer
    private let splitter: SentenceSplitter
    /// The splitter's sentence ends, storage kept from note to note.
    private var ends: [Int] = []
    /// Whether ASCII sentences are split into words by `WordSplitter` (English) rather than by
    /// ICU's iterator; tests turn it off to compare the two.
    var splitsASCIIWords: Bool

    /// Opens ICU's word breaker and its sentence breaker for `locale` ("en", "es", …).
    public init(locale: String = "en") throws {
        // `ss=standard` keeps "Mr." and "a.m." from ending a sentence.
        guard let words = pn_breaker_open(PN_WORDS, locale) else { throw TokenizerError.icuUnavailable(locale) }
        guard let sentences = pn_breaker_open(PN_SENTENCES, "\(locale)@ss=standard") else {
            pn_breaker_close(words)
            throw TokenizerError.icuUnavailable(locale)
        }
        wordBreaker = words
        sentenceBreaker = sentences
        splitter = locale == "en" ? SentenceSplitter.english : SentenceSplitter(locale: locale)
        splitsASCIIWords = false
        // The splitter's classes were measured on one ICU; another ICU may draw them otherwise.
        splitsASCIIWords = locale == "en" && wordSplitterAgreesWithICU()
    }

    /// Whether `WordSplitter` and ICU's word iterator give the same tokens on a probe that puts
    /// every ASCII character between letters, between digits, between underscores and beside
    /// itself (about 4 KB, some microseconds of ICU).
    private func wordSplitterAgreesWithICU() -> Bool {
        var probe = WordSplitter.probe
        return probe.withUTF8 { bytes in
            let range = 0..<bytes.count
            let icu = sentence(in: bytes, range: range).tokens
            splitsASCIIWords = true
            defer { splitsASCIIWords = false }
            return sentence(in: bytes, range: range).tokens == icu
        }
    }

    deinit {
        pn_breaker_close(wordBreaker)
        pn_breaker_close(sentenceBreaker)
    }

    /// The sentences of `text` as UTF-8 byte ranges that cover it without gaps.
    ///
    /// A single line break before a lowercase letter is read as a space, so hard-wrapped
    /// prose stays one sentence; other line breaks end a sentence, so headings and list
    /// items stand alone.
    public func sentences(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        sentences(in: text, into: &ranges)
        return ranges
    }

    /// The same sentences written over `ranges`, whose storage an analyzer reuses from note
    /// to note.
    public func sentences(in text: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        guard !text.isEmpty else { return }
        var joined: [UInt8]? = nil
        var i = Self.nextLineFeed(in: text, from: 0)
        while i < text.count {
            if Self.continuesSentence(text, afterLineBreakAt: i) {
                if joined == nil { joined = Array(text) }
                joined![i] = 0x20
                if i > 0 && text[i - 1] == 0x0D { joined![i - 1] = 0x20 }
            }
            i = Self.nextLineFeed(in: text, from: i + 1)
        }
        if var joined {
            joined.withUnsafeMutableBufferPointer { boundaries(of: UnsafeBufferPointer($0), into: &ranges) }
        } else {
            boundaries(of: text, into: &ranges)
        }
    }

    /// The sentence `text[range]` as tokens, with byte ranges into the whole of `text`.
    public func sentence(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Sentence {
        var sentence = Sentence(range: range, tokens: [], normalizedBytes: [])
        tokenize(text, range: range, into: &sentence)
        return sentence
    }

    /// Tokenizes `text[range]` into `sentence`, reusing its buffers: a note's sentences one
    /// after another then allocate once, not twice per sentence.
    public func tokenize(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into sentence: inout Sentence) {
        sentence.range = range
        sentence.tokens.removeAll(keepingCapacity: true)
        sentence.normalizedBytes.removeAll(keepingCapacity: true)
        guard !range.isEmpty, let base = text.baseAddress else { return }
        let start = base + range.lowerBound
        let bytes = UnsafeBufferPointer(start: start, count: range.count)
        sentence.tokens.reserveCapacity(range.count / 2 + 2)   // about a token per two bytes: words and the spaces between
        // ASCII folds byte by byte: an ASCII sentence is lowercased in one pass, and each token's
        // form is its own bytes there (spaces included but never pointed at).
        let ascii = Normalizer.appendASCIIFolded(bytes, to: &sentence.normalizedBytes)
        if ascii && splitsASCIIWords {
            splitWords(bytes, 0..<bytes.count, ascii: true, of: range, into: &sentence)
            return
        }
        if !ascii { sentence.normalizedBytes.reserveCapacity(range.count) }
        guard splitsASCIIWords else {
            icuWords(bytes, 0..<bytes.count, ascii: ascii, of: range, into: &sentence)
            return
        }
        // A sentence with other characters: ICU reads only the stretches around them, and the
        // splitter the rest (most of such a sentence). A stretch ends where a space is followed
        // by an ASCII character other than a space: ICU always breaks there (only combining
        // marks and format characters, none of them ASCII, join a space to what follows; the
        // tokenizer's probe puts every ASCII character after a space), and its rules look no
        // further back than the character before, so a stretch breaks as it would in the sentence.
        var position = 0
        var other = Self.firstOther(in: bytes, from: 0)
        while let first = other {
            if let cut = stride(from: first, to: position, by: -1).first(where: { Self.endsStretch(bytes, at: $0) }) {
                splitWords(bytes, position..<cut, ascii: false, of: range, into: &sentence)
                position = cut
            }
            // Stretches fewer than 64 bytes apart are read by ICU as one: each stretch gives ICU a
            // new text, which on text dense with accents ("a é a é …") cost more than the gaps.
            var end = Self.stretchEnd(in: bytes, after: first)
            other = Self.firstOther(in: bytes, from: end)
            while let next = other, next - end < 64 {
                end = Self.stretchEnd(in: bytes, after: next)
                other = Self.firstOther(in: bytes, from: end)
            }
            guard icuWords(bytes, position..<end, ascii: false, of: range, into: &sentence) else { return }
            position = end
        }
        if position < bytes.count { splitWords(bytes, position..<bytes.count, ascii: false, of: range, into: &sentence) }
    }

    /// The first byte from `start` on that is not ASCII, if any; ASCII is passed over eight bytes at a time.
    private static func firstOther(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        (ByteScan.skip(bytes, from: start, unless: ByteScan.nonASCIILanes)..<bytes.count).first { bytes[$0] >= 0x80 }
    }

    /// Where the stretch holding `bytes[index]` ends: the next place ICU always breaks, or the end.
    private static func stretchEnd(in bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        (index + 1..<bytes.count).first { endsStretch(bytes, at: $0) } ?? bytes.count
    }

    /// Whether ICU's word breaker always breaks before `bytes[index]`: a space before it, and it
    /// an ASCII character other than a space.
    private static func endsStretch(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index > 0 && bytes[index - 1] == 0x20 && bytes[index] < 0x80 && bytes[index] != 0x20
    }

    /// Appends the tokens `WordSplitter` finds in the ASCII `bytes[stretch]`. Inlined, so
    /// that an ASCII sentence's call appends with `ascii` known.
    @inline(__always)
    private func splitWords(_ bytes: UnsafeBufferPointer<UInt8>, _ stretch: Range<Int>, ascii: Bool, of range: Range<Int>,
                            into sentence: inout Sentence) {
        // The splitter looks no further than the stretch's end, where ICU breaks too.
        let text = UnsafeBufferPointer(rebasing: bytes[..<stretch.upperBound])
        var previous = stretch.lowerBound
        while previous < stretch.upperBound {
            let (boundary, kind) = WordSplitter.segment(of: text, at: previous)
            append(kind, bytes, previous..<boundary, ascii: ascii, of: range, to: &sentence)
            previous = boundary
        }
    }

    /// Appends the tokens ICU's word iterator finds in `bytes[stretch]`; false when ICU could
    /// not take the text.
    @discardableResult
    private func icuWords(_ bytes: UnsafeBufferPointer<UInt8>, _ stretch: Range<Int>, ascii: Bool, of range: Range<Int>,
                          into sentence: inout Sentence) -> Bool {
        let start = bytes.baseAddress! + stretch.lowerBound
        let failed = start.withMemoryRebound(to: CChar.self, capacity: stretch.count) {
            pn_breaker_set_text(wordBreaker, $0, Int64(stretch.count)) != 0
        }
        guard !failed else { return false }
        var previous = stretch.lowerBound
        var status: Int32 = 0
        while true {
            let boundary = Int(pn_breaker_next(wordBreaker, &status))
            guard boundary >= 0 else { break }
            let end = stretch.lowerBound + boundary
            append(Self.kind(of: UnsafeBufferPointer(rebasing: bytes[previous..<end]), status: status), bytes, previous..<end, ascii: ascii,
                   of: range, to: &sentence)
            previous = end
        }
        return true
    }

    /// Appends the token `bytes[segment]` of `kind`, with its normalized form: in an ASCII
    /// sentence, the token's own place in the already lowercased sentence.
    @inline(__always)
    private func append(_ kind: Token.Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>, ascii: Bool,
                        of range: Range<Int>, to sentence: inout Sentence) {
        let token = UnsafeBufferPointer(rebasing: bytes[segment])
        let formStart: Int32, formEnd: Int32
        if ascii {
            formStart = Int32(segment.lowerBound)
            formEnd = kind == .space ? formStart : Int32(segment.upperBound)
        } else {
            formStart = Int32(sentence.normalizedBytes.count)
            if kind != .space { Normalizer.append(token, to: &sentence.normalizedBytes) }
            formEnd = Int32(sentence.normalizedBytes.count)
        }
        // Spaces, hyphens, slashes and ampersands join words: "non-compliant", "c/o", "A&Ox3".
        let joins = kind == .space || (kind == .punctuation && formEnd - formStart == 1
            && (sentence.normalizedBytes[Int(formStart)] == 0x2D || sentence.normalizedBytes[Int(formStart)] == 0x2F
                || sentence.normalizedBytes[Int(formStart)] == 0x26))
        sentence.tokens.append(Token(kind: kind, possessiveLength: kind == .word ? Self.possessiveLength(token) : 0, joinsWords: joins,
                                     range: (range.lowerBound + segment.lowerBound)..<(range.lowerBound + segment.upperBound),
                                     normalizedRange: formStart..<formEnd))
    }

    /// Convenience for whole strings: every sentence with its tokens.
    public func sentences(of text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { bytes in
            sentences(in: bytes).map { sentence(in: bytes, range: $0) }
        }
    }

    /// ICU's sentence boundaries: found by `SentenceSplitter` without running ICU's iterator
    /// where it can, which is on nearly every note.
    private func boundaries(of text: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) {
        guard splitter.boundaries(in: text, into: &ends) else {
            ranges = icuBoundaries(of: text)
            return
        }
        ranges.reserveCapacity(ends.count)
        var previous = 0
        for end in ends {
            Self.appendCapped(previous..<end, of: text, to: &ranges)
            previous = end
        }
    }

    /// The sentence boundaries of ICU's own iterator.
    func icuBoundaries(of text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let failed = text.baseAddress!.withMemoryRebound(to: CChar.self, capacity: text.count) {
            pn_breaker_set_text(sentenceBreaker, $0, Int64(text.count)) != 0
        }
        guard !failed else { return [0..<text.count] }
        var ranges: [Range<Int>] = []
        var previous = 0
        while true {
            let boundary = Int(pn_breaker_next(sentenceBreaker, nil))
            guard boundary >= 0 else { break }
            Self.appendCapped(previous..<boundary, of: text, to: &ranges)
            previous = boundary
        }
        if previous < text.count { Self.appendCapped(previous..<text.count, of: text, to: &ranges) }
        return ranges
    }

    private static func appendCapped(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, to ranges: inout [Range<Int>]) {
        var start = range.lowerBound
        while range.upperBound - start > maximumSentenceBytes {
            var cut = start + maximumSentenceBytes
            // Prefer a space; never cut inside a UTF-8 sequence.
            if let space = (start + maximumSentenceBytes / 2..<cut).last(where: { text[$0] == 0x20 }) { cut = space + 1 }
            while cut > start + 1 && text[cut] & 0xC0 == 0x80 { cut -= 1 }
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<range.upperBound)
    }

    /// The index of the next line feed from `start` on, or `text.count`.
    private static func nextLineFeed(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = ByteScan.skip(text, from: start) { ByteScan.lanes($0, equalTo: 0x0A) }
        while index < text.count && text[index] != 0x0A { index += 1 }
        return index
    }

    private static func continuesSentence(_ text: UnsafeBufferPointer<UInt8>, afterLineBreakAt index: Int) -> Bool {
        var next = index + 1
        while next < text.count && (text[next] == 0x20 || text[next] == 0x09) { next += 1 }
        guard next < text.count else { return false }
        let byte = text[next]
        return byte >= 0x61 && byte <= 0x7A
    }

    private static func possessiveLength(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let count = bytes.count
        guard count >= 3, bytes[count - 1] | 0x20 == 0x73 else { return 0 }
        if bytes[count - 2] == 0x27 { return 2 }
        if count >= 5, bytes[count - 4] == 0xE2, bytes[count - 3] == 0x80, bytes[count - 2] == 0x99 { return 4 }
        return 0
    }

    private static func kind(of bytes: UnsafeBufferPointer<UInt8>, status: Int32) -> Token.Kind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default: return isSpace(bytes) ? .space : .punctuation
        }
    }

    private static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0xC2: return bytes.count >= 2 && (bytes[1] == 0xA0 || bytes[1] == 0x85)      // NBSP, NEL
        case 0xE2: return bytes.count >= 3 && bytes[1] == 0x80 && (bytes[2] <= 0x8A || bytes[2] == 0xA8 || bytes[2] == 0xA9 || bytes[2] == 0xAF)
        case 0xE3: return bytes.count >= 3 && bytes[1] == 0x80 && bytes[2] == 0x80        // ideographic space
        default: return false
        }
    }
}

/// Why a tokenizer could not be made.
public enum TokenizerError: Error, CustomStringConvertible {
    /// ICU could not open a break iterator for the locale.
    case icuUnavailable(String)

    /// A message for people.
    public var description: String {
        switch self {
        case .icuUnavailable(let locale): return "ICU could not open break iterators for locale '\(locale)'; is libicu installed?"
        }
    }
}
