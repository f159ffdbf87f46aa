/// What the note's metadata says about itself: every problem found reading it (front matter,
/// a plan, an export field) as a `metadata-invalid` error at its line, and a note with no
/// metadata at all, for which the thread and billing checks cannot know the facts.
struct MetadataCheck: NoteCheck {
    static let ruleIDs = ["metadata-invalid", "metadata-missing"]
    static let needsWords = false

    private let invalid: CheckRule
    private let missing: CheckRule

    init(words: CheckWords) {
        invalid = words("metadata-invalid")
        missing = words("metadata-missing")
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let maker = note.maker
        for problem in note.metadata.problems {
            findings.append(maker.finding(invalid.rule, range: maker.lineRange(problem.line ?? 1), message: problem.message))
        }
        if note.evidence.words > 0 && note.metadata.isEmpty {
            findings.append(maker.finding(missing.rule, range: maker.bodyAnchor, suggestions: note.suggestions(missing)))
        }
    }
}
