import Foundation

/// Single sentences from notes, for a report's examples — never a whole note — with the names
/// of people served replaced by stable pseudonyms when redacting.
public struct Excerpts: Sendable {
    /// Whether to redact names.
    public let redact: Bool
    /// The longest excerpt, in characters.
    public static let maximumLength = 220

    /// Excerpts that redact when `redact` is true.
    public init(redact: Bool) { self.redact = redact }

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

    /// The sentence around `range` of `bytes`, shortened around it when long.
    private func sentence(around range: Range<Int>, in note: Note, bytes: [UInt8]) -> String {
        let enders: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x0A, 0x0D]
        var start = min(range.lowerBound, bytes.count)
        while start > note.body.lowerBound && !enders.contains(bytes[start - 1]) { start -= 1 }
        var end = min(range.upperBound, bytes.count)
        while end < bytes.count && !enders.contains(bytes[end]) { end += 1 }
        if end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        var sentence = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
        if sentence.count > Self.maximumLength {
            // Keep the finding in view: cut around it.
            let before = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
            let keep = max(0, before.count - Self.maximumLength / 2)
            sentence = (keep > 0 ? "…" : "") + String(sentence.dropFirst(keep).prefix(Self.maximumLength)) + "…"
        }
        return redact ? redacted(sentence, person: note.metadata.person) : sentence
    }

    /// `text` with the person's name (from the metadata) replaced by their pseudonym, and any
    /// other capitalized name-like word by "[name]".
    public func redacted(_ text: String, person: String?) -> String {
        var text = text
        if let person, !person.isEmpty {
            let pseudonym = Self.pseudonym(person)
            text = text.replacingOccurrences(of: person, with: pseudonym)
            for part in person.split(separator: " ") where part.count >= 2 {
                text = Self.replacingWord(String(part), in: text, with: pseudonym)
            }
        }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices where index > 0 {
            let word = words[index]
            let core = word.trimmingCharacters(in: .punctuationCharacters)
            guard let first = core.unicodeScalars.first, first.properties.isUppercase,
                  core.unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase }),
                  !Self.commonCapitalized.contains(core), !core.hasPrefix("Person-"),
                  !(words[index - 1].last.map { ".!?:\"“".contains($0) } ?? false) else { continue }
            words[index] = word.replacingOccurrences(of: core, with: "[name]")
        }
        return words.joined(separator: " ")
    }

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
