import ArgumentParser
import Foundation
import PeerNoteKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check notes for person-centered language.",
        discussion: """
        Reads files and folders (.txt, .md, .note), JSON Lines (.jsonl), CSV
        exports (.csv, with --map or --mapping), or standard input with - or no
        path; --input reads every input one way. Text output is
        `path:line:column: severity: message [rule]`, the form vim's quickfix
        and emacs' compile mode read. Exit status: 0 when nothing at or above
        --fail-on was found, 1 when something was, 2 for usage or input errors
        (the rest of the run goes on).

        Examples:
          peernote check Corpus/notes
          peernote check --format json note.txt
          peernote check --format sarif Corpus/notes > notes.sarif
          peernote check --input jsonl --format jsonl < notes.jsonl
          peernote check export.csv --mapping export-mapping.yml
          peernote check --lexicon agency.yml --fail-on error notes/
          peernote check --jobs 1 notes/       one note at a time (the output is the same)
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, sarif }
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never
        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    @Argument(help: "Files or folders to check; - or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "Output: text, json, jsonl (one result per line) or sarif (SARIF 2.1.0).")
    var format: Format = .text

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

    @Option(help: "Exit 1 when a finding is at or above: error, warning, info, never.")
    var failOn: FailOn = .warning

    @Flag(help: "Also list strength language (as notes) in text output.")
    var showStrengths = false

    @Option(help: "Count columns in characters, bytes (vim) or utf16.")
    var columns: LineIndex.ColumnUnit = .characters

    @Flag(help: "SARIF: quote the words each result is about (region.snippet). Notes are PHI: off by default.")
    var includeText = false

    @Option(name: .shortAndLong, help: "Notes to analyze at once, in order (default: one per processor core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if format == .sarif && columns == .bytes {
            throw ValidationError("SARIF counts columns in characters or utf16, not bytes (its regions carry byte offsets too).")
        }
    }

    mutating func run() throws {
        let notes = try source.source(paths.isEmpty ? ["-"] : paths)
        let loaded = try lexicon.load()
        let run = try NoteRun(lexicon: loaded, jobs: jobs)
        let renderer = CheckRenderer(format: format, columns: columns, minimumSeverity: showStrengths ? .hint : .info,
                                     lexicon: loaded, includeText: includeText)
        var output = CheckOutput(renderer: renderer, failOn: failOn.severity)
        output.begin()
        // Workers render each note as they analyze it; only the writing stays in order.
        run.run(notes, prepare: { renderer.checked($1, note: $0.note, record: $0.record) }) { output.write($0) }
        output.end()
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }
}
