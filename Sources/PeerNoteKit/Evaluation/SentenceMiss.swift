/// How PeerNote did on the flagged words of one category.
public struct CategoryScore: Sendable, Hashable {
    /// Labelled spans a finding of this category found first.
    public var truePositives = 0
    /// Findings of this category outside every labelled span.
    public var falsePositives = 0
    /// Labelled spans in sentences of this category (a sentence may name several).
    public var labelled = 0
    /// Of those, the ones something found.
    public var found = 0
    /// Tricky sentences in which a finding of this category fired.
    public var trickyFlagged = 0

    /// An empty score.
    public init() {}

    /// Of this category's findings, the share that should be.
    public var precision: Double { Evaluation.ratio(truePositives, truePositives + falsePositives) }
    /// Of the labelled spans in this category's sentences, the share found.
    public var recall: Double { Evaluation.ratio(found, labelled) }
}

/// One disagreement with a labelled sentence, and its likely cause.
public struct SentenceMiss: Sendable, Hashable {
    /// The sentence's line in the set's file.
    public var line: Int
    /// The words, in `{braces}`.
    public var words: String
    /// The rule that flagged them, or for a missed span the rule that matched and was silenced.
    public var rule: String?
    /// The context cue or subject entry that silenced a missed span, if one did.
    public var by: String?
    /// Whether a labelled span was missed (or else words were flagged that should not be).
    public var isMissed: Bool
    /// Why: "missing term", "silenced: subject", "flagged: subject"…
    public var cause: String

    /// The line `peernote eval --misses` prints for it.
    public var description: String {
        let rules = [rule, by.map { "by " + $0 }].compactMap { $0 }
        return "line \(line): \(isMissed ? "missed" : "flagged") \(words)" + (rules.isEmpty ? "" : " [\(rules.joined(separator: ", "))]")
    }

    /// The cause of words flagged in `sentence`, outside its labelled spans: for a tricky
    /// sentence, the context PeerNote did not see (its kind).
    static func cause(flaggedIn sentence: LabelledSentence) -> String {
        switch sentence.label {
        case .tricky: "flagged: " + (sentence.categories.first ?? "tricky")
        case .recovery: "flagged: recovery sentence"
        case .concern: "flagged: outside the labelled words"
        }
    }
}
