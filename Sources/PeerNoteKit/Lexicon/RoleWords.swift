/// The words of the `role:` entries (`Lexicons/en/roles.yml`), normalized: who can be the
/// subject of a verb (the person, the writer, staff, someone else), the verbs that introduce
/// speech, and the small grammar words the subject rules pass over or stop at.
struct RoleWords: Sendable {
    /// Phrases by their last normalized word, longest first.
    private var phrases: [String: [(words: [String], role: LexiconEntry.Role)]] = [:]

    /// Whether an article and words the roles do not know, right before a verb, are its
    /// subject ("the vending machine refused"); see `Lexicon.language`.
    var readsUnlistedSubjects = true

    /// No roles: subject and speaker rules find nothing.
    init() {}

    /// The role phrases of `entries` (normalized words, in entry order).
    init(_ phrases: [(words: [String], role: LexiconEntry.Role)]) {
        // The rewriter's own lists (`GrammarWords`) and the degree words the matcher's keys are
        // made with are no roles a subject rule reads.
        for var phrase in phrases where !phrase.words.isEmpty && phrase.role != .negation && phrase.role != .degree {
            if phrase.role == .clausePreposition { phrase.role = .boundary }
            self.phrases[phrase.words.last!, default: []].append(phrase)
        }
        for key in self.phrases.keys { self.phrases[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Every phrase and its role, for the compiled snapshot.
    var all: [(words: [String], role: LexiconEntry.Role)] {
        phrases.keys.sorted().flatMap { phrases[$0]! }
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// The role of the phrase that ends at word token `index`, and the phrase's first token.
    func role(endingAt index: Int, in sentence: Sentence) -> (role: LexiconEntry.Role, first: Int)? {
        guard let candidates = phrases[sentence.normalized(index)] else { return nil }
        for candidate in candidates {
            var token = index, word = candidate.words.count - 1
            var matched = true
            while word > 0 {
                token -= 1
                while token >= 0 && sentence.tokens[token].kind == .space { token -= 1 }
                guard token >= 0, sentence.tokens[token].isWordLike, sentence.normalized(token) == candidate.words[word - 1] else {
                    matched = false
                    break
                }
                word -= 1
            }
            if matched { return (candidate.role, token) }
        }
        return nil
    }
}
