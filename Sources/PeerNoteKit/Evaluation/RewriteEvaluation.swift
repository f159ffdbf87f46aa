import Yams

/// One sentence of a rewrite evaluation set (`Corpus/eval/blind/rewrites*.yml`, format in
/// `Corpus/eval/blind/RULES-rewrites.md`): the words to change, and the sentence a careful
/// supervisor would write with the smallest change that reads right.
public struct ExpectedRewrite: Sendable {
    /// The sentence without braces.
    public var text: String
    /// The byte ranges the braces marked.
    public var spans: [Range<Int>]
    /// The sentence rewritten; nil when no short rewrite is honest (the writer must describe
    /// what happened instead), so only guidance should be offered.
    public var expected: String?
    /// Other rewrites the writer would also accept.
    public var acceptable: [String]
    /// Its line in the set's file.
    public var line: Int

    /// An item.
    public init(text: String, spans: [Range<Int>], expected: String?, acceptable: [String] = [], line: Int = 0) {
        self.text = text
        self.spans = spans
        self.expected = expected
        self.acceptable = acceptable
        self.line = line
    }

    /// Whether `result` (nil: no rewrite) is the expected sentence.
    func isExact(_ result: String?) -> Bool { result == expected }

    /// Whether `result` is the expected sentence or one of the acceptable ones.
    func isAcceptable(_ result: String?) -> Bool {
        result == expected || (result.map(acceptable.contains) ?? false)
    }
}

/// How PeerNote's rewrites compare with hand-written ones: of the sentences `peernote fix`
/// changes, how many it changes into exactly the expected sentence (or an acceptable one); and
/// for every sentence, whether applying the first suggestion of each flagged span gives the
/// expected sentence — where the expected answer is "no rewrite", offering only guidance is right.
public struct RewriteEvaluation: Sendable {
    /// Sentences scored.
    public private(set) var sentences = 0
    /// Sentences `fix` changed (a safe rewrite applied), and how many of those came out exactly
    /// as expected, or as expected or acceptable.
    public private(set) var safe = (applied: 0, exact: 0, acceptable: 0)
    /// Sentences whose marked words got a suggestion, and how many sentences (with or without
    /// one) came out exactly as expected, or acceptably, applying the first suggestion of each.
    public private(set) var first = (offered: 0, exact: 0, acceptable: 0)
    /// Sentences whose marked words were flagged at all.
    public private(set) var flagged = 0
    /// Sentences that expect no rewrite, and how many got guidance only.
    public private(set) var guidanceOnly = (expected: 0, right: 0)
    /// Every disagreement, one line each.
    public private(set) var misses: [String] = []
    /// Every sentence `fix` changed, one line each: the sentence, its result, and whether that
    /// is the expected sentence (read by hand to check that safe rewrites read right).
    public private(set) var fixes: [String] = []

    /// An empty evaluation.
    public init() {}

    /// Of the sentences `fix` changed, the share that are exactly the expected sentence.
    public var safeExactRate: Double { ratio(safe.exact, safe.applied) }
    /// Of the sentences `fix` changed, the share that are expected or acceptable.
    public var safeAcceptableRate: Double { ratio(safe.acceptable, safe.applied) }
    /// Of all sentences, the share whose first suggestions give exactly the expected sentence.
    public var firstExactRate: Double { ratio(first.exact, sentences) }
    /// Of all sentences, the share whose first suggestions give an expected or acceptable one.
    public var firstAcceptableRate: Double { ratio(first.acceptable, sentences) }
    /// Of all sentences, the share `fix` changes.
    public var safeCoverage: Double { ratio(safe.applied, sentences) }

