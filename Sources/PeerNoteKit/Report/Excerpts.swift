import Foundation

/// Single sentences from notes, for a report's examples — never a whole note — with the names
/// of people served replaced by stable pseudonyms when redacting.
public struct Excerpts: Sendable {
    /// Whether to redact names.
    public let redact: Bool
    /// Everyday words, lowercase (a lexicon's `common-word` facts): capitalized, they are kept.
    let words: Set<String>
    /// Words that name places and programs (`not-a-name` facts): "Center", "Group".
    let places: Set<String>
    /// The longest excerpt, in characters.
    public static let maximumLength = 220

    /// Excerpts that redact when `redact` is true, knowing everyday words from `lexicon`
    /// (without one, every capitalized word not in a short built-in list is taken for a name).
    public init(redact: Bool, lexicon: Lexicon? = nil) {
        self.redact = redact
        words = lexicon?.facts.commonWords ?? []
        places = lexicon?.facts.notNames ?? []
    }

    /// The sentence around `finding` in `note`, shortened around the finding when long.
    public func sentence(of finding: Finding, in note: Note) -> String {
        sentence(of: finding, in: note, bytes: Array(note.text.utf8))
    }

    /// The same, with the note's UTF-8 bytes already at hand.
    public func sentence(of finding: Finding, in note: Note, bytes: [UInt8]) -> String {
        sentence(around: finding.range, in: note, bytes: bytes)
    }

    /// The sentence around `finding` with its first suggestion applied — the whole sentence
    /// rewritten, as a coaching point shows it — or nil when no alternative fits it.
    public func rewrittenSentence(of finding: Finding, in note: Note, bytes: [UInt8]) -> String? {
        guard let rewrite = Rewriter.rewrites(for: finding, in: note.text).first, rewrite.range.upperBound <= bytes.count else { return nil }
        var rewritten = bytes
        rewritten.replaceSubrange(rewrite.range, with: Array(rewrite.replacement.utf8))
        let range = rewrite.range.lowerBound..<(rewrite.range.lowerBound + rewrite.replacement.utf8.count)
        return sentence(around: range, in: note, bytes: rewritten)
    }

    /// The sentence around `range` of `bytes`, shortened around it when long, redacted when redacting.
    private func sentence(around range: Range<Int>, in note: Note, bytes: [UInt8]) -> String {
        var start = min(range.lowerBound, bytes.count)
        while start > note.body.lowerBound && !Self.endsSentence(bytes, at: start - 1) { start -= 1 }
        var end = min(range.upperBound, bytes.count)
        while end < bytes.count && !Self.endsSentence(bytes, at: end) { end += 1 }
        if end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        // A quotation that closes right after its sentence's stop is part of the sentence.
        while end < bytes.count, bytes[end] == 0x22 || bytes[end] == 0x27 { end += 1 }
        if end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 { end += 3 }
        var sentence = Self.balancingQuotes(String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces())
        if sentence.count > Self.maximumLength {
            // Keep the finding in view: cut around it.
            let before = String(decoding: bytes[start..<max(start, min(range.lowerBound, end))], as: UTF8.self)
            let keep = max(0, before.count - Self.maximumLength / 2)
            sentence = (keep > 0 ? "…" : "") + String(sentence.dropFirst(keep).prefix(Self.maximumLength)) + "…"
        }
        return redact ? redacted(sentence, person: note.metadata.person) : sentence
    }

