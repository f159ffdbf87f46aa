import Foundation
import Testing
import PeerNoteKit

/// Caseload reports: reading exports, aggregating, merging parts, redacting, rendering.
@Suite struct ReportTests {
    private func temporaryFile(_ contents: [UInt8], name: String = "export.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(contents)))
        return path
    }

    @Test func csvRecordsFollowRFC4180WithTheirLines() throws {
        let csv = Array("\u{FEFF}id,text,peer\r\n1,\"She said \"\"hi\"\"\r\nand left, early\",Ana\r\n\r\n2,plain,Bo\n3,\"unclosed".utf8)
        let reader = try CSVReader(path: try temporaryFile(csv))
        var records: [(Int, [String])] = []
        var errors: [InputError] = []
        while let (line, result) = reader.next() {
            switch result {
            case .success(let fields): records.append((line, fields))
            case .failure(let error): errors.append(error)
            }
        }
        #expect(records.map(\.0) == [1, 2, 5])
        #expect(records.map(\.1) == [["id", "text", "peer"], ["1", "She said \"hi\"\r\nand left, early", "Ana"], ["2", "plain", "Bo"]])
        #expect(errors.map(\.line) == [6])
        #expect(errors.first?.message == "a quoted field is never closed")
    }

    @Test func serviceDatesInTheFormsExportsUse() {
        #expect(ServiceDate.iso("1/5/2026") == "2026-01-05")
        #expect(ServiceDate.iso("01/05/26") == "2026-01-05")
        #expect(ServiceDate.iso("2026-01-05") == "2026-01-05")
        #expect(ServiceDate.iso("2/29/2028") == "2028-02-29")
        // Day first only where no month can be read first: 17/03/2026 is March 17; 3/4/2026 stays April 3's US reading.
        #expect(ServiceDate.iso("17/03/2026") == "2026-03-17")
        #expect(ServiceDate.iso("31.12.2026") == "2026-12-31")
        #expect(ServiceDate.iso("3/4/2026") == "2026-03-04")
        for bad in ["13/45/2026", "2/29/2026", "yesterday", "1/5", "", "1/5/2026/1", "1/5/22222222222222222222", "1/٥/2026"] { #expect(ServiceDate.iso(bad) == nil, "\(bad)") }
        // The ISO form is read by its bytes: every day of two years (one leap) and the days
        // around them agree with the same dates written as 1/5/2026.
        for year in [2027, 2028] {
            for month in 0...13 {
                for day in 0...32 {
                    let iso = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") + "-" + (day < 10 ? "0\(day)" : "\(day)")
                    // month 13 of a day 1-12 reads day first (13/5 is May 13), which the ISO form never is
                    if month <= 12 || day > 12 { #expect(ServiceDate.iso(iso) == ServiceDate.iso("\(month)/\(day)/\(year)"), "\(iso)") }
                    #expect(ServiceDate.iso(" \(iso)") == ServiceDate.iso(iso), "\(iso) after a space")
                }
            }
        }
        #expect(ServiceDate.iso("2028-02-29") == "2028-02-29")
        for bad in ["2027-02-29", "1899-12-31", "2101-01-01", "2026-1a-05", "2026/01-05x", "２026-01-05"] { #expect(ServiceDate.iso(bad) == nil, "\(bad)") }
        #expect(ServiceDate.week("2026-01-01") == "2026-W01")
        #expect(ServiceDate.week("2027-01-01") == "2026-W53")
        #expect(ServiceDate.week("2024-12-30") == "2025-W01")
        #expect(ServiceDate.month("2026-03-09") == "2026-03")
    }

    @Test func mappingsNameWhatIsMissingOrWrong() throws {
        var mapping = ColumnMapping()
        try mapping.add(["text=NoteText", "peer=StaffName"])
        #expect(throws: InputError.self) { try mapping.add(["colour=Red"]) }
        do {
            _ = try mapping.resolve(header: ["NoteID", "NoteText"], file: "x.csv")
            Issue.record("a missing column must be an error")
        } catch {
            #expect(error.message.contains("'StaffName'"))
            #expect(error.line == 1)
        }
        let resolved = try mapping.resolve(header: ["NoteText", "StaffName", "date"], file: "x.csv")
        let note = try resolved.note(from: ["The pt refused.", "Ana", "3/2/2026"], file: "x.csv", line: 7).get()
        #expect(note.metadata.peer == "Ana" && note.metadata.date == "2026-03-02" && note.id == "x.csv:7")
        #expect(throws: InputError.self) { try resolved.note(from: ["x", "Ana", "13/45/2026"], file: "x.csv", line: 8).get() }
        #expect(throws: InputError.self) { try resolved.note(from: ["x", "Ana"], file: "x.csv", line: 9).get() }
    }

    /// A coaching point shows one of the peer's own sentences, and that whole sentence rewritten
    /// by the one rewriter; where no alternative fits, what to do instead. Each peer's reading
    /// grade is in every format.
    @Test func coachingPointsShowTheWholeSentenceRewritten() throws {
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        let strengths = Set(bundledLexicon.entries.filter { $0.side == .strength }.map(\.id))
        let excerpts = Excerpts(redact: false)
        var caseload = Caseload()
        for (id, text) in [("n1", "---\npeer: Ana\n---\nWe met at the library. The mentally ill man sat down next to us."),
                           ("n2", "---\npeer: Ana\n---\nNoncompliance is common, the team said. Each pt got a card.")] {
            let note = Note(id: id, text: text)
            let bytes = Array(text.utf8)
            caseload.add(analyzer.analyze(note), note: note, strengthRules: strengths,
                         rewritten: { excerpts.rewrittenSentence(of: $0, in: note, bytes: bytes) }) { excerpts.sentence(of: $0, in: note, bytes: bytes) }
        }
        let mentally = try #require(caseload.examples[peer: "Ana", rule: "dx-the-mentally-ill"])
        #expect(mentally.sentence == "The mentally ill man sat down next to us.")
        #expect(mentally.rewritten == "The man with a mental illness sat down next to us.")
        let noncompliance = try #require(caseload.examples[peer: "Ana", rule: "comp-noncompliant"])
        #expect(noncompliance.rewritten == nil && noncompliance.guidance?.isEmpty == false)
        let markdown = CaseloadReport(caseload: caseload).markdown()
        #expect(markdown.contains("“The mentally ill man sat down next to us.” Try: “The man with a mental illness sat down next to us.”"))
        #expect(markdown.contains("“Noncompliance is common, the team said.” \(noncompliance.guidance!)"))
        #expect(markdown.contains("| reading grade |"))
        let json = CaseloadReport(caseload: caseload).json()
        #expect(json.contains("\"better\":\"The man with a mental illness sat down next to us.\""))
        #expect(json.contains("\"mean_grade\":"))
        // A part carries the rewritten sentences through a merge.
        let copy = try JSONDecoder().decode(Caseload.self, from: JSONEncoder().encode(caseload))
        #expect(copy.examples[peer: "Ana", rule: "dx-the-mentally-ill"]?.rewritten == mentally.rewritten)
        #expect(copy.peers["Ana"]?.meanGrade == caseload.peers["Ana"]?.meanGrade)
    }

    // MARK: The bundled caseload, end to end through the binary

    static let caseloadArguments = ["Corpus/caseload/notes", "Corpus/caseload/export.csv", "--mapping", "Corpus/caseload/export-mapping.yml"]

    @Test func theBundledCaseloadListsEveryBadRow() throws {
        let run = try runPeerNote(["report"] + Self.caseloadArguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        let places = skipped.map { "\($0["file"] ?? ""):\($0["line"] ?? "")" }
        for line in [287, 648, 1387, 1787] { #expect(places.contains("Corpus/caseload/export.csv:\(line)"), "line \(line)") }
        #expect(skipped.contains { ($0["file"] as? String) == "note 7733060" })
        #expect(((report["overall"] as? [String: Any])?["notes"] as? Int) == 640)
        #expect((report["days_over_12_units"] as? [Any])?.count == 5)
        let coaching = try #require(report["coaching"] as? [String: [String: [[String: Any]]]])
        #expect(coaching.count == 6)
        for (_, points) in coaching { #expect(!(points["coach"] ?? []).isEmpty || !(points["celebrate"] ?? []).isEmpty) }
    }

    /// The report counts each billing rule as `check` counts it on the records the report uses
    /// (not the rows it skips, a blank note or a repeated id): the daily unit limit too, which
    /// spans notes and is given to the note that takes a person's day over 12 units.
    @Test func theReportCountsBillingRulesAsCheckDoes() throws {
        let report = try runPeerNote(["report"] + Self.caseloadArguments + ["--format", "json"])
        let check = try runPeerNote(["check", "--format", "jsonl", "--fail-on", "never"] + Self.caseloadArguments)
        #expect(report.status == 0 && check.status == 2, "\(report.stderr)\(check.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        let reported = try #require(overall["billing"] as? [String: Int])
        var checked: [String: Int] = [:], seen: Set<String> = []
        for line in check.stdout.split(separator: "\n") {
            let result = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard result["error"] == nil, let path = result["path"] as? String, seen.insert(path).inserted,
                  let words = (result["score"] as? [String: Any])?["words"] as? Int, words > 0 else { continue }
            for finding in result["findings"] as? [[String: Any]] ?? [] where finding["category"] as? String == "billing" {
                checked[finding["rule"] as? String ?? "", default: 0] += 1
            }
        }
        #expect(reported == checked)
        // One note for each of the five days over the limit, none over it by itself.
        #expect(reported["billing-day-limit"] == 5 && (object["days_over_12_units"] as? [Any])?.count == 5)
    }

    @Test func partsMergeIntoTheSameBytesInAnyOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = try runPeerNote(["report"] + Self.caseloadArguments + ["--format", "json", "--by", "week"])
        // The daily unit limit spans the notes of one run, so each person's notes go to one part,
        // in the order one run reads them: the folder's people in four parts, and the export,
        // whose people are its own, in a fifth.
        let notes = "Corpus/caseload/notes"
        let files = try FileManager.default.subpathsOfDirectory(atPath: packageRoot.appendingPathComponent(notes).path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        // Files are named <date>-<person>-<n>.txt.
        let person = { (file: String) in String((file as NSString).lastPathComponent.dropFirst(11).dropLast(6)) }
        let people = Set(files.map(person)).sorted()
        let byPerson = (0..<4).map { share in files.filter { people.firstIndex(of: person($0))! % 4 == share }.map { "\(notes)/\($0)" } }
        var parts: [String] = []
        for (index, inputs) in (byPerson + [["Corpus/caseload/export.csv"]]).enumerated() {
            let part = folder.appendingPathComponent("part\(index).json").path
            // Files named alone do not reach the plans' folder: it is allowed by name.
            let run = try runPeerNote(["report"] + inputs + ["--mapping", "Corpus/caseload/export-mapping.yml", "--plans", "Corpus/caseload/notes/plans",
                                       "--by", "week", "--partial", "--output", part])
            #expect(run.status == 0, "\(run.stderr)")
            parts.append(part)
        }
        let merged = try runPeerNote(["report", "--merge"] + parts + ["--format", "json", "--by", "week"])
        let reversed = try runPeerNote(["report", "--merge"] + parts.reversed() + ["--format", "json", "--by", "week"])
        #expect(merged.stdout == single.stdout, "merged parts differ from a single run")
        #expect(reversed.stdout == single.stdout, "parts merged in reverse differ from a single run")
        // Associative: merging merged parts changes nothing.
        let left = folder.appendingPathComponent("left.json").path
        _ = try runPeerNote(["report", "--merge"] + Array(parts.prefix(3)) + ["--partial", "--output", left])
        let nested = try runPeerNote(["report", "--merge", left] + Array(parts.dropFirst(3)) + ["--format", "json", "--by", "week"])
        #expect(nested.stdout == single.stdout, "merging merged parts differs from a single run")
        // Parts grouped differently in time cannot be merged.
        let monthly = folder.appendingPathComponent("monthly.json").path
        _ = try runPeerNote(["report", "Corpus/caseload/notes", "--partial", "--output", monthly])
        let mixed = try runPeerNote(["report", "--merge", monthly, parts[0]])
        #expect(mixed.status == 2 && mixed.stderr.contains("grouped by"))
        // A part cut short is named with the byte where it stops, and nothing is written.
        let whole = try Data(contentsOf: URL(fileURLWithPath: parts[0]))
        let cut = folder.appendingPathComponent("cut.json").path
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: cut))
        let truncated = try runPeerNote(["report", "--merge", parts[1], cut, "--format", "json", "--by", "week"])
        #expect(truncated.status == 2 && truncated.stdout.isEmpty)
        #expect(truncated.stderr.contains("\(cut): not a partial report from `peernote report --partial` (byte "), "\(truncated.stderr)")
    }

    @Test func redactedReportsNameNoPersonServed() throws {
        let people = try Set(FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Corpus/caseload/notes/plans").path).compactMap { file -> String? in
            let text = try String(contentsOf: packageRoot.appendingPathComponent("Corpus/caseload/notes/plans/\(file)"), encoding: .utf8)
            return text.split(separator: "\n").first { $0.hasPrefix("person:") }.map { $0.dropFirst(7).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        })
        #expect(people.count >= 40)
        for format in ["html", "markdown", "json", "csv", "notes-csv"] {
            let run = try runPeerNote(["report"] + Self.caseloadArguments + ["--redact", "--format", format])
            #expect(run.status == 0)
            for person in people {
                for name in [person] + person.split(separator: " ").map(String.init) where name.count > 3 {
                    #expect(!run.stdout.contains(name), "\(format) names \(name)")
                }
            }
        }
        let html = try runPeerNote(["report"] + Self.caseloadArguments + ["--redact"]).stdout
        #expect(html.contains("Redacted: names of people served"))
    }

    @Test func theHTMLPageIsSelfContained() throws {
        let html = try runPeerNote(["report"] + Self.caseloadArguments).stdout
        #expect(html.hasPrefix("<!doctype html>"))
        for outside in ["http://", "https://", "<script", "src=", "@import", "url("] { #expect(!html.contains(outside), "\(outside)") }
        #expect(html.contains("<svg") && html.contains("@media print"))
    }
}
