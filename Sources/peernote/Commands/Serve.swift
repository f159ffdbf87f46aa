import ArgumentParser
import Foundation
import PeerNoteKit

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open a page in your browser to check a note as you type it.",
        discussion: """
        Starts a page on this computer only (127.0.0.1), on a free port unless --port says
        which, and prints its address. Paste or type a note: findings are highlighted as you
        type, each with why and what to try; one click takes a rewrite, and "Copy note" copies
        the finished note. Nothing is stored or sent anywhere. Press Ctrl-C to stop.

        Examples:
          peernote serve --open              start and open the page in your browser
          peernote serve --port 8765         always the same address
          peernote serve --lexicon agency.yml
        """
    )

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (0 or none: a free one).", valueName: "PORT"))
    var port = 0

    @Flag(help: "Open the page in your browser (xdg-open, or open on macOS).")
    var open = false

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 1 to 65535 (0 for a free one).") }
    }

    func run() throws {
        let analyzer = try makeAnalyzer(lexicon.load())
        let listener: PageListener
        do { listener = try PageListener(port: port) } catch {
            printError("peernote serve: \(error)")
            throw ExitCode(2)
        }
        let server = PageServer(analyzer: analyzer, port: listener.port)
        let output = StandardOutput()
        output.write("PeerNote's page for peers: \(server.address)", newline: true)
        output.write("Only this computer can open it, and nothing you type is stored. Press Ctrl-C to stop.", newline: true)
        output.flush()
        if open && !Self.openBrowser(at: server.address) {
            printError("peernote serve: no browser opener (\(Self.opener)) was found; open \(server.address) in your browser.")
        }
        listener.run(server)
    }

    /// The program that opens an address in the person's browser.
    static var opener: String {
        #if os(macOS)
        "open"
        #else
        "xdg-open"
        #endif
    }

    /// Starts the browser opener on `address` without waiting for it; false when there is none.
    static func openBrowser(at address: String) -> Bool {
        guard let program = which(opener) else { return false }
        let process = Process()
        process.executableURL = program
        process.arguments = [address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return (try? process.run()) != nil
    }

    /// The full path of `program` on `PATH`.
    private static func which(_ program: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
