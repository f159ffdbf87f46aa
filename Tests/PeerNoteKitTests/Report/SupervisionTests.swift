import Foundation
import Testing
@testable import PeerNoteKit

/// Reports a supervisor acts on: one billing count with `check`, billing per peer, the notes
/// behind each point, redaction that holds, a focus in time, one printed sheet per peer.
/// The caseloads here are written by hand, not by the caseload generator.
@Suite struct SupervisionTests {
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-supervision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func jsonl(_ records: [[String: Any]], in folder: URL, name: String = "notes.jsonl") throws -> String {
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        let path = folder.appendingPathComponent(name).path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Two peers share a person's day; a record is exported twice; one note is over the limit
    /// by itself; a group lacks its modifier; a check-in is too short to bill.
    nonisolated(unsafe) static let billingCaseload: [[String: Any]] = [
        ["id": "b1", "peer": "Oona Castellanos", "person": "Wendell Ashby", "date": "2026-04-01", "minutes": 120, "service": "individual",
         "text": "Individual peer support. Wendell and I walked to the food pantry; he chose what to pick up. Goal 1: eat regular meals."],
        ["id": "b2", "peer": "Pilar Nakashima", "person": "Wendell Ashby", "date": "2026-04-01", "minutes": 90, "service": "individual",
         "text": "Individual peer support at the library. Wendell filled out a job application and said he felt ready. Goal 2: find work."],
        ["id": "b3", "peer": "Oona Castellanos", "person": "Wendell Ashby", "date": "2026-04-01", "minutes": 30, "service": "individual",
         "text": "Phone check-in. Wendell said the application went in. Goal 2."],
        ["id": "b2", "peer": "Pilar Nakashima", "person": "Wendell Ashby", "date": "2026-04-01", "minutes": 90, "service": "individual",
         "text": "Individual peer support at the library. Wendell filled out a job application and said he felt ready. Goal 2: find work."],
        ["id": "b4", "peer": "Oona Castellanos", "person": "Ysolde Pringle", "date": "2026-04-02", "minutes": 200, "service": "individual",
         "text": "Individual peer support. Ysolde and I spent the day at the housing fair. She was noncompliant with her meds."],
        ["id": "b5", "peer": "Pilar Nakashima", "person": "Ysolde Pringle", "date": "2026-04-03", "minutes": 60, "service": "group", "group_size": 8,
         "text": "Group peer support on sleep. Ysolde shared what helps her rest."],
        ["id": "b6", "peer": "Pilar Nakashima", "person": "Wendell Ashby", "date": "2026-04-06", "minutes": 10, "service": "individual",
         "text": "Brief phone call. Wendell confirmed Thursday."],
    ]

    @Test func billingPerPeerAndPerRuleIsCheckCount() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try jsonl(Self.billingCaseload, in: folder)
        let report = try runPeerNote(["report", path, "--format", "json"])
        let check = try runPeerNote(["check", "--format", "jsonl", "--fail-on", "never", path])
        #expect(report.status == 0 && check.status == 0, "\(report.stderr)\(check.stderr)")
        let peerOf = Dictionary(Self.billingCaseload.map { ($0["id"] as! String, $0["peer"] as! String) }, uniquingKeysWith: { first, _ in first })
        // `check` lists the repeated record too, but counts its units once: it has no finding of its own.
        var checked: [String: [String: Int]] = [:], seen: Set<String> = []
        for line in check.stdout.split(separator: "\n") {
            let result = try object(String(line))
            let id = try #require(result["id"] as? String)
            let findings = (result["findings"] as? [[String: Any]] ?? []).filter { $0["category"] as? String == "billing" }
            guard seen.insert(id).inserted else {
                #expect(!findings.contains { $0["rule"] as? String == "billing-day-limit" }, "a repeated record takes no day over the limit")
                continue
            }
            for finding in findings { checked[peerOf[id]!, default: [:]][finding["rule"] as! String, default: 0] += 1 }
        }
        let json = try object(report.stdout)
        let peers = try #require(json["peers"] as? [String: [String: Any]])
        let reported = peers.mapValues { $0["billing"] as? [String: Int] ?? [:] }.filter { !$0.value.isEmpty }
        #expect(reported == checked)
        #expect(checked["Pilar Nakashima"]?["billing-day-limit"] == 1 && checked["Oona Castellanos"]?["billing-day-limit"] == 1)
        #expect(checked["Pilar Nakashima"]?["billing-group-modifier"] == 1 && checked["Pilar Nakashima"]?["billing-under-15-minutes"] == 1)

        // The day table names the peers and the notes billed over the limit: the crossing note and the one after it.
        let days = try #require(json["days_over_12_units"] as? [[String: Any]])
        #expect(days.count == 2)
        let shared = try #require(days.first { $0["person"] as? String == "Wendell Ashby" })
        #expect(shared["units"] as? Int == 16 && shared["date"] as? String == "2026-04-01")
        #expect(shared["notes"] as? [String] == ["b2", "b3"] && shared["peers"] as? [String] == ["Pilar Nakashima", "Oona Castellanos"])
        // Every billing rule raised is explained in a sentence, and each peer is coached on billing with the notes to open.
        let rules = try #require(json["rules"] as? [String: String])
        #expect(rules["billing-group-modifier"] == "H0038 group services require the HQ modifier.")
        let coaching = try #require(json["coaching"] as? [String: [String: [[String: Any]]]])
        let pilar = try #require(coaching["Pilar Nakashima"]?["billing"])
        #expect(pilar.count == 3 && pilar.allSatisfy { !($0["notes"] as? [String] ?? []).isEmpty })
        #expect(pilar.contains { ($0["title"] as? String ?? "").hasPrefix("H0038 group services require the HQ modifier. (billing-group-modifier, 1 note)") && $0["notes"] as? [String] == ["b5"] })

        // Markdown shows billing per peer and the days as a table.
        let markdown = try runPeerNote(["report", path, "--format", "markdown"]).stdout
        #expect(markdown.contains("| Pilar Nakashima | 3 | "))
        #expect(markdown.contains("| Wendell Ashby | 2026-04-01 | 16 | Pilar Nakashima, Oona Castellanos | b2, b3 |"))
        #expect(markdown.contains("Billing to fix:"))
    }

