/// What the note's metadata says about itself: every problem found reading it (front matter,
/// a plan, an export field) as a `metadata-invalid` error at its line; a note that states none
/// of its service facts anywhere (`metadata-missing`), so the thread and billing checks cannot
/// know them; and a fact the note's words state otherwise than its metadata
/// (`metadata-conflict`), at those words.
struct MetadataCheck: NoteCheck {
    static let ruleIDs = ["metadata-invalid", "metadata-missing", "metadata-conflict"]
    static let placeholders = ["fact"]
    static let needsWords = false

    private let invalid: CheckRule
    private let missing: CheckRule
    private let conflict: CheckRule

    /// Each fact's name in a message, by its JSON field.
    private static let factNames = [
        "date": "date", "minutes": "length", "service": "service type", "group_size": "group size",
        "preadmission": "admission status", "adhoc": "ad hoc status",
    ]

    init(words: CheckWords) {
        invalid = words("metadata-invalid")
        missing = words("metadata-missing")
        conflict = words("metadata-conflict")
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let maker = note.maker
        let metadata = note.metadata
        for problem in metadata.problems {
            findings.append(maker.finding(invalid.rule, range: maker.lineRange(problem.line ?? 1), message: problem.message))
        }
        // Facts read from the text count: a plain note that says who, when and how long is not missing them.
        let statesFacts = metadata.person != nil || metadata.date != nil || metadata.minutes != nil || metadata.service != nil
        if note.evidence.words > 0 && !statesFacts && metadata.goals.isEmpty {
            findings.append(maker.finding(missing.rule, range: maker.bodyAnchor, suggestions: note.suggestions(missing)))
        }
        for (field, evidence) in metadata.conflicts.sorted(by: { $0.key < $1.key }) {
            let name = Self.factNames[field] ?? field.replacingOccurrences(of: "_", with: " ")
            findings.append(maker.finding(conflict.rule, range: evidence.range, message: conflict.message(nil, ["fact": name])))
        }
    }
}
