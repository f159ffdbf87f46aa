import PeerNoteKit

/// What the writing thread needs of one checked note: its output, and the facts that span
/// notes. The analysis is freed by the worker that made it, while it is still in that core's
/// cache: handed on and freed a batch later on another thread, it cost two jobs 8% of their
/// time.
struct CheckedNote {
    /// The note's output, ready to write.
    var rendered: [UInt8]
    /// Its concern count, for the run's summary line.
    var concerns: Int
    /// Its recovery score, for the summary's mean.
    var recovery: Int?
    /// Its most severe finding, for the exit status.
    var highest: Severity?
    /// Its units on its person's day, with the note (and its record) kept to be checked and
    /// rendered again should this note take that day over the limit.
    var billing: (entry: DayLedger.Entry, note: Note, record: JSONRecord?)?
}

/// Renders one note's output in the chosen format: pure, so workers render in parallel and
/// only writing stays in order.
struct CheckRenderer: Sendable {
    let format: Check.Format
    let text: TextFormat
    let json: JSONFormat

    init(format: Check.Format, columns: LineIndex.ColumnUnit, minimumSeverity: Severity) {
        self.format = format
        self.text = TextFormat(minimumSeverity: minimumSeverity, columns: columns)
        self.json = JSONFormat(columns: columns)
    }

    /// One note's output as UTF-8: newline-ended lines, or for `json` one object.
    func render(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil) -> [UInt8] {
        switch format {
        case .text: return Array((text.findingLines(analysis, note: note) + [text.summaryLine(analysis)]).map { $0 + "\n" }.joined().utf8)
        case .json: return json.encoded(analysis, note: note)
        case .jsonl: return json.encoded(analysis, note: note, record: record, endingLine: true)
        }
    }

    /// The note rendered, with what the writing thread needs of its analysis.
    func checked(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil) -> CheckedNote {
        CheckedNote(rendered: render(analysis, note: note, record: record), concerns: analysis.score.concern,
                    recovery: analysis.score.recovery, highest: analysis.highestSeverity,
                    billing: DayLedger.Entry(note).map { ($0, note, record) })
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
    private(set) var exitCode: Int32 = 0
    private var ledger = DayLedger()
    private let standardOutput = StandardOutput()
    /// Checks again, on the writing thread, a note that takes its person's day over the unit
    /// limit: rare, so made only then.
    private let lexicon: Lexicon
    private var analyzer: Analyzer?

    init(renderer: CheckRenderer, lexicon: Lexicon, failOn: Severity?) {
        self.renderer = renderer
        self.lexicon = lexicon
        self.failOn = failOn
    }

    mutating func begin() {
        if renderer.format == .json { emit("{\"files\":[", newline: false) }
    }

    /// Writes one note, or the reason it could not be read, in input order.
    mutating func write(_ result: Result<CheckedNote, InputError>) {
        switch result {
        case .success(let checked): write(checked)
        case .failure(let error): write(error)
        }
    }

    /// Writes one note. The billing ledger spans notes, so a note that takes its person's day
    /// over the limit is analyzed again here and given the finding that says so.
    mutating func write(_ checked: consuming CheckedNote) {
        if let (entry, note, record) = checked.billing, let total = ledger.add(entry) {
            do {
                if analyzer == nil { analyzer = try Analyzer(lexicon: lexicon) }
                var analysis = analyzer!.analyze(note)
                analysis.add(DayLedger.dayLimitFinding(for: note, total: total))
                checked = renderer.checked(analysis, note: note, record: record)
            } catch {
                // The workers made their analyzers from the same lexicon, so this cannot fail
                // where they did not; if it does, the note is still written as it was checked.
                printError("\(note.id): the daily unit limit could not be checked: \(error)")
                exitCode = 2
            }
        }
        notes += 1
        concerns += checked.concerns
        if let recovery = checked.recovery { scores.append(recovery) }
        if let failOn, let worst = checked.highest, worst >= failOn {
            exitCode = max(exitCode, 1)
        }
        if renderer.format == .json && written > 0 { emit(",", newline: false) }
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
        }
    }

    mutating func end() {
        switch renderer.format {
        case .json: emit("]}")
        case .jsonl: break
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
