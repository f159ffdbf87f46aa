/// Analyzes one note: the shared pass (`NotePass`: sentences, tokens, matches, context, cues)
/// reads the note into evidence, the golden thread is read from the evidence, and the checks
/// in `CheckRegistry` turn evidence and thread into findings, which are scored.
///
/// An analyzer owns ICU iterators, which are not thread-safe: use one per thread.
public final class Analyzer {
    /// The lexicon it matches.
    public let lexicon: Lexicon
    /// Whether context rules apply (quotations, names, `not_after`, senses, context cues).
    /// Off, PeerNote is a plain word list: the baseline `peernote eval` compares against.
    public let useContext: Bool
    /// The most findings about wording a note lists of each kind (concerns, strengths, the
    /// person's quoted words); the rest are counted in its score and summed up in one
    /// `findings-limit` finding. Memory and output per note stay bounded however long and
    /// dense the note (a 16 MB note can hold a million matches).
    public let maximumFindings: Int

    private let tokenizer: Tokenizer
    private let pass: NotePass
    private let checks: [any NoteCheck]
    private let language: LanguageCheck
    /// Each goal's content stems: a caseload repeats each person's goals in every note.
    /// Bounded: a caseload of a million people must not keep every plan in memory.
    private var stemMemo = BoundedMemo<PlanGoal, (text: Set<String>, all: Set<String>)>(limit: 4096)
    /// The checks' suggestions per person, goal and service. Smaller than the stems': each
    /// holds a dozen strings, and a caseload report's peak memory grows with it.
    private var suggestionMemo = BoundedMemo<CheckSuggestions.Key, CheckSuggestions>(limit: 256)
    private let checkRules: [CheckRule]
    private let lifeAreas: LifeAreas
    /// Analyzers for the lexicon's other languages: a note is read by the one for its language.
    private let otherLanguages: [Analyzer]

    /// An analyzer for `lexicon`, which must hold the words of every note-level rule
    /// (`side: check` entries); an error names each one missing or malformed.
    public init(lexicon: Lexicon, useContext: Bool = true, maximumFindings: Int = 1_000) throws {
        self.lexicon = lexicon
        self.useContext = useContext
        self.maximumFindings = max(1, maximumFindings)
        tokenizer = try Tokenizer()
        pass = NotePass(lexicon: lexicon, tokenizer: tokenizer, useContext: useContext)
        checks = try CheckRegistry.make(for: lexicon, maximumFindings: self.maximumFindings)
        language = checks.compactMap { $0 as? LanguageCheck }.first!
        let words = CheckWords(lexicon: lexicon, maximumFindings: self.maximumFindings)
        checkRules = CheckRegistry.ruleIDs.map { words($0) }
        lifeAreas = LifeAreas(lexicon.facts.lifeAreas)
        otherLanguages = try lexicon.otherLanguages.map { try Analyzer(lexicon: $0, useContext: useContext, maximumFindings: maximumFindings) }
    }

    /// What is wrong with a lexicon's words for the note-level checks: a rule with none, words
    /// for no rule, a `{placeholder}` no check fills. An analyzer cannot be made while there is any.
    public static func checkProblems(in lexicon: Lexicon) -> [InputError] {
        CheckRegistry.problems(in: lexicon)
    }

    /// Everything PeerNote has to say about `note`.
    public func analyze(_ note: Note) -> NoteAnalysis {
        analyze(note) { _, read in read(note.body) }
    }

    /// The concern terms that matched in `note` but that context silenced, and why: quotations
    /// aside, every reason a term is not reported as the writer's wording.
    public func silencedMatches(in note: Note) -> [SilencedMatch] {
        pass.recordsSilenced = true
        defer { pass.recordsSilenced = false }
        return pass.read(note, region: note.body, goalWords: nil, goalIDs: [], names: Self.nameWords(of: note.metadata)).silenced
    }

    /// What the pass reads a note with: the person's names and plan goals.
    struct PassInputs {
        var names: [String]
        var goalIDs: Set<String>
        /// The goals' stems widened by their life areas: what the pass keeps of each sentence.
        var goalStems: [Set<String>]
        /// The language the note is read in: evidence read in another means other entries.
        var language: String
    }

