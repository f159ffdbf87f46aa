/// One note-level check: it reads a note's evidence and golden thread, and reports findings of
/// the rules it declares. Its words — messages, rationales, suggestions, example notes — are
/// data, in `checks.yml` (`side: check` entries), one entry per rule id.
protocol NoteCheck {
    /// The rules it reports. Each needs a `side: check` entry with this id.
    static var ruleIDs: [String] { get }
    /// The `{placeholders}` its messages and suggestions may use, beyond `CheckContext.values`.
    static var placeholders: [String] { get }
    /// Whether it runs only on notes with words (the thread, voice and billing checks do).
    static var needsWords: Bool { get }

    /// The check, with its rules' words.
    init(words: CheckWords)

    /// Adds the note's findings of its rules.
    func check(_ note: CheckContext, into findings: inout FindingList)
}

extension NoteCheck {
    static var placeholders: [String] { [] }
    static var needsWords: Bool { true }
}

/// What a check reads about one note.
struct CheckContext {
    let note: Note
    /// The note's facts: its metadata, completed by what its own words state.
    let metadata: NoteMetadata
    let evidence: NoteEvidence
    /// The golden thread the evidence shows.
    let thread: GoalThread
    /// Goal ids the note names that are not on the plan.
    let unmatchedGoals: [(id: String, range: Range<Int>)]
    let maker: FindingMaker
    /// The suggestions' values for this note's person, goal and service.
    let suggestions: CheckSuggestions
    let lexicon: Lexicon
}

/// A note's findings in the groups the score counts, in one array: strength language, concern
/// language, then everything else (quoted words, metadata, thread, elements, voice, billing).
/// The language check runs first and makes the first two groups; the others only append.
struct FindingList {
    private(set) var all: [Finding] = []
    private(set) var strengthCount = 0
    private(set) var concernCount = 0
    /// Findings about wording past the listing limit: counted, never made.
    var omitted = RecoveryScore.Omitted()

    /// The strength findings.
    var strengths: ArraySlice<Finding> { all[..<strengthCount] }
    /// The concern findings.
    var concerns: ArraySlice<Finding> { all[strengthCount..<(strengthCount + concernCount)] }
    /// Everything else.
    var others: ArraySlice<Finding> { all[(strengthCount + concernCount)...] }

    /// Adds strength language; only before any other group.
    mutating func append(strength finding: Finding) {
        precondition(all.count == strengthCount, "strengths come first")
        all.append(finding)
        strengthCount += 1
    }

    /// Adds concern language; only after the strengths and before any other group.
    mutating func append(concern finding: Finding) {
        precondition(all.count == strengthCount + concernCount, "concerns come before other findings")
        all.append(finding)
        concernCount += 1
    }

    /// Adds any other finding.
    mutating func append(_ finding: Finding) { all.append(finding) }

    /// Room for `count` more findings.
    mutating func reserve(_ count: Int) { all.reserveCapacity(all.count + count) }

    /// The findings, given up to the analysis that sorts them.
    consuming func take() -> [Finding] { all }
}

/// The words of the note-level rules, from a lexicon's `side: check` entries, and the
/// analyzer's settings the checks follow.
struct CheckWords {
    let lexicon: Lexicon
    /// The most findings about wording of each kind a note lists.
    let maximumFindings: Int

    /// The words of rule `id`. The registry has made sure every check's rules have words
    /// before any check is made.
    func callAsFunction(_ id: String) -> CheckRule {
        let index = lexicon.checks[id]!
        let entry = lexicon.entries[index]
        return CheckRule(rule: lexicon.rules[index], number: CheckRegistry.ruleIDs.firstIndex(of: id)!, suggestion: entry.suggestion,
                         variants: entry.variants, categories: entry.categories)
    }
}

/// One note-level rule's words: its `Rule`, and its suggestion and variants as templates.
struct CheckRule {
    let rule: Rule
    /// Its place among `CheckRegistry.ruleIDs`: what is made per rule is kept by this number.
    let number: Int
    let suggestion: String
    let variants: [String: LexiconEntry.Variant]
    /// Categories of other entries it counts on.
    let categories: [String]

    /// The message, or a variant's, with `values` filled in; nil when it is the rule's own
    /// message as it stands (most findings say just that, and share it).
    func message(_ variant: String? = nil, _ values: [String: String] = [:]) -> String? {
        if let variant, let message = variants[variant]?.message { return CheckTemplate.fill(message, values) }
        return values.isEmpty ? nil : CheckTemplate.fill(rule.message, values)
    }

    /// The suggestion template, or a variant's.
    func suggestionTemplate(_ variant: String? = nil) -> String {
        variant.flatMap { variants[$0]?.suggestion } ?? suggestion
    }
}

/// `{placeholder}` templates in checks' words.
enum CheckTemplate {
    /// `template` with each `{name}` in `values` replaced.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var text = template
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The placeholders a template uses.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !name.isEmpty && name.allSatisfy({ $0.isLetter || $0 == "-" }) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
