/// Counts the syllables of an English word from its spelling, for a reading grade: groups of
/// vowels, less a silent final "e" ("take"), a silent "-ed" ("moved") or "-es" ("takes"), plus
/// the vowel pairs said as two ("media", "create"). A heuristic in the tradition of the counters
/// readability tools use: right for most words, off by one for some, which a note's average
/// smooths out.
public enum Syllables {
    /// The syllables of a word given as its normalized (lower case) UTF-8 bytes; at least one
    /// for a word with a letter, none for one without.
    public static func count(_ word: some Collection<UInt8>) -> Int {
        var letters = 0, groups = 0, splits = 0
        var previousVowel = false
        var last: UInt8 = 0, secondLast: UInt8 = 0, thirdLast: UInt8 = 0
        for byte in word {
            // A letter beyond ASCII is read by its first byte, as a vowel: accented vowels are the
            // common case in notes ("José", "café").
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC0
            guard isLetter else { continue }
            let vowel = isVowel(byte) || (byte == 0x79 && letters > 0) || byte >= 0xC0
            if vowel && !previousVowel { groups += 1 }
            // "ia", "io", "ua", "eo" said as two ("media", "video"), but not in "-tion", "-sion", "-cial".
            if vowel && previousVowel && isSplit(last, byte) && !"tscxg".utf8.contains(secondLast) { splits += 1 }
            previousVowel = vowel
            letters += 1
            thirdLast = secondLast
            secondLast = last
            last = byte
        }
        guard letters > 0 else { return 0 }
        var count = groups + splits
        if count > 1 && last == 0x65 && !(secondLast == 0x6C && !isVowel(thirdLast)) && !isVowel(secondLast) { count -= 1 }     // take, not table
        if count > 1 && last == 0x64 && secondLast == 0x65 && thirdLast != 0x74 && thirdLast != 0x64 { count -= 1 }              // moved, not wanted
        if count > 1 && last == 0x73 && secondLast == 0x65 && !"sxzcgh".utf8.contains(thirdLast) && !isVowel(thirdLast) { count -= 1 } // takes, not boxes
        return max(1, count)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    /// Vowel pairs said as two syllables.
    private static func isSplit(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (0x69, 0x61), (0x69, 0x6F), (0x75, 0x61), (0x65, 0x6F): return true   // ia io ua eo
        default: return false
        }
    }
}
