import Foundation
import Yams

/// The labels of one plain-text note of a blind set (`Corpus/eval/blind/notes-*/LABELS.yml`, the
/// format of `RULES-notes-en.md`): the facts its words state, its goal link, the elements it
/// states, the billing problems its words reveal and the wording a supervisor would coach.
public struct FactLabel: Sendable {
    /// The note's file name.
    public var file: String
    /// The plan file the note comes with (as an export's plan field would give it), if any.
    public var plan: String?
    /// Each labelled fact, by PeerNote's field name, as text ("individual", "45", "true"); nil
    /// where the note states none.
    public var facts: [String: String?]
    /// `explicit`, `implicit`, `none` or `n/a` (pre-admission).
    public var link: String
    /// Goal ids the note links to, when it numbers them or a plan tells.
    public var goals: [String]
    /// The elements the note states.
    public var elements: Set<String>
    /// The billing problems (rule ids) its words reveal.
    public var billing: Set<String>
    /// Exact substrings a supervisor would coach.
    public var concerns: [String]
}

/// How well PeerNote reads plain-text notes: each fact, the goal link, the four elements and
/// each billing rule (found, missed, false alarm) against a blind set's labels.
public struct FactEvaluation: Sendable {
    /// Per fact: notes labelled, and notes where PeerNote read the same value (or, where the
    /// note states none, read none).
    public private(set) var facts: [String: (total: Int, right: Int)] = [:]
    /// Notes, and notes whose goal link is right.
    public private(set) var goalLink = (total: 0, right: 0)
    /// Per element, notes where it is found exactly when labelled.
    public private(set) var elements: [String: Int] = [:]
    /// Notes scored.
    public private(set) var notes = 0
    /// Per billing rule: labelled and reported, labelled and missed, reported without a label.
    public private(set) var billing: [String: (found: Int, missed: Int, falseAlarms: Int)] = [:]
    /// Notes with no billing problem labelled, and how many got a billing finding anyway.
    public private(set) var cleanNotes = (total: 0, flagged: 0)
    /// Concern wording: labelled spans found, missed, and flagged spans no label covers.
    public private(set) var concerns = (found: 0, missed: 0, falseAlarms: 0)
    /// Every disagreement, one line each.
    public private(set) var misses: [String] = []

    /// The facts scored (the labels also give an ad hoc service's reason, which is not).
    public static let scoredFacts: Set<String> = ["person", "date", "minutes", "range_minutes", "service", "setting", "group_size",
                                                  "billing_code", "modifiers", "preadmission", "lpha_cosign", "adhoc"]

    /// The billing rules a blind note can be labelled with.
    public static let billingRules = ["billing-under-15-minutes", "billing-day-limit", "billing-group-size", "billing-group-size-missing",
                                      "billing-group-modifier", "billing-preadmission-group", "billing-preadmission-cosign",
                                      "billing-minutes-missing", "billing-duration-mismatch", "adhoc-rationale-missing"]

    /// An empty evaluation.
    public init() {}

