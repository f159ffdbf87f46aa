/// PeerNote's JSON: one object per note, keys in a fixed order.
///
///     {"path":…,"score":{"recovery":…,"concern":…,"strength":…,"words":…,"categories":{…}},
///      "findings":[{"rule","category","severity","line","column","utf8_start","utf8_end",
///                   "text","message","rationale","suggestions","safe","quoted"}]}
public struct JSONFormat: Sendable {
    /// How columns are counted.
    public var columns: LineIndex.ColumnUnit

    /// A formatter.
    public init(columns: LineIndex.ColumnUnit = .characters) {
        self.columns = columns
    }

    /// The object for a note read from a file: `path` first.
    public func object(_ analysis: NoteAnalysis, note: Note) -> String {
        JSON.object([("path", JSON.quote(analysis.id))] + members(analysis, note: note))
    }

    /// The object for a JSON Lines record: its own fields (less `text`), then the results.
    public func object(_ analysis: NoteAnalysis, note: Note, record: JSONRecord) -> String {
        let kept = record.fields.filter { $0.key != "text" }.map { ($0.key, $0.rawValue) }
        return JSON.object(kept + members(analysis, note: note))
    }

    /// The object for a note that could not be read.
    public func object(_ error: InputError) -> String {
        JSON.object([("path", JSON.quote(error.file)), ("error", JSON.quote(error.description))])
    }

    private func members(_ analysis: NoteAnalysis, note: Note) -> [(String, String)] {
        let lines = columns == .characters ? nil : LineIndex(note.text)
        let findings = analysis.findings.map { finding in
            let column = lines?.location(of: finding.range.lowerBound, unit: columns).column ?? finding.column
            return JSON.object([
                ("rule", JSON.quote(finding.rule)),
                ("category", JSON.quote(finding.category)),
                ("severity", JSON.quote(finding.severity.rawValue)),
                ("line", String(finding.line)),
                ("column", String(column)),
                ("utf8_start", String(finding.range.lowerBound)),
                ("utf8_end", String(finding.range.upperBound)),
                ("text", JSON.quote(finding.text)),
                ("message", JSON.quote(finding.message)),
                ("rationale", JSON.quote(finding.rationale)),
                ("suggestions", JSON.array(finding.suggestions)),
                ("safe", finding.isSafeToApply ? "true" : "false"),
                ("quoted", finding.isQuoted ? "true" : "false"),
            ])
        }
        return [("score", score(analysis.score)), ("thread", analysis.thread.map { thread($0, note: note) } ?? "null"),
                ("findings", "[" + findings.joined(separator: ",") + "]")]
    }

    private func thread(_ thread: GoalThread, note: Note) -> String {
        let bytes = Array(note.text.utf8)
        let links = thread.links.map { link in
            JSON.object([
                ("goal", link.goalID.map(JSON.quote) ?? "null"),
                ("how", JSON.quote(link.kind.rawValue)),
                ("utf8_start", String(link.range.lowerBound)),
                ("utf8_end", String(link.range.upperBound)),
                ("evidence", JSON.quote(String(decoding: bytes[link.range], as: UTF8.self).trimmingSpaces().replacingLineBreaks())),
                ("shared_words", JSON.array(link.sharedWords)),
            ])
        }
        return JSON.object([
            ("goals", JSON.array(thread.linkedGoalIDs)),
            ("links", "[" + links.joined(separator: ",") + "]"),
            ("elements", JSON.object(GoalThread.Element.allCases.map { ($0.rawValue, thread.elements[$0] == nil ? "false" : "true") })),
            ("missing", JSON.array(thread.missing.map(\.rawValue))),
            ("units", thread.units.map(String.init) ?? "null"),
        ])
    }

    private func score(_ score: RecoveryScore) -> String {
        JSON.object([
            ("recovery", score.recovery.map(String.init) ?? "null"),
            ("concern", String(score.concern)),
            ("strength", String(score.strength)),
            ("words", String(score.words)),
            ("categories", JSON.object(score.categories.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })),
        ])
    }
}
