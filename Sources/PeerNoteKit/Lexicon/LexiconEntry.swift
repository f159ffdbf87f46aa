/// One rule of a lexicon: a concept, all the words that express it, and what to say about it.
public struct LexiconEntry: Sendable, Hashable {
    /// Which side of the balance an entry is on.
    public enum Side: String, Sendable, Hashable {
        /// Language to coach: stigmatizing, clinical, provider-centered.
        case concern
        /// Language to celebrate: recovery, hope, choice, strengths.
        case strength
        /// Cues of the golden thread: phrases and section headings that state the type of
        /// service, its purpose, the person's response, progress, or a goal.
        case thread
    }

    /// One phrase the matcher looks for, and the form it has.
    public struct Term: Sendable, Hashable {
        /// The phrase as the lexicon spells it.
        public var text: String
        /// Its grammatical form.
        public var form: Form
    }

    /// Unique id, shown as `[id]`.
    public var id: String
    /// Concern or strength.
    public var side: Side
    /// Category, counted in the score.
    public var category: String
    /// How much a match matters.
    public var severity: Severity
    /// How the entry's terms and alternatives inflect.
    public var wordClass: WordClass
    /// Every phrase that matches, with its form.
    public var terms: [Term]
    /// Phrases in which a term is fine ("refuse truck").
    public var exceptions: [String]
    /// Short message.
    public var message: String
    /// Why it matters.
    public var rationale: String
    /// Person-centered alternatives, as the lexicon spells them.
    public var alternatives: [String]
    /// Whether the first alternative may be applied without asking.
    public var isSafe: Bool
    /// The public guide the entry follows.
    public var source: String
    /// Sentences with `{braced}` text where the entry must fire exactly there.
    public var examples: [String]
    /// Sentences where the entry must not fire.
    public var counterexamples: [String]
    /// Section headings that state this entry's element (`thread` entries only): "Response", "S".
    public var headings: [String]
    /// Where the entry was defined, as `file:line`.
    public var origin: String

    /// The alternatives in the form that was matched: "decline" → "declined" for `refused`.
    public func suggestions(for form: Form) -> [String] {
        alternatives.map { wordClass.inflect($0, to: form) }
    }
}
