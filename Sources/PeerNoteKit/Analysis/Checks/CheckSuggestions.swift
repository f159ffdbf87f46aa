/// The suggestions of the note-level rules for one person, first plan goal and service:
/// "[Name] said, “…”", "This was a step toward “Return to work” (G1): …". They depend only on
/// those, so an analyzer renders them once for each combination (a caseload repeats it in every
/// note about the person) instead of filling templates for every note. A class: a note takes
/// them with one retain.
final class CheckSuggestions: Sendable {
    /// What the suggestions depend on.
    struct Key: Hashable {
        var person: String?
        var firstGoal: PlanGoal?
        var service: NoteMetadata.Service?
        var setting: NoteMetadata.Setting?
        var minutes: Int?

        init(_ metadata: NoteMetadata) {
            person = metadata.person
            firstGoal = metadata.goals.first
            service = metadata.service
            setting = metadata.setting
            minutes = metadata.minutes
        }
    }

    /// The values every check's templates may use: `{name}`, `{goal}`, `{service}`,
    /// `{setting}`, `{minutes}`.
    static let placeholders = ["name", "goal", "service", "setting", "minutes"]

    let values: [String: String]
    /// Each rule's suggestion list, by its number: the one-suggestion list a finding takes, made once.
    private let lists: [[String]]
    /// Variants' suggestion lists, by `id/variant` (a few rules have one).
    private let variantLists: [String: [String]]

    init(_ key: Key, rules: [CheckRule], words: [String: LexiconEntry.Variant] = [:]) {
        // The first plan goal and the person's first name, or placeholders; "Individual peer
        // support (offsite), 45 minutes" from what the metadata knows, in the words of the
        // language PeerNote speaks when its messages give them.
        let word = { (name: String) in words[name]?.suggestion }
        let service = key.service ?? .individual
        values = [
            "name": key.person.map(Self.firstName) ?? word("name") ?? "[Name]",
            "goal": key.firstGoal == nil ? word("goal") ?? Self.goal(nil) : Self.goal(key.firstGoal),
            "service": word(service.rawValue) ?? service.rawValue.capitalized + " peer support",
            "setting": key.setting.map { word($0.rawValue) ?? " (\($0.rawValue))" } ?? "",
            "minutes": key.minutes.map(String.init) ?? "…",
        ]
        var lists = Array(repeating: [String](), count: rules.count)
        var variantLists: [String: [String]] = [:]
        for rule in rules {
            if !rule.suggestion.isEmpty { lists[rule.number] = [CheckTemplate.fill(rule.suggestion, values)] }
            for (name, variant) in rule.variants {
                if let suggestion = variant.suggestion { variantLists[rule.rule.id + "/" + name] = [CheckTemplate.fill(suggestion, values)] }
            }
        }
        self.lists = lists
        self.variantLists = variantLists
    }

    /// The suggestions of `rule` (or of its variant, if it has its own), ready for a finding.
    func callAsFunction(_ rule: CheckRule, _ variant: String? = nil) -> [String] {
        if let variant, !rule.variants.isEmpty, let list = variantLists[rule.rule.id + "/" + variant] { return list }
        return lists[rule.number]
    }

    /// The name a note calls the person by: a nickname in quotes or brackets ("Eleanor (Ellie)
    /// Voss" is Ellie), or else the first word.
    static func firstName(_ person: String) -> String {
        for (open, close) in [("(", ")"), ("\"", "\""), ("“", "”")] {
            if let start = person.range(of: open), let end = person.range(of: close, range: start.upperBound..<person.endIndex) {
                let nickname = person[start.upperBound..<end.lowerBound].trimmingSpaces()
                if !nickname.isEmpty && nickname.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) { return nickname }
            }
        }
        return person.split(separator: " ").first.map(String.init) ?? person
    }

    /// A plan goal as suggestions quote it, or a placeholder.
    static func goal(_ goal: PlanGoal?) -> String {
        goal.map { "“\($0.text)” (\($0.id))" } ?? "… (Goal 1)"
    }
}
