import ArgumentParser
import Foundation
import PeerNoteKit

@main
struct PeerNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peernote",
        abstract: "A coach for peer support notes: person-centered language and the golden thread.",
        discussion: """
        Examples:
          peernote check Corpus/notes               check every note in a folder
          peernote check draft.txt --format json    findings as JSON
          cat draft.txt | peernote check -          check standard input
          peernote filter --fix < draft.txt         apply the safe rewrites (an editor pipe)
          peernote serve --open                     a page in your browser: paste a note, take the rewrites
          peernote lsp                              a language server for any editor
          peernote mcp                              an MCP server for AI writing assistants
          peernote report Corpus/caseload/notes -o report.html   a caseload coaching report
          peernote lexicon lint agency.yml          check an agency's own word list
        """,
        version: "0.1.0",
        subcommands: [Check.self, Fix.self, Filter.self, ReportCommand.self, Serve.self, LanguageServerCommand.self, MCPCommand.self, LexiconCommand.self, Rules.self, Eval.self],
        defaultSubcommand: Check.self
    )

    /// Exit codes: 0 nothing at or above --fail-on, 1 something was, 2 usage or input errors
    /// (ArgumentParser's own usage errors would otherwise exit 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
