/// The grammatical form of a matched term, so that a rewrite can take the same form
/// ("refused" → "declined", "addicts" → "people who use drugs").
public enum Form: String, Sendable, Hashable, CaseIterable {
    /// A `terms:` phrase, used as written.
    case literal
    /// Verb base ("refuse").
    case base
    /// Verb third person singular ("refuses").
    case thirdPerson
    /// Verb past ("refused").
    case past
    /// Verb -ing ("refusing").
    case gerund
    /// Noun singular ("addict").
    case singular
    /// Noun plural ("addicts").
    case plural
}

/// How an entry's terms and alternatives inflect: English regular rules, with irregular forms
/// spelled out in the lexicon as `base|-s|-ed|-ing` (verbs) or `singular|plural` (nouns).
public enum WordClass: String, Sendable, Hashable {
    /// `terms:` — no inflection.
    case phrase
    /// `verb:` — the first word inflects.
    case verb
    /// `noun:` — the last word inflects.
    case noun

    /// The forms this class produces, in the order a `|` spelling lists them.
    public var forms: [Form] {
        switch self {
        case .phrase: return [.literal]
        case .verb: return [.base, .thirdPerson, .past, .gerund]
        case .noun: return [.singular, .plural]
        }
    }

    /// Every form of `spec` ("refuse", "admit|admits|admitted|admitting", "person|people").
    /// Returns nil when a `|` spelling has the wrong number of parts.
    public func inflections(of spec: String) -> [(form: Form, text: String)]? {
        let parts = spec.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        if parts.count > 1 {
            guard parts.count == forms.count, !parts.contains(where: \.isEmpty) else { return nil }
            return Array(zip(forms, parts))
        }
        let text = parts[0]
        switch self {
        case .phrase:
            return [(.literal, text)]
        case .verb:
            return [(.base, text), (.thirdPerson, Self.inflectFirstWord(text, Self.thirdPerson)),
                    (.past, Self.inflectFirstWord(text, Self.past)), (.gerund, Self.inflectFirstWord(text, Self.gerund))]
        case .noun:
            return [(.singular, text), (.plural, Self.inflectLastWord(text, Self.plural))]
        }
    }

    /// `spec` in `form`; a phrase, or a form this class lacks, gives `spec`'s first spelling.
    public func inflect(_ spec: String, to form: Form) -> String {
        let all = inflections(of: spec) ?? [(.literal, spec)]
        return all.first(where: { $0.form == form })?.text ?? all[0].text
    }

    private static func inflectFirstWord(_ text: String, _ rule: (String) -> String) -> String {
        guard let space = text.firstIndex(of: " ") else { return rule(text) }
        return rule(String(text[..<space])) + text[space...]
    }

    private static func inflectLastWord(_ text: String, _ rule: (String) -> String) -> String {
        guard let space = text.lastIndex(of: " ") else { return rule(text) }
        return text[...space] + rule(String(text[text.index(after: space)...]))
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    private static func endsInConsonantY(_ word: String) -> Bool {
        word.count > 1 && word.last == "y" && !vowels.contains(word.dropLast().last!)
    }

    private static func needsES(_ word: String) -> Bool {
        ["s", "x", "z", "ch", "sh"].contains { word.hasSuffix($0) }
    }

    /// Common irregular verbs and verbs that double their final consonant, as
    /// `base: (-s, -ed, -ing)`. Anything rarer is spelled out in the lexicon with `|`.
    static let irregularVerbs: [String: (String, String, String)] = {
        var table: [String: (String, String, String)] = [
            "be": ("is", "was", "being"), "have": ("has", "had", "having"), "do": ("does", "did", "doing"),
            "go": ("goes", "went", "going"), "say": ("says", "said", "saying"), "pay": ("pays", "paid", "paying"),
            "lie": ("lies", "lied", "lying"), "die": ("dies", "died", "dying"), "tie": ("ties", "tied", "tying"),
        ]
        let simplePast = """
            choose chose, take took, give gave, tell told, make made, get got, feel felt, leave left, keep kept,
            find found, think thought, bring brought, buy bought, teach taught, seek sought, speak spoke,
            write wrote, begin began, come came, run ran, sit sat, stand stood, understand understood,
            hold held, meet met, lead led, send sent, spend spent, build built, lose lost, put put, set set,
            let let, cut cut, hit hit, quit quit, know knew, grow grew, throw threw, drive drove, eat ate,
            drink drank, sleep slept, win won, fall fell, forget forgot, hear heard, see saw, wear wore,
            break broke, steal stole, hide hid, fight fought, catch caught, sell sold, mean meant, read read,
            become became, undergo underwent, withdraw withdrew, overcome overcame, rise rose, shake shook
            """
        for pair in simplePast.split(separator: ",") {
            // Split on line breaks too: a pair that starts a line is a pair like the others.
            let words = pair.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            guard words.count == 2 else { continue }
            table[words[0]] = (regularThirdPerson(words[0]), words[1], regularGerund(words[0]))
        }
        let doubling = """
            admit commit submit omit permit refer prefer occur control stop drop step shop plan skip
            chat jog hug beg rob nag quit sob slip trip grab scrub spot travel label cancel signal
            """
        for word in doubling.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) where table[word] == nil {
            let doubled = word + String(word.last!)
            let isBritishOptional = ["travel", "label", "cancel", "signal"].contains(word)
            table[word] = (regularThirdPerson(word), isBritishOptional ? word + "ed" : doubled + "ed",
                           isBritishOptional ? word + "ing" : doubled + "ing")
        }
        table["quit"] = ("quits", "quit", "quitting")
        return table
    }()

    static func thirdPerson(_ word: String) -> String {
        irregularVerbs[word]?.0 ?? regularThirdPerson(word)
    }

    static func past(_ word: String) -> String {
        irregularVerbs[word]?.1 ?? regularPast(word)
    }

    static func gerund(_ word: String) -> String {
        irregularVerbs[word]?.2 ?? regularGerund(word)
    }

    private static func regularThirdPerson(_ word: String) -> String {
        if endsInConsonantY(word) { return word.dropLast() + "ies" }
        if needsES(word) || word.hasSuffix("o") { return word + "es" }
        return word + "s"
    }

    private static func regularPast(_ word: String) -> String {
        if word.hasSuffix("e") { return word + "d" }
        if endsInConsonantY(word) { return word.dropLast() + "ied" }
        return word + "ed"
    }

    private static func regularGerund(_ word: String) -> String {
        if word.hasSuffix("ie") { return word.dropLast(2) + "ying" }
        if word.hasSuffix("e") && !["ee", "ye", "oe"].contains(where: { word.hasSuffix($0) }) && word.count > 2 {
            return word.dropLast() + "ing"
        }
        return word + "ing"
    }

    static func plural(_ word: String) -> String {
        if endsInConsonantY(word) { return word.dropLast() + "ies" }
        if needsES(word) { return word + "es" }
        return word + "s"
    }
}
