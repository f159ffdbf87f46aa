/// Light English stemming, for matching a note's words to a goal's; the words that link no
/// goal are lexicon data (`not-goal-content` facts).
enum ContentWords {
    /// A family plan's goal with a name in brackets ("Mom (Tanya) feels confident …", "(Jaylen)
    /// I'll go if …") says whose goal it is; the name is no content a note meets it by.
    static func withoutNamesInBrackets(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var result = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ")") else { rest = rest[open...]; break }
            let inside = rest[rest.index(after: open)..<close]
            let isName = !inside.isEmpty && !inside.contains(" ") && inside.first!.isUppercase && inside.dropFirst().allSatisfy(\.isLowercase)
            if !isName { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The stem of a normalized word: plural, -ing and -ed endings and a final e removed,
    /// so "moving", "moved" and "move" meet, as do "jobs" and "job", "housing" and "house".
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        // Byte rules for ASCII words (nearly all of them, and this runs on every content word
        // of a note with a plan); other words go through the character rules.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return stemByCharacters(word) }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return bytes.count >= count && suffix.withUTF8Buffer { bytes[(bytes.count - count)...].elementsEqual($0) }
        }
        if ends("'s") { bytes.removeLast(2) }
        if bytes.count > 4 {
            if ends("ies") || ends("ied") { bytes.removeLast(3); bytes.append(UInt8(ascii: "y")) }
            else if ends("ches") || ends("shes") || ends("sses") || ends("xes") || ends("zes") { bytes.removeLast(2) }
            else if ends("s") && !ends("ss") { bytes.removeLast() }
        } else if bytes.count > 3 && ends("s") && !ends("ss") {
            bytes.removeLast()
        }
        // After the plural, so "mornings" meets "morning" (and "thing" keeps its stem).
        if bytes.count > 5 && ends("ing") { bytes.removeLast(3) }
        else if bytes.count > 4 && ends("ed") { bytes.removeLast(2) }
        if bytes.count > 3 && ends("e") { bytes.removeLast() }
        // "planned" → "plann" → "plan"; "running" → "runn" → "run".
        if bytes.count > 3, bytes[bytes.count - 2] == bytes[bytes.count - 1], !ends("l"), !ends("s"), !ends("z") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same rules over characters.
    static func stemByCharacters(_ word: String) -> String {
        var stem = Substring(word)
        if stem.hasSuffix("'s") { stem.removeLast(2) }
        if stem.count > 4 {
            if stem.hasSuffix("ies") || stem.hasSuffix("ied") { stem = stem.dropLast(3) + "y" }
            else if ["ches", "shes", "sses", "xes", "zes"].contains(where: { stem.hasSuffix($0) }) { stem.removeLast(2) }
            else if stem.hasSuffix("s") && !stem.hasSuffix("ss") { stem.removeLast() }
        } else if stem.count > 3 && stem.hasSuffix("s") && !stem.hasSuffix("ss") {
            stem.removeLast()
        }
        if stem.count > 5 && stem.hasSuffix("ing") { stem.removeLast(3) }
        else if stem.count > 4 && stem.hasSuffix("ed") { stem.removeLast(2) }
        if stem.count > 3 && stem.hasSuffix("e") { stem.removeLast() }
        if stem.count > 3, let last = stem.last, stem.dropLast().last == last, !"lsz".contains(last) { stem.removeLast() }
        return String(stem)
    }

    /// The stems a note looks for (its goals'), and the first two bytes of each: a stem keeps
    /// its word's first two bytes, so most words are passed over before they are made strings.
    struct Wanted {
        let stems: Set<String>
        /// Nil when some stem is shorter than two bytes, and so nothing can be passed over.
        let prefixes: Set<UInt16>?

        init(_ stems: Set<String>) {
            self.stems = stems
            prefixes = stems.allSatisfy { $0.utf8.count >= 2 } ? Set(stems.map { ContentWords.prefix(Array($0.utf8.prefix(2))) }) : nil
        }
    }

    /// The first two of `bytes` (there must be two) as one number.
    static func prefix(_ bytes: some Collection<UInt8>) -> UInt16 {
        UInt16(bytes.first!) << 8 | UInt16(bytes.dropFirst().first!)
    }

    /// The content stems of a sentence, leaving out the `ignored` words; with `wanted`, only
    /// those that are also in it.
    static func stems(of sentence: Sentence, ignoring ignored: Set<String>, among wanted: Wanted? = nil) -> Set<String> {
        var stems = Set<String>()
        for (index, token) in sentence.tokens.enumerated() where token.kind == .word && token.normalizedRange.count > 2 {
            if let prefixes = wanted?.prefixes, !prefixes.contains(prefix(sentence.normalizedBytes[Int(token.normalizedRange.lowerBound)...])) { continue }
            let word = sentence.normalized(index)
            // Counting characters is slow: an ASCII word (one byte a scalar) has more than two already.
            if (token.normalizedRange.count == word.unicodeScalars.count || word.count > 2) && !ignored.contains(word) {
                let stem = stem(word)
                if wanted?.stems.contains(stem) ?? true { stems.insert(stem) }
            }
        }
        return stems
    }
}
