import Foundation
import Testing
import PeerNoteKit

/// A run: notes analyzed in parallel and handed back in order, with the daily unit limit across
/// them, whatever the number of jobs.
@Suite struct NoteRunTests {
    /// A JSON Lines file of records `(id, person, date, minutes)`.
    private func records(_ records: [(String, String, String, Int)]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-run-\(UUID().uuidString).jsonl").path
        let lines = records.map { #"{"id":"\#($0.0)","person":"\#($0.1)","date":"\#($0.2)","minutes":\#($0.3),"text":"We walked to the library. Dana chose two books."}"# }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(lines.joined(separator: "\n").utf8)))
        return path
    }

    /// Each note's id and rules, or its error, as a run of `jobs` hands them back.
    private func results(_ source: NoteSource, jobs: Int, counts: (String) -> Bool = { _ in true }) throws -> [String] {
        let run = try NoteRun(lexicon: bundledLexicon, jobs: jobs)
        // Small batches, so that reading, analyzing and writing overlap even on a few notes.
        run.firstBatch = 2
        run.largestBatch = 5
        var results: [String] = []
        run.run(source, prepare: { sourced, analysis in "\(sourced.note.id) \(analysis.findings.map(\.rule).joined(separator: ","))" },
                counts: { counts(String($0.prefix { $0 != " " })) }) { result in
            switch result {
            case .success(let line): results.append(line)
            case .failure(let failure): results.append("error \(failure)")
            }
        }
        return results
    }

    @Test func theResultsAreTheSameWhateverTheJobs() throws {
        let source = NoteSource([packageRoot.appendingPathComponent("Corpus/notes").path, "/no/such/note.txt"])
        let one = try results(source, jobs: 1)
        #expect(one.count == 49 && one.last == "error /no/such/note.txt: no such file or folder")
        #expect(try results(source, jobs: 2) == one)
        #expect(try results(source, jobs: 3) == one)
    }

    @Test func theNoteThatTakesADayOverTheLimitIsFlagged() throws {
        // 8 + 5 units for Dana on March 4 (the third note crosses 12), 5 for Lee, 8 on March 5.
        let path = try records([("a", "Dana W", "2026-03-04", 120), ("b", "Lee", "2026-03-04", 75), ("c", "dana w", "2026-03-04", 75),
                                ("d", "Dana W", "2026-03-04", 15), ("e", "Dana W", "2026-03-05", 120)])
        defer { unlink(path) }
        for jobs in [1, 2] {
            let flagged = try results(NoteSource([path]), jobs: jobs).filter { $0.contains("billing-day-limit") }.map { $0.prefix(1) }
            #expect(flagged == ["c"], "\(jobs) jobs")
        }
    }

    @Test func aNoteThatDoesNotCountLeavesItsDayAlone() throws {
        let path = try records([("a", "Dana W", "2026-03-04", 120), ("b", "Dana W", "2026-03-04", 75), ("c", "Dana W", "2026-03-04", 15)])
        defer { unlink(path) }
        #expect(try results(NoteSource([path]), jobs: 2).filter { $0.contains("billing-day-limit") }.map { $0.prefix(1) } == ["b"])
        // Without b (a report leaves out a repeated id), a and c make 9 units: under the limit.
        let counted = try results(NoteSource([path]), jobs: 2) { $0 != "b" }
        #expect(counted.map { $0.prefix(1) } == ["a", "c"] && !counted.contains { $0.contains("billing-day-limit") })
    }
}
