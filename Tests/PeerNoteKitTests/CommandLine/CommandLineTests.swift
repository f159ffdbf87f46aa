import Foundation
import Testing
import PeerNoteKit

/// End to end through the built `peernote` binary, with the bundled lexicons.
@Suite struct CommandLineTests {
    let draft = "The pt refused to go.\r\nJosé 😊 is noncompliant.\n"

    @Test func textOutputIsTheGCCFormWithCorrectColumns() throws {
        let run = try runPeerNote(["check", "-"], stdin: Data(draft.utf8))
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("<stdin>:1:5: warning: \"pt\"") && $0.hasSuffix("]") })
        #expect(lines.contains { $0.hasPrefix("<stdin>:1:8: warning: \"refused\"") })
        #expect(lines.contains { $0.hasPrefix("<stdin>:2:11: error: \"noncompliant\"") })
        #expect(lines.last?.hasPrefix("<stdin>: recovery score ") == true)
        let bytes = try runPeerNote(["check", "--columns", "bytes", "-"], stdin: Data(draft.utf8))
        #expect(bytes.stdout.contains("<stdin>:2:15: error: \"noncompliant\""))
    }

    @Test func evalOnLabelledNotesAloneNeedsNoBundledSet() throws {
        // A supervisor's own labelled folder is measured by itself, from any folder.
        let run = try runPeerNote(["eval", "--facts", "Corpus/eval/blind/notes-en-dev"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("plain-text notes in Corpus/eval/blind/notes-en-dev"))
        #expect(!run.stdout.contains("labelled sentences"))
    }

    @Test func jsonParsesAndRangesPointAtTheText() throws {
        let run = try runPeerNote(["check", "--format", "json", "-"], stdin: Data(draft.utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        let findings = try #require(file["findings"] as? [[String: Any]])
        let bytes = Array(draft.utf8)
        #expect(findings.count >= 3)
        for finding in findings {
            let start = try #require(finding["utf8_start"] as? Int), end = try #require(finding["utf8_end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == finding["text"] as? String)
            for key in ["rule", "category", "severity", "message"] { #expect(finding[key] is String) }
            #expect(finding["suggestions"] is [String])
        }
        let score = try #require(file["score"] as? [String: Any])
        #expect(score["words"] as? Int == 8)
    }

    @Test func jsonSaysWhereEachElementWasRead() throws {
        let note = "Individual peer support at the library. The purpose was to practice the bus route. Dana said it felt easier.\n"
        let run = try runPeerNote(["check", "--format", "json", "-"], stdin: Data(note.utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let thread = try #require((object["files"] as? [[String: Any]])?.first?["thread"] as? [String: Any])
        let stated = try #require(thread["stated"] as? [[String: Any]])
        #expect(stated.compactMap { $0["element"] as? String } == ["type", "purpose", "response"])
        #expect(thread["missing"] as? [String] == ["progress"])
        let bytes = Array(note.utf8)
        for element in stated {
            let start = try #require(element["utf8_start"] as? Int), end = try #require(element["utf8_end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == element["evidence"] as? String)
        }
    }

    @Test func jsonLinesKeepOrderAndFields() throws {
        let input = """
        {"id":"a","text":"The pt refused.","program":"North"}
        not json at all
        {"id":"b","text":"Dana chose her own goal."}

        """
        let run = try runPeerNote(["check", "--input", "jsonl", "--format", "jsonl"], stdin: Data(input.utf8))
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "a")
        #expect(first["program"] as? String == "North")
        #expect(first["text"] == nil)
        #expect(lines[1].contains("\"error\":\"<stdin>:2: not a valid record: expected a JSON object (column 1)\""))
        #expect(lines[2].hasPrefix("{\"id\":\"b\""))
        #expect(run.stderr == "<stdin>:2: not a valid record: expected a JSON object (column 1)\n")
    }

    /// The daily unit limit spans notes, so the note that crosses it is checked again by the
    /// writing thread: its line must match the library's ledger, whatever the number of jobs.
    @Test func theDailyUnitLimitSpansNotesWithAnyNumberOfJobs() throws {
        func record(_ id: String, _ person: String, _ date: String, _ minutes: Int) -> String {
            #"{"id":"\#(id)","person":"\#(person)","date":"\#(date)","minutes":\#(minutes),"text":"We walked to the library together. Dana chose two books."}"#
        }
        // 8 + 5 units on March 4 (the second note crosses 12), 8 on March 5, 5 for someone else.
        let records = [record("a", "Dana W", "2026-03-04", 120), record("b", "Lee", "2026-03-04", 75),
                       record("c", "dana w", "2026-03-04", 75), record("d", "Dana W", "2026-03-05", 120)]
        // Enough notes to fill several batches, so that workers and the writer overlap; each
        // group of four a year earlier than the one before, the first as written above.
        let input = Data((0..<400).map { records[$0 % 4].replacingOccurrences(of: "2026-", with: "\(2026 - $0 / 4)-") }
            .joined(separator: "\n").utf8)
        let one = try runPeerNote(["check", "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], stdin: input)
        let two = try runPeerNote(["check", "--input", "jsonl", "--format", "jsonl", "--jobs", "2"], stdin: input)
        #expect(one.stdout == two.stdout)
        let lines = one.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 400)
        #expect(lines.indices.filter { lines[$0].contains("\"billing-day-limit\"") } == Array(stride(from: 2, to: 400, by: 4)))
        #expect(lines[2].contains("units on 2026-03-04 reach 13, over the daily limit of 12"))
        // The crossing note's line is the one the library's ledger gives (its score counts the finding).
        let read = try records.enumerated().map { try NoteReader().record(Array($1.utf8), source: "<stdin>", line: $0 + 1).get() }
        var ledger = DayLedger()
        for (_, note) in read.prefix(2) { _ = DayLedger.Entry(note.metadata).flatMap { ledger.add($0) } }
        var analysis = try Analyzer(lexicon: bundledLexicon).analyze(read[2].1)
        ledger.record(&analysis, note: read[2].1)
        #expect(lines[2] == String(decoding: JSONFormat().encoded(analysis, note: read[2].1, record: read[2].0), as: UTF8.self))
    }

    @Test func badInputsAreReportedAndTheRunGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x50, 0x74, 0xFF]).write(to: folder.appendingPathComponent("bad.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("Dana chose her own path.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        let run = try runPeerNote(["check", folder.path, "/missing/note.txt"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.txt:1: not valid UTF-8: byte 0xFF at offset 2"))
        #expect(run.stderr.contains("/missing/note.txt: no such file"))
        #expect(run.stdout.contains("empty.txt: empty note, nothing to check"))
        #expect(run.stdout.contains("good.txt: recovery score"))
        #expect(run.stdout.contains("2 notes checked"))
    }

    /// `fix` reads files as `check` does: each file it cannot rewrite is named with the reason,
    /// the others are still rewritten, and a file with an error is left as it was.
    @Test func fixRewritesWhatItCanAndNamesTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("b-good.txt"), binary = folder.appendingPathComponent("a-binary.txt")
        try Data("He has a history of substance abuse.\r\nDana chose the bus.\n".utf8).write(to: good)
        try Data([0x70, 0x74, 0x00, 0x72]).write(to: binary)
        let printed = try runPeerNote(["fix", good.path])
        #expect(printed.status == 0 && printed.stdout == "He has a history of substance use.\r\nDana chose the bus.\n")
        let written = try runPeerNote(["fix", "--write", folder.path, "/missing/note.txt"])
        #expect(written.status == 2)
        #expect(written.stderr == "\(binary.path): looks like a binary file (NUL byte); skipped\n/missing/note.txt: no such file or folder\n")
        #expect(try Data(contentsOf: good) == Data("He has a history of substance use.\r\nDana chose the bus.\n".utf8))
        #expect(try Data(contentsOf: binary) == Data([0x70, 0x74, 0x00, 0x72]))
        let piped = try runPeerNote(["fix", "-"], stdin: Data([0x70, 0x74, 0x00, 0x72]))
        #expect(piped.status == 2 && piped.stdout.isEmpty && piped.stderr == "<stdin>: looks like a binary file (NUL byte); skipped\n")
    }

    @Test func exitCodesFollowFailOn() throws {
        let complete = """
            ---
            service: individual
            minutes: 45
            goals:
              - id: 1
                text: return to part-time work
            ---
            Individual peer support at the library, 45 minutes. The purpose of the visit was to practice the bus \
            route to the job center, toward Dana's goal to return to part-time work (Goal 1). Dana said, "It was \
            easier than I thought." She used her breathing skill when the bus was late. This was her first trip \
            on her own, a step toward working again.

            """
        let clean = try runPeerNote(["check", "-"], stdin: Data(complete.utf8))
        #expect(clean.status == 0)
        let info = try runPeerNote(["check", "--fail-on", "error", "-"], stdin: Data("The pt refused to go.".utf8))
        #expect(info.status == 0)
        let usage = try runPeerNote(["check", "--format", "xml"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("xml"))
    }

    @Test func aBrokenAgencyLexiconIsRejectedWithFileAndLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("agency-\(UUID().uuidString).yml")
        try Data("side: concern\nentries:\n  - id: x\n    category: c\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try runPeerNote(["check", "--lexicon", file.path, "-"], stdin: Data("text".utf8))
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path):3: entry 'x' needs `terms:`, `verb:` or `noun:`"))
        let lint = try runPeerNote(["lexicon", "lint", file.path])
        #expect(lint.status == 2)
    }
}
