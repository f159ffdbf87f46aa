/// What one pass over a note finds, for the checks to read: the lexicon matches the context
/// rules kept, the golden-thread cues, goal references, sentences' goal words, and counts.
/// Everything is a range and an entry number: the checks make findings, with words, from it.
struct NoteEvidence {
    /// A concern or strength match that is the writer's own wording (or, `isQuoted`, the
    /// person's words in a quotation).
    struct Match {
        /// The lexicon entry.
        var entry: Int
        /// The matched term's pattern number (its suggestions are inflected to it).
        var pattern: Int
        var range: Range<Int>
        var isQuoted = false
        /// A strength after "my": the writer's own, unless it turns out to be quoted.
        var isWritersOwn = false
        /// For a concern: its alternatives that fit the sentence, as they read there.
        var fitted: [SlotFitter.Fitted] = []
    }

    /// A cue phrase from a `side: thread` entry, or a `side: context` one (kept for checking
    /// lexicon examples).
    struct Cue {
        /// The lexicon entry.
        var entry: Int
        /// What a thread cue tells the checks; nil for a context cue.
        var kind: LexiconEntry.CueKind?
        var range: Range<Int>
        var startsSentence: Bool
        /// Which sentence with words it is in, counted from 1 (0 for a context cue).
        var sentence: Int = 0
    }

    /// A sentence's content-word stems, for matching plan goals.
    struct Sentence {
        var range: Range<Int>
        var stems: Set<String>
    }

    /// Strength language, in text order.
    var strengths: [Match] = []
    /// Concern language the context rules kept, in text order; quoted ones are the person's words.
    var concerns: [Match] = []
    var cues: [Cue] = []
    var contextCues: [Cue] = []
    /// "Goal 2", "goal #G1": the id as written and the range from "goal" to the id.
    var goalReferences: [(id: String, range: Range<Int>)] = []
    /// Sentences and their goal words (only when the note has plan goals).
    var sentences: [Sentence] = []
    /// Elements stated by section headings ("Response:").
    var headings = GoalThread.Elements()
    /// Where the labels of those headings are: their words ("Progress:") are no cues.
    var headingLabels: [Range<Int>] = []
    /// The labels of headings a template left unfilled ("Goal: N/A"): their words name no goal.
    var unfilledLabels: [Range<Int>] = []
    /// Words written, and their syllables.
    var words = 0
    var syllables = 0
    var sentencesWithWords = 0
    /// Sentences longer than `ReadabilityCheck.longSentenceWords`, and their words.
    var longSentences: [(range: Range<Int>, words: Int)] = []
    /// Double quotation marks seen: a sign of the person's own words, even unpaired.
    var quotationMarks = 0
    /// Concern matches the context rules silenced, when the pass was asked to record them.
    var silenced: [SilencedMatch] = []
}

extension NoteEvidence {
    /// The cues that say why the contact happened: `rationale` ones, and `request` ones told
    /// before the person's first response. A request told after it was made during the
    /// contact ("twice asked me to repeat what the worker said"), not the reason for it.
    var reasons: [Cue] {
        let firstResponse = cues.first { $0.kind == .response }?.range.lowerBound ?? Int.max
        return cues.filter { $0.kind == .rationale || ($0.kind == .request && $0.range.lowerBound < firstResponse) }
    }

    /// The evidence with every range moved by `delta` bytes: a paragraph's evidence, read once,
    /// wherever the paragraph now starts.
    func shifted(by delta: Int) -> NoteEvidence {
        guard delta != 0 else { return self }
        let move = { (range: Range<Int>) in (range.lowerBound + delta)..<(range.upperBound + delta) }
        var moved = self
        for index in moved.strengths.indices { moved.strengths[index].range = move(moved.strengths[index].range) }
        for index in moved.concerns.indices {
            moved.concerns[index].range = move(moved.concerns[index].range)
            for fit in moved.concerns[index].fitted.indices { moved.concerns[index].fitted[fit].range = move(moved.concerns[index].fitted[fit].range) }
        }
        for index in moved.cues.indices { moved.cues[index].range = move(moved.cues[index].range) }
        for index in moved.contextCues.indices { moved.contextCues[index].range = move(moved.contextCues[index].range) }
        for index in moved.goalReferences.indices { moved.goalReferences[index].range = move(moved.goalReferences[index].range) }
        for index in moved.sentences.indices { moved.sentences[index].range = move(moved.sentences[index].range) }
        for index in moved.longSentences.indices { moved.longSentences[index].range = move(moved.longSentences[index].range) }
        for index in moved.silenced.indices { moved.silenced[index].range = move(moved.silenced[index].range) }
        return moved
    }

    /// Adds the evidence of the stretch of text that follows this one.
    mutating func append(_ next: NoteEvidence) {
        strengths += next.strengths
        concerns += next.concerns
        cues += next.cues.map { var cue = $0; cue.sentence += sentencesWithWords; return cue }
        contextCues += next.contextCues
        goalReferences += next.goalReferences
        sentences += next.sentences
        words += next.words
        syllables += next.syllables
        sentencesWithWords += next.sentencesWithWords
        longSentences += next.longSentences
        quotationMarks += next.quotationMarks
        silenced += next.silenced
    }
}
