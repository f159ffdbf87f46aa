/// Runs the pipeline on one note: sentences and tokens (ICU), lexicon matches, then the
/// checks that build on them — goal thread, required elements, voice, billing — and the score.
///
/// An analyzer owns ICU iterators, which are not thread-safe: use one per thread.
public final class Analyzer {
    /// The lexicon it matches.
    public let lexicon: Lexicon
    private let tokenizer: Tokenizer
    /// Suggestions per pattern number, made on first use.
    private var suggestionCache: [[String]?]
    /// Each goal's content stems: a caseload repeats each person's goals in every note.
    /// Bounded: a caseload of a million people must not keep every plan in memory.
    private var stemMemo = BoundedMemo<PlanGoal, Set<String>>(limit: 4096)
    /// The required element each entry's category names, if any: looked up once, not for every cue.
    private let cueElements: [GoalThread.Element?]
    /// The thread tips' examples per person, goal and service. Smaller than the others: each
    /// holds a dozen strings, and at 4,096 a caseload report's peak memory grew by 11 MB.
    private var exampleMemo = BoundedMemo<ThreadExamples.Key, ThreadExamples>(limit: 256)
    /// Storage refilled note after note: growing it again for each note was a third of a
    /// note's allocations.
    private struct Scratch {
        var sentences: [Range<Int>] = []
        var sentence = Sentence(range: 0..<0, tokens: [], normalizedBytes: [])
        var matches: [Matcher.Match] = []
        var context = ContextRules()
        var quotations = Quotations()
        /// Concern matches the context rules kept, waiting for the note's quotations.
        var candidates: [(pattern: Matcher.Pattern, number: Int, range: Range<Int>)] = []
        /// Findings in the person's own words.
        var quoted: [Finding] = []
    }
    private var scratch = Scratch()

    /// Whether context rules apply (quotations, names, `not_after`, senses, context cues).
    /// Off, PeerNote is a plain word list: the baseline `peernote eval` compares against.
    public let useContext: Bool
    /// The most findings about wording a note lists of each kind (concerns, strengths, the
    /// person's quoted words); the rest are counted in its score and summed up in one
    /// `findings-limit` finding. Memory and output per note stay bounded
    /// however long and dense the note (a 16 MB note can hold a million matches).
    public let maximumFindings: Int

    /// An analyzer for `lexicon`.
    public init(lexicon: Lexicon, useContext: Bool = true, maximumFindings: Int = 1_000) throws {
        self.lexicon = lexicon
        self.useContext = useContext
        self.maximumFindings = max(1, maximumFindings)
        self.tokenizer = try Tokenizer()
        self.suggestionCache = Array(repeating: nil, count: lexicon.matcher.patterns.count)
        // Thread entries only: a string switch for each of thousands of entries would cost a
        // one-note check's start-up a fraction of a millisecond.
        self.cueElements = lexicon.entries.map { $0.side == .thread ? GoalThread.Element(rawValue: $0.category) : nil }
    }

