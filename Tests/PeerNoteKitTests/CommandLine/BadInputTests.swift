import Foundation
import Testing
import PeerNoteKit

/// The bad-input matrix, end to end through the binary: each kind of bad input gets its
/// documented outcome — a clear message naming the file (and line), exit 2 for that input, the
/// rest of the run going on — in bounded memory, and no message quotes the note.
@Suite(.serialized) struct BadInputTests {
    /// Words that appear only inside the notes below: no message may contain them.
    static let secret = "Zebulon-Quartermaine"

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func write(_ bytes: [UInt8], _ name: String, in folder: URL) {
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes)))
    }

    /// Peak memory of the child processes so far, in megabytes.
    private func childPeakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    @Test func theMatrixOfBadFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = Array(Self.secret.utf8)
        write([], "a-empty.txt", in: dir)
        write(Array(" \n\t\r\n".utf8), "b-whitespace.txt", in: dir)
        write(secret + [0x00, 0x01, 0x02] + secret, "c-binary.txt", in: dir)
        write(secret + Array(" the pt ".utf8) + [0xC3, 0x28] + secret, "d-invalid-utf8.txt", in: dir)
        write([0xFF, 0xFE] + Array("The pt left.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "e-utf16.txt", in: dir)
        write([0xEF, 0xBB, 0xBF] + Array("The pt left.".utf8), "f-utf8-bom.txt", in: dir)
        write(Array("One.\r\nThe pt left.\rThen the pt came back.\n".utf8), "g-crlf-cr.txt", in: dir)
        write(Array("---\nperson: [\(Self.secret)\n---\nThe pt left.\n".utf8), "h-bad-front-matter.txt", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("i-loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("i-loop/again").path, withDestinationPath: dir.appendingPathComponent("i-loop").path)
        let run = try runPeerNote(["check", dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(run.status == 2)
        let out = run.stdout, err = run.stderr
        #expect(out.contains("a-empty.txt: empty note, nothing to check"))
        #expect(out.contains("b-whitespace.txt: empty note, nothing to check") || out.contains("b-whitespace.txt: recovery score"))
        #expect(err.contains("c-binary.txt") && err.contains("binary"))
        #expect(err.contains("d-invalid-utf8.txt:1: not valid UTF-8: byte 0xC3 at offset 28"))
        #expect(out.contains("e-utf16.txt:1:5: warning: \"pt\""))
        #expect(out.contains("f-utf8-bom.txt:1:5: warning: \"pt\""))
        #expect(out.contains("g-crlf-cr.txt:2:5: warning: \"pt\"") && out.contains("g-crlf-cr.txt:3:10: warning: \"pt\""))
        #expect(out.contains("h-bad-front-matter.txt:3:1: error: front matter is not valid YAML") && out.contains("h-bad-front-matter.txt:4:5: warning: \"pt\""))
        #expect(err.contains("missing.txt: no such file"))
        #expect(!(out + err).contains(Self.secret), "a message quotes the note")
    }

    @Test func aHundredMegabyteLineIsRefusedAndAOneMegabyteLineIsChecked() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = Array("Dana said the pt refused the ride and chose the bus instead ".utf8)
        let big = dir.appendingPathComponent("big.txt")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        let block = Data((0..<(1 << 20) / sentence.count).flatMap { _ in sentence })
        for _ in 0..<100 { handle.write(block) }
        try handle.close()
        let refused = try runPeerNote(["check", big.path])
        #expect(refused.status == 2 && refused.stderr.contains("big.txt: the file is") && refused.stderr.contains("--max-bytes"))
        let medium = dir.appendingPathComponent("medium.txt")
        #expect(FileManager.default.createFile(atPath: medium.path, contents: block))
        let checked = try runPeerNote(["check", medium.path])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("medium.txt:1:") && checked.stdout.contains("[comp-refuse]"))
        #expect(childPeakMegabytes() < 400, "peak memory \(childPeakMegabytes()) MB")
    }

    /// A 16 MB note with a finding every few words: at most 1,000 findings of each kind are
    /// listed and one more says how many were left out, so output and memory stay bounded.
    @Test func aDenseSixteenMegabyteNoteStaysBounded() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentence = Array("The pt refused meds and was noncompliant, the addict c/o pain. ".utf8)
        let dense = dir.appendingPathComponent("dense.txt")
        #expect(FileManager.default.createFile(atPath: dense.path, contents: Data((0..<(16 << 20) / sentence.count - 1).flatMap { _ in sentence })))
        let run = try runPeerNote(["check", "--format", "json", dense.path])
        #expect(run.status == 1)
        #expect(run.stdout.utf8.count < 2 << 20, "\(run.stdout.utf8.count) bytes of output")
        let file = try #require((try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])?["files"] as? [[String: Any]]).first
        let findings = file?["findings"] as? [[String: Any]] ?? []
        #expect(findings.filter { $0["rule"] as? String == "jargon-pt" || $0["rule"] as? String == "comp-refuse" }.count <= 1_000)
        let limit = findings.first { $0["rule"] as? String == "findings-limit" }
        #expect((limit?["message"] as? String)?.contains("more findings from here on are not listed") == true)
        // The score still counts every concern: five a sentence.
        #expect(((file?["score"] as? [String: Any])?["concern"] as? Int) == 5 * ((16 << 20) / sentence.count - 1))
        #expect(childPeakMegabytes() < 400, "peak memory \(childPeakMegabytes()) MB")
    }

    /// 100,000 files take about two minutes in a debug build; the default run uses 20,000 and
    /// `PEERNOTE_MATRIX_FILES=100000 swift test --filter BadInput` runs the full size.
    @Test func aHundredThousandTinyFiles() throws {
        let count = Int(ProcessInfo.processInfo.environment["PEERNOTE_MATRIX_FILES"] ?? "") ?? 20_000
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for index in 0..<count {
            _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(String(format: "n%06d.txt", index)).path,
                                               contents: Data((index % 2 == 0 ? "Dana chose the bus.\n" : "The pt left.\n").utf8))
        }
        let run = try runPeerNote(["check", "--format", "jsonl", "--fail-on", "never", dir.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.first?.contains("n000000.txt") == true && lines.last?.contains(String(format: "n%06d.txt", count - 1)) == true)
        #expect(childPeakMegabytes() < 400, "peak memory \(childPeakMegabytes()) MB")
    }

    @Test func aLexiconWithAHundredThousandEntries() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var yaml = "lexicon: big\nside: concern\nentries:\n"
        for index in 0..<100_000 { yaml += "  - {id: big-\(index), category: big, terms: [zq\(index)x], message: An agency term}\n" }
        yaml += "  - {id: broken, category: big, terms: [ok], message: }\n"
        let path = dir.appendingPathComponent("big.yml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let bad = try runPeerNote(["lexicon", "lint", path])
        #expect(bad.status == 2 && bad.stderr.contains("big.yml:100004: `message:` must be non-empty text"))
        try yaml.replacingOccurrences(of: "message: }", with: "message: Fine}").write(toFile: path, atomically: true, encoding: .utf8)
        let run = try runPeerNote(["check", "--lexicon", path, "-"], stdin: Data("She said zq99999x and zq7x.".utf8))
        #expect(run.stdout.contains("\"zq99999x\"") && run.stdout.contains("\"zq7x\""))
        #expect(childPeakMegabytes() < 1024, "peak memory \(childPeakMegabytes()) MB")
    }

    /// A folder where a file is read (a path, or standard input redirected from one) makes
    /// every read fail: each reader says so, naming it, and nothing stops the program.
    @Test func aFolderGivenAsAFileIsAnErrorNotACrash() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let records = try runPeerNote(["check", "--input", "jsonl", "--format", "jsonl", dir.path])
        #expect(records.status == 2)
        #expect(records.stderr == "\(dir.path): is a folder; records are read from a file, or from standard input with -\n")
        let merge = try runPeerNote(["report", "--merge", dir.path, dir.path])
        #expect(merge.status != 0 && merge.stderr.contains("\(dir.path): is a folder"))
        /// `peernote` with standard input read from the folder itself.
        func fromFolder(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            let process = Process(), out = Pipe(), err = Pipe()
            process.executableURL = peernoteBinary
            process.arguments = arguments
            process.standardInput = FileHandle(forReadingAtPath: dir.path)
            (process.standardOutput, process.standardError) = (out, err)
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
        }
        // The JSON Lines reader fails on its first read: the line it was reading is named.
        let stream = try fromFolder(["check", "--input", "jsonl", "--format", "jsonl", "-"])
        #expect(stream.status == 2)
        #expect(stream.stderr == "<stdin>:1: could not be read from this line on: Is a directory\n")
        let note = try fromFolder(["check", "-"])
        #expect(note.status == 2 && note.stderr == "<stdin>: could not be read: Is a directory\n")
        let fixed = try fromFolder(["fix", "-"])
        #expect(fixed.status == 2 && fixed.stdout.isEmpty && fixed.stderr == "<stdin>: could not be read: Is a directory\n")
        let filter = try fromFolder(["filter"])
        #expect(filter.status == 2 && filter.stdout.isEmpty && filter.stderr.contains("<stdin> could not be read: Is a directory"))
    }

    @Test func malformedCSVJSONLinesAndLexicons() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        write(Array("text,peer\n\"\(Self.secret) never closed,Ana\n".utf8), "bad.csv", in: dir)
        write(Array("{\"id\":\"1\",\"text\":\"\(Self.secret)\"\n{\"id\":\"2\",\"text\":\"The pt left.\"}\n".utf8), "bad.jsonl", in: dir)
        write(Array("lexicon: x\nside: sideways\nentries: [\(Self.secret)\n".utf8), "bad.yml", in: dir)
        let report = try runPeerNote(["report", dir.appendingPathComponent("bad.csv").path, dir.appendingPathComponent("bad.jsonl").path, "--format", "markdown"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("bad.csv:2: a quoted field is never closed"))
        #expect(report.stdout.contains("bad.jsonl:1: not a valid record"))
        #expect(report.stdout.contains("1 notes"))
        let lexicon = try runPeerNote(["lexicon", "lint", dir.appendingPathComponent("bad.yml").path])
        #expect(lexicon.status == 2 && lexicon.stderr.contains("bad.yml:"))
        #expect(!(report.stdout + report.stderr + lexicon.stderr).contains(Self.secret), "a message quotes the note")
    }

    @Test func aLyingContentLengthNeitherHangsNorStopsTheServer() throws {
        // Too long to be true: an error, and the server goes on to shut down cleanly.
        let session = "Content-Length: 99999999999\r\n\r\n{}"
            + "Content-Length: 58\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"
            + "Content-Length: 44\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}"
            + "Content-Length: 33\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"
        let run = try runPeerNote(["lsp"], stdin: Data(session.utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"code\":-32700") && run.stdout.contains("\"id\":2,\"jsonrpc\":\"2.0\",\"result\":null"))
        // Longer than what follows: the server waits, sees the end of input, and exits 1.
        let short = try runPeerNote(["lsp"], stdin: Data("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\"}".utf8))
        #expect(short.status == 1)
    }
}
