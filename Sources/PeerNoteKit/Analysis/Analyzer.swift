/// Runs the pipeline on one note: sentences and tokens (ICU), lexicon matches, then the
/// checks that build on them — goal thread, required elements, voice, billing — and the score.
///
/// An analyzer owns ICU iterators, which are not thread-safe: use one per thread.
public final class Analyzer {
    /// The lexicon it matches.
    public let lexicon: Lexicon
    private let tokenizer: Tokenizer

    /// An analyzer for `lexicon`.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        self.tokenizer = try Tokenizer()
    }

    /// Everything PeerNote has to say about `note`.
    public func analyze(_ note: Note) -> NoteAnalysis {
        var text = note.text
        return text.withUTF8 { bytes in
            let maker = FindingMaker(bytes: bytes, body: note.body)
            let goalStems = note.metadata.goals.map { goal in
                ContentWords.stems(of: tokenizer.sentences(of: goal.text + " " + (goal.ownWords ?? "")).flatMap(\.tokens))
            }
            var concerns: [Finding] = []
            var strengths: [Finding] = []
            var evidence = ThreadEvidence()
            var words = 0
            let body = UnsafeBufferPointer(rebasing: bytes[note.body])
            for sentence in tokenizer.sentences(in: body) {
                let range = (sentence.lowerBound + note.body.lowerBound)..<(sentence.upperBound + note.body.lowerBound)
                let tokens = tokenizer.tokens(in: bytes, range: range)
                let sentenceWords = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
                words += sentenceWords
                if sentenceWords > 0 { evidence.sentencesWithWords += 1 }
                evidence.quotationMarks += tokens.reduce(0) { $0 + (Self.quotationMarks.contains($1.normalized) ? 1 : 0) }
                if !goalStems.isEmpty { evidence.sentences.append(.init(range: range, stems: ContentWords.stems(of: tokens))) }
                let firstWord = tokens.firstIndex { $0.isWordLike }
                for match in lexicon.matcher.matches(in: tokens) where !match.pattern.isException {
                    let entry = lexicon.entries[match.pattern.entry]
                    switch entry.side {
                    case .concern: concerns.append(maker.finding(entry, form: match.pattern.form, range: match.range))
                    case .strength: strengths.append(maker.finding(entry, form: match.pattern.form, range: match.range))
                    case .thread:
                        evidence.cues.append(.init(rule: entry.id, category: entry.category, range: match.range, startsSentence: match.tokens.lowerBound == firstWord))
                        if entry.category == "goal-reference", let reference = Self.goalID(after: match, in: tokens) {
                            evidence.goalReferences.append(reference)
                        }
                    }
                }
                for token in tokens where token.kind == .word && note.metadata.goals.contains(where: { Self.isLabelledID($0.id, token.normalized) }) {
                    if !evidence.goalReferences.contains(where: { $0.range.overlaps(token.range) }) {
                        evidence.goalReferences.append((token.normalized.uppercased(), token.range))
                    }
                }
            }
            var others = note.metadata.problems.map { problem in
                maker.finding(rule: "metadata-invalid", category: "metadata", severity: .error,
                              range: maker.lineRange(problem.line ?? 1), message: problem.message)
            }
            var thread: GoalThread? = nil
            if words > 0 {
                let check = ThreadCheck(evidence: evidence, metadata: note.metadata, goalStems: goalStems, strengths: strengths,
                                        headings: Headings.find(in: bytes, body: note.body, map: lexicon.headings), maker: maker)
                let (found, threadFindings) = check.run()
                thread = found
                others += threadFindings + Billing.findings(for: note.metadata, maker: maker)
            }
            var analysis = NoteAnalysis(id: note.id, concerns: concerns, strengths: strengths, others: others, words: words, thread: thread)
            analysis.cues = evidence.cues.map { ($0.rule, $0.range) }
            return analysis
        }
    }

    static let durationUnits: Set<String> = ["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "units", "unit"]

    static let quotationMarks: Set<String> = ["\"", "“", "”", "«", "»", "„"]

    /// "Goal 2", "goal #G1", "objective 3": the id after a goal cue, when it looks like one.
    private static func goalID(after match: Matcher.Match, in tokens: [Token]) -> (id: String, range: Range<Int>)? {
        guard let last = tokens[match.tokens.upperBound].normalized.split(separator: " ").last,
              ["goal", "goals", "objective"].contains(String(last)) else { return nil }
        var index = match.tokens.upperBound + 1
        while index < tokens.count, index <= match.tokens.upperBound + 4,
              tokens[index].kind == .space || ["#", "no", "number", ":", "("].contains(tokens[index].normalized) {
            index += 1
        }
        guard index < tokens.count, tokens[index].isWordLike else { return nil }
        let candidate = tokens[index].normalized
        guard candidate.count <= 5, candidate.contains(where: \.isNumber) else { return nil }
        // "Objective: 30 min" is a SOAP heading and a duration, not goal 30.
        if let unit = tokens[(index + 1)...].first(where: { $0.kind != .space }), Self.durationUnits.contains(unit.normalized) {
            return nil
        }
        return (candidate.uppercased(), match.range.lowerBound..<tokens[index].range.upperBound)
    }

    /// A token that is a plan goal id with letters and digits ("G1"), written on its own.
    private static func isLabelledID(_ id: String, _ token: String) -> Bool {
        id.contains(where: \.isLetter) && id.contains(where: \.isNumber) && id.lowercased() == token
    }
}

/// The result of analyzing one note.
public struct NoteAnalysis: Sendable {
    /// The note's id (path or record id).
    public var id: String
    /// Findings in text order: concern and strength language, thread, elements, voice, billing.
    public private(set) var findings: [Finding]
    /// The recovery-language score and counts per category.
    public private(set) var score: RecoveryScore
    /// The golden thread; nil for a note without words.
    public var thread: GoalThread?
    /// Golden-thread cue phrases found (rule id and range), for checking lexicon examples.
    var cues: [(rule: String, range: Range<Int>)] = []

    init(id: String, concerns: [Finding], strengths: [Finding], others: [Finding], words: Int, thread: GoalThread?) {
        self.id = id
        self.findings = (concerns + strengths + others).sorted(by: Self.textOrder)
        self.score = RecoveryScore(concerns: concerns, strengths: strengths, words: words)
        for finding in others { score.categories[finding.category, default: 0] += 1 }
        self.thread = thread
    }

    /// Adds a finding made outside the note (a day over the unit limit across notes).
    public mutating func add(_ finding: Finding) {
        findings.append(finding)
        findings.sort(by: Self.textOrder)
        score.categories[finding.category, default: 0] += 1
    }

    /// The most severe finding, if any.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }

    private static func textOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.range.lowerBound, a.range.upperBound, a.rule) < (b.range.lowerBound, b.range.upperBound, b.rule)
    }
}
