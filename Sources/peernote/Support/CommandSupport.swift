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
