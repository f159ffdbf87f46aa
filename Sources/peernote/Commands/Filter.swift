import ArgumentParser
import Foundation
import PeerNoteKit

struct Filter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "The editor pipe: the whole note from standard input to standard output.",
        discussion: """
        By default the text comes back unchanged and the findings go to standard error in the
        gcc form. Outside the rewrites and markers it adds, the output is the input byte for
        byte: line endings, tabs, trailing spaces, a missing final newline and bytes that are
        not UTF-8 are all kept. If anything goes wrong, the original bytes come back on
        standard output, the reason on standard error, and the exit status is 2.

        Examples (vim):
          :%!peernote filter --fix          apply the safe rewrites to the buffer
          :%!peernote filter --annotate     mark each finding inline: {>>PeerNote …<<}
          :%!peernote filter --strip        remove the markers again
        """
    )

    @Flag(help: "Apply the safe rewrites.")
    var fix = false

    @Flag(help: "Insert a {>>PeerNote …<<} marker after each finding (old markers are replaced).")
    var annotate = false

    @Flag(help: "Remove PeerNote markers; nothing else changes.")
    var strip = false

    @Option(help: "The file name to use in findings on standard error.")
    var path = "<stdin>"

    @Option(help: "Count columns in characters, bytes (vim) or utf16.")
    var columns: LineIndex.ColumnUnit = .characters

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if [fix, annotate, strip].filter({ $0 }).count > 1 {
            throw ValidationError("Choose one of --fix, --annotate and --strip.")
        }
    }

    func run() throws {
        let (input, failure) = FileBytes.standardInput()
        if let failure {
            // What could be read goes back as it came: an editor replaces its text with ours.
            write(input)
            printError("peernote filter: <stdin> could not be read: \(failure.reason); the text was left unchanged")
            throw ExitCode(2)
        }
        // Whatever happens below, the writer gets their text back.
        let output: [UInt8]
        do {
            output = try transform(input)
        } catch {
            write(input)
            if !(error is ExitCode) { printError("peernote filter: \(error); the text was left unchanged") }
            else { printError("peernote filter: the text was left unchanged") }
            throw ExitCode(2)
        }
        write(output)
    }

    private func transform(_ input: [UInt8]) throws -> [UInt8] {
        if strip { return Annotations.strip(input) }
        if UTF8Bytes.binaryMarker(in: input) != nil && !UTF8Bytes.startsAsUTF16(input) {
            throw InputError(file: path, message: "looks like binary data (NUL byte); only text notes can be checked")
        }
        let fixer = NoteFixer(analyzer: try makeAnalyzer(lexicon.load()))
        if fix { return fixer.fixed(input, id: path) }
        if annotate { return fixer.annotated(input, id: path) }
        let (_, note, analysis) = fixer.analyze(input, id: path)
        for line in TextFormat(columns: columns).findingLines(analysis, note: note) { printError(line) }
        return input
    }

    private func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
    }
}
