/// The golden thread's link to the person's plan: a note names a plan goal or shares its
/// words; an id it names must be on the plan. Before admission there is no plan, so the purpose
/// of the contact carries the thread; a single ad hoc service needs its reason instead.
struct GoalLinkCheck: NoteCheck {
    static let ruleIDs = ["goal-not-on-plan", "goal-link-missing", "goal-link-implicit", "preadmission-purpose-missing", "adhoc-rationale-missing"]
    static let placeholders = ["ids", "linked-goal"]

    private let notOnPlan: CheckRule
    private let missing: CheckRule
    private let implicit: CheckRule
    private let preadmissionPurpose: CheckRule
    private let adHocRationale: CheckRule

    init(words: CheckWords) {
        notOnPlan = words("goal-not-on-plan")
        missing = words("goal-link-missing")
        implicit = words("goal-link-implicit")
        preadmissionPurpose = words("preadmission-purpose-missing")
        adHocRationale = words("adhoc-rationale-missing")
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let (maker, metadata, thread) = (note.maker, note.metadata, note.thread)
        let ids = metadata.goals.map(\.id).joined(separator: ", ")
        for reference in note.unmatchedGoals {
            findings.append(maker.finding(notOnPlan.rule, range: reference.range, message: notOnPlan.message(nil, ["ids": ids])))
        }
        if metadata.preadmission == true {
            if thread.elements[.purpose] == nil {
                findings.append(maker.finding(preadmissionPurpose.rule, range: maker.bodyAnchor, suggestions: note.suggestions(preadmissionPurpose)))
            }
        } else if metadata.adHoc == true {
            if note.evidence.reasons.isEmpty {
                findings.append(maker.finding(adHocRationale.rule, range: maker.bodyAnchor, suggestions: note.suggestions(adHocRationale)))
            }
        } else if thread.links.isEmpty {
            let variant = metadata.goals.isEmpty ? "no-plan" : nil
            findings.append(maker.finding(missing.rule, range: maker.bodyAnchor, message: missing.message(variant), suggestions: note.suggestions(missing)))
        } else if thread.links.allSatisfy({ $0.kind == .content }) {
            let linked = metadata.goals.first { $0.id == thread.linkedGoalIDs.first } ?? metadata.goals.first
            findings.append(maker.finding(implicit.rule, range: thread.links[0].range,
                message: implicit.message(nil, ["ids": thread.linkedGoalIDs.joined(separator: ", ")]),
                suggestions: [CheckTemplate.fill(implicit.suggestion, ["linked-goal": CheckSuggestions.goal(linked)])]))
        }
    }
}
