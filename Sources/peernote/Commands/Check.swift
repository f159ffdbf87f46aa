import ArgumentParser
import Foundation
import PeerNoteKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
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

    @Option(help: ArgumentHelp("Read plan files only from this folder (repeatable); by default from the folder each note was found in.", valueName: "DIR"))
    var plans: [String] = []

    @Option(name: .shortAndLong, help: "Notes to analyze at once, in order (default: one per processor core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    mutating func run() throws {
        let loaded = try lexicon.load()
        let workers = try Workers(count: jobs) { try Analyzer(lexicon: loaded) }
        let renderer = CheckRenderer(format: format, columns: columns, minimumSeverity: showStrengths ? .hint : .info)
        var output = CheckOutput(renderer: renderer, lexicon: loaded, failOn: failOn.severity)
        output.begin()
        let sources = paths.isEmpty ? ["-"] : paths
        let reader = NoteReader(maximumBytes: maxBytes, planRoots: plans.isEmpty ? nil : plans)
        switch input {
        case .text:
            // Batches keep memory bounded on folders of any size; results come back in order.
            workers.pipeline(reader.expand(sources).makeIterator().batches(of: Self.firstBatch, growingTo: largestBatch)) { analyzer, path in
                path.flatMap(reader.read).map { note in renderer.checked(analyzer.analyze(note), note: note) }
            } consume: { results in
                for result in results { output.write(result) }
            }
        case .jsonl:
            for path in sources {
                let lines: JSONLinesReader
                do { lines = try JSONLinesReader(path: path, maximumLineBytes: maxBytes) } catch { output.write(error); continue }
                workers.pipeline(AnyIterator { lines.next() }.batches(of: Self.firstBatch, growingTo: largestBatch)) { analyzer, item in
                    item.result.flatMap { reader.record($0, source: lines.source, line: item.line) }.map { record, note in
                        renderer.checked(analyzer.analyze(note), note: note, record: record)
                    }
                } consume: { results in
                    for result in results { output.write(result) }
                }
            }
        }
        output.end()
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }

    /// Notes read and analyzed together before their results are written.
    static let firstBatch = 256
    /// Every batch ends with the workers waiting for each other and waking again, so with
    /// several jobs batches grow to 1,024 notes (two jobs on 18 MB of JSON Lines: 0.92–0.94 of
    /// the time with batches of 256). One job has no one to wait for, and keeps batches of 256:
    /// larger ones were 6–10% slower, their output colder in cache when written.
    private var largestBatch: Int { jobs > 1 ? 1024 : Self.firstBatch }
}
