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

    /// Loads the lexicons, or prints every problem and exits 2.
    func load() throws -> Lexicon {
        do {
            return try Lexicon.load(language: language, extraFiles: extraFiles)
        } catch {
            for problem in error.problems { printError("\(problem)") }
            throw ExitCode(2)
        }
    }
}

extension Severity: ExpressibleByArgument {}
extension LineIndex.ColumnUnit: ExpressibleByArgument {}