    /// Whether the byte at `index` ends a sentence: a line break, `!`, `?`, or a `.` that does
    /// not close a title ("Ms. Rivera" is one sentence).
    static func endsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case 0x0A, 0x0D, 0x21, 0x3F: return true
        case 0x2E:
            var start = index
            while start > 0, bytes[start - 1] | 0x20 >= 0x61, bytes[start - 1] | 0x20 <= 0x7A { start -= 1 }
            return !abbreviations.contains(String(decoding: bytes[start..<index], as: UTF8.self))
        default: return false
        }
    }

    /// `sentence` without a quotation mark left open at its start by the cut.
    static func balancingQuotes(_ sentence: String) -> String {
        let straight = sentence.filter { $0 == "\"" }.count
        let opening = sentence.filter { $0 == "“" }.count, closing = sentence.filter { $0 == "”" }.count
        if straight % 2 == 1, sentence.hasPrefix("\"") { return String(sentence.dropFirst()).trimmingSpaces() }
        if opening > closing, sentence.hasPrefix("“") { return String(sentence.dropFirst()).trimmingSpaces() }
        return sentence
    }

    /// `text` with the person's name (from the metadata) replaced by their pseudonym, and every
    /// other name-like word — wherever it stands: a sentence's start, after `:` or a quotation
    /// mark — by "[name]". A capitalized everyday word ("Coping", "Skills") stays unless it
    /// follows a title or a name ("Ms. Long", "Magnus Long"); titles stay, so the sentence reads.
    public func redacted(_ text: String, person: String?) -> String {
        var text = text
        if let person, !person.isEmpty {
            let pseudonym = Self.pseudonym(person)
            text = text.replacingOccurrences(of: person, with: pseudonym)
            for part in person.split(separator: " ") where part.count >= 2 {
                text = Self.replacingWord(String(part), in: text, with: pseudonym)
            }
        }
        var out: [String] = []
        var afterName = false, afterTitle = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let core = word.trimmingCharacters(in: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-'’")).inverted)
            let bare = Self.withoutPossessive(core)
            let nameLike = bare.unicodeScalars.first?.properties.isUppercase == true
                && bare.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase })
                && !Self.commonCapitalized.contains(bare) && !Self.titles.contains(bare) && !bare.hasPrefix("Person-")
            let lower = bare.lowercased()
            let isName = nameLike && (afterTitle || afterName || !(places.contains(lower) || words.contains(lower)))
            afterTitle = Self.titles.contains(bare)
            // A name goes on in the next word unless punctuation ends it: "Magnus Long", not "Magnus, Long".
            afterName = isName && word.last?.isLetter == true
            guard isName, let range = word.range(of: bare) else { out.append(word); continue }
            let replaced = word.replacingCharacters(in: range, with: "[name]")
            // "Magnus Okafor" is one person: "[name]", not "[name] [name]".
            if let last = out.last, last.hasSuffix("[name]"), replaced.hasPrefix("[name]") {
                out[out.count - 1] = last + replaced.dropFirst("[name]".count)
            } else {
                out.append(replaced)
            }
        }
        return out.joined(separator: " ")
    }

    /// "Magnus's" and "Magnus’" as "Magnus".
    private static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s", "'", "’"] where word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
        return word
    }

    /// Titles before a name: kept, and the word after one is a name.
    static let titles: Set<String> = ["Mr", "Ms", "Mrs", "Mx", "Dr", "Miss", "Prof", "Rev"]
    /// Words whose `.` does not end a sentence.
    static let abbreviations = titles.union(["St", "Sr", "Jr", "Mt", "Ft", "Ave", "Rd", "Blvd", "Apt", "vs", "approx", "appt", "e.g", "i.e"])

    /// A stable pseudonym for a name or id: the same input always gives the same pseudonym,
    /// in every run and every part of a split run.
    public static func pseudonym(_ name: String, prefix: String = "Person-") -> String {
        var hash = StableHash.of(name.lowercased().trimmingSpaces())
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var code = ""
        for _ in 0..<5 { code.append(alphabet[Int(hash % 32)]); hash /= 32 }
        return prefix + code
    }

    private static func replacingWord(_ word: String, in text: String, with replacement: String) -> String {
        var result = "", current = ""
        for character in text {
            if character.isLetter || character == "'" || character == "’" { current.append(character); continue }
            result += current == word || current == word + "'s" || current == word + "’s" ? replacement + current.dropFirst(word.count) : current
            current = ""
            result.append(character)
        }
        return result + (current == word ? replacement : current)
    }

    /// Capitalized words that are not names: pronouns, days, months, section headings, common
    /// program words.
    static let commonCapitalized: Set<String> = [
        "I", "I'm", "I’m", "I've", "I'd", "I'll", "She", "He", "They", "We", "Our", "My", "Her", "His", "Their", "The", "A", "An",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Goal", "Goals", "Data", "Assessment", "Plan", "Response", "Intervention", "Progress", "Purpose", "Behavior",
        "Subjective", "Objective", "Individual", "Group", "Family", "Peer", "Support", "Telehealth", "Client", "Pt", "Patient",
        "Staff", "Writer", "Youth", "Recovery", "Next", "Today", "Tomorrow", "Yesterday", "Spanish", "English",
    ]
}
