extension Lexicon {
    /// Runs every entry's own examples and counterexamples through `analyzer` and returns
    /// each one that does not behave: an example must fire exactly on its `{braced}` text,
    /// a counterexample must not fire at all, a rewrite must give its sentence (and a `safe`
    /// entry must have rewrites: that is its promise). A check's examples are whole notes its
    /// rule must be reported on, its counterexamples notes it must not. `ids` limits the check
    /// to some entries.
    public func exampleProblems(using analyzer: Analyzer, ids: Set<String>? = nil) -> [InputError] {
        var problems: [InputError] = []
        for (index, entry) in entries.enumerated() where ids?.contains(entry.id) ?? true {
            if entry.side == .check {
                problems += checkExampleProblems(entry, analyzer: analyzer)
                continue
            }
            for example in entry.examples {
                let (text, expected) = Self.unbrace(example)
                let found = Self.ranges(of: entry, index, in: analyzer.analyze(Note(id: "example", text: text)))
                if found != expected {
                    let actual = found.isEmpty ? "nothing" : found.map { "{\(Self.slice(text, $0))}" }.joined(separator: ", ")
                    problems.append(entry.problem("'\(entry.id)': example \"\(example)\" flagged \(actual)"))
                }
            }
            for counterexample in entry.counterexamples {
                let analysis = analyzer.analyze(Note(id: "counterexample", text: counterexample))
                // A context cue's counterexample is a sentence where it silences every concern word.
                let fired = entry.side == .context
                    ? analysis.findings.filter { $0.isAboutWording && !$0.isQuoted && $0.severity > .hint }.map(\.range)
                    : Self.ranges(of: entry, index, in: analysis)
                if let first = fired.first {
                    problems.append(entry.problem("'\(entry.id)': counterexample \"\(counterexample)\" flagged {\(Self.slice(counterexample, first))}"))
                }
            }
            if entry.side == .concern { problems += rewriteProblems(entry, analyzer: analyzer) }
        }
        return problems
    }

    /// An entry's rewrites: each sentence flagged, and rewritten as its example says — with the
    /// safe rewrite for a `safe` entry (what `fix` does), the first suggestion otherwise. A
    /// rewrite to null is a sentence `fix` leaves as it is (`safe`), or where no alternative
    /// fits and only guidance is offered.
    private func rewriteProblems(_ entry: LexiconEntry, analyzer: Analyzer) -> [InputError] {
        var problems: [InputError] = []
        if entry.isSafe && !entry.rewrites.contains(where: { $0.output != nil }) {
            problems.append(entry.problem("'\(entry.id)' is `safe: true` but has no `rewrites:` showing a sentence it rewrites"))
        }
        for example in entry.rewrites {
            let findings = analyzer.analyze(Note(id: "rewrite", text: example.input)).findings.filter { $0.rule == entry.id && !$0.isQuoted }
            guard !findings.isEmpty else {
                problems.append(entry.problem("'\(entry.id)': rewrite \"\(example.input)\" is not flagged"))
                continue
            }
            let rewrites = entry.isSafe ? Rewriter.safeRewrites(for: findings, in: example.input)
                : findings.compactMap { Rewriter.rewrites(for: $0, in: example.input).first }
            let result = rewrites.isEmpty ? nil : Rewriter.apply(rewrites, to: example.input)
            if result != example.output {
                problems.append(entry.problem("'\(entry.id)': rewrite \"\(example.input)\" gave \(result.map { "\"\($0)\"" } ?? "no rewrite"), not \(example.output.map { "\"\($0)\"" } ?? "no rewrite")"))
            }
            if example.output == nil, !entry.isSafe, let offered = findings.first(where: { !$0.suggestions.isEmpty }) {
                problems.append(entry.problem("'\(entry.id)': rewrite \"\(example.input)\" expects guidance only, but offers \"\(offered.suggestions[0])\""))
            }
        }
        return problems
    }

    /// A check's example notes: its rule reported on each example, on no counterexample.
    private func checkExampleProblems(_ entry: LexiconEntry, analyzer: Analyzer) -> [InputError] {
        var problems: [InputError] = []
        for (number, example) in entry.examples.enumerated()
        where !analyzer.analyze(Note(id: "example", text: example)).findings.contains(where: { $0.rule == entry.id }) {
            problems.append(entry.problem("'\(entry.id)': example note \(number + 1) was not reported"))
        }
        for (number, counterexample) in entry.counterexamples.enumerated()
        where analyzer.analyze(Note(id: "counterexample", text: counterexample)).findings.contains(where: { $0.rule == entry.id }) {
            problems.append(entry.problem("'\(entry.id)': counterexample note \(number + 1) was reported"))
        }
        return problems
    }

    /// Where an entry fired: its findings (not quoted ones), or for cues, its cue matches.
    private static func ranges(of entry: LexiconEntry, _ index: Int, in analysis: NoteAnalysis) -> [Range<Int>] {
        entry.side == .thread || entry.side == .context
            ? analysis.cues(of: index)
            : analysis.findings.filter { $0.rule == entry.id && !$0.isQuoted }.map(\.range)
    }

    /// An example's text without braces, and the byte ranges the braces marked.
    static func unbrace(_ example: String) -> (text: String, ranges: [Range<Int>]) {
        var text: [UInt8] = []
        var ranges: [Range<Int>] = []
        var start = 0
        for byte in example.utf8 {
            switch byte {
            case UInt8(ascii: "{"): start = text.count
            case UInt8(ascii: "}"): ranges.append(start..<text.count)
            default: text.append(byte)
            }
        }
        return (String(decoding: text, as: UTF8.self), ranges)
    }

    private static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }
}
