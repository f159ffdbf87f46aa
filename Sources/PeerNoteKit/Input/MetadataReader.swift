import Yams

/// Reads note metadata and plan goals from YAML (front matter, plan files) — and from
/// JSON objects, which are YAML too. Problems are collected with their file line; the
/// messages name fields, never their values, so no note content leaks into them.
public enum MetadataReader {
    /// Metadata from a YAML mapping whose first line is line `firstLine` of `file`.
    public static func read(yaml: String, file: String, firstLine: Int = 1) -> NoteMetadata {
        var metadata = NoteMetadata()
        var problems = Problems(file: file, lineOffset: firstLine - 1)
        guard let fields = problems.mapping(yaml, what: "front matter") else {
            metadata.problems = problems.list
            return metadata
        }
        for key in fields.keys {
            if let name = key.string, let line = key.mark?.line { metadata.fieldLines[name] = line + firstLine - 1 }
        }
        metadata.person = problems.text(fields, "person")
        metadata.peer = problems.text(fields, "peer")
        if let date = problems.text(fields, "date") {
            metadata.date = ServiceDate.iso(date)
            if metadata.date == nil { problems.add(fields["date"], "`date:` is not a date (2026-01-05, 1/5/2026 or 01/05/26)") }
        }
        metadata.program = problems.text(fields, "program")
        metadata.modifier = problems.text(fields, "modifier")
        metadata.planPath = problems.text(fields, "plan")
        if let node = fields["service"] {
            metadata.service = problems.choice(node, field: "service", from: [
                "individual": .individual, "group": .group, "family": .family,
                "family/collateral": .family, "collateral": .family,
            ])
        }
        if let node = fields["setting"] {
            metadata.setting = problems.choice(node, field: "setting", from: [
                "onsite": .onsite, "on-site": .onsite, "offsite": .offsite, "off-site": .offsite,
                "community": .offsite, "telehealth": .telehealth, "telephone": .telehealth, "video": .telehealth,
            ])
        }
        metadata.minutes = problems.count(fields["minutes"], field: "minutes", minimum: 0, meaning: "a whole number of minutes, 0 or more")
        metadata.groupSize = problems.count(fields["group_size"], field: "group_size", minimum: 1, meaning: "a whole number of people, 1 or more")
        metadata.preadmission = problems.flag(fields["preadmission"], field: "preadmission")
        metadata.adHoc = problems.flag(fields["adhoc"] ?? fields["ad_hoc"], field: "adhoc")
        if let node = fields["lpha_cosign"] {
            if let flag = node.flag { metadata.lphaCosign = flag ? "yes" : nil }
            else { metadata.lphaCosign = problems.text(fields, "lpha_cosign") }
        }
        if let node = fields["goals"] { metadata.goals = problems.goals(node) }
        // An EHR export often has only the text of the goal a service is billed to.
        if let goal = problems.text(fields, "goal") { metadata.goals.append(PlanGoal(id: PlanGoal.billedGoalID, text: goal)) }
        metadata.problems = problems.list
        return metadata
    }

    /// The goals of a plan file (`goals:` with `id`, `text`, optional `own_words`).
    public static func planGoals(yaml: String, file: String) -> (goals: [PlanGoal], problems: [InputError]) {
        var problems = Problems(file: file, lineOffset: 0)
        guard let fields = problems.mapping(yaml, what: "plan") else { return ([], problems.list) }
        guard let node = fields["goals"] else {
            return ([], [InputError(file: file, line: 1, message: "the plan has no `goals:` list")])
        }
        let goals = problems.goals(node)
        return (goals, problems.list)
    }

    private struct Problems {
        let file: String
        let lineOffset: Int
        var list: [InputError] = []

        mutating func add(_ node: Node?, _ message: String) {
            list.append(InputError(file: file, line: node?.mark.map { $0.line + lineOffset } ?? lineOffset + 1, message: message))
        }

        mutating func mapping(_ yaml: String, what: String) -> Node.Mapping? {
            do {
                guard let root = try YAMLSupport.compose(yaml) else { return nil }
                guard let mapping = root.mapping else { add(root, "\(what) must be a mapping of `key: value` lines"); return nil }
                return mapping
            } catch {
                var problem = YAMLSupport.inputError(error, file: file, lineOffset: lineOffset)
                problem.message = "\(what) is not valid YAML (\(problem.message.replacingOccurrences(of: "invalid YAML: ", with: "")))"
                list.append(problem)
                return nil
            }
        }

        mutating func text(_ fields: Node.Mapping, _ key: String) -> String? {
            guard let node = fields[key] else { return nil }
            guard let value = node.scalar?.string.trimmingSpaces(), !value.isEmpty,
                  !(node.scalar?.style == .plain && ["null", "~"].contains(value)) else {
                if node.scalar == nil { add(node, "`\(key):` must be text") }
                return nil
            }
            return value
        }

        mutating func choice<T>(_ node: Node, field: String, from options: [String: T]) -> T? {
            guard let value = node.string?.lowercased().trimmingSpaces(), let choice = options[value] else {
                add(node, "`\(field):` must be one of \(Set(options.values.map { "\($0)" }).sorted().joined(separator: ", "))")
                return nil
            }
            return choice
        }

        mutating func count(_ node: Node?, field: String, minimum: Int, meaning: String) -> Int? {
            guard let node else { return nil }
            guard let value = node.integer, value >= minimum else {
                add(node, "`\(field):` must be \(meaning)")
                return nil
            }
            return value
        }

        mutating func flag(_ node: Node?, field: String) -> Bool? {
            guard let node else { return nil }
            guard let value = node.flag else { add(node, "`\(field):` must be true or false"); return nil }
            return value
        }

        mutating func goals(_ node: Node) -> [PlanGoal] {
            guard let items = node.sequence else { add(node, "`goals:` must be a list of goals with `id` and `text`"); return [] }
            var goals: [PlanGoal] = []
            for (index, item) in items.enumerated() {
                guard let fields = item.mapping else { add(item, "goal \(index + 1) must have `id:` and `text:`"); continue }
                guard let id = fields["id"]?.string?.trimmingSpaces(), !id.isEmpty else {
                    add(item, "goal \(index + 1) has no `id:`; give each goal the id it has on the plan")
                    continue
                }
                guard let text = fields["text"]?.string?.trimmingSpaces(), !text.isEmpty else {
                    add(item, "goal '\(id)' has no `text:`")
                    continue
                }
                goals.append(PlanGoal(id: id, text: text, ownWords: fields["own_words"]?.string))
            }
            return goals
        }
    }
}
