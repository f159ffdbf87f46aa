/// What the analyzer's single pass over a note collects for the thread checks.
struct ThreadEvidence {
    /// A cue phrase from a `side: thread` lexicon entry (or a `side: context` one, kept for
    /// checking lexicon examples).
    struct Cue {
        var rule: String
        var category: String
        /// The required element the cue's category names, if any.
        var element: GoalThread.Element?
        var range: Range<Int>
        var startsSentence: Bool
    }
    /// A sentence's content-word stems, for matching plan goals.
    struct Sentence {
        var range: Range<Int>
        var stems: Set<String>
    }

    var cues: [Cue] = []
    /// "Goal 2", "goal #G1": the id as written and the range from "goal" to the id.
    var goalReferences: [(id: String, range: Range<Int>)] = []
    var sentences: [Sentence] = []
    var sentencesWithWords = 0
    var quotationMarks = 0
}
