/// Notes a person can read: under the 21st Century Cures Act people can read their own notes.
/// A very long sentence, and chart shorthand packed densely, are reported as information; the
/// note's grade level is in its score (`Readability`).
struct ReadabilityCheck: NoteCheck {
    static let ruleIDs = ["readability-long-sentence", "readability-dense-jargon"]
    static let placeholders = ["words", "limit", "count"]

    /// Past this many words a sentence is very long: plain language guides ask for 15 to 20 on
    /// average.
    static let longSentenceWords = 30
    /// Dense shorthand: at least this many words of the rule's categories, one in every
    /// `denseWords` words or more.
    static let denseTerms = 4, denseWords = 25

    private let long: CheckRule
    private let dense: CheckRule
    /// Whether each lexicon entry is of a category the dense-shorthand rule counts (its `categories:`).
    private let isShorthand: [Bool]

    init(words: CheckWords) {
        long = words("readability-long-sentence")
        dense = words("readability-dense-jargon")
        isShorthand = words.lexicon.entries.map { [dense] in $0.side == .concern && dense.categories.contains($0.category) }
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let (maker, evidence) = (note.maker, note.evidence)
        for sentence in evidence.longSentences {
            let values = ["words": String(sentence.words), "limit": String(Self.longSentenceWords)]
            findings.append(maker.finding(long.rule, range: maker.bounded(sentence.range), message: long.message(nil, values),
                                          suggestions: note.suggestions(long)))
        }
        let shorthand = evidence.concerns.count { !$0.isQuoted && isShorthand[$0.entry] }
        if shorthand >= Self.denseTerms && shorthand * Self.denseWords >= evidence.words {
            findings.append(maker.finding(dense.rule, range: maker.bodyAnchor,
                                          message: dense.message(nil, ["count": String(shorthand), "words": String(evidence.words)]),
                                          suggestions: note.suggestions(dense)))
        }
    }
}
