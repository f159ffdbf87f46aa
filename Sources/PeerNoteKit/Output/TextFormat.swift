/// The gcc-style form that vim's quickfix and emacs' compile mode read:
/// `path:line:column: severity: message [rule]`, then a one-line summary per note.
public struct TextFormat: Sendable {
    /// Findings below this severity are not printed (they still count in the score).
    public var minimumSeverity: Severity
    /// How columns are counted.
    public var columns: LineIndex.ColumnUnit
    /// The fixed words of the output in the language PeerNote speaks, by key (`try`,
    /// `recovery-score`, `concerns`…; see `es/messages/checks.yml`); English where none is given.
    public var words: [String: String] = [:]

    /// A formatter.
    public init(minimumSeverity: Severity = .info, columns: LineIndex.ColumnUnit = .characters) {
        self.minimumSeverity = minimumSeverity
        self.columns = columns
    }

    /// One line per shown finding.
    public func findingLines(_ analysis: NoteAnalysis, note: Note) -> [String] {
        let shown = analysis.findings.filter { $0.severity >= minimumSeverity }
        let lines = columns == .characters ? nil : LineIndex(note.text)
        return shown.map { finding in
            let column = lines?.location(of: finding.range.lowerBound, unit: columns).column ?? finding.column
            return "\(analysis.id):\(finding.line):\(column): \(Self.label(finding.severity)): \(Self.message(finding, tryWord: word("try", "try"), leavingOut: word("leave-out", "leaving out"))) [\(finding.rule)]"
        }
    }

    /// The note's summary line.
    public func summaryLine(_ analysis: NoteAnalysis) -> String {
        let score = analysis.score
        guard let recovery = score.recovery else { return "\(analysis.id): " + word("empty-note", "empty note, nothing to check") }
        let concerns = score.concern == 1 ? "1 " + word("concern", "concern") : "\(score.concern) " + word("concerns", "concerns")
        let strengths = score.strength == 1 ? "1 " + word("strength", "strength") : "\(score.strength) " + word("strengths", "strengths")
        var line = "\(analysis.id): \(word("recovery-score", "recovery score")) \(recovery)/100 · \(concerns) · \(strengths) · \(score.words) \(word("words", "words"))"
        if let grade = analysis.readability.grade { line += " · \(word("grade", "grade")) " + String(format: "%.1f", grade) }
        if let thread = analysis.thread {
            let goals = thread.linkedGoalIDs.isEmpty
                ? (thread.links.isEmpty ? word("no-goal-link", "no goal link") : word("goal-named", "goal named"))
                : "\(word("goal-linked", "goal")) \(thread.linkedGoalIDs.joined(separator: ", "))"
            line += " · \(goals) · \(word("elements", "elements")) \(4 - thread.missing.count)/4"
            if let units = thread.units { line += " · \(units) \(units == 1 ? word("unit", "unit") : word("units", "units"))" }
        }
        return line
    }

    /// What a finding says: the words as written, the message, and what to try instead.
    static func message(_ finding: Finding, tryWord: String = "try", leavingOut: String = "leaving out") -> String {
        var text = finding.message
        if finding.isAboutWording {
            let quoted = "\"\(finding.text.replacingLineBreaks())\""
            text = text.isEmpty ? quoted : "\(quoted): \(text)"
        }
        if !finding.suggestions.isEmpty {
            text += " (" + tryWord + " " + finding.suggestionsToRead(open: "\"", close: "\"", leavingOut: leavingOut).prefix(3).joined(separator: ", ") + ")"
        } else if let guidance = finding.guidance {
            text += " (" + guidance + ")"
        }
        return text
    }

    private func word(_ key: String, _ english: String) -> String { words[key] ?? english }

    private static func label(_ severity: Severity) -> String {
        severity == .hint ? "note" : severity.rawValue
    }
}
