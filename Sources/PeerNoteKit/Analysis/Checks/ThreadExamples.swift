/// The example sentences of the thread and voice tips: "[Name] said, “…”", "This was a step
/// toward “Return to work” (G1): …". They depend only on the person, their first plan goal
/// and the service, so an analyzer makes them once for each such combination (a caseload
/// repeats it in every note about the person) instead of interpolating them for every note.
/// A class: a note takes the memoized examples with one retain, not one per sentence.
final class ThreadExamples: Sendable {
    /// What the examples depend on.
    struct Key: Hashable {
        var person: String?
        var firstGoal: PlanGoal?
        var service: NoteMetadata.Service?
        var setting: NoteMetadata.Setting?
        var minutes: Int?
        var preadmission: Bool

        init(_ metadata: NoteMetadata) {
            person = metadata.person
            firstGoal = metadata.goals.first
            service = metadata.service
            setting = metadata.setting
            minutes = metadata.minutes
            preadmission = metadata.preadmission == true
        }
    }

    // Each example is kept as the one-suggestion list a finding takes: a list made for each
    // finding was a tenth of a note's allocations.
    /// "Today's support was toward the goal …: …"
    let goalLink: [String]
    /// The example for each missing element.
    let type: [String], purpose: [String], response: [String], progress: [String]
    /// The voice tips' examples.
    let strength: [String], ownWords: [String], staffCentered: [String]

    init(_ key: Key) {
        // The first plan goal and the person's first name, or placeholders.
        let goal = Self.goal(key.firstGoal)
        let name = key.person?.split(separator: " ").first.map(String.init) ?? "[Name]"
        // "Individual peer support (offsite), 45 minutes: …" from what the metadata knows.
        let service = (key.service?.rawValue.capitalized ?? "Individual") + " peer support"
        let setting = key.setting.map { " (\($0.rawValue))" } ?? ""
        goalLink = ["Today's support was toward the goal \(goal): …"]
        type = ["\(service)\(setting), \(key.minutes.map(String.init) ?? "…") minutes: …"]
        purpose = ["The purpose of today's contact was to …, toward the goal \(goal)."]
        response = ["\(name) said, “…”"]
        progress = [key.preadmission ? "By the end of the contact, \(name) decided …" : "This was a step toward \(goal): …"]
        strength = ["\(name) used … (a skill, persistence, a person they reached out to) when …"]
        ownWords = ["In \(name)'s words, “…”"]
        staffCentered = ["\(name) chose … and we …"]
    }

    /// The first plan goal as the examples quote it, or a placeholder.
    static func goal(_ goal: PlanGoal?) -> String {
        goal.map { "“\($0.text)” (\($0.id))" } ?? "… (Goal 1)"
    }
}
