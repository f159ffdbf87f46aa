import Foundation
import Testing
import PeerNoteKit

/// PeerNote's report card on its own labelled data: flagged words on `Corpus/eval/sentences.yml`
/// and the golden thread on the Corpus notes (`Corpus/notes/LABELS.yml`). The floors only go up.
@Suite struct EvaluationTests {
    /// Floors for flagged words, raised from the 0.95 / 0.95 / 5% once the lexicons beat
    /// them (2026-11-25: precision 1.000, recall 0.991, no false alarms; 2026-12-06: 0.994, 0.994,
    /// 0.6%). Never lower them.
    static let precisionFloor = 0.98, recallFloor = 0.98, trickyFalseAlarmCeiling = 0.02
    /// Measured 2026-11-25 on 48 notes: goal link 0.86, type 0.94, purpose 0.90, response 0.88, progress 0.90.
    static let noteFloors: [String: Double] = ["goal-link": 0.9, "type": 0.9, "purpose": 0.85, "response": 0.85, "progress": 0.85]

    static let evaluation: Result<(ours: Evaluation, plain: Evaluation), Error> = Result {
        let sentencesPath = packageRoot.appendingPathComponent("Corpus/eval/sentences.yml").path
        let labelsPath = packageRoot.appendingPathComponent("Corpus/notes/LABELS.yml").path
        let set = try Evaluation.sentences(yaml: try String(contentsOfFile: sentencesPath, encoding: .utf8), file: sentencesPath)
        let labels = try Evaluation.noteLabels(yaml: try String(contentsOfFile: labelsPath, encoding: .utf8), file: labelsPath)
        var ours = Evaluation(), plain = Evaluation()
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        let plainAnalyzer = try Analyzer(lexicon: bundledLexicon.plainWordList(), useContext: false)
        for sentence in set {
            ours.add(sentence, analyzer: analyzer)
            plain.add(sentence, analyzer: plainAnalyzer)
        }
        for result in GoldenTests.results {
            guard let label = labels[result.name] else { continue }
            ours.add(result.analysis, label: label, name: result.name)
        }
        print("eval: precision \(ours.precision), recall \(ours.recall), F1 \(ours.f1), tricky false alarms \(ours.falseAlarmRate(.tricky)), recovery false alarms \(ours.falseAlarmRate(.recovery))")
        print("plain word list: precision \(plain.precision), recall \(plain.recall), tricky false alarms \(plain.falseAlarmRate(.tricky))")
        return (ours, plain)
    }

    @Test func flaggedWordsMeetTheFloors() throws {
        let (ours, _) = try Self.evaluation.get()
        #expect(ours.sentences.values.reduce(0) { $0 + $1.total } >= 300, "the set needs at least 300 sentences")
        #expect(ours.precision >= Self.precisionFloor)
        #expect(ours.recall >= Self.recallFloor)
        #expect(ours.falseAlarmRate(.tricky) <= Self.trickyFalseAlarmCeiling)
        #expect(ours.falseAlarmRate(.recovery) <= Self.trickyFalseAlarmCeiling)
    }

