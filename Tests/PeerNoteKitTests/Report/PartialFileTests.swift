import Foundation
import Testing
@testable import PeerNoteKit

/// A partial file written piece by piece reads back as the same caseload `Codable` gives.
@Suite struct PartialFileTests {
    @Test func theStreamedPartialDecodesToTheSameCaseload() throws {
        var caseload = Caseload(period: .week)
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        let excerpts = Excerpts(redact: false)
        for (index, person) in ["Dana Whitfield", "Luis Ortega", "Dana Whitfield"].enumerated() {
            var note = Note(id: "n\(index)", text: "The pt refused meds and was noncompliant. Dana said \"I'm proud of myself.\" She chose her own goal.")
            note.metadata.person = person
            note.metadata.peer = index == 1 ? "Ana / \"Bo\"" : "Marcus Lee"
            note.metadata.date = "2026-03-0\(index + 2)"
            note.metadata.minutes = 75 + 15 * index
            caseload.add(analyzer.analyze(note), note: note, strengthRules: Set(bundledLexicon.entries.filter { $0.side == .strength }.map(\.id))) {
                excerpts.sentence(of: $0, in: note)
            }
        }
        var streamed = ""
        try caseload.writePartial(to: &streamed)
        let decoded = try JSONDecoder().decode(Caseload.self, from: Data(streamed.utf8))
        #expect(decoded == caseload)
        #expect(decoded.examples.count > 0 && decoded.people.count == 2)
        #expect(CaseloadReport(caseload: decoded).json() == CaseloadReport(caseload: caseload).json())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try JSONDecoder().decode(Caseload.self, from: encoder.encode(caseload)) == decoded)

        // Read entry by entry, the part merges as the decoded part does — twice, too, with its
        // note ids then counted in two parts.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-part-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(streamed.utf8).write(to: file)
        var byEntries = Caseload(period: .week), byDecoding = Caseload(period: .week)
        for _ in 0..<2 {
            try byEntries.merge(partial: JSONStream(path: file.path))
            byDecoding.merge(decoded)
        }
        #expect(byEntries == byDecoding && byEntries.skipped.count == 3)
        #expect(try Caseload.partialPeriod(JSONStream(path: file.path)) == .week)
    }

    @Test func aBrokenPartIsNamedWithItsByte() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-part-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let broken = [
            #"{"period": "month", "peers": {"a": {"notes": 1"#: "byte 47: unexpected end of the file",
            #"{"period": "month", "peers": [}"#: "byte 31: '}' does not close '['",
            #"{"period": "month", "noteIDs": ["x"]}"#: "byte 33: expected a whole number",
            #"{"period": "month", "overall": {"notes": "many"}}"#: "byte 32: not the tally expected here",
            #"{"redacted": false}"#: "no `period` member",
            #"[1, 2]"#: "byte 1: expected '{'",
            #"{"period": "month"} {}"#: "byte 21: unexpected data after the document",
        ]
        for (text, message) in broken {
            try Data(text.utf8).write(to: file)
            #expect(throws: InputError(file: file.path, message: message), "\(text)") {
                _ = try Caseload.partialPeriod(JSONStream(path: file.path))
                var caseload = Caseload()
                try caseload.merge(partial: JSONStream(path: file.path))
            }
        }
    }
}
