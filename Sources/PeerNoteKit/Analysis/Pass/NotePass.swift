/// The one pass over a note that every check shares: sentences and tokens (ICU), lexicon
/// matches, context rules, quotations, golden-thread cues, goal references and the goal words
/// of each sentence, read into `NoteEvidence`. The checks then only read the evidence.
///
/// A pass owns ICU iterators, which are not thread-safe, and storage it refills note after
/// note: use one per thread (an `Analyzer` holds one).
final class NotePass {
    let lexicon: Lexicon
    let tokenizer: Tokenizer
    /// Whether context rules apply; off, the pass is a plain word list.
    let useContext: Bool
    /// Whether the evidence lists the concern matches context silenced, and why (for
    /// `peernote eval --misses`; a check never needs them).
    var recordsSilenced = false
    /// What each thread entry's cues tell the checks, looked up once: the string compare of
    /// a category for every cue would be most of reading it.
    private let cueKinds: [LexiconEntry.CueKind?]
    /// Each concern pattern's alternatives in its matched form, made once per pattern.
    private var alternatives: [[Alternative]?]
    /// Each entry's terms written in capitals ("AMA"), by key, made once per entry.
    private var acronyms: [Set<String>?]
    /// Each entry's side, looked up once for the same reason.
    private let sides: [LexiconEntry.Side]
    /// Each entry's `safe:`: only a safe entry's rewrite is checked for `fix` (`SafeRewrite`).
    private let safeEntries: [Bool]
    /// Whether any context cue covers the words before it (`reaches_back:`).
    private let hasBackwardCues: Bool
    /// The one-word goal cues ("goal", "objective", "goals", "meta"), lowercase: an id is read
    /// after a cue that ends in one ("her goal 2"), not after "as part of working on 3 applications".
    private let goalCueWords: [String]
    /// The words that link no goal (`not-goal-content` facts), looked up once, not per sentence.
    private let notGoalContent: Set<String>

    /// Storage refilled note after note, so that a note's analysis allocates little.
    private struct Scratch {
        var sentences: [Range<Int>] = []
        var sentence = Sentence(range: 0..<0, tokens: [], normalizedBytes: [])
        var matches: [Matcher.Match] = []
        var context = ContextRules()
        var quotations = Quotations()
        var cues: [ContextRules.Cue] = []
    }
    private var scratch = Scratch()

    init(lexicon: Lexicon, tokenizer: Tokenizer, useContext: Bool) {
        self.lexicon = lexicon
        self.tokenizer = tokenizer
        self.useContext = useContext
        cueKinds = lexicon.entries.map(\.cueKind)
        alternatives = Array(repeating: nil, count: lexicon.matcher.patterns.count)
        acronyms = Array(repeating: nil, count: lexicon.entries.count)
        sides = lexicon.entries.map(\.side)
        safeEntries = lexicon.entries.map(\.isSafe)
        hasBackwardCues = useContext && lexicon.entries.contains { $0.side == .context && $0.context.reachesBack }
        goalCueWords = Array(Set(lexicon.entries.filter { $0.cueKind == .goalReference || $0.cueKind == .goalNumber }
            .flatMap { $0.terms.map { $0.text.lowercased() } }.filter { !$0.contains(" ") })).sorted()
        notGoalContent = lexicon.facts.notGoalContent
        scratch.context.roles = lexicon.roles
        scratch.quotations.roles = lexicon.roles
    }

    /// The alternatives of the concern `match`, fitted to its sentence.
    private func fitted(_ match: Matcher.Match, sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>) -> [SlotFitter.Fitted] {
        let made = alternatives[match.patternNumber] ?? lexicon.entries[match.pattern.entry].alternatives(for: match.pattern.form)
        if alternatives[match.patternNumber] == nil { alternatives[match.patternNumber] = made }
        let entry = match.pattern.entry
        let capitals = acronyms[entry] ?? Set(lexicon.entries[entry].terms.filter { term in
            term.text.contains(where: \.isLetter) && !term.text.contains(where: \.isLowercase)
        }.map { Alternative.key($0.text) })
        if acronyms[entry] == nil { acronyms[entry] = capitals }
        // Slots are read with English grammar; a Spanish entry's forms already agree with its term.
        guard lexicon.language == LanguageGuess.english else {
            return made.map { SlotFitter.Fitted(range: match.range, text: $0.text, canApply: $0.canApply && !$0.isPlaceholder) }
        }
        return SlotFitter.fit(made, match: match, in: sentence, bytes: bytes, acronyms: capitals, facts: lexicon.facts, grammar: lexicon.grammar,
                              verify: safeEntries[entry])
    }

