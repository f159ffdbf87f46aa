import Foundation
import PeerNoteKit
import Testing

/// `check --format sarif`: valid SARIF 2.1.0 by the official schema, and the same findings as
/// `check --format json`, each rule id and region recoverable from the log alone.
@Suite struct SARIFTests {
    @Test(.enabled(if: jsonschemaIsInstalled || ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_JSONSCHEMA"] == "1",
                   "needs Python's jsonschema (pip install jsonschema)"))
    func theCorpusLogMatchesTheOfficialSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["Tests/Schema/validate.py", "Tests/Schema/sarif-schema-2.1.0.json"]
        let kept = folder.appendingPathComponent("kept.txt")
        try "The pt was noncompliant {>>PeerNote ok<<} today.\n".write(to: kept, atomically: true, encoding: .utf8)
        // Every note, strengths and snippets too, a suppression, an input that cannot be read, and UTF-16 columns.
        for (name, extra) in [("plain", [String]()), ("full", ["--show-strengths", "--include-text", kept.path, "/no/such/note.txt"]),
                              ("utf16", ["--columns", "utf16"])] {
            let run = try runPeerNote(["check", "--format", "sarif", "Corpus/notes"] + extra)
            #expect(run.stdout.hasSuffix("}]}\n"), "\(name): \(run.stderr)")
            let file = folder.appendingPathComponent(name + ".sarif")
            try run.stdout.write(to: file, atomically: true, encoding: .utf8)
            arguments += ["--document", file.path]
        }
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("3 values checked, 0 errors"))
    }

    @Test func resultsAreTheFindingsOfTheJSONOutputWithTheirRegions() throws {
        let log = try sarif(["Corpus/notes"])
        let json = try object(runPeerNote(["check", "--format", "json", "Corpus/notes"]).stdout)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(Set(rules.compactMap { $0["id"] as? String }).count == rules.count, "each rule once")

        // Each result as (note, rule, line, column, byte range), from the log alone.
        var fromLog: [String] = []
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == id)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let region = try #require(location["region"] as? [String: Any])
            let start = region["byteOffset"] as! Int, length = region["byteLength"] as! Int
            #expect(region["snippet"] == nil, "no note text without --include-text")
            // The region's lines and columns point at the same bytes as its offsets.
            let text = try String(contentsOf: packageRoot.appendingPathComponent(uri.removingPercentEncoding!), encoding: .utf8)
            let lines = LineIndex(text)
            #expect(lines.offset(line: region["startLine"] as! Int - 1, column: region["startColumn"] as! Int - 1, unit: .characters) == start)
            #expect(lines.offset(line: region["endLine"] as! Int - 1, column: region["endColumn"] as! Int - 1, unit: .characters) == start + length)
            fromLog.append("\(uri.removingPercentEncoding!) \(id) \(region["startLine"]!):\(region["startColumn"]!) \(start)+\(length)")
        }
        var fromJSON: [String] = []
        for file in json["files"] as! [[String: Any]] {
            for finding in file["findings"] as! [[String: Any]] where finding["severity"] as? String != "hint" {
                let start = finding["utf8_start"] as! Int, end = finding["utf8_end"] as! Int
                fromJSON.append("\(file["path"]!) \(finding["rule"]!) \(finding["line"]!):\(finding["column"]!) \(start)+\(end - start)")
            }
        }
        #expect(fromLog.count > 100)
        #expect(fromLog == fromJSON)
        // Every note is an artifact, with its score.
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect(artifacts.count == (json["files"] as! [Any]).count)
        let scores = artifacts.map { ($0["properties"] as? [String: Any])?["recovery_score"] as? Int }
        #expect(scores == (json["files"] as! [[String: Any]]).map { ($0["score"] as? [String: Any])?["recovery"] as? Int })
    }

    @Test func fixesMakeTheRewritesOfFix() throws {
        let path = "Corpus/notes/014-rushed-clinical-language.txt"
        let log = try sarif([path])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        var replacements: [(range: Range<Int>, text: String)] = []
        for fix in results.compactMap({ ($0["fixes"] as? [[String: Any]])?.first }) {
            let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
            let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
            let region = try #require(replacement["deletedRegion"] as? [String: Any])
            let start = region["byteOffset"] as! Int
            replacements.append((start..<start + (region["byteLength"] as! Int), (replacement["insertedContent"] as! [String: Any])["text"] as! String))
        }
        #expect(replacements.count >= 3)
        var bytes = Array(try Data(contentsOf: packageRoot.appendingPathComponent(path)))
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(replacement.range, with: Array(replacement.text.utf8))
        }
        let fixed = try runPeerNote(["fix", path])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(String(decoding: bytes, as: UTF8.self) == fixed.stdout)
    }

    @Test func utf16ColumnsCountAnEmojiAsTwo() throws {
        let note = "Visited the library 😊 and the pt was noncompliant.\n"
        let run = try runPeerNote(["check", "--format", "sarif", "--columns", "utf16", "--include-text"], stdin: Data(note.utf8))
        let log = try object(run.stdout)
        let runObject = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(runObject["columnKind"] as? String == "utf16CodeUnits")
        let regions = (runObject["results"] as! [[String: Any]]).map {
            ((($0["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])
        }
        let noncompliant = try #require(regions.first { ($0["snippet"] as? [String: Any])?["text"] as? String == "noncompliant" })
        // 37 characters before it, the emoji two UTF-16 units.
        #expect(noncompliant["startColumn"] as? Int == 39)
        #expect(noncompliant["byteOffset"] as? Int == note.utf8.count - "noncompliant.\n".utf8.count)
        let characters = try object(runPeerNote(["check", "--format", "sarif"], stdin: Data(note.utf8)).stdout)
        let firstResult = ((characters["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]]).first { $0["ruleId"] as? String == "comp-noncompliant" }
        let location = (firstResult?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["region"] as? [String: Any])?["startColumn"] as? Int == 38)
        // SARIF has no byte columns: a usage error.
        #expect(try runPeerNote(["check", "--format", "sarif", "--columns", "bytes"], stdin: Data(note.utf8)).status == 2)
    }

    @Test func wordsTheWriterKeptAreSuppressedResults() throws {
        let note = "The pt was noncompliant {>>PeerNote ok<<} and refused {>>PeerNote OK: her words<<} to go; she was noncompliant.\n"
        let log = try object(runPeerNote(["check", "--format", "sarif"], stdin: Data(note.utf8)).stdout)
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let offsets = { (result: [String: Any]) in
            (((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])["byteOffset"] as! Int
        }
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.map { "\($0["ruleId"]!)@\(offsets($0))" } == ["comp-noncompliant@11", "comp-refuse@46"])
        #expect((suppressed[0]["suppressions"] as? [[String: Any]])?.first?["kind"] as? String == "inSource")
        // The same words without a marker are reported as ever, and only once.
        let second = note.utf8.count - "noncompliant.\n".utf8.count
        #expect(results.filter { $0["suppressions"] == nil && $0["ruleId"] as? String == "comp-noncompliant" }.map(offsets) == [second])
        #expect(!(try runPeerNote(["check", "--format", "sarif", "Corpus/notes"]).stdout.contains("suppressions")))
    }

    /// `check --format sarif` on `arguments`, parsed.
    private func sarif(_ arguments: [String]) throws -> [String: Any] {
        let run = try runPeerNote(["check", "--format", "sarif"] + arguments)
        #expect(run.status != 2, "\(run.stderr)")
        return try object(run.stdout)
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
