import ArgumentParser
import Foundation
import PeerNoteKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A coaching report across a caseload: per peer, person, program and period.",
        discussion: """
        Reads note folders (front matter), EHR exports as CSV (with a column
        mapping) and JSON Lines, in constant memory, chosen as `check` chooses:
        by suffix, or as --input says. Rows that cannot be used are listed under
        "Skipped" with their file and line, never dropped silently.

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

    @Option(help: SourceOptions.input)
    var input: NoteSource.Format?

    @Option(help: SourceOptions.map)
    var map: [String] = []

    @Option(help: SourceOptions.mapping)
    var mapping: String?

    @Option(help: SourceOptions.maxBytes)
    var maxBytes = 16 << 20

    @Option(help: SourceOptions.plans)
    var plans: [String] = []

    /// How the inputs are read.
    var source: SourceOptions { SourceOptions(input: input, map: map, mapping: mapping, maxBytes: maxBytes, plans: plans) }

    @Flag(help: "Replace names of people served with stable pseudonyms and drop note ids.")
    var redact = false

    @Flag(help: "Write a mergeable aggregate (JSON) instead of a report.")
    var partial = false

    @Flag(help: "Combine partial aggregates (from --partial) into one report.")
    var merge = false

    @Option(name: .shortAndLong, help: "Notes to analyze at once.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

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
        let notes = try source.source(inputs)
        let loaded = try lexicon.load()
        let run = try NoteRun(lexicon: loaded, jobs: jobs)
        // Each batch's analyses are held until counted: small batches keep a report's memory small.
        run.largestBatch = run.firstBatch
        var counter = CaseloadCounter(caseload, lexicon: loaded, notesCSV: format == .notesCSV ? try open(output) : nil)
        run.run(notes, prepare: CaseloadCounter.prepare, counts: { counter.counts($0) }) { counter.add($0) }
        counter.finish()
        if format != .notesCSV { try write(counter.caseload) }
        // As `check` does: the report is written, and an input that could not be read is an error.
        if counter.unreadable > 0 { throw ExitCode(2) }
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
