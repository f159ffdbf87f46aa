/// The editor-facing operations on a note's exact bytes: check, apply safe rewrites,
/// annotate, strip. Outside the edits they make, the bytes come back unchanged — CRLF,
/// tabs, trailing spaces, a missing final newline, even bytes that are not UTF-8.
public struct NoteFixer {
    /// The analyzer used.
    public let analyzer: Analyzer

    /// A fixer that analyzes with `analyzer`.
    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The analysis of `bytes` as a note named `id`.
    public func analyze(_ bytes: [UInt8], id: String) -> (RawText, Note, NoteAnalysis) {
        let raw = RawText(bytes)
        let note = Note(id: id, text: raw.text)
        return (raw, note, analyzer.analyze(note))
    }

    /// `bytes` with every safe rewrite applied.
    public func fixed(_ bytes: [UInt8], id: String = "<stdin>") -> [UInt8] {
        let (raw, note, analysis) = analyze(bytes, id: id)
        let rewrites = Rewriter.safeRewrites(for: analysis.findings, in: note.text)
        return raw.applying(rewrites.map { ($0.range, Array($0.replacement.utf8)) })
    }

    /// `bytes` with a marker after each finding at or above `minimumSeverity`; old markers are
    /// replaced, except the writer's `{>>PeerNote ok<<}`.
    public func annotated(_ bytes: [UInt8], id: String = "<stdin>", minimumSeverity: Severity = .info) -> [UInt8] {
        let (raw, note, analysis) = analyze(Annotations.strip(bytes, keepingOK: true), id: id)
        let shown = analysis.findings.filter { $0.severity >= minimumSeverity }
        return raw.applying(Annotations.edits(for: shown, body: note.body))
    }
}
