import Foundation
import Testing
import PeerNoteKit

/// Every Corpus note's findings, thread and score, compared with the committed golden file.
/// After a deliberate change, regenerate with `PEERNOTE_UPDATE_GOLDEN=1 swift test --filter Golden`
/// and review the diff like any other change.
@Suite struct GoldenTests {
    static let notesFolder = packageRoot.appendingPathComponent("Corpus/notes")
    static let goldenFolder = packageRoot.appendingPathComponent("Tests/PeerNoteKitTests/Golden")

    /// The Corpus notes checked in one run (name order), so the daily unit limit spans notes;
    /// two jobs, so the results are shown not to depend on them.
    static let results: [(name: String, note: Note, analysis: NoteAnalysis)] = {
        var results: [(name: String, note: Note, analysis: NoteAnalysis)] = []
        try! NoteRun(lexicon: bundledLexicon, jobs: 2).run(NoteSource([notesFolder.path]), prepare: { ($0.note, $1) }) { result in
            guard case .success(let (note, analysis)) = result else { return }
            results.append(((note.id as NSString).lastPathComponent, note, analysis))
        }
        return results
    }()

    static func render(_ analysis: NoteAnalysis) -> String {
        var lines = analysis.findings.map { finding in
            "\(finding.line):\(finding.column): \(finding.severity.rawValue) [\(finding.rule)]" + (finding.isAboutWording ? " \(finding.text)" : "")
        }
        let score = analysis.score
        lines.append("score: recovery \(score.recovery.map(String.init) ?? "none"), concern \(score.concern), strength \(score.strength), words \(score.words)"
                     + ", grade \(analysis.readability.grade.map { String(format: "%.1f", $0) } ?? "none")")
        if let thread = analysis.thread {
            let links = thread.links.map { "\($0.goalID ?? "?")/\($0.kind.rawValue)" }.joined(separator: " ")
            let present = GoalThread.Element.allCases.filter { thread.elements[$0] != nil }.map(\.rawValue)
            lines.append("thread: links [\(links)] elements [\(present.joined(separator: " "))] units \(thread.units.map(String.init) ?? "none")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func corpusIsLargeAndVaried() {
        #expect(Self.results.count >= 40)
        let services = Set(Self.results.compactMap { $0.note.metadata.service })
        #expect(services == Set(NoteMetadata.Service.allCases))
        let settings = Set(Self.results.compactMap { $0.note.metadata.setting })
        #expect(settings == Set(NoteMetadata.Setting.allCases))
        #expect(Self.results.contains { $0.note.metadata.preadmission == true })
        #expect(Self.results.contains { $0.note.text.contains("\r\n") })
    }

    @Test(arguments: GoldenTests.results.map(\.name))
    func findingsMatchTheGoldenFile(name: String) throws {
        let result = try #require(Self.results.first { $0.name == name })
        let actual = Self.render(result.analysis)
        let golden = Self.goldenFolder.appendingPathComponent(name + ".golden")
        if ProcessInfo.processInfo.environment["PEERNOTE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    @Test func highestSeverityIsTheMostSevereFinding() {
        // Read in place, not from a list of severities: the same answer on every Corpus note,
        // which between them reach every level a note's worst finding can have.
        for result in Self.results {
            #expect(result.analysis.highestSeverity == result.analysis.findings.map(\.severity).max(), "\(result.name)")
        }
        #expect(Set(Self.results.compactMap(\.analysis.highestSeverity)).isSuperset(of: [.warning, .error]))
    }

    @Test func everyFindingKindIsCovered() {
        let rules = Set(Self.results.flatMap { $0.analysis.findings.map(\.rule) })
        for rule in ["goal-link-missing", "goal-link-implicit", "element-type-missing", "element-purpose-missing",
                     "element-response-missing", "element-progress-missing", "voice-strength-missing", "voice-own-words-missing",
                     "billing-under-15-minutes", "billing-day-limit", "billing-group-size", "billing-group-modifier",
                     "billing-preadmission-group", "billing-preadmission-cosign", "preadmission-purpose-missing", "adhoc-rationale-missing"] {
            #expect(rules.contains(rule), "no Corpus note produces \(rule)")
        }
    }
}
