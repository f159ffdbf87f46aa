/// Which language a stretch of text is written in, English or Spanish, from its short function
/// words: they are a third of any sentence, few, and barely shared between the two languages
/// ("a", "no", "me" and "son" are, so they are left out). A byte scan, no tokenizer: it runs on
/// every note before the pass chooses the lexicons.
public enum LanguageGuess {
    /// The languages told apart.
    public static let english = "en", spanish = "es"

    /// Function words of each language, lowercased, without accents where Spanish writers often
    /// drop them ("esta", "el").
    static let englishWords: Set<[UInt8]> = words(
        "the and of to with was is he she his her for on at they that it this from by be were has had have will about not we you who which an are our their them there would could what when")
    static let spanishWords: Set<[UInt8]> = words(
        "el la los las de del que y en con su sus se por para una un al es esta está estaba fue lo le les pero muy más mas sin como ella él porque cuando también tambien dijo sobre entre hasta desde ya nos mi tiene dice hace hoy ayer semana hablamos sesión sesion participante cita meta mañana después despues quiere donde")

    private static func words(_ list: String) -> Set<[UInt8]> { Set(list.split(separator: " ").map { Array($0.utf8) }) }

    /// Whether some function word of either language has a length and first byte, indexed
    /// `length * 256 + first`: most words of a note have none, and are passed over unhashed.
    private static let shapes: [Bool] = {
        var shapes = Array(repeating: false, count: 12 * 256)
        for word in englishWords.union(spanishWords) where word.count <= 11 { shapes[word.count * 256 + Int(word[0])] = true }
        return shapes
    }()

    /// The counts of English and Spanish function words in `bytes[range]`.
    public static func counts(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> (english: Int, spanish: Int) {
        var english = 0, spanish = 0
        let shapes = Self.shapes
        var word: [UInt8] = []
        word.reserveCapacity(16)
        // "y/o", "w/o", "c/o": chart shorthand joined by a slash is no language's function word.
        var afterSlash = false
        func close(_ next: UInt8?) {
            if !word.isEmpty, word.count <= 11, !afterSlash, next != UInt8(ascii: "/"), shapes[word.count * 256 + Int(word[0])] {
                if spanishWords.contains(word) { spanish += 1 } else if englishWords.contains(word) { english += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        var previous: UInt8 = 0x20
        for index in range {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...0xFF:
                if word.isEmpty { afterSlash = previous == UInt8(ascii: "/") }
                word.append(byte < 0x80 ? byte | 0x20 : byte)
            default: close(byte)
            }
            previous = byte
        }
        close(nil)
        return (english, spanish)
    }

    /// The language of `bytes[range]`: Spanish when its Spanish function words clearly outnumber
    /// the English ones, English when the reverse, nil when too few say either way.
    public static func language(of bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, minimum: Int = 2) -> String? {
        let (english, spanish) = counts(in: bytes, range: range)
        if spanish >= minimum, spanish > english * 2 { return Self.spanish }
        if english >= minimum, english > spanish * 2 { return Self.english }
        return nil
    }

    /// The language of a whole note: its own `language:` field, else its words; a note too
    /// short to tell goes by the few function words it has, then by a Spanish letter or mark
    /// (ñ, ó, ¿), else by `untold`: the language the reader asked for ("Octavio padece
    /// esquizofrenia." checked with `--language es` is Spanish).
    public static func language(of note: Note, untold: String = english) -> String {
        if let stated = note.metadata.language, !stated.isEmpty { return String(stated.prefix(2)) }
        var text = note.text
        return text.withUTF8 { bytes in
            if let found = language(of: bytes, range: note.body, minimum: 2) { return found }
            let (english, spanish) = counts(in: bytes, range: note.body)
            if english != spanish { return english > spanish ? Self.english : Self.spanish }
            return hasSpanishLetter(bytes, note.body) ? Self.spanish : untold
        }
    }

    /// Whether `bytes[range]` holds á, é, í, ó, ú, ñ, ü, ¿ or ¡ (C3 A1/A9/AD/B3/BA/B1/BC and
    /// their capitals, C2 BF, C2 A1).
    static func hasSpanishLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let second: Set<UInt8> = [0xA1, 0xA9, 0xAD, 0xB3, 0xBA, 0xB1, 0xBC, 0x81, 0x89, 0x8D, 0x93, 0x9A, 0x91]
        for index in range.dropLast() {
            if bytes[index] == 0xC3, second.contains(bytes[index + 1]) { return true }
            if bytes[index] == 0xC2, bytes[index + 1] == 0xBF || bytes[index + 1] == 0xA1 { return true }
        }
        return false
    }

    /// The stretch around `range` that one language holds: out to the sentence's end marks, a
    /// line break, or quotation marks (a quotation may be in the other language).
    static func segment(around range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        func isBoundary(_ index: Int) -> Bool {
            switch bytes[index] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"), UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: ";"):
                return true
            // “ ” « » ‘ ’ are multi-byte: their first byte (0xE2 or 0xC2) is enough, as no letter
            // of English or Spanish starts with it.
            case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x9C...0x9D).contains(bytes[index + 2])
            case 0xC2: return index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB)
            default: return false
            }
        }
        // At most `reach` bytes each way: a megabyte line without a full stop must not be
        // scanned again for every match in it.
        let reach = 400
        var start = range.lowerBound
        let first = max(0, range.lowerBound - reach), last = min(bytes.count, range.upperBound + reach)
        while start > first, !isBoundary(start - 1) { start -= 1 }
        while start < range.lowerBound, (0x80...0xBF).contains(bytes[start]) { start += 1 }  // the rest of a closing mark
        var end = range.upperBound
        while end < last, !isBoundary(end) { end += 1 }
        return start..<end
    }
}