    /// What the note says in `region` (a stretch of its narrative: all of it, or whole
    /// paragraphs), as evidence; headings are the caller's to read (a heading can stand a blank
    /// line above its text). `goalWords` are the content stems of the person's plan goals (each
    /// sentence keeps only those); `goalIDs` are plan ids with letters and digits ("G1"), found
    /// wherever written; `names` are the words of the person's and peer's names, which are never
    /// terms ("Hope" the person is not hope).
    func read(_ note: Note, region: Range<Int>, goalWords: ContentWords.Wanted?, goalIDs: Set<String>, names: [String]) -> NoteEvidence {
        var evidence = NoteEvidence()
        var text = note.text
        guard !region.isEmpty else { return evidence }
        // Working storage is swapped out while in use, so that its arrays stay uniquely
        // referenced and are refilled in place.
        var scratch = Scratch()
        swap(&scratch, &self.scratch)
        defer { swap(&scratch, &self.scratch) }
        scratch.quotations.reset()
        text.withUTF8 { bytes in
            // Entries and their context words are read in place: each holds many strings and arrays.
            lexicon.entries.withUnsafeBufferPointer { entries in lexicon.contexts.withUnsafeBufferPointer { contexts in
                let body = UnsafeBufferPointer(rebasing: bytes[region])
                tokenizer.sentences(in: body, into: &scratch.sentences)
                if goalWords != nil { evidence.sentences.reserveCapacity(scratch.sentences.count) }
                // Room for a note's usual matches and cues: grown one at a time, they allocated several times a note.
                evidence.cues.reserveCapacity(16)
                evidence.strengths.reserveCapacity(16)
                evidence.concerns.reserveCapacity(8)
                for range in scratch.sentences {
                    let range = (range.lowerBound + region.lowerBound)..<(range.upperBound + region.lowerBound)
                    read(sentence: range, bytes: bytes, entries: entries, contexts: contexts, goalWords: goalWords, goalIDs: goalIDs,
                         names: names, scratch: &scratch, into: &evidence)
                }
            } }
        }
        // Quotations can span sentences, so the person's own words are known only now.
        if useContext {
            for index in evidence.concerns.indices where scratch.quotations.contains(evidence.concerns[index].range) {
                evidence.concerns[index].isQuoted = true
            }
            // "My daughter" is the person's own only inside their quoted words; outside, the writer's.
            evidence.strengths.removeAll { $0.isWritersOwn && !scratch.quotations.contains($0.range) }
        }
        evidence.quotationMarks = scratch.quotations.marks
        return evidence
    }