    /// Everything PeerNote has to say about `note`.
    public func analyze(_ note: Note) -> NoteAnalysis {
        var text = note.text
        // Lexicon entries and their context words are read in place: each holds many strings and arrays.
        return text.withUTF8 { bytes -> NoteAnalysis in lexicon.entries.withUnsafeBufferPointer { entries -> NoteAnalysis in
                               lexicon.contexts.withUnsafeBufferPointer { contexts -> NoteAnalysis in
            let maker = FindingMaker(bytes: bytes, body: note.body)
            let goalStems = note.metadata.goals.map { goal in stemMemo.value(for: goal, make: stems(of:)) }
            let wanted = ContentWords.Wanted(goalStems.reduce(into: Set<String>()) { $0.formUnion($1) })
            // Plan goal ids with letters and digits ("G1") count where they are written on their own.
            let labelledIDs = Set<String>(note.metadata.goals.map(\.id).filter { id in id.contains(where: \.isLetter) && id.contains(where: \.isNumber) }
                .map { $0.lowercased() })
            let names = Self.nameWords(of: note.metadata)
            // One array for all findings, in groups: strengths, concerns, then the rest (quoted
            // words, metadata, thread, billing). Appending each group to one result, rather than
            // joining three arrays, copies no finding.
            var findings: [Finding] = []
            findings.reserveCapacity(32)
            var evidence = ThreadEvidence()
            var contextCues: [ThreadEvidence.Cue] = []
            var words = 0
            // Findings past `maximumFindings`: scored, not listed.
            var omitted = RecoveryScore.Omitted()
            let body = UnsafeBufferPointer(rebasing: bytes[note.body])
            // Working storage is kept from note to note (swapped out while in use, so that its
            // arrays stay uniquely referenced and are refilled in place, and none is retained).
            var scratch = Scratch()
            swap(&scratch, &self.scratch)
            defer { swap(&scratch, &self.scratch) }
            scratch.quotations.reset()
            scratch.candidates.removeAll(keepingCapacity: true)
            scratch.quoted.removeAll(keepingCapacity: true)
            tokenizer.sentences(in: body, into: &scratch.sentences)
            // Room up front: growing these one element at a time allocated several times per note.
            if !goalStems.isEmpty { evidence.sentences.reserveCapacity(scratch.sentences.count) }
            evidence.cues.reserveCapacity(16)
            for range in scratch.sentences {
                let range = (range.lowerBound + note.body.lowerBound)..<(range.upperBound + note.body.lowerBound)
                tokenizer.tokenize(bytes, range: range, into: &scratch.sentence)
                let tokens = scratch.sentence.tokens
                let sentenceWords = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
                words += sentenceWords
                if sentenceWords > 0 { evidence.sentencesWithWords += 1 }
                scratch.quotations.read(tokens, in: bytes)
                // Sentence stems only ever meet goal stems: keep just those.
                if !goalStems.isEmpty { evidence.sentences.append(.init(range: range, stems: ContentWords.stems(of: scratch.sentence, among: wanted))) }
                let firstWord = tokens.firstIndex { $0.isWordLike }
                var contextRead = false  // the rules read only a sentence with a concern match
                var cues: [ContextRules.Cue] = []
                lexicon.matcher.matches(in: scratch.sentence, into: &scratch.matches)
                for match in scratch.matches where !match.pattern.isException {
                    // A name is never a term: "Hope" the person is not hope, "Patience" not patience.
                    if !names.isEmpty, match.tokens.lowerBound == match.tokens.upperBound, names.contains(scratch.sentence.normalized(match.tokens.lowerBound)),
                       !(0x61...0x7A).contains(bytes[tokens[match.tokens.lowerBound].range.lowerBound]) {
                        continue
                    }
                    // Entries are read in place, through a pointer: a `LexiconEntry` holds a score of
                    // strings and arrays, and copying one per match was 7% of the analysis.
                    let index = match.pattern.entry
                    let entry = entries.baseAddress! + index
                    switch entry.pointee.side {
                    case .concern:
                        guard useContext else { scratch.candidates.append((match.pattern, match.patternNumber, match.range)); continue }
                        if !contextRead { scratch.context.read(scratch.sentence, bytes: bytes); contextRead = true }
                        if !scratch.context.silences(match, entry: index, words: contexts.baseAddress! + index, cues: cues, entries: entries) {
                            scratch.candidates.append((match.pattern, match.patternNumber, match.range))
                        }
                    case .strength:
                        if findings.count < maximumFindings { findings.append(maker.finding(entry, suggestions: suggestions(for: match), range: match.range)) }
                        else { omitted.add(entry.pointee.category, severity: entry.pointee.severity, range: match.range, isConcern: false) }
                    case .context:
                        cues.append(.init(lastToken: match.tokens.upperBound, entry: index))
                        contextCues.append(.init(rule: entry.pointee.id, category: entry.pointee.category, element: nil, range: match.range,
                                                 startsSentence: false))
                    case .thread:
                        evidence.cues.append(.init(rule: entry.pointee.id, category: entry.pointee.category, element: cueElements[index], range: match.range,
                                                   startsSentence: match.tokens.lowerBound == firstWord))
                        if entry.pointee.category == "goal-reference", let reference = Self.goalID(after: match, in: scratch.sentence) {
                            evidence.goalReferences.append(reference)
                        }
                    }
                }
                if contextRead { scratch.context.forget() }
                if !labelledIDs.isEmpty {
                    for (index, token) in tokens.enumerated() where token.kind == .word {
                        let word = scratch.sentence.normalized(index)
                        if labelledIDs.contains(word) && !evidence.goalReferences.contains(where: { $0.range.overlaps(token.range) }) {
                            evidence.goalReferences.append((word.uppercased(), token.range))
                        }
                    }
                }
            }
            let strengthCount = findings.count
            // Quotations can span sentences, so the person's own words are known only now.
            for (pattern, number, range) in scratch.candidates {
                let entry = entries.baseAddress! + pattern.entry
                let inQuotes = entry.pointee.context.quoted
                guard useContext, inQuotes != .flag, scratch.quotations.contains(range) else {
                    if findings.count - strengthCount < maximumFindings { findings.append(maker.finding(entry, suggestions: suggestions(for: pattern, number: number), range: range)) }
                    else { omitted.add(entry.pointee.category, severity: entry.pointee.severity, range: range, isConcern: true) }
                    continue
                }
                guard inQuotes == .info else { continue }
                guard scratch.quoted.count < maximumFindings else { omitted.add(quoted: range); continue }
                var finding = maker.finding(rule: entry.pointee.id, category: entry.pointee.category, severity: .info, range: range,
                    message: "In the person's own words (quoted): their voice, fine to keep",
                    rationale: "Quoting the person keeps their voice in the note; the coaching is about the writer's own wording.",
                    aboutWording: true)
                finding.isQuoted = true
                scratch.quoted.append(finding)
            }
            let concernCount = findings.count - strengthCount
            findings.append(contentsOf: scratch.quoted)
            for problem in note.metadata.problems {
                findings.append(maker.finding(rule: "metadata-invalid", category: "metadata", severity: .error,
                                              range: maker.lineRange(problem.line ?? 1), message: problem.message))
            }
            var thread: GoalThread? = nil
            evidence.quotationMarks = scratch.quotations.marks
            if words > 0 {
                let check = ThreadCheck(evidence: evidence, metadata: note.metadata, goalStems: goalStems,
                                        voice: ThreadCheck.Voice(strengths: findings[..<strengthCount]),
                                        headings: Headings.find(in: bytes, body: note.body, map: lexicon.headings), maker: maker,
                                        examples: examples(for: note.metadata))
                thread = check.run(into: &findings)
                findings += Billing.findings(for: note.metadata, maker: maker)
            }
            var analysis = NoteAnalysis(id: note.id, findings: findings, strengths: strengthCount, concerns: concernCount, words: words,
                                        thread: thread, omitted: omitted)
            if let first = omitted.first {
                analysis.append(maker.finding(rule: "findings-limit", category: "limit", severity: .info, range: first,
                    message: "\(omitted.count) more findings from here on are not listed (a note lists at most \(maximumFindings) of each kind); the score counts them all",
                    rationale: "A note this long or this dense is easier to coach a part at a time."))
            }
            analysis.threadCues = evidence.cues
            analysis.contextCues = contextCues
            return analysis
        } } }
    }

