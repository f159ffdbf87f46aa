/// The grammatical slot a term fills in its sentence, and that an alternative can stand for.
/// A rewrite is offered only where the alternative fits the slot the term is in: "has chosen
/// not to take" stands for a verb phrase, so it is never put where "noncompliant" is an
/// adjective before a noun.
public enum Slot: String, Sendable, Hashable, CaseIterable {
    /// A noun or noun phrase: "{Pt} arrived", "the {addict}", "each {pt}".
    case nounPhrase = "noun-phrase"
    /// After *be* or a linking verb: "was {noncompliant}", "seemed {unmotivated}".
    case predicate
    /// An adjective before its noun: "three {clean} test results".
    case attributive
    /// An adjective before its noun, said after the noun instead: "the {mentally ill} man" →
    /// "the man with a mental health condition".
    case afterNoun = "after-noun"
    /// A verb: "{refused} the ride".
    case verb
    /// Words that stand on their own, wherever they are (not after *be* or a determiner):
    /// "{b/c}" → "because", "{AMA}" → "against medical advice".
    case clause
}

/// One person-centered alternative of a lexicon entry, and the slots it can stand for.
///
/// The lexicon writes it as a string (the entry's `slot:` says what it stands for) or as a
/// mapping that says more:
///
/// ```yaml
/// alternatives:
///   - {text: "not taking", slot: predicate, next: {with: ""}, only_before: [meds, medication]}
///   - {text: "a mental health condition", slot: predicate, be: have}
///   - {text: "with a mental health condition|with mental health conditions", slot: after-noun}
/// ```
public struct Alternative: Sendable, Hashable {
    /// The words, as the lexicon spells them; `|` separates forms as in the entry's terms
    /// (for an `after-noun` alternative, singular|plural by the noun it follows). Empty for an
    /// alternative that drops the words ("her {so-called} fiancé" → "her fiancé").
    public var text: String { didSet { isPlaceholder = Self.isPlaceholder(text) } }
    /// The slots it can stand for; empty when the lexicon does not say (an agency file written
    /// before slots): then it is offered wherever the term is, and never applied on its own.
    public var slots: [Slot]
    /// For a predicate or a noun phrase after *be*: the verb that takes the place of *be*,
    /// inflected like it ("is bipolar" → "has bipolar disorder" with `be: have`); empty to drop
    /// *be* ("is s/p surgery" → "recently had surgery"). Nil keeps *be*.
    public var be: String?
    /// The word right after the term and what it becomes ("noncompliant with meds" → "not
    /// taking meds": `{with: ""}` drops it). When given, the alternative fits only before one
    /// of these words, unless `*` is a key: then any other word (or none) may follow, unchanged;
    /// the key `.` stands for no word at all (the clause ends).
    public var next: [String: String]
    /// Fits only when one of these phrases follows the term in its clause (normalized words).
    public var onlyBefore: [String]
    /// Fits only right after one of these words ("has h/o" → "has a history of").
    public var onlyAfter: [String]
    /// Does not fit right before one of these words ("claims to have" is not "says to have").
    public var notBefore: [String] = []
    /// Does not fit right after one of these words: "to {commit suicide}" speaks of an
    /// intention, where "die by suicide" (a death) does not fit.
    public var notAfter: [String] = []
    /// Fits only these of the entry's terms (as the lexicon spells them); all when empty.
    public var terms: [String]
    /// False when it is a suggestion only, even in a `safe` entry: `fix` does not apply it.
    public var canApply: Bool

    /// An alternative.
    public init(text: String, slots: [Slot] = [], be: String? = nil, next: [String: String] = [:], onlyBefore: [String] = [],
                onlyAfter: [String] = [], terms: [String] = [], canApply: Bool = true) {
        self.text = text
        self.isPlaceholder = Self.isPlaceholder(text)
        self.slots = slots
        self.be = be
        self.next = next
        self.onlyBefore = onlyBefore
        self.onlyAfter = onlyAfter
        self.terms = terms
        self.canApply = canApply
    }

    /// Whether it is a placeholder for the writer to fill ("[Name]", "…"): offered, never applied.
    public private(set) var isPlaceholder: Bool

    private static func isPlaceholder(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "[")) || text.utf8.contains(0xA6) && text.unicodeScalars.contains("…")
    }

    /// The matcher's key of a term: its letters, digits and apostrophes, lower case (spaces,
    /// hyphens and slashes between words are optional when matching, so they are left out).
    static func key(_ term: String) -> String {
        String(term.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "'" || $0 == "’" }
            .map { $0 == "’" ? "'" : Character($0) })
    }

    /// The alternative in the form a term was matched in ("decline" → "declined" for `refused`).
    func inflected(_ wordClass: WordClass, to form: Form) -> Alternative {
        guard wordClass != .phrase || text.utf8.contains(UInt8(ascii: "|")) else { return self }
        var copy = self
        // A phrase entry's `a|b` is singular|plural, chosen where it is placed.
        if wordClass != .phrase { copy.text = wordClass.inflect(text, to: form) }
        return copy
    }
}

extension Alternative {
    /// Writes it into a lexicon snapshot.
    func write(to writer: inout SnapshotWriter) {
        writer.string(text)
        writer.strings(slots.map(\.rawValue))
        writer.string(be ?? "\u{0}")
        let keys = next.keys.sorted()
        writer.strings(keys)
        writer.strings(keys.map { next[$0]! })
        writer.strings(onlyBefore)
        writer.strings(onlyAfter)
        writer.strings(terms)
        writer.int(canApply ? 1 : 0)
        writer.strings(notBefore)
        writer.strings(notAfter)
    }

    /// Reads what `write(to:)` wrote; nil when it does not read back.
    init?(reading reader: inout SnapshotReader) {
        text = reader.string()
        isPlaceholder = Self.isPlaceholder(text)
        let names = reader.strings()
        slots = names.compactMap(Slot.init(rawValue:))
        let be = reader.string()
        self.be = be == "\u{0}" ? nil : be
        let keys = reader.strings(), values = reader.strings()
        guard slots.count == names.count, keys.count == values.count else { return nil }
        next = Dictionary(uniqueKeysWithValues: zip(keys, values))
        onlyBefore = reader.strings()
        onlyAfter = reader.strings()
        terms = reader.strings()
        canApply = reader.int() == 1
        notBefore = reader.strings()
        notAfter = reader.strings()
    }
}

/// One example of an entry's rewrite: a sentence in, and the sentence its rewrite must give
/// (nil: no alternative fits there, and the finding offers guidance only).
public struct RewriteExample: Sendable, Hashable {
    /// The sentence as written.
    public var input: String
    /// The sentence after the entry's rewrite: its safe rewrite when the entry is `safe`,
    /// otherwise its first suggestion. Nil when no alternative may fit.
    public var output: String?

    /// An example.
    public init(input: String, output: String?) {
        self.input = input
        self.output = output
    }
}