    private func read(sentence range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, entries: UnsafeBufferPointer<LexiconEntry>,
                      contexts: UnsafeBufferPointer<ContextWords>, goalWords: ContentWords.Wanted?, goalIDs: Set<String>,
                      names: [String], scratch: inout Scratch, into evidence: inout NoteEvidence) {
        tokenizer.tokenize(bytes, range: range, into: &scratch.sentence)
        let tokens = scratch.sentence.tokens
        var sentenceWords = 0
        for index in tokens.indices where tokens[index].kind == .word {
            sentenceWords += 1
            evidence.syllables += scratch.sentence.form(index).withUnsafeBufferPointer { Syllables.count($0) }
        }
        evidence.words += sentenceWords
        if sentenceWords > 0 { evidence.sentencesWithWords += 1 }
        if sentenceWords > ReadabilityCheck.longSentenceWords { evidence.longSentences.append((range, sentenceWords)) }
        scratch.quotations.read(scratch.sentence, in: bytes)
        // Sentence stems only ever meet goal stems: keep just those (without a plan, only where
        // the sentence is, for the thread's cues that must share one).
        evidence.sentences.append(.init(range: range, stems: goalWords.map { ContentWords.stems(of: scratch.sentence, ignoring: notGoalContent, among: $0) } ?? []))
        let firstWord = tokens.firstIndex { $0.isWordLike }
        var contextRead = false  // the rules read only a sentence with a concern match
        if !scratch.cues.isEmpty { scratch.cues.removeAll(keepingCapacity: true) }
        lexicon.matcher.matches(in: scratch.sentence, into: &scratch.matches)
        // A cue that covers words before it ("…, in her words") is known before they are judged.
        if hasBackwardCues {
            for match in scratch.matches where !match.pattern.isException && entries[match.pattern.entry].context.reachesBack {
                scratch.cues.append(.init(firstToken: match.tokens.lowerBound, lastToken: match.tokens.upperBound, entry: match.pattern.entry))
            }
        }
        for match in scratch.matches {
            if match.pattern.requiresCapitals && !Self.isInCapitals(match.range, in: bytes) { continue }
            if match.pattern.requiresSlash && !bytes[match.range].contains(0x2F) { continue }
            if Self.splitsSlashForm(match, in: scratch.sentence, bytes) { continue }
            guard !match.pattern.isException else {
                if recordsSilenced && entries[match.pattern.entry].side == .concern {
                    evidence.silenced.append(.init(rule: entries[match.pattern.entry].id, range: match.range, reason: .exception))
                }
                continue
            }
            // A name is never a term: "Hope" the person is not hope, "Patience" not patience.
            if !names.isEmpty, match.tokens.lowerBound == match.tokens.upperBound, names.contains(scratch.sentence.normalized(match.tokens.lowerBound)),
               !(0x61...0x7A).contains(bytes[tokens[match.tokens.lowerBound].range.lowerBound]) {
                continue
            }
            let index = match.pattern.entry
            switch entries[index].side {
            case .concern:
                guard useContext else {
                    evidence.concerns.append(.init(entry: index, pattern: match.patternNumber, range: match.range,
                                                   fitted: fitted(match, sentence: scratch.sentence, bytes: bytes)))
                    continue
                }
                if !contextRead { scratch.context.read(scratch.sentence, bytes: bytes); contextRead = true }
                // Another entry's term after this one ("a chronic {alcoholic}"): known before either is judged.
                if scratch.context.labelStarts == nil && contexts[index].needsLabels {
                    scratch.context.labelStarts = scratch.matches.compactMap { other in
                        guard !other.pattern.isException, other.pattern.entry != index, entries[other.pattern.entry].side == .concern,
                              !other.pattern.requiresCapitals || Self.isInCapitals(other.range, in: bytes),
                              !other.pattern.requiresSlash || bytes[other.range].contains(0x2F) else { return nil }
                        return other.tokens.lowerBound
                    }
                }
                if let silence = scratch.context.silence(match, entry: index, words: contexts.baseAddress! + index, cues: scratch.cues,
                                                         entries: entries, contexts: contexts) {
                    if recordsSilenced {
                        evidence.silenced.append(.init(rule: entries[index].id, range: match.range, reason: silence.reason,
                                                       by: silence.by.map { entries[$0].id }))
                    }
                } else {
                    evidence.concerns.append(.init(entry: index, pattern: match.patternNumber, range: match.range,
                                                   fitted: fitted(match, sentence: scratch.sentence, bytes: bytes)))
                }
            case .strength, .context, .thread:
                var shared = match
                while true {
                    record(shared, firstWord: firstWord, bytes: bytes, entries: entries, contexts: contexts,
                           contextRead: &contextRead, scratch: &scratch, into: &evidence)
                    // Words a cue shares with a cue of another kind ("said"): each kind reads them.
                    guard shared.pattern.next >= 0 else { break }
                    shared.patternNumber = Int(shared.pattern.next)
                    shared.pattern = lexicon.matcher.patterns[shared.patternNumber]
                }
            case .check, .fact:
                continue  // a check's words match no text, and facts are read by line
            }
        }
        if contextRead { scratch.context.forget() }
        if !goalIDs.isEmpty {
            for (index, token) in tokens.enumerated() where token.isWordLike {
                let word = scratch.sentence.normalized(index)
                if goalIDs.contains(word) && !evidence.goalReferences.contains(where: { $0.range.overlaps(token.range) }) {
                    evidence.goalReferences.append((word.uppercased(), token.range))
                }
            }
        } else {
            // Without a plan, "G1" and "G2" written on their own are how notes number goals.
            for token in tokens where token.kind == .number && Self.isGoalNumber(token.range, in: bytes) {
                if !evidence.goalReferences.contains(where: { $0.range.overlaps(token.range) }) {
                    evidence.goalReferences.append((String(decoding: bytes[token.range], as: UTF8.self).uppercased(), token.range))
                }
            }
        }
    }

