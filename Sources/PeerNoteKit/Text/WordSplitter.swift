/// Finds the word boundaries, and the kind of each segment, that ICU's English word breaker finds
/// in ASCII text, without running it: Unicode's UAX #29 word rules on ICU's classes for ASCII.
///
/// ICU's word breaker reads every character through its state machine, and was the larger part
/// of the tokenizer's time; nine tenths of note text is in sentences that are all ASCII, where
/// the rules come down to a few byte tests. Tests hold the two equal on every Corpus note and on
/// thousands of generated texts. In other sentences, the stretches around characters that are
/// not ASCII go to ICU (`Tokenizer` cuts them where ICU always breaks), and the rest comes here.
///
/// ICU's classes for ASCII (measured on ICU 72): letters and `@` are ALetter; digits Numeric;
/// `.` MidNumLet and `'` Single_Quote (between two letters or two digits they keep a word
/// together: "a.m", "don't", "3.50"); `,` and `;` MidNum (between digits only: "1,000"); `_`
/// ExtendNumLet (it joins whatever it touches: "goal_2"); a run of spaces is one segment; CR LF
/// is one segment; `:` is not MidLetter (ICU leaves it out), so "a:b" is three segments.
enum WordSplitter {
    /// The end of the segment of ASCII `text` that starts at `start`, and what kind it is.
    ///
    /// A word-like segment's kind follows ICU's rule status: the class of its last letter or
    /// digit, except that two underscores in a row make it a word and a lone `_` is punctuation.
    @inline(__always)
    static func segment(of text: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, kind: Token.Kind) {
        let end = text.count
        let first = text[start]
        switch first {
        case 0x20:
            var index = start + 1
            while index < end && text[index] == 0x20 { index += 1 }
            return (index, .space)
        case 0x0D:
            return (start + 1 < end && text[start + 1] == 0x0A ? start + 2 : start + 1, .space)
        case 0x09...0x0C:
            return (start + 1, .space)
        default:
            break
        }
        var kind: Token.Kind
        if isLetter(first) { kind = .word } else if isDigit(first) { kind = .number } else if first == 0x5F { kind = .punctuation } else {
            return (start + 1, .punctuation)
        }
        var previous = first
        var index = start + 1
        let raw = UnsafeRawBufferPointer(text)
        while index < end {
            // Letters and digits, most of a word, are passed eight at a time; the byte after them
            // (an underscore, an `@`, punctuation that may join, or the end) is looked at below.
            if index + 8 <= end {
                let run = alphanumericRun(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if run > 0 {
                    index += run
                    previous = text[index - 1]
                    kind = isDigit(previous) ? .number : .word
                    if run == 8 { continue }
                }
            }
            let byte = text[index]
            if isLetter(byte) {
                kind = .word
            } else if isDigit(byte) {
                kind = .number
            } else if byte == 0x5F {
                if previous == 0x5F { kind = .word }
            } else if !joins(byte, between: previous, and: index + 1 < end ? text[index + 1] : 0) {
                break
            }
            previous = byte
            index += 1
        }
        return (index, kind)
    }

    /// Rules WB6, WB7, WB11 and WB12: `.` and `'` between two letters or two digits, `,` and
    /// `;` between two digits.
    @inline(__always)
    private static func joins(_ byte: UInt8, between before: UInt8, and after: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x27: return (isLetter(before) && isLetter(after)) || (isDigit(before) && isDigit(after))
        case 0x2C, 0x3B: return isDigit(before) && isDigit(after)
        default: return false
        }
    }

    /// Text that meets every decision above: each ASCII character between two letters, between
    /// two digits, between a letter and a digit, between underscores and doubled, and the
    /// underscore runs whose kinds ICU's rule status decides. The tokenizer compares its tokens
    /// with ICU's before trusting the splitter.
    static let probe: String = {
        var probe = "1__ a1_ 1a_ _1_ a_1 __a 1.5a a1.5 "
        for byte in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(byte))
            probe += "a\(character)b 1\(character)2 a\(character)2 1\(character)b _\(character)_ \(character)\(character) "
        }
        return probe
    }()

    /// How many of the eight ASCII bytes in `word` (the first in its low byte), from the first
    /// on, are letters or digits.
    @inline(__always)
    private static func alphanumericRun(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // For an ASCII lane x, the high bit of x + (0x80 - c) says x >= c, with no carry into the next lane.
        func atLeast(_ x: UInt64, _ c: UInt64) -> UInt64 { (x &+ (0x80 - c) &* ones) & highs }
        let folded = word | 0x20 &* ones
        let letters = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digits = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
        return ((letters | digits) ^ highs).trailingZeroBitCount >> 3
    }

    /// ICU's ALetter in ASCII: the letters and `@`.
    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte == 0x40 }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
