/// Reads note metadata and plan goals from YAML (front matter, plan files), JSON Lines records
/// and CSV rows, all as `MetadataValue` fields. Problems are collected with their file line; the
/// messages name fields, never their values, so no note content leaks into them.
public enum MetadataReader {
    /// Metadata from a YAML mapping whose first line is line `firstLine` of `file`.
    public static func read(yaml: String, file: String, firstLine: Int = 1) -> NoteMetadata {
        var problems = Problems(file: file, lineOffset: firstLine - 1)
        let root = problems.mapping(yaml, what: "front matter")
        return read(root?.fields ?? [], problems: problems)
    }

    /// Metadata from fields already read (a JSON Lines record, a CSV row), on line 1 of `file`.
    static func read(fields: [MetadataValue.Field], file: String) -> NoteMetadata {
        read(fields, problems: Problems(file: file, lineOffset: 0))
    }

    /// Metadata from a note's front matter (YAML whose first line is line `firstLine` of `file`;
    /// nil: none) and fields given beside it, as an EHR resource's own: what the front matter
    /// states is taken from there. A given field's problems are reported on line 1.
    static func read(yaml: String?, file: String, firstLine: Int, adding given: [MetadataValue.Field]) -> NoteMetadata {
        var problems = Problems(file: file, lineOffset: firstLine - 1)
        let own = yaml.flatMap { problems.mapping($0, what: "front matter")?.fields } ?? []
        let stated = Set(own.map(\.key))
        let added = given.filter { !stated.contains($0.key) }.map { MetadataValue.Field(key: $0.key, line: 2 - firstLine, value: $0.value) }
        return read(own + added, problems: problems)
    }