    /// Names of relatives, friends and staff, wherever they stand in a sentence; none survives
    /// `--redact` in any format or in a partial file, and the sentences still read.
    nonisolated(unsafe) static let namedCaseload: [[String: Any]] = [
        ["id": "CASE-2026-0412-Marchetti", "peer": "Quinn Abernathy", "person": "Delphine Marchetti", "date": "2026-03-02", "minutes": 60,
         "text": "Magnus, her brother, says she refused her meds again. Delphine was noncompliant with the plan. Her friend Tamsin drove her to the Coping Skills Group. Ms. Okafor, the nurse, reported she was manipulative."],
        ["id": "CASE-2026-0419-Marchetti", "peer": "Quinn Abernathy", "person": "Delphine Marchetti", "date": "2026-03-09", "minutes": 45,
         "text": "Staff: Dr. Lindqvist said she is a frequent flyer. \"Bartholomew keeps calling me,\" Delphine said, and she was resistant. Grace (her daughter) thinks she is in denial."],
        ["id": "CASE-2026-0426-Marchetti", "peer": "Quinn Abernathy", "person": "Delphine Marchetti", "date": "2026-03-16", "minutes": 30,
         "text": "Peer met with Delphine. Note: Thaddeus from the landlord's office said she refused to engage. Coping skills were discussed and she was noncompliant. Her cousin Hope Vasquez-Lind is an addict too."],
    ]
    static let names = ["Magnus", "Tamsin", "Okafor", "Lindqvist", "Bartholomew", "Grace", "Thaddeus", "Hope", "Vasquez", "Delphine", "Marchetti"]

    @Test func redactionHoldsInEveryFormatAndPart() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try jsonl(Self.namedCaseload, in: folder)
        var outputs: [String: String] = [:]
        for format in ["html", "markdown", "csv", "json", "notes-csv", "peer-sheets"] {
            let run = try runPeerNote(["report", path, "--redact", "--format", format])
            #expect(run.status == 0, "\(run.stderr)")
            outputs[format] = run.stdout
        }
        let part = folder.appendingPathComponent("part.json").path
        #expect(try runPeerNote(["report", path, "--redact", "--partial", "--output", part]).status == 0)
        outputs["partial"] = try String(contentsOfFile: part, encoding: .utf8)
        outputs["merged"] = try runPeerNote(["report", "--merge", part, "--format", "markdown"]).stdout
        for (format, text) in outputs {
            for name in Self.names { #expect(!text.contains(name), "\(format) names \(name)") }
        }
        // Sentences stay readable: titles and everyday capitalized words are kept.
        let partial = try #require(outputs["partial"])
        #expect(partial.contains("\"Ms. [name], the nurse, reported she was manipulative.\""))
        #expect(partial.contains("\"[name], her brother, says she refused her meds again.\""))
        #expect(partial.contains("\"Her friend [name] drove her to the Coping Skills Group.\""))
        #expect(partial.contains("\"Her cousin [name] is an addict too.\""))
        #expect(!partial.contains("[name] [name]"))
    }