    /// The words of the person's and the peer's names, normalized: a list, not a set, as a
    /// note names a handful of words and most notes name different people (a set hashed
    /// each word, for a check of 3% of a note's analysis).
    private static func nameWords(of metadata: NoteMetadata) -> [String] {
        var words: [String] = []
        func add(_ name: String?) {
            for part in name?.split(whereSeparator: { $0 == " " || $0 == "-" }) ?? [] where part.count >= 2 {
                let word = Normalizer.normalize(String(part))
                if !words.contains(word) { words.append(word) }
            }
        }
        add(metadata.person)
        add(metadata.peer)
        return words
    }

    /// A goal's content stems.
    private func stems(of goal: PlanGoal) -> Set<String> {
        tokenizer.sentences(of: goal.text + " " + (goal.ownWords ?? "")).reduce(into: Set<String>()) { $0.formUnion(ContentWords.stems(of: $1)) }
    }

    /// The thread tips' example sentences for a note's person, goal and service, made once per
    /// combination and analyzer.
    private func examples(for metadata: NoteMetadata) -> ThreadExamples {
        exampleMemo.value(for: ThreadExamples.Key(metadata), make: ThreadExamples.init)
    }

    /// An entry's alternatives inflected to the matched form, computed once per analyzer.
    private func suggestions(for match: Matcher.Match) -> [String] { suggestions(for: match.pattern, number: match.patternNumber) }

    private func suggestions(for pattern: Matcher.Pattern, number: Int) -> [String] {
        if let cached = suggestionCache[number] { return cached }
        let made = lexicon.entries[pattern.entry].suggestions(for: pattern.form)
        suggestionCache[number] = made
        return made
    }

    static let durationUnits: Set<String> = ["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "units", "unit"]
    // Made once: array literals here were built again for every goal cue and token.
    private static let goalWords = ["goal", "goals", "objective"]
    private static let idLeads: Set<String> = ["#", "no", "number", ":", "("]

    /// "Goal 2", "goal #G1", "objective 3": the id after a goal cue, when it looks like one.
    private static func goalID(after match: Matcher.Match, in sentence: Sentence) -> (id: String, range: Range<Int>)? {
        let tokens = sentence.tokens
        // The cue's last word, compared as bytes: this runs for every goal cue.
        let form = sentence.form(match.tokens.upperBound)
        let last = form.lastIndex(of: 0x20).map { form[($0 + 1)...] } ?? form
        guard goalWords.contains(where: { last.elementsEqual($0.utf8) }) else { return nil }
        var index = match.tokens.upperBound + 1
        while index < tokens.count, index <= match.tokens.upperBound + 4,
              tokens[index].kind == .space || idLeads.contains(sentence.normalized(index)) {
            index += 1
        }
        guard index < tokens.count, tokens[index].isWordLike else { return nil }
        let candidate = sentence.normalized(index)
        guard candidate.count <= 5, candidate.contains(where: \.isNumber) else { return nil }
        // "Objective: 30 min" is a SOAP heading and a duration, not goal 30.
        if let unit = tokens.indices.dropFirst(index + 1).first(where: { tokens[$0].kind != .space }), Self.durationUnits.contains(sentence.normalized(unit)) {
            return nil
        }
        return (candidate.uppercased(), match.range.lowerBound..<tokens[index].range.upperBound)
    }

}
