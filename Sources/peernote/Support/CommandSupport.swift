import ArgumentParser
import Foundation
import PeerNoteKit

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// `--lexicon FILE` and the language, shared by the commands that load lexicons.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("An extra lexicon file (YAML), loaded after the bundled ones; repeatable.", valueName: "FILE"))
    var extraFiles: [String] = []

    @Option(help: "Lexicon language folder.")
    var language = "en"

    /// Loads the lexicons, or prints every problem (the checks' words included) and exits 2.
    func load() throws -> Lexicon {
        try loadLexicon(language: language, extraFiles: extraFiles)
    }
}

/// The bundled lexicons for `language` and `extraFiles`, or every problem with them (the checks'
/// words included) printed as `file:line: what`, and exit 2.
func loadLexicon(language: String, extraFiles: [String]) throws -> Lexicon {
    let lexicon: Lexicon
    do {
        lexicon = try Lexicon.load(language: language, extraFiles: extraFiles)
    } catch {
        for problem in error.problems { printError("\(problem)") }
        throw ExitCode(2)
    }
    let problems = Analyzer.checkProblems(in: lexicon)
    for problem in problems { printError("\(problem)") }
    if !problems.isEmpty { throw ExitCode(2) }
    return lexicon
}

/// An analyzer for `lexicon`, or every problem with the checks' words printed (`file:line:
/// what`) and exit 2.
func makeAnalyzer(_ lexicon: Lexicon, useContext: Bool = true) throws -> Analyzer {
    do {
        return try Analyzer(lexicon: lexicon, useContext: useContext)
    } catch let error as InputErrors {
        for problem in error.problems { printError("\(problem)") }
        throw ExitCode(2)
    }
}

extension Severity: ExpressibleByArgument {}
extension LineIndex.ColumnUnit: ExpressibleByArgument {}

/// How `check` and `report` choose and read their inputs: the same options, with the same
/// help, made into a `NoteSource` the same way. Each command declares the options itself: an
/// option group is read by reflection at every start, which a one-note check would pay for.
struct SourceOptions {
    static let input = ArgumentHelp("Read every input as text (note files), jsonl (records {\"id\":…,\"text\":…}), csv (an export) or fhir (DocumentReferences: one, a Bundle, or NDJSON); by default as its suffix says: .jsonl, .csv, otherwise text.", valueName: "format")
    static let map = ArgumentHelp("A CSV column for a note field, as field=Column; repeatable.", valueName: "field=Column")
    static let mapping = ArgumentHelp("A file of `field: Column` lines for CSV exports.", valueName: "FILE")
    static let maxBytes = ArgumentHelp("Skip notes, records and rows larger than this many bytes.")
    static let plans = ArgumentHelp("Read plan files only from this folder (repeatable); by default from the folder each note was found in.", valueName: "DIR")

    var input: NoteSource.Format?
    var map: [String]
    var mapping: String?
    var maxBytes: Int
    var plans: [String]

    /// The notes of `inputs`, or every problem with the column mapping printed and exit 2.
    func source(_ inputs: [String]) throws -> NoteSource {
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
        return NoteSource(inputs, format: input, reader: NoteReader(maximumBytes: maxBytes, planRoots: plans.isEmpty ? nil : plans), columns: columns)
    }
}

extension NoteSource.Format: ExpressibleByArgument {}
