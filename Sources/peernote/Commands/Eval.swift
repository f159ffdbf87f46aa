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

        Example:
          peernote eval                        the bundled set and Corpus notes
          peernote eval --misses 20            and the first 20 disagreements
          peernote eval --rewrites             PeerNote's rewrites against hand-written ones
        """
    )

    @Option(help: "The labelled sentences.")
    var sentences = "Corpus/eval/sentences.yml"

    @Option(help: "The folder of labelled notes; its LABELS.yml holds the labels.")
    var notes = "Corpus/notes"

    @Option(help: ArgumentHelp("A folder of plain-text notes labelled for their facts, goal link, elements and billing (a blind set's notes-*/); repeatable.", valueName: "DIR"))
    var facts: [String] = []

    @Option(help: "How many of PeerNote's disagreements with the labels to list (-1: all).")
    var misses = 0

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var rewriteOptions: RewriteEvalOptions

    func run() throws {
        let loaded = try lexicon.load()
        if rewriteOptions.rewrites { return try rewriteOptions.run(lexicon: loaded, misses: misses) }
        let plain = try loaded.plainWordList()
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
        for (name, analyzer) in analyzers {
            let run = try NoteRun(analyzer: analyzer)
            var evaluation = Evaluation()
            let sentenceAnalyzer = try analyzer()
            for sentence in set { evaluation.add(sentence, analyzer: sentenceAnalyzer) }
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
        let ours = results[0].1
        if misses != 0 {
            print("")
            for miss in misses < 0 ? ours.misses : Array(ours.misses.prefix(misses)) { print(miss) }
        }
        for folder in facts { try evaluateFacts(in: folder, analyzer: try analyzers[0].1()) }
    }

    /// Plain-text notes labelled for their facts, scored in name order through one day-limit ledger.
    private func evaluateFacts(in folder: String, analyzer: Analyzer) throws {
        let evaluation: FactEvaluation
        do { evaluation = try FactEvaluation.evaluate(folder: folder, analyzer: analyzer) } catch let error as InputErrors {
            for problem in error.problems { printError("\(problem)") }
            throw ExitCode(2)
        }
        print("")
        print(Self.factTable(evaluation, folder: folder))
        if misses != 0 {
            print("")
            for miss in misses < 0 ? evaluation.misses : Array(evaluation.misses.prefix(misses)) { print(miss) }
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
