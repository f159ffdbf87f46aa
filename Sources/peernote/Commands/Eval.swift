import ArgumentParser
import Foundation
import PeerNoteKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure PeerNote on the labelled evaluation set, beside a plain word list.",
        discussion: """
        Scores every sentence of the set (concern spans in {braces}; tricky and recovery
        sentences should have nothing flagged) and every labelled Corpus note (goal link and
        required elements), with PeerNote and with the same lexicon as a context-free word list.

        Reports precision, recall and false alarms overall, per category (the finding's
        category; a concern sentence's categories for recall) and per kind of tricky sentence,
        beside the plain word list. --misses lists PeerNote's disagreements grouped by cause:
        a missing term, a term that context silenced (quotation, name, sense, subject, cue…),
        or words flagged where the sentence's kind says they are fine.

        Example:
          peernote eval                                    the bundled set and Corpus notes
          peernote eval --sentences Corpus/eval/holdout.yml --misses
          peernote eval --misses --miss-limit 10           at most 10 disagreements per cause
          peernote eval --facts Corpus/eval/blind/notes-en-dev   and plain-text notes' facts
          peernote eval --rewrites                         PeerNote's rewrites against hand-written ones
        """
    )

    @Option(help: "The labelled sentences (default: Corpus/eval/sentences.yml, unless only --facts is given).")
    var sentences: String?

    @Option(help: "The folder of labelled notes; its LABELS.yml holds the labels (default: Corpus/notes, unless only --facts is given).")
    var notes: String?

    @Option(help: ArgumentHelp("A folder of plain-text notes labelled for their facts, goal link, elements and billing (a blind set's notes-*/); repeatable.", valueName: "DIR"))
    var facts: [String] = []

    @Flag(help: "List PeerNote's disagreements with the labels, grouped by cause.")
    var misses = false

    @Option(help: "With --misses, list at most this many disagreements of each cause.")
    var missLimit: Int?

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var rewriteOptions: RewriteEvalOptions

    func run() throws {
        let loaded = try lexicon.load()
        if rewriteOptions.rewrites { return try rewriteOptions.run(lexicon: loaded, misses: misses, limit: missLimit) }
        // A supervisor's own labelled notes, measured from anywhere: no bundled set is needed.
        if !facts.isEmpty && sentences == nil && notes == nil {
            for folder in facts { try evaluateFacts(in: folder, analyzer: try Analyzer(lexicon: loaded)) }
            return
        }
        let sentences = self.sentences ?? "Corpus/eval/sentences.yml", notes = self.notes ?? "Corpus/notes"
        let plain = try loaded.plainWordLists()
        let analyzers: [(String, () throws -> Analyzer)] = [("PeerNote", { try Analyzer(lexicon: loaded) }),
                                                            ("plain word list", { try Analyzer(lexicon: plain, useContext: false) })]
        let set: [LabelledSentence], labels: [String: NoteLabel]
        do {
            set = try Evaluation.sentences(yaml: try Self.text(of: sentences), file: sentences)
            let labelsPath = (notes as NSString).appendingPathComponent("LABELS.yml")
            labels = try Evaluation.noteLabels(yaml: try Self.text(of: labelsPath), file: labelsPath)
        } catch let error as InputErrors {
            for problem in error.problems { printError("\(problem)") }
            throw ExitCode(2)
        }
        var results: [(String, Evaluation)] = []
        var labelled = 0
        // The plain word list's analyzer, for telling a missing term from a silenced one.
        let baseline = try analyzers[1].1()
        for (index, (name, analyzer)) in analyzers.enumerated() {
            let run = try NoteRun(analyzer: analyzer)
            var evaluation = Evaluation()
            evaluation.setLanguage = Evaluation.language(of: set)
            let sentenceAnalyzer = try analyzer()
            for sentence in set { evaluation.add(sentence, analyzer: sentenceAnalyzer, baseline: index == 0 ? baseline : nil) }
            // The labelled notes of the folder, in name order; notes that cannot be read are not labelled.
            labelled = 0
            run.run(NoteSource([notes], format: .text), prepare: { ($0.note.id, $1) }) { result in
                guard case .success(let (id, analysis)) = result else { return }
                let file = (id as NSString).lastPathComponent
                guard let label = labels[file] else { return }
                evaluation.add(analysis, label: label, name: file)
                labelled += 1
            }
            results.append((name, evaluation))
        }
        print(Self.table(results, sentences: set.count, notes: labelled))
        print("")
        print(Self.categoryTable(results))
        print("")
        print(Self.trickyTable(results))
        let ours = results[0].1
        if misses {
            let noteMisses = ours.misses.filter { !$0.hasPrefix("line ") }
            print("")
            print(Self.missesByCause(ours.sentenceMisses, limit: missLimit))
            if !noteMisses.isEmpty {
                print("## notes (\(noteMisses.count))")
                for miss in noteMisses.prefix(missLimit ?? .max) { print(miss) }
            }
        }
        for folder in facts { try evaluateFacts(in: folder, analyzer: try analyzers[0].1()) }
    }

    /// Plain-text notes labelled for their facts, scored in name order through one day-limit ledger.
    private func evaluateFacts(in folder: String, analyzer: Analyzer) throws {
        do throws(InputErrors) {
            let evaluation = try FactEvaluation.evaluate(folder: folder, analyzer: analyzer)
            print("")
            print(Self.factTable(evaluation, folder: folder))
            guard misses else { return }
            print("")
            for miss in evaluation.misses.prefix(missLimit ?? .max) { print(miss) }
        } catch {
            for problem in error.problems { printError("\(problem)") }
            throw ExitCode(2)
        }
    }

    /// How the plain-text notes were read, in Markdown.
    static func factTable(_ evaluation: FactEvaluation, folder: String) -> String {
        let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
        var lines = ["\(evaluation.notes) plain-text notes in \(folder)", "", "| read right | share |", "| --- | ---: |"]
        for field in FactEvaluation.scoredFacts.sorted() where evaluation.facts[field] != nil {
            lines.append("| fact: \(field) | \(percent(evaluation.accuracy(of: field))) |")
        }
        lines.append("| goal link | \(percent(evaluation.goalLinkAccuracy)) |")
        for element in GoalThread.Element.allCases { lines.append("| element: \(element.rawValue) | \(percent(evaluation.accuracy(of: element))) |") }
        lines += ["", "| billing rule | found | missed | false alarms |", "| --- | ---: | ---: | ---: |"]
        for rule in FactEvaluation.billingRules {
            let counts = evaluation.billing[rule] ?? (0, 0, 0)
            lines.append("| \(rule) | \(counts.found) | \(counts.missed) | \(counts.falseAlarms) |")
        }
        lines.append("")
        lines.append("Notes with no billing problem: \(evaluation.cleanNotes.total), of which \(evaluation.cleanNotes.flagged) got a billing finding.")
        let concerns = evaluation.concerns
        lines.append("Wording: \(concerns.found) labelled spans found, \(concerns.missed) missed, \(concerns.falseAlarms) flagged spans not labelled.")
        return lines.joined(separator: "\n")
    }

    /// Precision, recall and false alarms per category, PeerNote beside the plain word list.
    static func categoryTable(_ results: [(String, Evaluation)]) -> String {
        let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
        let names = Set(results.flatMap { $0.1.categories.keys }).sorted()
        var lines = ["| category | labelled spans | " + results.map { "\($0.0): precision | recall | false alarms" }.joined(separator: " | ") + " |",
                     "| --- | ---: |" + String(repeating: " ---: | ---: | ---: |", count: results.count)]
        for name in names {
            let cells = results.map { _, evaluation in
                let score = evaluation.categories[name] ?? CategoryScore()
                let precision = score.truePositives + score.falsePositives == 0 ? "–" : percent(score.precision)
                let recall = score.labelled == 0 ? "–" : percent(score.recall)
                return "\(precision) | \(recall) | \(percent(evaluation.falseAlarmRate(category: name)))"
            }
            lines.append("| \(name) | \(results[0].1.categories[name]?.labelled ?? 0) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// False alarms per kind of tricky sentence.
    static func trickyTable(_ results: [(String, Evaluation)]) -> String {
        let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
        let kinds = results[0].1.trickyKinds.keys.sorted()
        var lines = ["| tricky sentences | count | " + results.map { "\($0.0): false alarms" }.joined(separator: " | ") + " |",
                     "| --- | ---: |" + String(repeating: " ---: |", count: results.count)]
        for kind in kinds {
            lines.append("| \(kind) | \(results[0].1.trickyKinds[kind]?.total ?? 0) | "
                         + results.map { percent($0.1.falseAlarmRate(trickyKind: kind)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// The disagreements in groups by cause, the largest group first.
    static func missesByCause(_ misses: [SentenceMiss], limit: Int?) -> String {
        let groups = Dictionary(grouping: misses, by: \.cause).sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        var lines: [String] = []
        for (cause, group) in groups {
            lines.append("## \(cause) (\(group.count))")
            lines += group.prefix(limit ?? .max).map(\.description)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func text(of path: String) throws -> String {
        switch NoteReader(maximumBytes: .max).bytes(of: path) {
        case .success(let bytes):
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            printError("\(path): not valid UTF-8; save the file as UTF-8")
        case .failure(let error):
            printError("\(error)")
        }
        throw ExitCode(2)
    }

    /// The side-by-side table, in Markdown so it can go straight into the README.
    static func table(_ results: [(String, Evaluation)], sentences: Int, notes: Int) -> String {
        let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
        var rows: [(String, (Evaluation) -> String)] = [
            ("precision (flagged words)", { percent($0.precision) }),
            ("recall (flagged words)", { percent($0.recall) }),
            ("F1", { String(format: "%.3f", $0.f1) }),
            ("false alarms, tricky sentences", { percent($0.falseAlarmRate(.tricky)) }),
            ("false alarms, recovery sentences", { percent($0.falseAlarmRate(.recovery)) }),
            ("goal link right (notes)", { percent($0.goalLinkAccuracy) }),
        ]
        for element in GoalThread.Element.allCases {
            rows.append(("\(element.rawValue) found right (notes)", { percent($0.accuracy(of: element)) }))
        }
        var lines = ["\(sentences) labelled sentences, \(notes) labelled notes", "",
                     "| measure | " + results.map(\.0).joined(separator: " | ") + " |",
                     "| --- |" + String(repeating: " ---: |", count: results.count)]
        for (name, value) in rows {
            lines.append("| \(name) | " + results.map { value($0.1) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
