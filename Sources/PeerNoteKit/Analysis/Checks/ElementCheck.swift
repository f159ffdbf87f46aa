/// The four elements every progress note states (NYS OMH MHOTRS peer guidance): the type of
/// service, the purpose of the contact, the person's response and progress toward the goal.
/// Before admission the purpose is the thread itself (`GoalLinkCheck`), and progress is the
/// outcome of the contact.
struct ElementCheck: NoteCheck {
    static let ruleIDs = ["element-type-missing", "element-purpose-missing", "element-response-missing", "element-progress-missing"]

    /// Each element's rule, in the order of `GoalThread.Element.allCases`.
    private let rules: [CheckRule]

    init(words: CheckWords) {
        rules = Self.ruleIDs.map { words($0) }
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let preadmission = note.metadata.preadmission == true
        let variant = preadmission ? "preadmission" : nil
        for (element, rule) in zip(GoalThread.Element.allCases, rules) where note.thread.elements[element] == nil && !(element == .purpose && preadmission) {
            findings.append(note.maker.finding(rule.rule, range: note.maker.bodyAnchor, message: rule.message(variant),
                                                      suggestions: note.suggestions(rule, variant)))
        }
    }
}
