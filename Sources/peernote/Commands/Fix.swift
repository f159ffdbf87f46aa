import ArgumentParser
import Foundation
import PeerNoteKit

struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the safe person-centered rewrites.",
        discussion: """
        Prints the rewritten note (one path), or a unified diff with --diff, or rewrites the
        files in place with --write: each through a temporary file that replaces the original
        only once it is complete, so an error leaves the original as it was. Only rewrites the
        lexicon marks safe are applied; the rest stay suggestions in `peernote check`.

        Examples:
          peernote fix draft.txt > draft-fixed.txt
          peernote fix --diff notes/
          peernote fix --write draft.txt
        """
    )

    @Argument(help: "Files or folders; - or nothing reads standard input.")
    var paths: [String] = []

    @Flag(help: "Print a unified diff instead of the text.")
    var diff = false

    @Flag(help: "Rewrite the files in place.")
    var write = false

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if diff && write { throw ValidationError("Choose --diff or --write, not both.") }
    }

    func run() throws {
        let fixer = NoteFixer(analyzer: try makeAnalyzer(lexicon.load()))
        // No size limit: `fix` has no --max-bytes to raise one, and rewrites what it is given.
        let reader = NoteReader(maximumBytes: .max)
        let sources = reader.expand(paths.isEmpty ? ["-"] : paths)
        if !diff && !write && sources.count > 1 {
            throw ValidationError("Printing the fixed text takes one file; use --diff or --write for several.")
        }
        var failed = false
        let output = StandardOutput()
        for source in sources {
            do {
                let path = try source.get().path
                let original = try readBytes(path, with: reader)
                let fixed = fixer.fixed(original, id: path)
                if diff {
                    output.write(UnifiedDiff.diff(original, fixed, oldName: "a/\(path)", newName: "b/\(path)"), newline: false)
                } else if write {
                    if fixed != original, path != "-" { try FileReplacement.replace(path, with: fixed) }
                } else {
                    output.write(String(decoding: fixed, as: UTF8.self), newline: false)
                }
            } catch {
                failed = true
                printError("\(error)")
            }
        }
        output.flush()
        if failed { throw ExitCode(2) }
    }

    /// The file's bytes, exactly: a rewrite keeps every byte it does not change.
    private func readBytes(_ path: String, with reader: NoteReader) throws -> [UInt8] {
        let bytes = try reader.bytes(of: path).get()
        if UTF8Bytes.binaryMarker(in: bytes) != nil {
            throw InputError(file: NoteReader.name(of: path), message: "looks like a binary file (NUL byte); skipped")
        }
        return bytes
    }
}
