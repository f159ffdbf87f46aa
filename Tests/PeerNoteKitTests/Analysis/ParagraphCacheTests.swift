import Foundation
import Testing
@testable import PeerNoteKit

/// An editor's document is analyzed again paragraph by paragraph: the result must be the
/// whole note's analysis, whatever the text and whatever the edits.
@Suite struct ParagraphCacheTests {
    private static func same(_ a: NoteAnalysis, _ b: NoteAnalysis) -> Bool {
        a.findings == b.findings && a.score == b.score && a.thread == b.thread
    }

    @Test func everyCorpusNoteComesOutAsAWhole() throws {
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        let reader = NoteReader()
        var notes = 0
        for folder in ["Corpus/notes", "Corpus/caseload/notes"] {
            for path in reader.expand([packageRoot.appendingPathComponent(folder).path]) {
                let note = try reader.read(try path.get()).get()
                var cache = ParagraphCache()
                #expect(Self.same(analyzer.analyze(note, reusing: &cache), analyzer.analyze(note)), "\(note.id)")
                // Read again from the cache alone.
                #expect(Self.same(analyzer.analyze(note, reusing: &cache), analyzer.analyze(note)), "\(note.id), cached")
                notes += 1
            }
        }
        #expect(notes > 250)
    }

    /// Random typing, deleting and pasting — quotes, blank lines, CR LF, headings, goal ids —
    /// each change analyzed with the cache of the change before.
    @Test func randomEditsKeepTheCacheExact() throws {
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        let pieces = ["\n", "\n\n", "\r\n\r\n", " ", "\"", "“", "”", "The pt refused. ", "Response:", "\nResponse:\n", "Goal 2 ",
                      "She said, \"I was an addict\" and laughed. ", "Dana chose the bus.", "x", "\n  \n", "c/o", "noncompliant ", "—"]
        var generator = SplitMix64(state: 42)
        for round in 0..<40 {
            let frontMatter = "---\nperson: Dana Whitfield\ngoals: [{id: G1, text: Return to part-time work}]\n---\n"
            var text = Array((frontMatter + "We met at the library.\n\nDana said, \"I want to work.\"\n").utf8)
            var cache = ParagraphCache()
            for step in 0..<25 {
                // Edits in the narrative only: the front matter stays, so the cache's inputs do.
                let at = Int.random(in: frontMatter.utf8.count...text.count, using: &generator)
                if Bool.random(using: &generator), at < text.count {
                    let end = min(text.count, at + Int.random(in: 1...12, using: &generator))
                    text.removeSubrange(at..<end)
                } else {
                    text.insert(contentsOf: Array(pieces.randomElement(using: &generator)!.utf8), at: at)
                }
                let note = Note(id: "n", text: String(decoding: text, as: UTF8.self))
                let incremental = analyzer.analyze(note, reusing: &cache)
                #expect(Self.same(incremental, analyzer.analyze(note)), "round \(round) step \(step)")
            }
        }
    }

    @Test func paragraphsCutAfterTheirBlankLines() {
        let text = Array("One.\nTwo.\n\n  Three.\r\n \r\n\r\nFour.\n\n".utf8)
        let cut = text.withUnsafeBufferPointer { Analyzer.paragraphs(in: $0, body: 0..<text.count) }
        #expect(cut.map { String(decoding: text[$0], as: UTF8.self) } == ["One.\nTwo.\n\n", "  Three.\r\n \r\n\r\n", "Four.\n\n"])
    }
}
