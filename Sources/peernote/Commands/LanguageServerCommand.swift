import ArgumentParser
import Foundation
import PeerNoteKit

struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run as a language server on standard input and output (JSON-RPC, Content-Length framing).",
        discussion: """
        Editors start it themselves; see the README for Neovim, Helix, VS Code and emacs.
        Settings (initializationOptions, or workspace/didChangeConfiguration under "peernote"):
          "lexicons": ["agency.yml"]   extra lexicon files, loaded after the bundled ones
          "showStrengths": true        also report strength language, as hints
        Nothing is written to standard error unless a lexicon cannot be loaded at start.
        """
    )

    @OptionGroup var lexicon: LexiconOptions

    /// Whether more of the editor's messages can be read without waiting.
    private static func inputIsWaiting() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    func run() throws {
        let language = lexicon.language, startFiles = lexicon.extraFiles
        let server = try LanguageServer(lexicon: try lexicon.load()) { (files: [String]) throws(InputErrors) -> Lexicon in
            try Lexicon.loadLanguages(language, extraFiles: startFiles + files, messages: lexicon.messageLanguage)
        }
        // Diagnostics wait until no message does: a burst of keystrokes is analyzed once.
        server.publishesOnChange = false
        var framer = MessageFramer()
        let output = FileHandle.standardOutput
        var shutdownSeen = false
        var chunk: [UInt8] = []
        while true {
            chunk.removeAll(keepingCapacity: true)
            switch FileBytes.append(from: STDIN_FILENO, upTo: 1 << 16, to: &chunk) {
            case .success(0): throw ExitCode(shutdownSeen ? 0 : 1)  // the editor went away
            case .success: framer.append(chunk)
            case .failure(let failure):
                printError("peernote lsp: the editor's messages could not be read: \(failure.reason)")
                throw ExitCode(1)
            }
            while let frame = framer.next() {
                let replies: [Data], control: LanguageServer.Control
                switch frame {
                case .message(let body): (replies, control) = server.handle(body)
                case .malformed(let reason): (replies, control) = (server.malformedFrame(reason), .continue)
                }
                for reply in replies { output.write(MessageFramer.frame(reply)) }
                if case .exit(let status) = control { throw ExitCode(status) }
                shutdownSeen = shutdownSeen || server.isShuttingDown
            }
            if !Self.inputIsWaiting() {
                for reply in server.pendingDiagnostics() { output.write(MessageFramer.frame(reply)) }
            }
        }
    }
}
