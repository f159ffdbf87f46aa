/// The closed-class words the rewriter reads a sentence with that the lexicon already lists as
/// data, so that each word has one home: the negations (the one-word cues of the `category:
/// negation` context entries, and the `role: negation` list of words that negate a clause
/// without being a cue) and the prepositions (`role: preposition`, and `role:
/// clause-preposition` — "after", "since" — which also begin a clause).
struct GrammarWords: Sendable {
    /// Words that make the clause around them negative: a rewrite that carries its own meaning
    /// ("not taking") would change what the sentence says.
    let negations: Set<String>
    /// Prepositions: a rewrite that ends in one needs words after it, and a term after one is
    /// a noun, not a verb ("for f/u").
    let prepositions: Set<String>
    /// The prepositions without "to": after one, a term is a noun ("for f/u"); after "to", the
    /// infinitive's, it may be a verb ("to f/u").
    let prepositionsBeforeNoun: Set<String>
    /// The person's own word named after it ("a recovering addict, as she puts it"): the
    /// `category: self-description` cues that start with "as", as normalized words.
    let ownWordsAfter: [[String]]

    init(_ entries: [LexiconEntry]) {
        var negations: Set<String> = [], prepositions: Set<String> = []
        var ownWordsAfter: [[String]] = []
        for entry in entries {
            if entry.side == .context, entry.role == nil, entry.category == "self-description" {
                ownWordsAfter += entry.terms.map { $0.text.lowercased().split(separator: " ").map(String.init) }.filter { $0.first == "as" && $0.count > 1 }
            }
            let words = entry.terms.map { $0.text.lowercased() }.filter { !$0.contains(" ") }
            switch entry.role {
            case .negation?: negations.formUnion(words)
            case .preposition?, .clausePreposition?: prepositions.formUnion(words)
            case nil where entry.side == .context && entry.category == "negation": negations.formUnion(words)
            default: break
            }
        }
        self.negations = negations
        self.prepositions = prepositions
        prepositionsBeforeNoun = prepositions.subtracting(["to"])
        self.ownWordsAfter = ownWordsAfter
    }

    /// Whether a normalized word negates: one of `negations` or a contraction in -n't.
    func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
    }
}