    /// Records a strength, context cue or thread cue match as evidence.
    private func record(_ match: Matcher.Match, firstWord: Int?, bytes: UnsafeBufferPointer<UInt8>, entries: UnsafeBufferPointer<LexiconEntry>,
                        contexts: UnsafeBufferPointer<ContextWords>, contextRead: inout Bool, scratch: inout Scratch,
                        into evidence: inout NoteEvidence) {
        let index = match.pattern.entry
        switch sides[index] {
        case .strength:
            var strength = NoteEvidence.Match(entry: index, pattern: match.patternNumber, range: match.range)
            if useContext {
                if !contextRead { scratch.context.read(scratch.sentence, bytes: bytes); contextRead = true }
                // "the Coping Skills Group", "Hope House": a name's words, not the person's strength.
                if !entries[index].context.inNames && scratch.context.isInName(match) { return }
                // "I shared how my own daughter helped me": the peer's self-disclosure.
                strength.isWritersOwn = Self.followsMy(match, in: scratch.sentence)
            }
            evidence.strengths.append(strength)
        case .context:
            if !entries[index].context.reachesBack {
                scratch.cues.append(.init(firstToken: match.tokens.lowerBound, lastToken: match.tokens.upperBound, entry: index))
            }
            evidence.contextCues.append(.init(entry: index, kind: nil, range: match.range, startsSentence: false))
        case .thread:
            // "not part of his treatment plan" names no goal: a cue's own words can silence it.
            if !contexts[index].isEmpty {
                if !contextRead { scratch.context.read(scratch.sentence, bytes: bytes); contextRead = true }
                if scratch.context.phrasesSilence(match, words: contexts.baseAddress! + index, window: entries[index].context.window) != nil {
                    return
                }
            }
            let kind = cueKinds[index]
            // "GOAL:" with nothing after it: a template's field left empty names no goal.
            if kind == .goalReference && Self.isEmptyField(after: match, in: scratch.sentence, bytes) { return }
            evidence.cues.append(.init(entry: index, kind: kind, range: match.range, startsSentence: match.tokens.lowerBound == firstWord,
                                       sentence: evidence.sentencesWithWords))
            if kind == .goalReference || kind == .goalNumber {
                evidence.goalReferences += goalIDs(after: match, in: scratch.sentence)
            }
        case .concern, .check, .fact:
            break
        }
    }

    /// Whether the writer speaks of their own: "I" earlier in the sentence and "my" within three
    /// words before the match ("I shared how my own father …"). A plan goal in the person's voice
    /// ("Goal 2 — Keep my job") has no "I" of the writer's.
    private static func followsMy(_ match: Matcher.Match, in sentence: Sentence) -> Bool {
        var seen = 0, my = false
        var index = match.tokens.lowerBound - 1
        while index >= 0 {
            if sentence.tokens[index].isWordLike {
                let form = sentence.form(index)
                if seen < 3 && form.elementsEqual("my".utf8) { my = true }
                if my && form.elementsEqual("i".utf8) { return true }
                seen += 1
            }
            index -= 1
        }
        return false
    }

    /// Whether a match that runs over a space takes part of a word joined by a slash: "Pt s/p"
    /// is "Pt" and "s/p", never "pts" (a slash binds tighter than a space).
    private static func splitsSlashForm(_ match: Matcher.Match, in sentence: Sentence, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        let first = match.tokens.lowerBound, last = match.tokens.upperBound
        guard (first...last).contains(where: { tokens[$0].kind == .space }) else { return false }
        let isSlash = { (index: Int) in tokens[index].kind == .punctuation && tokens[index].joinsWords && bytes[tokens[index].range.lowerBound] == 0x2F }
        if last + 2 < tokens.count, isSlash(last + 1), tokens[last + 2].isWordLike { return true }
        if first >= 2, isSlash(first - 1), tokens[first - 2].isWordLike { return true }
        return false
    }

    /// Whether a colon follows the match and nothing but spaces and line breaks follow the colon
    /// in its sentence: a labelled field left empty.
    private static func isEmptyField(after match: Matcher.Match, in sentence: Sentence, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let tokens = sentence.tokens
        var index = match.tokens.upperBound + 1
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
        guard index < tokens.count, tokens[index].kind == .punctuation, bytes[tokens[index].range.lowerBound] == 0x3A else { return false }
        // Only spaces after the colon, up to the sentence's end or the line's; and empty check
        // boxes ("Goal addressed: [ ] Goal 1  [ ] Goal 2", their options blanked by `Checkboxes`).
        index += 1
        while index < tokens.count, tokens[index].kind == .space || (tokens[index].kind == .punctuation && isBoxMark(bytes[tokens[index].range])) {
            if tokens[index].kind == .space, bytes[tokens[index].range].contains(0x0A) { return true }
            index += 1
        }
        return index == tokens.count
    }

