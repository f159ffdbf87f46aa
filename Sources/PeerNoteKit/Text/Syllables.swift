/// Counts the syllables of an English word from its spelling, for a reading grade: groups of
/// vowels, less a silent final "e" ("take"), a silent "-ed" ("moved") or "-es" ("takes"), plus
/// the vowel pairs said as two ("media", "video"). A heuristic in the tradition of the counters
/// readability tools use: right for most words, off by one for some, which a note's average
/// smooths out.
public enum Syllables {
    /// The same, for a word's bytes in an array.
    public static func count(_ word: [UInt8]) -> Int {
        word.withUnsafeBufferPointer { count($0) }
    }

    /// The syllables of a word given as its UTF-8 bytes (either case); at least one for a word
    /// with a letter, none for one without. It runs for every word of every note, so it reads
    /// each byte once, through a table.
    public static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var letters = 0, count = 0
        var previousVowel = false
        var last: UInt8 = 0, secondLast: UInt8 = 0, thirdLast: UInt8 = 0
        for original in word {
            let kind = kinds[Int(original)]
            guard kind != 0 else { continue }
            let byte = original | 0x20   // lower case for ASCII letters; lead bytes keep their class
            // "y" is a vowel after the first letter ("day", "happy"), not at the start ("yes").
            let vowel = kind == 2 || (kind == 3 && letters > 0)
            if vowel {
                if !previousVowel { count += 1 }
                // "ia", "io", "ua", "eo" said as two ("media", "video"), but not in "-tion", "-sion", "-cial".
                else if isSplit(last, byte) && !(secondLast == 0x74 || secondLast == 0x73 || secondLast == 0x63 || secondLast == 0x78 || secondLast == 0x67) {
                    count += 1
                }
            }
            previousVowel = vowel
            letters += 1
            thirdLast = secondLast
            secondLast = last
            last = byte
        }
        guard letters > 0 else { return 0 }
        if count > 1 && last == 0x65 && kinds[Int(secondLast)] == 1 && !(secondLast == 0x6C && kinds[Int(thirdLast)] == 1) { count -= 1 }  // take, not table
        if count > 1 && last == 0x64 && secondLast == 0x65 && thirdLast != 0x74 && thirdLast != 0x64 { count -= 1 }                              // moved, not wanted
        if count > 1 && last == 0x73 && secondLast == 0x65 && kinds[Int(thirdLast)] == 1
            && !(thirdLast == 0x73 || thirdLast == 0x78 || thirdLast == 0x7A || thirdLast == 0x63 || thirdLast == 0x67 || thirdLast == 0x68) { count -= 1 }  // takes, not boxes
        return max(1, count)
    }

    /// Each byte's class: 0 not a letter (or a UTF-8 continuation byte), 1 consonant, 2 vowel,
    /// 3 "y". A letter beyond ASCII is read by its lead byte, as a vowel: accented vowels are
    /// the common case in notes ("José", "café"). The lead bytes of Latin-1's symbols (0xC2)
    /// and of general punctuation (0xE2: the curly apostrophe in "don’t") are not letters.
    private static let kinds: [UInt8] = (0...255).map { value -> UInt8 in
        let byte = UInt8(value)
        if byte == 0xC2 || byte == 0xE2 { return 0 }
        if byte >= 0xC0 { return 2 }
        guard (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) else { return 0 }
        switch byte | 0x20 {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return 2
        case 0x79: return 3
        default: return 1
        }
    }

    /// Vowel pairs said as two syllables.
    @inline(__always)
    private static func isSplit(_ first: UInt8, _ second: UInt8) -> Bool {
        (first == 0x69 && (second == 0x61 || second == 0x6F)) || (first == 0x75 && second == 0x61) || (first == 0x65 && second == 0x6F)
    }
}
