/// A lexicon's `side: fact` entries, ready for the facts reader: each header label's fact, and
/// each phrase's words, indexed by its first word. Phrases are compared on words that are
/// lowercase ASCII letters and digits (anything else separates words), as `FactWords.words(in:)`
/// makes them from a line.
struct FactWords: Sendable {
    /// A phrase and what it states.
    struct Phrase: Sendable {
        var words: [String]
        var kind: LexiconEntry.FactKind
    }

    /// Header labels (`HeadingLabel.key`) and the fact each line's value is.
    let labels: [String: LexiconEntry.FactKind]
    /// Phrases by their first word, longest first.
    let phrases: [String: [Phrase]]
    /// Capitalized words that name places and programs, not people ("center", "court").
    let notNames: Set<String>
    /// Everyday words, lowercase: one that starts a sentence capitalized is not a name.
    let commonWords: Set<String>
    /// The words of each life area (`life-area` entries), lowercase, in entry order.
    let lifeAreas: [[String]]
    /// Words that link no goal (`not-goal-content` entries), normalized.
    let notGoalContent: Set<String>

    init(_ entries: [LexiconEntry]) {
        var labels: [String: LexiconEntry.FactKind] = [:]
        var phrases: [String: [Phrase]] = [:]
        var notNames: Set<String> = [], commonWords: Set<String> = []
        var lifeAreas: [[String]] = []
        var notGoalContent: Set<String> = []
        var typedLabels: [String: LexiconEntry.FactKind] = [:]
        for entry in entries {
            guard let kind = entry.factKind else { continue }
            // Notes typed without stress marks or ñ ("Duracion", "clinica", "acompane") state the same facts: each
            // phrase is also read as typed. English phrases have no marks to lose, or list both spellings.
            // Each spelling once: an entry that lists both ("café", "cafe") states its phrase once.
            var seen: Set<String> = []
            let terms = entry.terms.flatMap { [$0.text] + Accents.typed($0.text) }.filter { seen.insert($0).inserted }
            if kind == .lifeArea {
                lifeAreas.append(terms.map { $0.lowercased() })
                continue
            }
            if kind == .notGoalContent {
                notGoalContent.formUnion(terms.map { Normalizer.normalize($0) })
                continue
            }
            if kind == .commonWord {
                commonWords.formUnion(terms.map { $0.lowercased() })
                continue
            }
            if kind == .notAName {
                notNames.formUnion(terms.map { $0.lowercased() })
                continue
            }
            for heading in entry.headings {
                labels[HeadingLabel.key(heading)] = kind
                for spelling in Accents.typed(heading) { typedLabels[HeadingLabel.key(spelling)] = kind }
            }
            for term in terms {
                let words = Self.words(in: Array(term.utf8)[...]).map(\.word)
                guard let first = words.first else { continue }
                phrases[first, default: []].append(Phrase(words: words, kind: kind))
            }
        }
        // A written heading keeps its fact: a typed spelling never takes another's label.
        self.labels = labels.merging(typedLabels) { written, _ in written }
        self.notNames = notNames
        self.commonWords = commonWords
        self.lifeAreas = lifeAreas
        self.notGoalContent = notGoalContent
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The words of `bytes`: runs of ASCII letters and digits (and the bytes of other letters),
    /// lowercased, with their byte ranges.
    static func words(in bytes: ArraySlice<UInt8>) -> [(word: String, range: Range<Int>)] {
        var words: [(word: String, range: Range<Int>)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.endIndex && isWordByte(bytes[index]) { index += 1 }
            let word = lowercased(bytes[start..<index])
            // "H0038HQ": a HCPCS code (a letter and four digits) with its modifier written on.
            if word.utf8.count == 7, isCodeWithModifier(word.utf8) {
                words.append((String(word.prefix(5)), start..<(start + 5)))
                words.append((String(word.suffix(2)), (start + 5)..<index))
            } else {
                words.append((word, start..<index))
            }
        }
        return words
    }

    /// `bytes` with ASCII capitals lowercased, as a `String` made in place: a word of up to 15
    /// bytes is stored inline, without an allocation.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = Normalizer.lowercasedASCII(byte) }
            return bytes.count
        }
    }

    /// A letter, four digits and two letters.
    private static func isCodeWithModifier(_ word: String.UTF8View) -> Bool {
        let bytes = Array(word)
        let letter = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
        let digit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        return letter(bytes[0]) && bytes[1...4].allSatisfy(digit) && letter(bytes[5]) && letter(bytes[6])
    }

    /// Letters, digits, a `.` inside a number or an abbreviation ("doxy.me", "1.5"), and any
    /// byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    /// Whether a capitalized word (lowercased) may be part of a person's name.
    func mayBeName(_ word: String) -> Bool { !notNames.contains(word) }

    /// Every phrase found among `words`, leftmost-longest, as the index of its first and last
    /// word. A phrase two kinds share is found as each ("on zoom": attendance and the setting).
    func matches(in words: [(word: String, range: Range<Int>)]) -> [(kind: LexiconEntry.FactKind, first: Int, last: Int)] {
        var found: [(kind: LexiconEntry.FactKind, first: Int, last: Int)] = []
        var index = 0
        while index < words.count {
            var matched: [String]? = nil
            for phrase in phrases[words[index].word] ?? [] where index + phrase.words.count <= words.count {
                if let matched {
                    // Longest first: past the matched length nothing else can share its words.
                    if phrase.words.count < matched.count { break }
                    if phrase.words != matched { continue }
                }
                if matched != nil || (1..<phrase.words.count).allSatisfy({ words[index + $0].word == phrase.words[$0] }) {
                    found.append((phrase.kind, index, index + phrase.words.count - 1))
                    matched = phrase.words
                }
            }
            index += matched?.count ?? 1
        }
        return found
    }
}
