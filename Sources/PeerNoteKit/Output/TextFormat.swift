/// The gcc-style form that vim's quickfix and emacs' compile mode read:
/// `path:line:column: severity: message [rule]`, then a one-line summary per note.
public struct TextFormat: Sendable {
    /// Findings below this severity are not printed (they still count in the score).
    public var minimumSeverity: Severity
    /// How columns are counted.
    public var columns: LineIndex.ColumnUnit

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
            return "\(analysis.id):\(finding.line):\(column): \(Self.label(finding.severity)): \(Self.message(finding)) [\(finding.rule)]"
        }
    }

    /// The note's summary line.
    public func summaryLine(_ analysis: NoteAnalysis) -> String {
        let score = analysis.score
        guard let recovery = score.recovery else { return "\(analysis.id): empty note, nothing to check" }
        let concerns = score.concern == 1 ? "1 concern" : "\(score.concern) concerns"
        let strengths = score.strength == 1 ? "1 strength" : "\(score.strength) strengths"
        var line = "\(analysis.id): recovery score \(recovery)/100 · \(concerns) · \(strengths) · \(score.words) words"
        if let grade = analysis.readability.grade { line += " · grade " + String(format: "%.1f", grade) }
        if let thread = analysis.thread {
            let goals = thread.linkedGoalIDs.isEmpty ? (thread.links.isEmpty ? "no goal link" : "goal named") : "goal \(thread.linkedGoalIDs.joined(separator: ", "))"
            line += " · \(goals) · elements \(4 - thread.missing.count)/4"
            if let units = thread.units { line += " · \(units) \(units == 1 ? "unit" : "units")" }
        }
        return line
    }

    /// What a finding says: the words as written, the message, and what to try instead.
    static func message(_ finding: Finding) -> String {
        var text = finding.message
        if finding.isAboutWording {
            let quoted = "\"\(finding.text.replacingLineBreaks())\""
            text = text.isEmpty ? quoted : "\(quoted): \(text)"
        }
        if !finding.suggestions.isEmpty {
            text += " (try " + finding.suggestionsToRead(open: "\"", close: "\"").prefix(3).joined(separator: ", ") + ")"
        } else if let guidance = finding.guidance {
            text += " (" + guidance + ")"
        }
        return text
    }

    private static func label(_ severity: Severity) -> String {
        severity == .hint ? "note" : severity.rawValue
    }
}