    private static func read(_ list: [MetadataValue.Field], problems: Problems) -> NoteMetadata {
        var metadata = NoteMetadata()
        var problems = problems
        // One dictionary per note: metadata is asked for by key a dozen times.
        var fields: [String: MetadataValue] = [:]
        // Room up front: grown a field at a time, both tables were rehashed several times a note.
        fields.reserveCapacity(list.count)
        metadata.fieldLines.reserveCapacity(list.count)
        var repeated: Set<String> = []
        for field in list {
            metadata.fieldLines[field.key] = field.line + problems.lineOffset
            // `minutes:` left empty, or `"minutes": null` in an export, is a field not filled in.
            guard !field.value.isNull else { continue }
            if fields.updateValue(field.value, forKey: field.key) != nil { repeated.insert(field.key) }
        }
        // YAML refuses a repeated key; a JSON record can still have one. Neither value is taken.
        for key in repeated.sorted() {
            problems.add(fields.removeValue(forKey: key), "`\(key):` is given more than once; give it once")
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
        if let value = fields["service"] { metadata.service = problems.choice(value, field: "service", from: services) }
        if let value = fields["setting"] { metadata.setting = problems.choice(value, field: "setting", from: settings) }
        metadata.minutes = problems.count(fields["minutes"], field: "minutes", minimum: 0, meaning: "a whole number of minutes, 0 or more")
        metadata.groupSize = problems.count(fields["group_size"], field: "group_size", minimum: 1, meaning: "a whole number of people, 1 or more")
        metadata.preadmission = problems.flag(fields["preadmission"], field: "preadmission")
        metadata.adHoc = problems.flag(fields["adhoc"] ?? fields["ad_hoc"], field: "adhoc")
        if let value = fields["lpha_cosign"] {
            if let flag = value.flag { metadata.lphaCosign = flag ? "yes" : nil }
            else { metadata.lphaCosign = problems.text(fields, "lpha_cosign") }
        }
        if let value = fields["goals"] { metadata.goals = problems.goals(value) }
        // An EHR export often has only the text of the goal a service is billed to.
        if let goal = problems.text(fields, "goal") { metadata.goals.append(PlanGoal(id: PlanGoal.billedGoalID, text: goal)) }
        metadata.problems = problems.list
        return metadata
    }

    /// The words a `service:` may be written with (made once: a dictionary literal in `read`
    /// was built again for every note).
    private static let services: [String: NoteMetadata.Service] = [
        "individual": .individual, "group": .group, "family": .family,
        "family/collateral": .family, "collateral": .family,
    ]
    /// The words a `setting:` may be written with.
    private static let settings: [String: NoteMetadata.Setting] = [
        "onsite": .onsite, "on-site": .onsite, "offsite": .offsite, "off-site": .offsite,
        "community": .offsite, "telehealth": .telehealth, "telephone": .telehealth, "video": .telehealth,
    ]

    /// The goals of a plan file (`goals:` with `id`, `text`, optional `own_words`).
    public static func planGoals(yaml: String, file: String) -> (goals: [PlanGoal], problems: [InputError]) {
        var problems = Problems(file: file, lineOffset: 0)
        guard let root = problems.mapping(yaml, what: "the plan") else { return ([], problems.list) }
        guard let value = root["goals"] else {
            return ([], [InputError(file: file, line: 1, message: "the plan has no `goals:` list")])
        }
        let goals = problems.goals(value)
        return (goals, problems.list)
    }

    private struct Problems {
        let file: String
        let lineOffset: Int
        var list: [InputError] = []

        mutating func add(_ value: MetadataValue?, _ message: String) {
            list.append(InputError(file: file, line: value.map { $0.line + lineOffset } ?? lineOffset + 1, message: message))
        }

        /// A YAML document that must be a mapping: plain `key: value` lines read directly,
        /// anything else through Yams.
        mutating func mapping(_ yaml: String, what: String) -> MetadataValue? {
            if let flat = FlatYAML.mapping(yaml) { return flat }
            do {
                guard let root = try YAMLSupport.compose(yaml).map(MetadataValue.init) else { return nil }
                guard root.fields != nil else { add(root, "\(what) must be a mapping of `key: value` lines"); return nil }
                return root
            } catch let limit as YAMLSupport.LimitExceeded {
                list.append(InputError(file: file, line: limit.line + lineOffset, message: "\(what) \(limit.message)"))
                return nil
            } catch {
                var problem = YAMLSupport.inputError(error, file: file, lineOffset: lineOffset)
                problem.message = "\(what) is not valid YAML (\(problem.message.replacingOccurrences(of: "invalid YAML: ", with: "")))"
                list.append(problem)
                return nil
            }
        }

        mutating func text(_ fields: [String: MetadataValue], _ key: String) -> String? {
            guard let value = fields[key] else { return nil }
            // Null values never reach here: `read` leaves them out as not filled in.
            guard let text = value.text?.trimmingSpaces(), !text.isEmpty else {
                if value.text == nil { add(value, "`\(key):` must be text") }
                return nil
            }
            return text
        }

        mutating func choice<T>(_ value: MetadataValue, field: String, from options: [String: T]) -> T? {
            guard let text = value.text?.lowercased().trimmingSpaces(), let choice = options[text] else {
                add(value, "`\(field):` must be one of \(Set(options.values.map { "\($0)" }).sorted().joined(separator: ", "))")
                return nil
            }
            return choice
        }

        mutating func count(_ value: MetadataValue?, field: String, minimum: Int, meaning: String) -> Int? {
            guard let value else { return nil }
            guard let number = value.integer, number >= minimum else {
                add(value, "`\(field):` must be \(meaning)")
                return nil
            }
            return number
        }

        mutating func flag(_ value: MetadataValue?, field: String) -> Bool? {
            guard let value else { return nil }
            guard let flag = value.flag else { add(value, "`\(field):` must be true or false"); return nil }
            return flag
        }

        mutating func goals(_ value: MetadataValue) -> [PlanGoal] {
            guard case .list(let items) = value.content else { add(value, "`goals:` must be a list of goals with `id` and `text`"); return [] }
            var goals: [PlanGoal] = []
            for (index, item) in items.enumerated() {
                guard item.fields != nil else { add(item, "goal \(index + 1) must have `id:` and `text:`"); continue }
                guard let id = item["id"]?.text?.trimmingSpaces(), !id.isEmpty else {
                    add(item, "goal \(index + 1) has no `id:`; give each goal the id it has on the plan")
                    continue
                }
                guard let text = item["text"]?.text?.trimmingSpaces(), !text.isEmpty else {
                    add(item, "goal \(index + 1) has no `text:`")
                    continue
                }
                goals.append(PlanGoal(id: id, text: text, ownWords: item["own_words"]?.text))
            }
            return goals
        }
    }
}