    /// Whether `mark` is part of an empty check box: "[", "]", "(", ")", "_" or "☐".
    private static func isBoxMark(_ mark: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        mark.elementsEqual([0xE2, 0x98, 0x90]) || mark.allSatisfy { [0x5B, 0x5D, 0x28, 0x29, 0x5F].contains($0) }
    }

    /// Whether every letter in `range` is a capital (ASCII letters are checked; others pass).
    private static func isInCapitals(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes[range].contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// "G1" to "G99": a goal's number as plans write it.
    private static func isGoalNumber(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (2...3).contains(range.count), bytes[range.lowerBound] | 0x20 == 0x67 else { return false }
        return bytes[(range.lowerBound + 1)..<range.upperBound].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Words that measure time, not goals: "Objective: 30 min".
    static let durationUnits: Set<String> = ["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "units", "unit",
                                              "minuto", "minutos", "hora", "horas", "unidades", "unidad"]
    // Made once: array literals here were built again for every goal cue and token.
    private static let idLeads: Set<String> = ["#", "no", "number", ":", "(", ".", "número", "numero", "núm", "num", "nro", "nº"]
    // "Meta número dos": a number said as a word counts only after a word that leads an id.
    private static let numberWords: [String: String] = ["uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6"]

    /// "Goal 2", "goal #G1", "objective 3", "goals 1 and 2": the ids after a goal cue, when
    /// they look like ones.
    private func goalIDs(after match: Matcher.Match, in sentence: Sentence) -> [(id: String, range: Range<Int>)] {
        guard let first = goalID(after: match, in: sentence) else { return [] }
        var ids = [(first.id, first.range)]
        // "Goals 1, 2 and 3", "G1 & G2": more ids joined to the first.
        let tokens = sentence.tokens
        var index = first.index + 1
        while true {
            var joined = false
            while index < tokens.count, tokens[index].kind == .space || Self.idJoiners.contains(sentence.normalized(index)) {
                if tokens[index].kind != .space { joined = true }
                index += 1
            }
            guard joined, index < tokens.count, tokens[index].isWordLike else { break }
            let candidate = sentence.normalized(index)
            guard candidate.count <= 5, candidate.contains(where: \.isNumber), !Self.isDuration(after: index, in: sentence) else { break }
            ids.append((candidate.uppercased(), tokens[index].range))
            index += 1
        }
        return ids
    }

    private static let idJoiners: Set<String> = [",", "and", "&", "/", "y", "e"]

    /// Whether the word after `index` is a unit of time: "Objective: 30 min" is a duration.
    private static func isDuration(after index: Int, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard let unit = tokens.indices.dropFirst(index + 1).first(where: { tokens[$0].kind != .space }) else { return false }
        return durationUnits.contains(sentence.normalized(unit))
    }

    /// The first id after a goal cue and its token's index.
    private func goalID(after match: Matcher.Match, in sentence: Sentence) -> (id: String, range: Range<Int>, index: Int)? {
        let tokens = sentence.tokens
        // The cue's last word, compared as bytes: this runs for every goal cue.
        let form = sentence.form(match.tokens.upperBound)
        let last = form.lastIndex(of: 0x20).map { form[($0 + 1)...] } ?? form
        guard goalCueWords.contains(where: { last.elementsEqual($0.utf8) }) else { return nil }
        var index = match.tokens.upperBound + 1
        var led = false
        while index < tokens.count, index <= match.tokens.upperBound + 4,
              tokens[index].kind == .space || Self.idLeads.contains(sentence.normalized(index)) {
            if tokens[index].kind != .space { led = true }
            index += 1
        }
        guard index < tokens.count, tokens[index].isWordLike else { return nil }
        var candidate = sentence.normalized(index)
        if led, let digit = Self.numberWords[candidate] { candidate = digit }
        guard candidate.count <= 5, candidate.contains(where: \.isNumber) else { return nil }
        // "Objective: 30 min" is a SOAP heading and a duration, not goal 30.
        if Self.isDuration(after: index, in: sentence) { return nil }
        return (candidate.uppercased(), match.range.lowerBound..<tokens[index].range.upperBound, index)
    }
}
