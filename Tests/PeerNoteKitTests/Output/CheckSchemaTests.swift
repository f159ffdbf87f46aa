import Foundation
import Testing

/// `check`'s JSON output on the Corpus matches `docs/peernote-check.schema.json`, checked by an
/// independent validator (Python's `jsonschema`; CI installs it).
@Suite struct CheckSchemaTests {
    @Test(.enabled(if: jsonschemaIsInstalled || ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_JSONSCHEMA"] == "1",
                   "needs Python's jsonschema (pip install jsonschema)"))
    func theCorpusOutputMatchesTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Records with fields of every kind, a note without words and a line that is not a record.
        var records = try corpusNotes().enumerated().map { index, note in
            let record: [String: Any] = ["id": index % 2 == 0 ? note.name : index, "text": note.text, "peer": "Marcus Lee", "minutes": 30]
            return String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        }
        records += [#"{"id":"empty","text":""}"#, #"{"id":"broken""#]
        let recordsFile = folder.appendingPathComponent("records.jsonl")
        try (records.joined(separator: "\n") + "\n").write(to: recordsFile, atomically: true, encoding: .utf8)

        var arguments = [packageRoot.appendingPathComponent("docs/peernote-check.schema.json").path]
        for (name, kind, check) in [("document.json", "--document", ["check", "--format", "json", "Corpus/notes", "/no/such/note.txt"]),
                                    ("lines.jsonl", "--lines", ["check", "--format", "jsonl", "Corpus/notes"]),
                                    ("records.jsonl", "--lines", ["check", "--input", "jsonl", "--format", "jsonl", recordsFile.path])] {
            let run = try runPeerNote(check)
            #expect(run.status != 0 || !run.stdout.isEmpty, "\(check)")
            let output = folder.appendingPathComponent("out-" + name)
            try run.stdout.write(to: output, atomically: true, encoding: .utf8)
            arguments += [kind, output.path]
        }
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "Tests/Schema/validate.py"] + arguments)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(" 0 errors"))
    }

    /// The Corpus notes, by name.
    private func corpusNotes() throws -> [(name: String, text: String)] {
        let folder = packageRoot.appendingPathComponent("Corpus/notes")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }
}

/// Whether Python's `jsonschema` is available for the schema test.
let jsonschemaIsInstalled: Bool = {
    (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import jsonschema"]).status) == 0
}()
