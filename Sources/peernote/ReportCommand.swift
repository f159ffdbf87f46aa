import ArgumentParser
import Foundation
import PeerNoteKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A coaching report across a caseload: per peer, person, program and period.",
        discussion: """
        Reads note folders (front matter), EHR exports as CSV (with a column mapping) and JSON
        Lines, in constant memory. Rows that cannot be used are listed under "Skipped" with
        their file and line, never dropped silently.

        Examples:
          peernote report Corpus/caseload/notes --output report.html
          peernote report export.csv --mapping export-mapping.yml --format markdown
          peernote report export.csv --map text=NoteText --map peer=StaffName --map date=ServiceDate
          peernote report part1/ --partial --output part1.json      (one machine's share)
          peernote report --merge part*.json --output report.html    (the same report as one run)
          peernote report --merge a.json b.json --partial -o ab.json (merge parts into a part)
          peernote report notes/ --redact --output report.html       (pseudonyms for people served)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, markdown, csv, notesCSV = "notes-csv", json }

    @Argument(help: "Note folders or files, .csv exports, .jsonl files; with --merge, partial .json files.")
    var inputs: [String] = []

    @Option(help: "html, markdown, csv (one row per peer), notes-csv (one row per note) or json.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Group notes in time by week or month (parts to merge must use the same).")
    var by: Caseload.Period = .month

    @Option(help: ArgumentHelp("A CSV column for a note field, as field=Column; repeatable.", valueName: "field=Column"))
    var map: [String] = []

    @Option(help: ArgumentHelp("A file of `field: Column` lines for CSV exports.", valueName: "FILE"))
    var mapping: String?

    @Flag(help: "Replace names of people served with stable pseudonyms and drop note ids.")
    var redact = false

    @Flag(help: "Write a mergeable aggregate (JSON) instead of a report.")
    var partial = false

    @Flag(help: "Combine partial aggregates (from --partial) into one report.")
    var merge = false

    @Option(name: .shortAndLong, help: "Notes to analyze at once.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Read plan files only from this folder (repeatable); by default from the folder each note was found in.", valueName: "DIR"))
    var plans: [String] = []

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one input (a folder, a .csv, a .jsonl, or with --merge, partial files).") }
        if merge && format == .notesCSV {
            throw ValidationError("--merge combines counts, and partial files hold no notes: it cannot make notes-csv. Make notes-csv from the notes themselves.")
        }
    }

    func run() throws {
        var caseload = Caseload(period: by, redacted: redact)
        if merge {
            // Parts are read entry by entry, twice: first every part's grouping, so that parts
            // that disagree stop the run before anything is merged; then the entries.
            func part(_ path: String) throws -> JSONStream {
                do { return try JSONStream(path: path) } catch { printError("\(error)"); throw ExitCode(2) }
            }
            do {
                for (index, path) in inputs.enumerated() {
                    let period = try Caseload.partialPeriod(part(path))
                    if index == 0 { caseload.period = period } else if period != caseload.period {
                        printError("\(path): grouped by \(period.rawValue), but \(inputs[0]) by \(caseload.period.rawValue); make every part with the same --by")
                        throw ExitCode(2)
                    }
                }
                for path in inputs { try caseload.merge(partial: part(path)) }
            } catch let error as InputError {
                printError("\(error.file): not a partial report from `peernote report --partial` (\(error.message))")
                throw ExitCode(2)
            }
            try write(caseload)
            return
        }
        var columns = ColumnMapping()
        do {
            try columns.add(map)
            if let mapping {
                guard let text = FileManager.default.contents(atPath: mapping).flatMap({ String(data: $0, encoding: .utf8) }) else {
                    throw InputError(file: mapping, message: "cannot read the mapping file")
                }
                try columns.add(yaml: text, file: mapping)
            }
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let loaded = try lexicon.load()
        var reader = try CaseloadReader(lexicon: loaded, jobs: jobs, redact: redact, columns: columns,
                                        notes: NoteReader(planRoots: plans.isEmpty ? nil : plans),
                                        notesCSV: format == .notesCSV ? try open(output) : nil)
        for input in inputs { reader.read(input, into: &caseload) }
        reader.finish()
        if format != .notesCSV { try write(caseload) }
        // As `check` does: the report is written, and an input that could not be read is an error.
        if reader.unreadable > 0 { throw ExitCode(2) }
    }

    private func write(_ caseload: Caseload) throws {
        let handle = try open(output)
        var out = StandardOutput(descriptor: handle.fileDescriptor)
        let report = CaseloadReport(caseload: caseload)
        // JSON and partial files are streamed: the people of a million-note caseload need not be one string in memory.
        if partial { try caseload.writePartial(to: &out) } else {
            switch format {
            case .html: out.write(report.html())
            case .markdown: out.write(report.markdown())
            case .csv: out.write(report.peerCSV())
            case .json, .notesCSV: report.json(to: &out)
            }
        }
        out.flush()
        if output != nil { try handle.close() }
    }

    private func open(_ path: String?) throws -> FileHandle {
        guard let path else { return FileHandle.standardOutput }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            printError("\(path): cannot write the file")
            throw ExitCode(2)
        }
        return handle
    }
}

extension Caseload.Period: ExpressibleByArgument {}

/// Reads every kind of input into a caseload: analysis in parallel batches, counting in order.
struct CaseloadReader {
    let lexicon: Lexicon
    let redact: Bool
    let columns: ColumnMapping
    let notesCSV: FileHandle?
    /// Reads note files and records.
    let reader: NoteReader
    /// Inputs, and note files, that could not be read at all: each said on standard error as
    /// well as listed under Skipped, and the run exits 2. (Rows that could be read but not used
    /// are only listed under Skipped.)
    private(set) var unreadable = 0
    private let workers: Workers<Analyzer>
    private let strengthRules: Set<String>
    private let excerpts: Excerpts
    private var progress = Progress()
    /// Notes analyzed together: each batch's analyses are held until counted, so a report's
    /// memory grows with it.
    static let batchSize = 256

    init(lexicon: Lexicon, jobs: Int, redact: Bool, columns: ColumnMapping, notes: NoteReader, notesCSV: FileHandle?) throws {
        self.lexicon = lexicon
        self.reader = notes
        self.redact = redact
        self.columns = columns
        self.notesCSV = notesCSV
        workers = try Workers(count: jobs) { try Analyzer(lexicon: lexicon) }
        strengthRules = Set(lexicon.entries.filter { $0.side == .strength }.map(\.id))
        excerpts = Excerpts(redact: redact)
        notesCSV?.write(Data(CaseloadReport.noteCSVHeader.utf8))
    }

    mutating func read(_ input: String, into caseload: inout Caseload) {
        let batches = notes(in: input).batches(of: Self.batchSize)
        let workers = self.workers
        var progress = self.progress, unreadable = self.unreadable
        let (excerpts, strengthRules, notesCSV, redact) = (self.excerpts, self.strengthRules, self.notesCSV, self.redact)
        workers.pipeline(batches) { analyzer, source in source().map { ($0, analyzer.analyze($0)) } } consume: { analyses in
            for result in analyses {
                switch result {
                case .success(let (note, analysis)):
                    let bytes = Array(note.text.utf8)
                    caseload.add(analysis, note: note, strengthRules: strengthRules) { excerpts.sentence(of: $0, in: note, bytes: bytes) }
                    notesCSV?.write(Data(CaseloadReport.noteCSVRow(analysis, note: note, redact: redact, strengthRules: strengthRules).utf8))
                case .failure(let skipped):
                    caseload.skip(skipped.error)
                    if skipped.isUnreadable {
                        unreadable += 1
                        printError("\(skipped.error)")
                    }
                }
                progress.tick()
            }
        }
        self.progress = progress
        self.unreadable = unreadable
    }

    /// A note that is not counted: a row or record that could not be used, or (`isUnreadable`)
    /// an input or file that could not be read at all.
    struct Skip: Error {
        var error: InputError
        var isUnreadable = false
    }

    /// One note of an input, read when a worker calls it: parsing records, files and rows
    /// stays off the thread that merges the results (on it, reading was half of a 2-job report).
    typealias NoteSource = () -> Result<Note, Skip>

    /// The notes of one input (a CSV or JSON Lines export, or a folder), one by one.
    private func notes(in input: String) -> AnyIterator<NoteSource> {
        if input.lowercased().hasSuffix(".csv") { return csvNotes(input) }
        if input.lowercased().hasSuffix(".jsonl") {
            let lines: JSONLinesReader
            do { lines = try JSONLinesReader(path: input) } catch { return Self.failing(error) }
            let reader = self.reader
            return AnyIterator {
                lines.next().map { line, result in {
                    result.flatMap { reader.record($0, source: input, line: line) }.mapError { Skip(error: $0) }.flatMap { _, note in
                        Self.isBlank(note.text[...]) ? .failure(Skip(error: InputError(file: input, line: line, message: "the note text is empty"))) : .success(note)
                    }
                } }
            }
        }
        let reader = self.reader
        var paths = reader.expand([input]).makeIterator()
        return AnyIterator {
            paths.next().map { path in {
                path.flatMap(reader.read).mapError { Skip(error: $0, isUnreadable: true) }.flatMap { note in
                    Self.isBlank(note.text[note.text.utf8.index(note.text.startIndex, offsetBy: note.body.lowerBound)...])
                        ? .failure(Skip(error: InputError(file: note.id, message: "the note has no text"))) : .success(note)
                }
            } }
        }
    }

    private func csvNotes(_ input: String) -> AnyIterator<NoteSource> {
        let reader: CSVReader
        do { reader = try CSVReader(path: input) } catch { return Self.failing(error) }
        guard let (_, headerResult) = reader.next() else {
            return Self.failing(InputError(file: input, line: 1, message: "the file is empty"))
        }
        let resolved: ColumnMapping.Resolved
        do { resolved = try columns.resolve(header: try headerResult.get(), file: input) } catch {
            return Self.failing(error)
        }
        return AnyIterator { reader.next().map { line, record in { record.flatMap { resolved.note(from: $0, file: input, line: line) }.mapError { Skip(error: $0) } } } }
    }

    /// An input that gives one error and no notes: it could not be read.
    private static func failing(_ error: InputError) -> AnyIterator<NoteSource> {
        AnyIterator([{ .failure(Skip(error: error, isUnreadable: true)) }].makeIterator())
    }

    /// Whether text is only white space. Stops at the first character that is not: trimming
    /// with Foundation made a UTF-16 copy of every note (a tenth of a report).
    private static func isBlank(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    mutating func finish() { progress.finish() }
}

/// A progress line on standard error for long runs, only when it is a terminal.
struct Progress {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var count = 0
    private let start = Date()

    mutating func tick() {
        count += 1
        guard enabled, count % 500 == 0 else { return }
        let rate = Double(count) / max(0.001, Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\(count) notes read · \(Int(rate)) notes/s ".utf8))
    }

    func finish() {
        guard enabled, count >= 500 else { return }
        FileHandle.standardError.write(Data("\r\(count) notes read\u{1B}[K\n".utf8))
    }
}