    /// Scores one sentence: `fix`'s result, and the first suggestions' result.
    public mutating func add(_ item: ExpectedRewrite, analyzer: Analyzer) {
        sentences += 1
        let findings = analyzer.analyze(Note(id: "eval", text: item.text)).findings.filter { $0.isAboutWording && !$0.isQuoted && $0.severity > .hint }
        let marked = findings.filter { finding in item.spans.contains { $0.overlaps(finding.range) } }
        if !marked.isEmpty { flagged += 1 }

        let safeRewrites = Rewriter.safeRewrites(for: findings, in: item.text)
        if !safeRewrites.isEmpty {
            let result = Rewriter.apply(safeRewrites, to: item.text)
            safe.applied += 1
            if item.isExact(result) { safe.exact += 1 }
            if item.isAcceptable(result) { safe.acceptable += 1 } else { misses.append(describe(item, "fix", result)) }
            let verdict = item.isExact(result) ? "exact" : item.isAcceptable(result) ? "acceptable" : "MISS"
            let rules = safeRewrites.map(\.rule).joined(separator: ", ")
            fixes.append("line \(item.line) [\(verdict)] \(rules): “\(item.text)” → “\(result)”")
        }

        let firsts = marked.compactMap { Rewriter.rewrites(for: $0, in: item.text).first }
        let result = firsts.isEmpty ? nil : Rewriter.apply(firsts, to: item.text)
        if result != nil { first.offered += 1 }
        if item.expected == nil {
            guidanceOnly.expected += 1
            if result == nil { guidanceOnly.right += 1 }
        }
        if item.isExact(result) { first.exact += 1 }
        if item.isAcceptable(result) { first.acceptable += 1 }
        else if marked.isEmpty { misses.append("line \(item.line): not flagged") }
        else { misses.append(describe(item, "first", result)) }
    }

    private func describe(_ item: ExpectedRewrite, _ how: String, _ result: String?) -> String {
        "line \(item.line): \(how) gave \(result.map { "“\($0)”" } ?? "guidance only"), expected \(item.expected.map { "“\($0)”" } ?? "guidance only")"
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}

extension RewriteEvaluation {
    /// Reads a rewrite set: `rewrites:` with `text` (the words to change in `{braces}`),
    /// `expected` (a sentence, or null) and `acceptable`. Problems come back as `file:line` errors.
    public static func items(yaml: String, file: String) throws(InputErrors) -> [ExpectedRewrite] {
        let list = try Evaluation.list("rewrites", yaml: yaml, file: file, items: "{text, expected, acceptable}")
        var items: [ExpectedRewrite] = []
        var problems: [InputError] = []
        for node in list {
            let line = node.mark?.line ?? 0
            guard let fields = node.mapping, let text = fields["text"]?.string, let expected = fields["expected"] else {
                problems.append(InputError(file: file, line: line, message: "each rewrite needs `text:` and `expected:` (a sentence or null)"))
                continue
            }
            let (plain, spans) = Lexicon.unbrace(text)
            guard !spans.isEmpty else {
                problems.append(InputError(file: file, line: line, message: "`text:` marks the words to change in {braces}"))
                continue
            }
            let isNull = expected.scalar.map { $0.style == .plain && ["null", "~", ""].contains($0.string) } ?? false
            let acceptable = (fields["acceptable"]?.sequence ?? []).compactMap(\.string)
            items.append(ExpectedRewrite(text: plain, spans: spans, expected: isNull ? nil : expected.string, acceptable: acceptable, line: line))
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return items
    }
}

extension RewriteEvaluation {
    /// Whether `path` is a frozen blind test set (`Corpus/eval/blind/*.yml` without `-dev` or `-dev2`…):
    /// measured only, so its sentences and misses are never shown.
    public static func isBlindTestSet(_ path: String) -> Bool {
        guard path.contains("blind/") else { return false }
        // "-dev.yml", "-dev2.yml": development parts, numbered by batch.
        let stem = path.hasSuffix(".yml") ? path.dropLast(4) : path[...]
        return !String(stem.reversed().drop(while: \.isNumber).reversed()).hasSuffix("-dev")
    }
}