    /// The held-out set was written without looking at the lexicons; it has since been tuned
    /// on. Floors guard against regressions only (2026-11-25: precision 0.904, recall 0.825,
    /// tricky false alarms 15%; 2026-12-06: 0.991, 0.939, 0%; 2026-12-07: 0.991, 0.947, 0%).
    /// Recall 0.94 -> 0.935 in issue 21's eighth round: the frequency shorthand "x2"-"x7" is no
    /// longer flagged (the blind writers circle it once in sixteen sentences; precision rose on
    /// every blind set), and this set's writer circled "x3 nights" once: 0.939 since. Issue
    /// 21's ninth round: "Pt s/p" reads as two terms again, 0.947, so the floor goes back to 0.94.
    @Test func theHeldOutSetStaysAboveItsFloors() throws {
        let path = packageRoot.appendingPathComponent("Corpus/eval/holdout.yml").path
        let set = try Evaluation.sentences(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
        var ours = Evaluation(), plain = Evaluation()
        let plainAnalyzer = try Analyzer(lexicon: bundledLexicon.plainWordList(), useContext: false)
        for sentence in set {
            ours.add(sentence, analyzer: try Analyzer(lexicon: bundledLexicon))
            plain.add(sentence, analyzer: plainAnalyzer)
        }
        #expect(set.count >= 200)
        #expect(ours.precision >= 0.96 && ours.recall >= 0.94)
        #expect(ours.falseAlarmRate(.tricky) <= 0.05)
        #expect(ours.falseAlarmRate(.tricky) < plain.falseAlarmRate(.tricky) / 3)
    }

    /// The blind sentence sets (Corpus/eval/blind), written from the public guides without the
    /// lexicons or code. The test part is measured only, never read or tuned on; the dev part
    /// is tuned on. Floors guard against regressions (2026-12-06: test precision 0.934, recall
    /// 0.870, tricky false alarms 8.1%; dev 0.991, 0.988, 1.2%. 2026-12-07: test 0.933, 0.896,
    /// 8.1%; dev 0.988, 0.988, 1.2%; dev2, a second blind dev batch, 0.930, 0.680, 4.2% at first
    /// look and 0.952, 0.882, 2.1% once tuned on).
    /// The second test part (sentences-en-test2, new writers, 2026-12-07): 0.943, 0.872, 5.5%.
    /// After issue 21's third round (2026-12-07): test 0.939, 0.906, 6.9%; test2 unchanged; dev2
    /// 0.954, 0.884, 2.1%; dev3, a third blind dev batch, 0.918, 0.882, 9.9% at first look and
    /// 0.967, 0.942, 1.0% once tuned on.
    /// After issue 21's fifth round (2026-12-07): test 0.944, 0.909, 6.0%; test2 0.957, 0.878,
    /// 2.3%; dev4 0.939, 0.942, 3.2%; dev5, a fifth blind dev batch, 0.924, 0.881, 5.4% at first
    /// look and 0.956, 0.940, 2.2% once tuned on.
    /// After issue 21's sixth round (2026-12-07): test 0.945, 0.914, 6.0%; test2 0.957, 0.882,
    /// 2.3%; dev5 0.957, 0.954, 2.2%; dev6, a sixth blind dev batch, 0.915, 0.809, 7.5% at first
    /// look and 0.950, 0.892, 3.2% once tuned on.
    /// After issue 21's seventh round (2026-12-07): test 0.948, 0.921, 5.4%; test2 0.961, 0.888,
    /// 2.3%; dev2 0.958, 0.896; dev3 0.972, 0.956; dev4 0.942, 0.950, 2.7%; dev5 0.963, 0.957;
    /// dev6 0.951, 0.910, 3.2%; dev7, a seventh blind dev batch, 0.914, 0.933, 5.9% at first look
    /// and 0.939, 0.975, 2.7% once tuned on.
    /// After issue 21's eighth round (2026-12-07): test 95.3%, 92.4%, 4.8%; test2 97.5%, 88.8%,
    /// 2.3%; dev2 96.3%, 89.6%, 2.1%; dev3 98.1%, 95.6%, 1.0%; dev4 95.6%, 95.0%, 2.7%; dev6 95.5%,
    /// 91.0%, 2.7%; dev7 94.2%, 97.5%, 2.7%; dev8, an eighth blind dev batch, 89.6%, 88.6%, 7.5% at
    /// first look on that round's branch (main: 88.8%, 88.6%, 7.5%) and 97.8%, 94.9%, 1.7% once tuned on.
    @Test(arguments: [("sentences-en.yml", 0.95, 0.92, 0.05), ("sentences-en-dev.yml", 0.98, 0.98, 0.02),
                      ("sentences-en-dev2.yml", 0.96, 0.895, 0.025), ("sentences-en-dev3.yml", 0.98, 0.955, 0.015),
                      ("sentences-en-test2.yml", 0.97, 0.885, 0.03), ("sentences-en-dev4.yml", 0.955, 0.945, 0.03),
                      ("sentences-en-dev5.yml", 0.96, 0.955, 0.03), ("sentences-en-dev6.yml", 0.95, 0.905, 0.03),
                      ("sentences-en-dev7.yml", 0.94, 0.97, 0.03), ("sentences-en-dev8.yml", 0.975, 0.94, 0.02)])
    func theBlindSentencesStayAboveTheirFloors(file: String, precision: Double, recall: Double, trickyCeiling: Double) throws {
        let path = packageRoot.appendingPathComponent("Corpus/eval/blind/\(file)").path
        let set = try Evaluation.sentences(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        var ours = Evaluation()
        for sentence in set { ours.add(sentence, analyzer: analyzer) }
        #expect(set.count >= 400)
        #expect(ours.precision >= precision && ours.recall >= recall)
        #expect(ours.falseAlarmRate(.tricky) <= trickyCeiling)
    }

    /// Recall per concern category over every blind English sentence set, test parts included
    /// (issue 21's seventh round, 2026-12-07: compliance 0.973, credibility 0.922, deficit-label
    /// 0.941, diagnosis-identity 0.956, infantilizing 0.915, jargon 0.910, judgment 0.930,
    /// provider-centered 0.912, substance-use 0.941, suicide-language 0.928). A category's spans
    /// are counted under every category its sentence names. The eighth blind batch
    /// (sentences-en-dev8.yml, 2026-12-07, recall 88.6% at its first look) joined the sets, and
    /// four floors moved down to the new aggregate (compliance 0.9695, deficit-label 0.917,
    /// diagnosis-identity 0.944, substance-use 0.928): a harder set, not a regression.
    /// With the eighth batch (its writers' deficit labels read 72.3% at first look), after issue
    /// 21's eighth round: compliance 97.2%, credibility 92.7%, deficit-label 93.1%, diagnosis-
    /// identity 95.0%, infantilizing 91.7%, jargon 91.5%, judgment 93.5%, provider-centered 91.5%,
    /// substance-use 93.7%, suicide-language 92.9% (main with the batch: deficit-label 91.7%,
    /// diagnosis-identity 94.4%, substance-use 92.8%). Raised again from main's
    /// batch-8 floors to just under these. With the ninth batch (sentences-en-dev9.yml), main
    /// read compliance 96.7%, deficit-label 91.4%, substance-use 92.7%; after issue 21's ninth
    /// round: compliance 97.5%, credibility 92.8%, deficit-label 94.6%, diagnosis-identity
    /// 95.4%, infantilizing 92.6%, jargon 92.7%, judgment 93.6%, provider-centered 92.5%,
    /// substance-use 94.4%, suicide-language 94.0%; floors raised to just under these.
    static let categoryRecallFloors: [String: Double] = [
        "compliance": 0.972, "credibility": 0.925, "deficit-label": 0.94, "diagnosis-identity": 0.95, "infantilizing": 0.92,
        "jargon": 0.92, "judgment": 0.93, "provider-centered": 0.92, "substance-use": 0.94, "suicide-language": 0.935]

    @Test func eachCategoryKeepsItsRecallOverTheBlindSets() throws {
        let folder = packageRoot.appendingPathComponent("Corpus/eval/blind")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("sentences-en") && $0.hasSuffix(".yml") }.sorted()
        #expect(files.count >= 9)
        let analyzer = try Analyzer(lexicon: bundledLexicon)
        var ours = Evaluation()
        for file in files {
            let path = folder.appendingPathComponent(file).path
            for sentence in try Evaluation.sentences(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path) {
                ours.add(sentence, analyzer: analyzer)
            }
        }
        for (category, floor) in Self.categoryRecallFloors {
            let score = try #require(ours.categories[category], "\(category)")
            #expect(score.labelled >= 150, "\(category)")
            #expect(Double(score.found) / Double(score.labelled) >= floor, "\(category): \(score.found)/\(score.labelled)")
        }
    }

    /// The blind set of plain-text notes (Corpus/eval/blind/notes-en, written from the public
    /// guides without the lexicons or code, never tuned on): facts, goal link, elements and
    /// billing read from the words alone. Floors guard against regressions only (2026-12-06:
    /// facts 85–100%, goal link 87.7%, billing problems 27 of 28 found, 3 of 41 clean notes flagged).
    /// The second test part (notes-en-test2, new writers, 2026-12-07): goal link 97.1%, elements
    /// 87.5–100%, facts 85–100%, billing problems 18 of 21 found, 1 of 20 clean notes flagged.
    @Test(arguments: [("notes-en", 60, 0.9, 0.88, 0.95, 0.15), ("notes-en-test2", 40, 0.95, 0.85, 0.85, 0.1)])
    func plainTextNotesOfTheBlindSetStayAboveTheirFloors(folder: String, notes: Int, goalLink: Double, elements: Double,
                                                         billingFound: Double, cleanFlagged: Double) throws {
        let path = packageRoot.appendingPathComponent("Corpus/eval/blind/\(folder)").path
        let result = try FactEvaluation.evaluate(folder: path, analyzer: try Analyzer(lexicon: bundledLexicon))
        #expect(result.notes >= notes)
        for field in FactEvaluation.scoredFacts { #expect(result.accuracy(of: field) >= 0.8, "\(field)") }
        #expect(result.goalLinkAccuracy >= goalLink)
        for element in GoalThread.Element.allCases { #expect(result.accuracy(of: element) >= elements, "\(element.rawValue)") }
        let found = result.billing.values.reduce(0) { $0 + $1.found }, missed = result.billing.values.reduce(0) { $0 + $1.missed }
        #expect(Double(found) / Double(found + missed) >= billingFound)
        #expect(Double(result.cleanNotes.flagged) <= Double(result.cleanNotes.total) * cleanFlagged)
    }

    /// A name the labels write "Last, First MI", as the EHR does, is the name PeerNote gives
    /// first name first: the same person, not a miss.
    @Test func aNameInEitherOrderIsTheSamePerson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Client Name: Okafor, Chidi A.      MRN: 004471092\nDate of Service: 03/17/2026\n\nChidi rode the bus.\n"
            .write(to: folder.appendingPathComponent("001-okafor.txt"), atomically: true, encoding: .utf8)
        try "001-okafor.txt:\n  facts:\n    person: Okafor, Chidi A.\n"
            .write(to: folder.appendingPathComponent("LABELS.yml"), atomically: true, encoding: .utf8)
        let result = try FactEvaluation.evaluate(folder: folder.path, analyzer: try Analyzer(lexicon: bundledLexicon))
        #expect(result.accuracy(of: "person") == 1)
    }

    @Test func contextBeatsAPlainWordList() throws {
        let (ours, plain) = try Self.evaluation.get()
        #expect(ours.precision > plain.precision)
        #expect(ours.falseAlarmRate(.tricky) < plain.falseAlarmRate(.tricky) / 2)
        #expect(ours.f1 > plain.f1)
    }

    @Test func goalLinkAndElementsMeetTheFloors() throws {
        let (ours, _) = try Self.evaluation.get()
        try #require(ours.goalLink.total >= 30 && ours.elements.total >= 40, "too few labelled notes")
        #expect(ours.goalLinkAccuracy >= Self.noteFloors["goal-link"]!)
        for element in GoalThread.Element.allCases {
            #expect(ours.accuracy(of: element) >= Self.noteFloors[element.rawValue]!, "\(element.rawValue)")
        }
    }

    @Test func scoringCountsOverlapsOnceAndListsMisses() throws {
        let sample = try lexicon(sampleLexiconYAML)
        let set = try Evaluation.sentences(yaml: """
            sentences:
              - {text: "The {pt} refused, {non compliant} and {difficult}.", label: concern}
              - {text: "The refuse truck came.", label: tricky}
              - {text: "She went to the patient portal.", label: tricky}
              - {text: "Dana chose the bus.", label: recovery}
            """, file: "set.yml")
        var evaluation = Evaluation()
        for sentence in set { evaluation.add(sentence, analyzer: try Analyzer(lexicon: sample)) }
        #expect(evaluation.truePositives == 2 && evaluation.falsePositives == 2 && evaluation.falseNegatives == 1)
        #expect(evaluation.precision == 0.5 && abs(evaluation.recall - 2.0 / 3) < 1e-9)
        #expect(evaluation.falseAlarmRate(.tricky) == 0.5)
        #expect(evaluation.misses == ["line 2: concern sentence, flagged {refused} [refuse]", "line 2: missed {difficult}",
                                      "line 4: tricky sentence, flagged {patient} [patient]"])
        #expect(throws: InputErrors.self) {
            try Evaluation.sentences(yaml: "sentences:\n  - {text: \"no braces\", label: concern}\n", file: "bad.yml")
        }
    }

    @Test func categoriesAndKindsAreScoredAndMissesHaveCauses() throws {
        let sample = try lexicon(sampleLexiconYAML)
        let set = try Evaluation.sentences(yaml: """
            sentences:
              - {text: "The {pt} {refused}, then {wandered off}.", label: concern, note: "jargon, compliance"}
              - {text: "Dana said, 'I {refused} it.'", label: concern, note: "compliance: quoted label"}
              - {text: "The refuse truck came.", label: tricky, note: "sense: garbage"}
              - {text: "She went to the patient portal.", label: tricky, note: "sense; writer B (campus, dorms)"}
              - {text: "Dana chose the bus.", label: recovery}
            """, file: "set.yml")
        #expect(set.map(\.categories) == [["jargon", "compliance"], ["compliance"], ["sense"], ["sense"], []])
        var evaluation = Evaluation()
        let analyzer = try Analyzer(lexicon: sample), plain = try Analyzer(lexicon: sample.plainWordList(), useContext: false)
        for sentence in set { evaluation.add(sentence, analyzer: analyzer, baseline: plain) }
        // Recall counts each span under every category its sentence names; precision by the rule's category.
        #expect(evaluation.categories["compliance"]?.labelled == 4 && evaluation.categories["compliance"]?.found == 2)
        #expect(evaluation.categories["jargon"]?.truePositives == 1 && evaluation.categories["jargon"]?.recall == 2.0 / 3)
        #expect(evaluation.categories["provider-centered"]?.falsePositives == 1)
        #expect(evaluation.falseAlarmRate(category: "provider-centered") == 0.5)
        #expect(evaluation.falseAlarmRate(trickyKind: "sense") == 0.5)
        let causes = evaluation.sentenceMisses.map { "\($0.cause): \($0.description)" }
        #expect(causes == ["missing term: line 2: missed {wandered off}",
                           "silenced: quotation, read as the person's words: line 3: missed {refused} [refuse]",
                           "flagged: sense: line 5: flagged {patient} [patient]"])
    }
}
