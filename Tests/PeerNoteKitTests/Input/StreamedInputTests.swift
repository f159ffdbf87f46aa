import Foundation
import Testing
import PeerNoteKit

/// Streaming inputs lose no record, and the report says when an input could not be read.
@Suite struct StreamedInputTests {
    private func file(_ text: [UInt8], _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-\(UUID().uuidString)-\(name)")
        try Data(text).write(to: url)
        return url.path
    }

    @Test func aByteOrderMarkBeforeJSONLinesIsNotPartOfRecordOne() throws {
        let path = try file([0xEF, 0xBB, 0xBF] + Array("{\"id\":\"r1\",\"text\":\"The pt left.\"}\n{\"id\":\"r2\",\"text\":\"Fine.\"}\n".utf8), "bom.jsonl")
        defer { unlink(path) }
        let run = try runPeerNote(["check", "--input", "jsonl", "--format", "jsonl", "--fail-on", "never", path])
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(run.stdout.split(separator: "\n").map { $0.prefix(11) } == ["{\"id\":\"r1\",", "{\"id\":\"r2\","])
    }

    /// A quote never closed swallows the rows after it; it is reported with the line it opened
    /// on and the line it was closed on, and the rows it swallowed are read.
    @Test func anUnbalancedQuoteLosesNoRow() throws {
        let csv = "id,text,minutes\n1,\"Peer met with Ana about her goal,60\n2,\"Ana chose the bus.\",45\n3,\"Fine, and\nacross lines.\",30\n4,Last,15\n"
        let path = try file(Array(csv.utf8), "export.csv")
        defer { unlink(path) }
        let reader = try CSVReader(path: path)
        var rows: [String] = [], errors: [String] = []
        while let (line, record) = reader.next() {
            switch record {
            case .success(let fields): rows.append("\(line):\(fields[0])")
            case .failure(let error): errors.append(error.description)
            }
        }
        #expect(rows == ["1:id", "3:2", "4:3", "6:4"])
        #expect(errors.count == 1 && errors[0].hasPrefix("\(path):2: a quoted field opened on this line is closed only on line 3, and line 3 reads as a row of its own"))
        let report = try runPeerNote(["report", path, "--map", "id=id", "--map", "text=text", "--map", "minutes=minutes", "--format", "markdown"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("3 notes") && report.stdout.contains("export.csv:2: a quoted field opened on this line"))
    }

    @Test func aReportWithAnInputItCannotReadExitsTwo() throws {
        let run = try runPeerNote(["report", "Corpus/notes", "/no/such/export.jsonl", "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stderr == "/no/such/export.jsonl: no such file\n")
        #expect(run.stdout.contains("\"skipped\":[{\"file\":\"/no/such/export.jsonl\""))
        let merge = try runPeerNote(["report", "--merge", "a.json", "b.json", "--format", "notes-csv"])
        #expect(merge.status == 2 && merge.stderr.contains("cannot make notes-csv") && merge.stdout.isEmpty)
    }
}
