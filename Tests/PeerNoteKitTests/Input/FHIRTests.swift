import Foundation
import PeerNoteKit
import Testing

/// `--input fhir`: DocumentReferences alone, in a Bundle, or as NDJSON, checked as the same
/// notes in files would be.
@Suite struct FHIRTests {
    @Test func theCorpusExportGivesTheFindingsOfTheFiles() throws {
        let files = try notes(runPeerNote(["check", "--format", "json", "Corpus/notes"]).stdout, key: "files")
        let run = try runPeerNote(["check", "--input", "fhir", "--format", "jsonl", "Corpus/fhir/notes.ndjson"])
        #expect(run.status == 1, "\(run.stderr)")
        let resources = try run.stdout.split(separator: "\n").map { try object(String($0)) }
        // Keyed by resource id, in input order.
        let exported = try String(contentsOf: packageRoot.appendingPathComponent("Corpus/fhir/notes.ndjson"), encoding: .utf8)
            .split(separator: "\n").map { try object(String($0)) }
        #expect(resources.map { $0["id"] as? String } == exported.map { $0["id"] as? String })
        #expect(resources.count == 48 && files.count == 48)
        for ((file, resource), source) in zip(zip(files, resources), exported) {
            let path = file["path"] as! String
            // The attachment drops the front matter FHIR has fields for: offsets count from the narrative.
            let fileBody = try Note(id: path, text: String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)).body.lowerBound
            let attachment = try #require(Data(base64Encoded: (((source["content"] as! [[String: Any]])[0]["attachment"]) as! [String: Any])["data"] as! String))
            let resourceBody = Note(id: "r", text: String(decoding: attachment, as: UTF8.self)).body.lowerBound
            #expect(findings(file, from: fileBody) == findings(resource, from: resourceBody), "\(path)")
            #expect(facts(file) == facts(resource), "\(path)")
            #expect((file["score"] as! NSDictionary) == (resource["score"] as! NSDictionary), "\(path)")
        }
        #expect(files.flatMap { findings($0, from: 0) }.count > 300)
    }

    @Test func aReportOfTheExportIsTheReportOfTheFiles() throws {
        let files = try runPeerNote(["report", "--format", "json", "Corpus/notes"])
        let export = try runPeerNote(["report", "--format", "json", "--input", "fhir", "Corpus/fhir/notes.ndjson"])
        #expect(export.status == files.status, "\(export.stderr)")
        #expect(!files.stdout.isEmpty)
        #expect((try object(export.stdout) as NSDictionary) == (try object(files.stdout) as NSDictionary))
    }

    @Test func aBundleGivesItsNotesWithTheirEncounters() throws {
        let bundle = try notes(runPeerNote(["check", "--input", "fhir", "--format", "json", "Corpus/fhir/bundle.json"]).stdout, key: "files")
        let lines = try runPeerNote(["check", "--input", "fhir", "--format", "jsonl", "Corpus/fhir/notes.ndjson"]).stdout.split(separator: "\n").prefix(3)
        #expect(bundle.map { $0["path"] as? String } == ["DocumentReference/n001", "DocumentReference/n002", "DocumentReference/n003"])
        for (note, line) in zip(bundle, lines) {
            let resource = try object(String(line))
            #expect(findings(note, from: 0) == findings(resource, from: 0))
            // The service came from an Encounter entry of the Bundle, not a contained one.
            #expect(facts(note)["service"] != nil)
            #expect(facts(note) == facts(resource))
        }
    }

    @Test func theResourceFieldsBecomeTheNoteFacts() throws {
        let resource = documentReference(id: "visit-7", text: "Met Ana at the library to look at job listings.\n", extra: """
            "subject":{"reference":"Patient/p1","display":"Ana Ruiz"},"author":[{"display":"Sam Cole"}],
            "date":"2026-04-02T18:00:00Z","contained":[{"resourceType":"Encounter","id":"e1","serviceType":{"coding":[{"code":"group"}]}}],
            "context":{"encounter":[{"reference":"#e1"}],"period":{"start":"2026-04-01T09:15:00-04:00","end":"2026-04-01T10:00:00-04:00"}},
            """)
        let note = try notes(runPeerNote(["check", "--input", "fhir", "--format", "json", "-"], stdin: Data(resource.utf8)).stdout, key: "files")[0]
        #expect(note["path"] as? String == "DocumentReference/visit-7")
        #expect(facts(note) == ["person": "Ana Ruiz", "date": "2026-04-01", "minutes": "45", "service": "group", "setting": "offsite"])
        // Minutes across midnight and time zones, with fractional seconds: 23:50Z to 00:05Z.
        let late = documentReference(id: "v9", text: "We talked about the week ahead.\n", extra: #""context":{"period":{"start":"2026-04-01T23:50:00.250Z","end":"2026-04-02T01:05:00+01:00"}},"#)
        #expect(try facts(notes(runPeerNote(["check", "--input", "fhir", "--format", "json", "-"], stdin: Data(late.utf8)).stdout, key: "files")[0])
                == ["date": "2026-04-01", "minutes": "15"])
        // Without a period, the resource's date; without a display, the reference.
        let bare = documentReference(id: "v8", text: "Met Ana.\n", extra: #""subject":{"reference":"Patient/p1"},"date":"2026-04-02T18:00:00Z","#)
        #expect(try facts(notes(runPeerNote(["check", "--input", "fhir", "--format", "json", "-"], stdin: Data(bare.utf8)).stdout, key: "files")[0])
                == ["person": "Patient/p1", "date": "2026-04-02"])
    }

    @Test func notesItCannotReadAreNamedAndTheRestAreChecked() throws {
        let secret = "Ana said her landlord"
        let lines = [
            documentReference(id: "good", text: "The pt was noncompliant with meds.\n"),
            #"{"resourceType":"DocumentReference","id":"pdf","content":[{"attachment":{"contentType":"application/pdf","data":"JVBERi0="}},{"attachment":{"contentType":"text/html","url":"https://ehr.example/n/1"}}]}"#,
            #"{"resourceType":"DocumentReference","id":"link","content":[{"attachment":{"contentType":"text/plain","url":"https://ehr.example/n/2"}}]}"#,
            #"{"resourceType":"Patient","id":"p1"}"#,
            #"{"resourceType":"DocumentReference","id":"broken","#,
            documentReference(id: "latin", text: "", extra: "", data: Data("Se reuni\u{F3} con Ana.".data(using: .isoLatin1)!), charset: "ISO-8859-1"),
            documentReference(id: "bad-utf8", text: "", data: Data([0x41, 0xFF, 0x42] + Array(secret.utf8))),
        ]
        let run = try runPeerNote(["check", "--input", "fhir", "--format", "jsonl", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(run.status == 2)
        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "<stdin>:2: DocumentReference/pdf: the note is only in application/pdf, text/html; PeerNote reads text/plain attachments",
            "<stdin>:3: DocumentReference/link: the text/plain attachment has only a url; PeerNote fetches nothing, so export the note with its data",
            "<stdin>:4: a Patient resource, not a DocumentReference; only DocumentReference notes are read",
            "<stdin>:5: not a valid FHIR resource: expected a string (column 51)",
            "<stdin>:7: DocumentReference/bad-utf8: the text/plain attachment is not valid UTF-8 (its charset says utf-8)",
        ], "\(run.stderr)")
        #expect(!run.stderr.contains(secret))
        let checked = try run.stdout.split(separator: "\n").map { try object(String($0)) }
        #expect(checked.compactMap { $0["id"] as? String } == ["good", "latin"])
        #expect((checked[0]["findings"] as! [[String: Any]]).contains { $0["rule"] as? String == "comp-noncompliant" })
        #expect(run.stdout.contains(#""path":"<stdin>","error":"<stdin>:2: DocumentReference/pdf"#))
    }

    @Test func aPrettyPrintedResourceIsOneNote() throws {
        let pretty = """
            {
              "resourceType": "DocumentReference",
              "id": "solo",
              "content": [ { "attachment": { "contentType": "text/plain", "data": "\(Data("The client refused to go.\n".utf8).base64EncodedString())" } } ]
            }
            """
        let run = try runPeerNote(["check", "--input", "fhir", "-"], stdin: Data(pretty.utf8))
        #expect(run.stdout.hasPrefix("DocumentReference/solo:1:"), "\(run.stdout)\(run.stderr)")
        let broken = try runPeerNote(["check", "--input", "fhir", "-"], stdin: Data("{\n \"resourceType\": \n".utf8))
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("<stdin>:1: not a valid FHIR document: "), "\(broken.stderr)")
    }

    // MARK: - Helpers

    /// A one-line DocumentReference whose text/plain attachment holds `text` (or `data`).
    private func documentReference(id: String, text: String, extra: String = "", data: Data? = nil, charset: String = "utf-8") -> String {
        let encoded = (data ?? Data(text.utf8)).base64EncodedString()
        return #"{"resourceType":"DocumentReference","id":"\#(id)",\#(extra.replacingOccurrences(of: "\n", with: ""))"content":[{"attachment":{"contentType":"text/plain; charset=\#(charset)","data":"\#(encoded)"}}]}"#
    }

    /// Each finding as rule, severity, offsets from `body` and message. A finding about a
    /// fact points at its front matter line in a file and at the start in a resource, whose
    /// field has no line: "front matter" for both.
    private func findings(_ note: [String: Any], from body: Int) -> [String] {
        (note["findings"] as? [[String: Any]] ?? []).map {
            let start = ($0["utf8_start"] as! Int) - body, end = ($0["utf8_end"] as! Int) - body
            return "\($0["rule"]!) \($0["severity"]!) \(start < 0 ? "front matter" : "\(start)..<\(end)") \($0["message"]!)"
        }
    }

    /// The note's facts and their values, as text.
    private func facts(_ note: [String: Any]) -> [String: String] {
        (note["facts"] as? [String: [String: Any]] ?? [:]).mapValues { "\($0["value"]!)" }
    }

    private func notes(_ text: String, key: String) throws -> [[String: Any]] {
        try #require(try object(text)[key] as? [[String: Any]])
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
