import ArgumentParser
import PeerNoteKit

/// `peernote eval --rewrites`: PeerNote's rewrites against the hand-written ones of the rewrite
/// sets, one table column per set.
struct RewriteEvalOptions: ParsableArguments {
    @Flag(help: "Measure the rewrites instead: `fix` and the first suggestions against hand-written rewrites.")
    var rewrites = false

    @Option(name: .customLong("rewrite-set"), help: ArgumentHelp("A rewrite set (YAML); repeatable.", valueName: "FILE"))
    var sets: [String] = ["Corpus/eval/blind/rewrites-dev.yml", "Corpus/eval/blind/rewrites-dev2.yml", "Corpus/eval/blind/rewrites-dev3.yml",
                          "Corpus/eval/blind/rewrites.yml"]

    @Flag(name: .customLong("list-fixes"), help: "List every sentence `fix` changed and its result (development sets only).")
    var listFixes = false

    /// With `misses`, lists each set's misses (at most `limit`), except a blind test set's.
    func run(lexicon: Lexicon, misses: Bool, limit: Int?) throws {
        let analyzer = try makeAnalyzer(lexicon)
        var results: [(String, RewriteEvaluation)] = []
        for path in sets {
            let items: [ExpectedRewrite]
            do { items = try RewriteEvaluation.items(yaml: try Eval.text(of: path), file: path) } catch let error as InputErrors {
                for problem in error.problems { printError("\(problem)") }
                throw ExitCode(2)
            }
            var evaluation = RewriteEvaluation()
            for item in items { evaluation.add(item, analyzer: analyzer) }
            results.append((path, evaluation))
        }
        print(Self.table(results))
        // A blind test set is measured only: its misses are never listed.
        for (path, evaluation) in results where misses {
            guard !RewriteEvaluation.isBlindTestSet(path) else { continue }
            print("\n\(path):")
            for miss in evaluation.misses.prefix(limit ?? .max) { print(miss) }
        }
        for (path, evaluation) in results where listFixes && !RewriteEvaluation.isBlindTestSet(path) {
            print("\n\(path), `fix`:")
            for fix in evaluation.fixes { print(fix) }
        }
    }

    /// The table, in Markdown so it can go straight into the README.
    static func table(_ results: [(String, RewriteEvaluation)]) -> String {
        let percent = { (part: Int, whole: Int) in whole == 0 ? "–" : String(format: "%.1f%% (%d/%d)", Double(part) * 100 / Double(whole), part, whole) }
        let rows: [(String, (RewriteEvaluation) -> String)] = [
            ("sentences", { String($0.sentences) }),
            ("marked words flagged", { percent($0.flagged, $0.sentences) }),
            ("`fix` changed the sentence", { percent($0.safe.applied, $0.sentences) }),
            ("… exactly as expected", { percent($0.safe.exact, $0.safe.applied) }),
            ("… as expected or acceptable", { percent($0.safe.acceptable, $0.safe.applied) }),
            ("first suggestions: exactly as expected", { percent($0.first.exact, $0.sentences) }),
            ("first suggestions: expected or acceptable", { percent($0.first.acceptable, $0.sentences) }),
            ("no rewrite expected: guidance only", { percent($0.guidanceOnly.right, $0.guidanceOnly.expected) }),
        ]
        var lines = ["| measure | " + results.map { "`\($0.0.split(separator: "/").last ?? "")`" }.joined(separator: " | ") + " |",
                     "| --- |" + String(repeating: " ---: |", count: results.count)]
        for (name, value) in rows { lines.append("| \(name) | " + results.map { value($0.1) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }
}
