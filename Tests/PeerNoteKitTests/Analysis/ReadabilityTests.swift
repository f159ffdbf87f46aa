import Testing
import PeerNoteKit

/// Notes a person can read: the grade level in the score, long sentences and dense shorthand.
@Suite struct ReadabilityTests {
    let analyzer = try! Analyzer(lexicon: bundledLexicon)

    @Test(arguments: [("we", 1), ("met", 1), ("library", 3), ("take", 1), ("table", 2), ("moved", 1), ("wanted", 2),
                      ("takes", 1), ("boxes", 2), ("recovery", 4), ("medication", 4), ("media", 3), ("video", 3), ("nation", 2),
                      ("social", 2), ("yes", 1), ("family", 3), ("appointment", 3), ("her", 1), ("José", 2), ("hmm", 1), ("don’t", 1), ("it’s", 1)])
    func syllablesFollowTheSpelling(word: String, count: Int) {
        #expect(Syllables.count(Array(word.utf8)) == count, "\(word)")
        #expect(Syllables.count(Array(word.uppercased().utf8)) == count, "\(word) in capitals")
    }

    @Test func theGradeIsFleschKincaidOfTheNote() {
        // 2 sentences, 12 words, 14 syllables: 0.39 · 6 + 11.8 · 14/12 − 15.59 = 0.5.
        let plain = analyzer.analyze(Note(id: "n", text: "We met at the library. She read a book with her son.")).readability
        #expect(plain.words == 12 && plain.sentences == 2 && plain.syllables == 14)
        #expect(plain.grade == 0.5)
        let dense = analyzer.analyze(Note(id: "n", text: "Individual peer support facilitated comprehensive psychoeducational intervention regarding medication adherence considerations.")).readability
        #expect((dense.grade ?? 0) > Readability.targetGrade)
        #expect(analyzer.analyze(Note(id: "n", text: "")).readability.grade == nil)
    }

    @Test func longSentencesAndDenseShorthandAreInformation() {
        let long = "We met at the library on a busy Tuesday afternoon and talked for a long time about her plans for the spring, the new job at the bakery, her daughter's school, the bus pass that ran out, and the forms she still has to fill out."
        let findings = analyzer.analyze(Note(id: "n", text: long + " Then we had coffee.")).findings
        let reported = findings.filter { $0.rule == "readability-long-sentence" }
        #expect(reported.count == 1)
        #expect(reported.first?.severity == .info && reported.first?.message.hasPrefix("This sentence has 46 words") == true)
        #expect(reported.first?.text == long)
        let shorthand = analyzer.analyze(Note(id: "n", text: "Pt c/o poor sleep. Hx of SI, denies HI. F/u next week re: tx plan.")).findings
        #expect(shorthand.contains { $0.rule == "readability-dense-jargon" && $0.severity == .info })
        let plain = analyzer.analyze(Note(id: "n", text: "She talked about poor sleep this week, and the tx plan can wait.")).findings
        #expect(!plain.contains { $0.rule.hasPrefix("readability") })
    }

    @Test func theGradeIsInTheSummaryLineAndTheJSONScore() {
        let note = Note(id: "n.txt", text: "We met at the library. She read a book with her son.")
        let analysis = analyzer.analyze(note)
        #expect(TextFormat().summaryLine(analysis).contains(" · 12 words · grade \(String(format: "%.1f", analysis.readability.grade!)) · "))
        let json = JSONFormat().object(analysis, note: note)
        #expect(json.contains("\"words\":12,\"sentences\":2,\"grade\":\(String(format: "%.1f", analysis.readability.grade!)),\"categories\""))
    }
}