    /// The analysis of `note` from the evidence `evidence` gathers, given the pass's inputs and
    /// a function that reads a stretch of the narrative.
    func analyze(_ note: Note, evidence gather: (PassInputs, (Range<Int>) -> NoteEvidence) -> NoteEvidence) -> NoteAnalysis {
        // "Service: [X] Individual  [ ] Group": an option left unticked states nothing. Its words
        // are blanked in place, so every offset still points into the note as written.
        var note = note
        note.text = Checkboxes.blankingUnticked(note.text)
        if !otherLanguages.isEmpty {
            let language = LanguageGuess.language(of: note, untold: lexicon.language)
            if language != lexicon.language, let other = otherLanguages.first(where: { $0.lexicon.language == language }) {
                return other.analyze(note, evidence: gather)
            }
        }
        // The facts the note's own words state complete what its metadata gives.
        var metadata = note.metadata
        TextFacts.read(note, words: lexicon.facts, into: &metadata)
        // "Mateo will sleep in his own bed": the person's own name is in every goal and every
        // note about them, and links no goal.
        let personWords = Set(Self.nameWords(metadata.person).map(ContentWords.stem))
        let goals = note.metadata.goals.map { goal in
            let stems = stemMemo.value(for: goal, make: stems(of:))
            return (text: stems.text.subtracting(personWords), all: stems.all.subtracting(personWords))
        }
        let goalStems = goals.map(\.all), widened = lifeAreas.widen(goals)
        // The pass keeps the sentence stems any goal's words, or its area's, could meet.
        let goalWords = goalStems.isEmpty ? nil : ContentWords.Wanted(widened.reduce(into: Set<String>()) { $0.formUnion($1) })
        // Plan goal ids with letters and digits ("G1") count where they are written on their own.
        let goalIDs = Set(note.metadata.goals.map(\.id).filter { id in id.contains(where: \.isLetter) && id.contains(where: \.isNumber) }
            .map { $0.lowercased() })
        let inputs = PassInputs(names: Self.nameWords(of: note.metadata), goalIDs: goalIDs, goalStems: widened, language: lexicon.language)
        var evidence = gather(inputs) { region in pass.read(note, region: region, goalWords: goalWords, goalIDs: goalIDs, names: inputs.names) }
        var text = note.text
        // Words in another language's sentence or quotation are not this lexicon's to judge.
        text.withUTF8 { LanguageGuess.keepOwnLanguage(&evidence, language: lexicon.language, in: $0) }
        (evidence.headings, evidence.headingLabels, evidence.unfilledLabels) = text.withUTF8 { Headings.find(in: $0, body: note.body, map: lexicon.headings) }
        let (thread, unmatched) = GoalThread.read(from: evidence, metadata: metadata, goalStems: goalStems, widened: widened)
        let suggestions = suggestionMemo.value(for: CheckSuggestions.Key(metadata)) {
            CheckSuggestions($0, rules: checkRules, words: lexicon.checks[Lexicon.suggestionWordsID].map { lexicon.entries[$0].variants } ?? [:])
        }
        return text.withUTF8 { bytes in
            let maker = FindingMaker(bytes: bytes, body: note.body)
            let context = CheckContext(note: note, metadata: metadata, evidence: evidence, thread: thread, unmatchedGoals: unmatched,
                                       maker: maker, suggestions: suggestions, lexicon: lexicon)
            var findings = FindingList()
            for check in checks where evidence.words > 0 || !type(of: check).needsWords {
                check.check(context, into: &findings)
            }
            var analysis = NoteAnalysis(id: note.id, findings: findings, words: evidence.words, thread: evidence.words > 0 ? thread : nil)
            analysis.readability = Readability(words: evidence.words, sentences: evidence.sentencesWithWords, syllables: evidence.syllables)
            analysis.metadata = metadata
            analysis.language = lexicon.language
            if let limit = language.limitFinding(findings.omitted, maker: maker) { analysis.append(limit) }
            analysis.threadCues = evidence.cues
            analysis.contextCues = evidence.contextCues
            return analysis
        }
    }

    /// The words of the person's and the peer's names, normalized: a list, not a set, as a
    /// note names a handful of words and most notes name different people.
    private static func nameWords(of metadata: NoteMetadata) -> [String] {
        nameWords(metadata.person, metadata.peer)
    }

    /// The words of `names`, normalized, each once.
    private static func nameWords(_ names: String?...) -> [String] {
        var words: [String] = []
        for part in names.flatMap({ $0?.split(whereSeparator: { $0 == " " || $0 == "-" }) ?? [] }) where part.count >= 2 {
            let word = Normalizer.normalize(String(part))
            if !words.contains(word) { words.append(word) }
        }
        return words
    }

    /// A goal's content stems.
    /// The content stems of a goal's plan text, and of its text and the person's own words.
    private func stems(of goal: PlanGoal) -> (text: Set<String>, all: Set<String>) {
        let stems = { (text: String) in
            self.tokenizer.sentences(of: ContentWords.withoutNamesInBrackets(text)).reduce(into: Set<String>()) { $0.formUnion(ContentWords.stems(of: $1, ignoring: self.lexicon.facts.notGoalContent)) }
        }
        let text = stems(goal.text)
        return (text, text.union(stems(goal.ownWords ?? "")))
    }
}