    /// Scores one note's analysis against its label. `concernRules` are the ids of concern
    /// entries (wording to coach).
    public mutating func add(_ analysis: NoteAnalysis, note: Note, label: FactLabel, concernRules: Set<String>) {
        notes += 1
        let metadata = analysis.metadata
        for (field, expected) in label.facts.sorted(by: { $0.key < $1.key }) where Self.scoredFacts.contains(field) {
            let read = Self.value(field, of: metadata)
            let right = Self.normalized(field, expected) == Self.normalized(field, read)
            facts[field, default: (0, 0)].total += 1
            if right { facts[field, default: (0, 0)].right += 1 }
            else { misses.append("\(label.file): \(field) read \(read ?? "nothing"), labelled \(expected ?? "nothing")") }
        }
        if let thread = analysis.thread {
            // Pre-admission notes have no plan to link to: not scored.
            if label.link != "n/a" {
                goalLink.total += 1
                let linked = !thread.links.isEmpty
                // Goals the note names outrank goals it only shares words with.
                let explicit = thread.links.filter { $0.kind == .explicit }.compactMap(\.goalID)
                let ids = Set(explicit.isEmpty ? thread.linkedGoalIDs : explicit)
                // "2" and "G2" name the same goal; a link is right when each goal it names is labelled.
                let named = ids.allSatisfy { id in label.goals.contains { GoalThread.sameID($0, id) } }
                let right = label.link == "none" ? !linked : (linked && (label.goals.isEmpty || named))
                if right { goalLink.right += 1 } else { misses.append("\(label.file): goal link \(linked ? ids.sorted().description : "none"), labelled \(label.link) \(label.goals)") }
            }
            for element in GoalThread.Element.allCases {
                let expected = label.elements.contains(element.rawValue)
                if (thread.elements[element] != nil) == expected { elements[element.rawValue, default: 0] += 1 }
                else { misses.append("\(label.file): \(element.rawValue) \(expected ? "missed" : "found but not labelled")") }
            }
        }
        let reported = Set(analysis.findings.map(\.rule)).intersection(Self.billingRules)
        for rule in Self.billingRules {
            switch (label.billing.contains(rule), reported.contains(rule)) {
            case (true, true): billing[rule, default: (0, 0, 0)].found += 1
            case (true, false): billing[rule, default: (0, 0, 0)].missed += 1; misses.append("\(label.file): \(rule) missed")
            case (false, true): billing[rule, default: (0, 0, 0)].falseAlarms += 1; misses.append("\(label.file): \(rule) reported, not labelled")
            case (false, false): continue
            }
        }
        if label.billing.isEmpty {
            cleanNotes.total += 1
            if !reported.isEmpty { cleanNotes.flagged += 1 }
        }
        // Wording: a flagged span is right when it overlaps a place a labelled substring occurs.
        let text = Array(note.text.utf8)
        let labelled = label.concerns.flatMap { Self.occurrences(of: Array($0.utf8), in: text) }
        let flagged = analysis.findings.filter { $0.isAboutWording && !$0.isQuoted && concernRules.contains($0.rule) }.map(\.range)
        var covered = Set<Int>()
        for range in flagged {
            if let index = labelled.indices.first(where: { labelled[$0].overlaps(range) }) { covered.insert(index) }
            else { concerns.falseAlarms += 1; misses.append("\(label.file): flagged {\(String(decoding: text[range], as: UTF8.self))}") }
        }
        // Each labelled substring counts once, wherever it first occurs.
        for concern in label.concerns {
            let places = Self.occurrences(of: Array(concern.utf8), in: text)
            if places.contains(where: { place in labelled.indices.contains { covered.contains($0) && labelled[$0] == place } }) { concerns.found += 1 }
            else { concerns.missed += 1; misses.append("\(label.file): missed {\(concern)}") }
        }
    }

    /// The share of labelled notes where `field` was read right.
    public func accuracy(of field: String) -> Double {
        ratio(facts[field]?.right ?? 0, facts[field]?.total ?? 0)
    }

    /// The share of scored notes whose goal link is right.
    public var goalLinkAccuracy: Double { ratio(goalLink.right, goalLink.total) }

    /// The share of notes where `element` was found exactly when labelled.
    public func accuracy(of element: GoalThread.Element) -> Double { ratio(elements[element.rawValue] ?? 0, notes) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    /// What PeerNote read for `field`, as text.
    static func value(_ field: String, of metadata: NoteMetadata) -> String? {
        switch field {
        case "person": metadata.person
        case "date": metadata.date
        case "minutes": metadata.minutes.map(String.init)
        case "range_minutes": metadata.rangeMinutes.map(String.init)
        case "service": metadata.service?.rawValue
        case "setting": metadata.setting?.rawValue
        case "group_size": metadata.groupSize.map(String.init)
        case "billing_code": metadata.billingCode
        case "modifiers": metadata.modifier
        case "preadmission": metadata.preadmission.map { $0 ? "true" : "false" }
        case "lpha_cosign": metadata.lphaCosign
        case "adhoc": metadata.adHoc.map { $0 ? "true" : "false" }
        default: nil
        }
    }

    /// A fact's value in the form both sides are compared in: labels say more than PeerNote
    /// keeps (a setting of "home" or "telehealth-phone", a co-signer's name), so those are
    /// compared on what PeerNote tells apart.
    static func normalized(_ field: String, _ value: String?) -> String? {
        guard let value, !value.isEmpty else {
            // Not stated and "no" are the same for a yes-or-no fact.
            return ["preadmission", "adhoc"].contains(field) ? "false" : nil
        }
        let lower = value.lowercased().trimmingSpaces()
        switch field {
        case "setting":
            if lower.hasPrefix("telehealth") { return "telehealth" }
            return ["community", "home", "offsite"].contains(lower) ? "offsite" : lower
        case "lpha_cosign": return "signed"
        case "person":
            // "Okafor, Chidi A." names the same person as "Chidi A. Okafor".
            let parts = lower.split(separator: ",").map { $0.trimmingSpaces() }
            let name = parts.count == 2 && !parts[1].isEmpty ? parts[1] + " " + parts[0] : lower
            return name.split(separator: " ").joined(separator: " ")
        default: return lower
        }
    }

    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                found.append(index..<(index + needle.count))
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }
}

