import ArgumentParser
import Foundation
import PeerNoteKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check notes for person-centered language.",
        discussion: """
        Reads files and folders (.txt, .md, .note), or standard input with - or no path.
        Text output is `path:line:column: severity: message [rule]`, the form vim's quickfix
        and emacs' compile mode read. Exit status: 0 when nothing at or above --fail-on was
        found, 1 when something was, 2 for usage or input errors (the rest of the run goes on).

        Examples:
          peernote check Corpus/notes
          peernote check --format json note.txt
          peernote check --input jsonl --format jsonl < notes.jsonl
          peernote check --lexicon agency.yml --fail-on error notes/
          peernote check --jobs 1 notes/       one note at a time (the output is the same)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }
    enum InputKind: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never
        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    @Argument(help: "Files or folders to check; - or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "Output: text, json or jsonl (one result per line).")
    var format: Format = .text

    @Option(help: "Input: text files, or jsonl records {\"id\":…,\"text\":…}.")
    var input: InputKind = .text

    @Option(help: "Exit 1 when a finding is at or above: error, warning, info, never.")
    var failOn: FailOn = .warning

    @Flag(help: "Also list strength language (as notes) in text output.")
    var showStrengths = false

    @Option(help: "Count columns in characters, bytes (vim) or utf16.")
    var columns: LineIndex.ColumnUnit = .characters

    @Option(help: "Skip notes larger than this many bytes.")
    var maxBytes = 16 << 20

    @Option(name: .shortAndLong, help: "Notes to analyze at once, in order (default: one per processor core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    mutating func run() throws {
        let loaded = try lexicon.load()
        var workers = try Workers(count: jobs) { try Analyzer(lexicon: loaded) }
        var output = CheckOutput(format: format, columns: columns,
                                 minimumSeverity: showStrengths ? .hint : .info, failOn: failOn.severity)
        output.begin()
        let sources = paths.isEmpty ? ["-"] : paths
        switch input {
        case .text:
            let reader = NoteReader(maximumBytes: maxBytes)
            // Batches keep memory bounded on folders of any size; results come back in order.
            let renderer = output
            workers.pipeline(reader.expand(sources).makeIterator().batches(of: Self.batchSize)) { analyzer, path -> Result<(Note, NoteAnalysis, [UInt8]), InputError> in
                path.flatMap(reader.read).map { note in
                    let analysis = analyzer.analyze(note)
                    return (note, analysis, renderer.render(analysis, note: note))
                }
            } consume: { results in
                for result in results {
                    switch result {
                    case .success(let (note, analysis, rendered)): output.write(analysis, note: note, rendered: rendered)
                    case .failure(let error): output.write(error)
                    }
                }
            }
        case .jsonl:
            for path in sources {
                let reader: JSONLinesReader
                do { reader = try JSONLinesReader(path: path, maximumLineBytes: maxBytes) } catch { output.write(error); continue }
                let renderer = output
                workers.pipeline(AnyIterator { reader.next() }.batches(of: Self.batchSize)) { analyzer, item -> Result<(Note, NoteAnalysis, JSONRecord, [UInt8]), InputError> in
                    item.result.flatMap { NoteReader.record($0, source: reader.source, line: item.line) }.map { record, note in
                        let analysis = analyzer.analyze(note)
                        return (note, analysis, record, renderer.render(analysis, note: note, record: record))
                    }
                } consume: { results in
                    for result in results {
                        switch result {
                        case .success(let (note, analysis, record, rendered)): output.write(analysis, note: note, record: record, rendered: rendered)
                        case .failure(let error): output.write(error)
                        }
                    }
                }
            }
        }
        output.end()
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }

    /// Notes read and analyzed together before their results are written.
    static let batchSize = 256
}

/// Streams results in the chosen format and keeps the tally for the exit code.
struct CheckOutput {
    let format: Check.Format
    let text: TextFormat
    let json: JSONFormat
    let failOn: Severity?
    private var written = 0
    private var notes = 0
    private var scores: [Int] = []
    private var concerns = 0
    private var failures = 0
    private(set) var exitCode: Int32 = 0
    private var ledger = BillingLedger()
    private let standardOutput = StandardOutput()

    init(format: Check.Format, columns: LineIndex.ColumnUnit, minimumSeverity: Severity, failOn: Severity?) {
        self.format = format
        self.text = TextFormat(minimumSeverity: minimumSeverity, columns: columns)
        self.json = JSONFormat(columns: columns)
        self.failOn = failOn
    }

    mutating func begin() {
        if format == .json { emit("{\"files\":[", newline: false) }
    }

    /// One note's output as UTF-8: newline-ended lines, or for `json` one object. Pure, so
    /// workers render in parallel and only writing stays in order.
    func render(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil) -> [UInt8] {
        switch format {
        case .text: return Array((text.findingLines(analysis, note: note) + [text.summaryLine(analysis)]).map { $0 + "\n" }.joined().utf8)
        case .json: return json.encoded(analysis, note: note)
        case .jsonl:
            var line = json.encoded(analysis, note: note, record: record)
            line.append(0x0A)   // appended in place: `+` would copy the whole object
            return line
        }
    }

    /// Writes one note, in input order. The billing ledger spans notes, so a note it adds a
    /// finding to (a day over 12 units) is rendered again here.
    mutating func write(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil, rendered: [UInt8]? = nil) {
        var analysis = analysis
        let before = analysis.findings.count
        ledger.record(&analysis, note: note)
        notes += 1
        concerns += analysis.score.concern
        if let recovery = analysis.score.recovery { scores.append(recovery) }
        if let failOn, let worst = analysis.highestSeverity, worst >= failOn {
            exitCode = max(exitCode, 1)
        }
        if format == .json && written > 0 { emit(",", newline: false) }
        standardOutput.write(bytes: rendered.flatMap { analysis.findings.count == before ? $0 : nil } ?? render(analysis, note: note, record: record))
        written += 1
    }

    mutating func write(_ error: InputError) {
        failures += 1
        exitCode = 2
        printError("\(error)")
        switch format {
        case .text: break
        case .json: emit((written > 0 ? "," : "") + json.object(error), newline: false); written += 1
        case .jsonl: emit(json.object(error))
        }
    }

    mutating func end() {
        switch format {
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
