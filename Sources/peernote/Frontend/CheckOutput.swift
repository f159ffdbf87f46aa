import PeerNoteKit

/// What the writing thread needs of one checked note: its output, ready to write, and the
/// facts the run's summary and exit status count. The analysis itself is freed by the worker
/// that made it, while it is still in that core's cache.
struct CheckedNote {
    /// The note's output, ready to write.
    var rendered: [UInt8]
    /// Its concern count, for the run's summary line.
    var concerns: Int
    /// Its recovery score, for the summary's mean.
    var recovery: Int?
    /// Its most severe finding, for the exit status.
    var highest: Severity?
    /// For SARIF, the note as an artifact, written after the last result.
    var artifact: [UInt8]? = nil
}

/// Renders one note's output in the chosen format: pure, so workers render in parallel and
/// only writing stays in order.
struct CheckRenderer: Sendable {
    let format: Check.Format
    let text: TextFormat
    let json: JSONFormat
    let sarif: SARIFFormat
    let minimumSeverity: Severity
    /// For SARIF: the lexicon to analyze a note again with, when its writer kept words with
    /// `{>>PeerNote ok<<}`.
    let lexicon: Lexicon?

    init(format: Check.Format, columns: LineIndex.ColumnUnit, minimumSeverity: Severity, lexicon: Lexicon? = nil, includeText: Bool = false) {
        self.format = format
        var text = TextFormat(minimumSeverity: minimumSeverity, columns: columns)
        text.words = lexicon?.suggestionWords ?? [:]
        self.text = text
        self.json = JSONFormat(columns: columns)
        self.sarif = SARIFFormat(rules: format == .sarif ? lexicon?.rules ?? [] : [], columns: columns, includeText: includeText)
        self.minimumSeverity = minimumSeverity
        self.lexicon = format == .sarif ? lexicon : nil
    }

    /// One note's output as UTF-8: newline-ended lines, or for `json` one object.
    func render(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil) -> [UInt8] {
        switch format {
        case .text: return Array((text.findingLines(analysis, note: note) + [text.summaryLine(analysis)]).map { $0 + "\n" }.joined().utf8)
        case .json: return json.encoded(analysis, note: note)
        case .jsonl: return json.encoded(analysis, note: note, record: record, endingLine: true)
        case .sarif:
            // The rewrite `fix` would make: the first alternative of a finding safe to apply.
            return sarif.results(analysis, note: note, minimumSeverity: minimumSeverity, kept: kept(analysis, note: note)) { finding in
                Rewriter.rewrites(for: finding, in: note.text).first.flatMap { $0.isSafe ? ($0.range, $0.replacement) : nil }
            }
        }
    }

    /// The findings the writer kept with `{>>PeerNote ok<<}`, for SARIF's suppressions: the
    /// note is analyzed again only when it has a marker, on an analyzer of its own (rare).
    private func kept(_ analysis: NoteAnalysis, note: Note) -> [Finding] {
        guard let lexicon, note.text.contains(Marker.open.prefix(3)), let analyzer = try? Analyzer(lexicon: lexicon) else { return [] }
        return SARIFFormat.keptFindings(in: note, reported: analysis.findings, analyzer: analyzer)
    }

    /// The note rendered, with what the writing thread needs of its analysis.
    func checked(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil) -> CheckedNote {
        CheckedNote(rendered: render(analysis, note: note, record: record), concerns: analysis.score.concern,
                    recovery: analysis.score.recovery, highest: analysis.highestSeverity,
                    artifact: format == .sarif ? sarif.artifact(analysis) : nil)
    }
}

/// Streams results in the chosen format and keeps the tally for the exit code.
struct CheckOutput {
    let renderer: CheckRenderer
    let failOn: Severity?
    private var written = 0
    private var notes = 0
    private var scores: [Int] = []
    private var concerns = 0
    private var failures = 0
    /// SARIF's artifacts and unreadable inputs, written after the last result.
    private var artifacts: [[UInt8]] = []
    private var failed: [InputError] = []
    /// Whether a SARIF result has been written (the next one needs a comma).
    private var wroteResult = false
    private(set) var exitCode: Int32 = 0
    private let standardOutput = StandardOutput()

    init(renderer: CheckRenderer, failOn: Severity?) {
        self.renderer = renderer
        self.failOn = failOn
    }

    mutating func begin() {
        switch renderer.format {
        case .json: emit(JSONFormat.documentStart, newline: false)
        case .sarif: standardOutput.write(bytes: renderer.sarif.documentStart(version: PeerNote.configuration.version))
        case .text, .jsonl: break
        }
    }

    /// Writes one note, or the reason it could not be read, in input order.
    mutating func write(_ result: Result<CheckedNote, NoteSource.Failure>) {
        switch result {
        case .success(let checked): write(checked)
        case .failure(let failure): write(failure.error)
        }
    }

    /// Writes one note.
    mutating func write(_ checked: CheckedNote) {
        notes += 1
        concerns += checked.concerns
        if let recovery = checked.recovery { scores.append(recovery) }
        if let failOn, let worst = checked.highest, worst >= failOn {
            exitCode = max(exitCode, 1)
        }
        if let artifact = checked.artifact {
            artifacts.append(artifact)
            guard !checked.rendered.isEmpty else { return }
            if wroteResult { emit(",", newline: false) }
            wroteResult = true
        } else if renderer.format == .json && written > 0 { emit(",", newline: false) }
        standardOutput.write(bytes: checked.rendered)
        written += 1
    }

    mutating func write(_ error: InputError) {
        failures += 1
        exitCode = 2
        printError("\(error)")
        switch renderer.format {
        case .text: break
        case .json: emit((written > 0 ? "," : "") + renderer.json.object(error), newline: false); written += 1
        case .jsonl: emit(renderer.json.object(error))
        case .sarif: failed.append(error)
        }
    }

    mutating func end() {
        switch renderer.format {
        case .json: emit(JSONFormat.documentEnd)
        case .jsonl: break
        case .sarif: standardOutput.write(bytes: renderer.sarif.documentEnd(artifacts: artifacts, failures: failed))
        case .text:
            guard notes + failures > 1 else { break }
            let mean = scores.isEmpty ? "no score" : "mean recovery score \(scores.reduce(0, +) / scores.count)"
            var line = "\(notes) notes checked · \(concerns) concerns · \(mean)"
            if failures > 0 { line += " · \(failures) could not be read" }
            emit(line)
        }
        standardOutput.flush()
    }

    private func emit(_ line: String, newline: Bool = true) {
        standardOutput.write(line, newline: newline)
    }
}