    @Test func excerptsKeepTitlesAndQuotesWhole() throws {
        let lexicon = bundledLexicon
        let analyzer = try Analyzer(lexicon: lexicon)
        var note = Note(id: "x", text: "We met at the clinic. Per Ms. Okafor he was noncompliant. He said \"I was an addict, but not now.\" Magnus: he is manipulative.")
        note.metadata.person = "Wendell Ashby"
        let analysis = analyzer.analyze(note)
        let plain = Excerpts(redact: false, lexicon: lexicon), redacting = Excerpts(redact: true, lexicon: lexicon)
        let noncompliant = try #require(analysis.findings.first { $0.text == "noncompliant" })
        #expect(plain.sentence(of: noncompliant, in: note) == "Per Ms. Okafor he was noncompliant.")
        #expect(redacting.sentence(of: noncompliant, in: note) == "Per Ms. [name] he was noncompliant.")
        let manipulative = try #require(analysis.findings.first { $0.text == "manipulative" })
        #expect(redacting.sentence(of: manipulative, in: note) == "[name]: he is manipulative.")
        #expect(redacting.redacted("Coping Skills Group met. Will follow up with Tamsin Reyes on Tuesday.", person: nil)
                == "Coping Skills Group met. Will follow up with [name] on Tuesday.")
        #expect(redacting.redacted("\"Grace called,\" he said.", person: nil) == "\"[name] called,\" he said.")
    }

    @Test func coachingPointsNameTheirNotes() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try jsonl(Self.namedCaseload, in: folder)
        let plain = try object(try runPeerNote(["report", path, "--format", "json"]).stdout)
        let coach = try #require((plain["coaching"] as? [String: [String: [[String: Any]]]])?["Quinn Abernathy"]?["coach"])
        let noncompliant = try #require(coach.first { ($0["title"] as? String ?? "").contains("“noncompliant”") })
        #expect(noncompliant["notes"] as? [String] == ["CASE-2026-0412-Marchetti", "CASE-2026-0426-Marchetti"])
        // Redacted, the same notes by their pseudonyms.
        let redacted = try object(try runPeerNote(["report", path, "--format", "json", "--redact"]).stdout)
        let pseudonymous = try #require((redacted["coaching"] as? [String: [String: [[String: Any]]]])?["Quinn Abernathy"]?["coach"])
        let ids = try #require(pseudonymous.first { ($0["title"] as? String ?? "").contains("“noncompliant”") }?["notes"] as? [String])
        #expect(Set(ids) == Set(["CASE-2026-0412-Marchetti", "CASE-2026-0426-Marchetti"].map { Excerpts.pseudonym($0, prefix: "note ") }))
    }

    @Test func focusChoosesNotesButKeepsTheDay() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try jsonl(Self.billingCaseload, in: folder)
        let oona = try object(try runPeerNote(["report", path, "--format", "json", "--peer", "oona castellanos"]).stdout)
        #expect(((oona["overall"] as? [String: Any])?["notes"] as? Int) == 3)
        #expect((oona["peers"] as? [String: Any])?.keys.sorted() == ["Oona Castellanos"])
        // Pilar's note still counts toward Wendell's day: Oona's later note is billed over the limit.
        let days = try #require(oona["days_over_12_units"] as? [[String: Any]])
        #expect(days.contains { $0["person"] as? String == "Wendell Ashby" && $0["notes"] as? [String] == ["b3"] })
        let april = try object(try runPeerNote(["report", path, "--format", "json", "--from", "4/2/2026", "--to", "2026-04-03"]).stdout)
        #expect(((april["overall"] as? [String: Any])?["notes"] as? Int) == 2)
        #expect(april["first_date"] as? String == "2026-04-02" && april["last_date"] as? String == "2026-04-03")
        let markdown = try runPeerNote(["report", path, "--format", "markdown", "--from", "2026-04-02"]).stdout
        #expect(markdown.contains("3 notes from 2026-04-02 to 2026-04-06"))
        let bad = try runPeerNote(["report", path, "--from", "April"])
        #expect(bad.status != 0 && bad.stderr.contains("--from 'April' is not a date"))
    }

    @Test func partsCarryDrillDownAndDaysLikeOneRun() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Each person's notes in one part, as the daily limit needs.
        let wendell = try jsonl(Self.billingCaseload.filter { $0["person"] as? String == "Wendell Ashby" }, in: folder, name: "a.jsonl")
        let ysolde = try jsonl(Self.billingCaseload.filter { $0["person"] as? String != "Wendell Ashby" }, in: folder, name: "b.jsonl")
        let single = try runPeerNote(["report", wendell, ysolde, "--format", "json"])
        var parts: [String] = []
        for (index, input) in [wendell, ysolde].enumerated() {
            let part = folder.appendingPathComponent("part\(index).json").path
            #expect(try runPeerNote(["report", input, "--partial", "--output", part]).status == 0)
            parts.append(part)
        }
        let merged = try runPeerNote(["report", "--merge"] + parts.reversed() + ["--format", "json"])
        #expect(merged.stdout == single.stdout)
        #expect(merged.stdout.contains("\"notes\":[\"b2\",\"b3\"]"))
    }
}