extension FactEvaluation {
    /// Scores every note a blind set's folder labels, in name order through one day-limit
    /// ledger; a note's plan is attached as an export's plan field would give it. Problems
    /// reading the folder come back as `file:line` errors.
    public static func evaluate(folder: String, analyzer: Analyzer) throws(InputErrors) -> FactEvaluation {
        let reader = NoteReader(maximumBytes: .max)
        func text(_ path: String) throws(InputErrors) -> String {
            switch reader.bytes(of: path) {
            case .success(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw InputErrors([InputError(file: path, line: nil, message: "not valid UTF-8; save the file as UTF-8")])
                }
                return text
            case .failure(let error): throw InputErrors([error])
            }
        }
        let labelsPath = (folder as NSString).appendingPathComponent("LABELS.yml")
        let labels = try Self.labels(yaml: try text(labelsPath), file: labelsPath)
        let concernRules = analyzer.lexicon.concernIDs
        var evaluation = FactEvaluation()
        var ledger = DayLedger()
        for label in labels {
            var note: Note
            switch reader.read((folder as NSString).appendingPathComponent(label.file)) {
            case .success(let read): note = read
            case .failure(let error): throw InputErrors([error])
            }
            if let plan = label.plan {
                let planPath = (folder as NSString).appendingPathComponent(plan)
                note.metadata.goals = MetadataReader.planGoals(yaml: try text(planPath), file: plan).goals
            }
            var analysis = analyzer.analyze(note)
            ledger.record(&analysis, note: note)
            evaluation.add(analysis, note: note, label: label, concernRules: concernRules)
        }
        return evaluation
    }

    /// Reads a blind set's `LABELS.yml`: note file name → labels. Problems come back as
    /// `file:line` errors.
    public static func labels(yaml: String, file: String) throws(InputErrors) -> [FactLabel] {
        guard let mapping = try Evaluation.root(yaml: yaml, file: file)?.mapping else { throw InputErrors([InputError(file: file, line: 1, message: "expected a mapping of note files to labels")]) }
        var labels: [FactLabel] = []
        for (key, value) in mapping {
            guard let name = key.string, let fields = value.mapping else {
                throw InputErrors([InputError(file: file, line: key.mark?.line, message: "each note's labels are a mapping")])
            }
            var facts: [String: String?] = [:]
            for (factKey, factValue) in fields["facts"]?.mapping ?? [:] {
                guard let field = factKey.string else { continue }
                if let list = factValue.sequence { facts[field] = list.first?.string }
                else { facts[field] = factValue.string.flatMap { $0 == "null" || $0 == "~" || $0.isEmpty ? nil : $0 } }
            }
            labels.append(FactLabel(
                file: name, plan: fields["plan"]?.string.flatMap { $0 == "null" ? nil : $0 }, facts: facts,
                link: fields["link"]?.string ?? "none", goals: (fields["goals"]?.sequence ?? []).compactMap(\.string),
                elements: Set((fields["elements"]?.sequence ?? []).compactMap(\.string)),
                billing: Set((fields["billing"]?.sequence ?? []).compactMap(\.string)),
                concerns: (fields["concerns"]?.sequence ?? []).compactMap(\.string)))
        }
        return labels.sorted { $0.file < $1.file }
    }

    /// Whether a `LABELS.yml` is in the blind sets' format (its notes have `facts:`).
    public static func isFactLabels(yaml: String) -> Bool {
        yaml.contains("\n  facts:")
    }
}
