import ArgumentParser
import Foundation
import PeerNoteKit

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check and list lexicons.",
        subcommands: [Lint.self, List.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check lexicon files: format, term clashes with the loaded lexicons, and each entry's examples.",
            discussion: "Prints `file:line: what is wrong` for every problem; exit 0 when there is none, 2 otherwise."
        )

        @Argument(help: "Lexicon files to check.")
        var files: [String]

        @Option(help: "Lexicon language folder.")
        var language = "en"

        func run() throws {
            let lexicon = try loadLexicon(language: language, extraFiles: files)
            let checked = Set(lexicon.entries.filter { entry in files.contains { entry.origin.hasPrefix($0 + ":") } }.map { $0.id })
            let problems = lexicon.exampleProblems(using: try makeAnalyzer(lexicon), ids: checked)
            for problem in problems { printError("\(problem)") }
            guard problems.isEmpty else { throw ExitCode(2) }
            print("\(files.joined(separator: ", ")): \(checked.count) entries, all examples behave")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the loaded lexicon entries, and how many per category.")

        @OptionGroup var lexicon: LexiconOptions

        @Flag(help: "Only the counts per side and category.")
        var summary = false

        @Flag(help: "Every concern term and its forms, one per line (a plain word list, e.g. for grep -f).")
        var terms = false

        func run() throws {
            let loaded = try lexicon.load()
            if terms {
                for term in Set(loaded.entries.filter { $0.side == .concern }.flatMap(\.terms).map(\.text)).sorted() { print(term) }
                return
            }
            if !summary {
                for entry in loaded.entries {
                    let terms = entry.terms.prefix(4).map(\.text).joined(separator: ", ") + (entry.terms.count > 4 ? ", …" : "")
                    print("\(entry.id)\t\(entry.side.rawValue)/\(entry.category)\t\(entry.severity.rawValue)\t\(terms)")
                }
            }
            var counts: [String: (entries: Int, terms: Int)] = [:]
            for entry in loaded.entries {
                let key = "\(entry.side.rawValue)/\(entry.category)"
                counts[key, default: (0, 0)].entries += 1
                counts[key, default: (0, 0)].terms += entry.terms.count
            }
            for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
                print("\(key): \(count.entries) entries, \(count.terms) forms")
            }
            print("\(loaded.entries.count) entries from \(loaded.files.count) files")
        }
    }
}
