import Foundation
import Testing
@testable import PeerNoteKit

/// Front matter and plans are data a note brings: none of it may take the machine down, make
/// PeerNote read a file outside the folder it was given, or put note text into a message.
@Suite(.serialized) struct BadMetadataTests {
    static let secret = "Zebulon-Quartermaine"

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Nine levels of `b: &b [*a, *a, …]` stand for 9^10 values; aliases used as keys, and
    /// brackets nested past the limit, are refused before Yams composes anything.
    @Test func aliasBombsAndDeepNestingStopAtTheirLine() {
        var bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let name = String(UnicodeScalar(UInt8(97 + level)))
            bomb.append("\(name): &\(name) [" + Array(repeating: "*\(String(UnicodeScalar(UInt8(96 + level))))", count: 9).joined(separator: ", ") + "]")
        }
        let refused = [
            ("---\n" + bomb.joined(separator: "\n") + "\n---\nThe pt left.\n", 10, "more than 64 aliases"),
            // Few aliases, each level doubling: 2^20 values from 20 lines.
            ("---\nl0: &l0 [x, x]\n" + (1...20).map { "l\($0): &l\($0) [*l\($0 - 1), *l\($0 - 1)]" }.joined(separator: "\n") + "\n---\nHi.\n", 13, "more than 10000 values"),
            ("---\nbase: &k {a: 1}\n*k : value\n---\nHi.\n", 3, "alias (`*name`) as a key"),
            ("---\nperson: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n---\nHi.\n", 2, "more than 16 deep"),
        ]
        for (text, line, message) in refused {
            let problems = Note(id: "n.txt", text: text).metadata.problems
            #expect(problems.count == 1 && problems.first?.line == line && problems.first?.message.contains(message) == true, "\(problems)")
        }
        // Aliases within the limits are read as YAML reads them.
        let fine = Note(id: "n.txt", text: "---\nperson: &p Dana\npeer: *p\nminutes: 30\n---\nHi.\n").metadata
        #expect(fine.problems.isEmpty && fine.peer == "Dana" && fine.minutes == 30)
    }

    /// A key YAML sees twice is named by its line: the key itself may be note text.
    @Test func aRepeatedKeyIsNamedByItsLineNotItsText() throws {
        let text = "---\n\(Self.secret) said: hello\n\(Self.secret) said: bye\n---\nThe pt left.\n"
        let problems = Note(id: "n.txt", text: text).metadata.problems
        #expect(problems.map(\.description) == ["n.txt:2: front matter is not valid YAML (a key on this line is given more than once)"])
        let filter = try runPeerNote(["filter"], stdin: Data(text.utf8))
        #expect(filter.stderr.contains("<stdin>:2:1: error: front matter is not valid YAML"))
        #expect(!filter.stderr.contains(Self.secret))
    }

    /// Plans are read only from the folder PeerNote was given (or `--plans`), only as regular
    /// files of at most 1 MB; anything else is a finding at the `plan:` line that echoes neither
    /// what the note says nor what the file holds.
    @Test func plansAreReadOnlyFromTheFolderGiven() throws {
        let top = try folder()
        defer { try? FileManager.default.removeItem(at: top) }
        let notes = top.appendingPathComponent("notes"), outside = top.appendingPathComponent("elsewhere")
        for url in [notes.appendingPathComponent("plans"), outside] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        let plan = "goals:\n  - id: G1\n    text: \(Self.secret) keeps a garden\n"
        try plan.write(to: outside.appendingPathComponent("secret.yml"), atomically: true, encoding: .utf8)
        try plan.replacingOccurrences(of: Self.secret, with: "Dana").write(to: notes.appendingPathComponent("plans/ok.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: notes.appendingPathComponent("plans/link.yml").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.yml").path)
        try String(repeating: "# padding\n", count: 110_000).write(to: notes.appendingPathComponent("plans/big.yml"), atomically: true, encoding: .utf8)
        #expect(mkfifo(notes.appendingPathComponent("plans/fifo.yml").path, 0o600) == 0)
        try "goals:\n  - id: G1\n    text: [unclosed\n".write(to: notes.appendingPathComponent("plans/broken.yml"), atomically: true, encoding: .utf8)
        let cases = [("a-zero", "/dev/zero"), ("b-up", "../elsewhere/secret.yml"), ("c-absolute", outside.appendingPathComponent("secret.yml").path),
                     ("d-link", "plans/link.yml"), ("e-big", "plans/big.yml"), ("f-fifo", "plans/fifo.yml"), ("g-missing", "plans/none.yml"),
                     ("h-broken", "plans/broken.yml"), ("i-ok", "plans/ok.yml")]
        for (name, path) in cases {
            try "---\nperson: Dana\nplan: \(path)\n---\nWe walked to the garden together toward her goal.\n"
                .write(to: notes.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
        }
        let run = try runPeerNote(["check", "--format", "json", "--fail-on", "never", notes.path])
        let files = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])["files"] as? [[String: Any]]
        func problems(_ name: String) -> [String] {
            let file = files?.first { ($0["path"] as? String)?.hasSuffix("/\(name).txt") == true }
            return (file?["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "metadata-invalid" }
                .map { "\($0["line"] ?? ""): \($0["message"] ?? "")" }
        }
        #expect(problems("a-zero") == ["3: the plan file named by `plan:` is outside the folder PeerNote was given; plans are read only from there (--plans DIR allows another folder)"])
        for name in ["b-up", "c-absolute", "d-link"] { #expect(problems(name).first?.contains("is outside the folder PeerNote was given") == true, "\(name)") }
        #expect(problems("e-big") == ["3: the plan file named by `plan:` is larger than 1 MB"])
        #expect(problems("f-fifo") == ["3: the plan file named by `plan:` is not a regular file"])
        #expect(problems("g-missing") == ["3: the plan file named by `plan:` was not found"])
        // An error inside a plan names the plan and its own line, at the note's `plan:` line.
        #expect(problems("h-broken").first?.hasPrefix("3: in the plan file plans/broken.yml:4: the plan is not valid YAML") == true, "\(problems("h-broken"))")
        #expect(problems("i-ok").isEmpty)
        #expect(!run.stdout.contains(Self.secret) && !run.stderr.contains(Self.secret))
        // `--plans` names the folders allowed instead.
        let allowed = try runPeerNote(["check", "--format", "json", "--fail-on", "never", "--plans", outside.path, notes.appendingPathComponent("c-absolute.txt").path])
        #expect(allowed.stdout.contains("keeps a garden") && !allowed.stdout.contains("metadata-invalid"))
    }
}
