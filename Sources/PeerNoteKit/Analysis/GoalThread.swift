/// How a note keeps the golden thread: which plan goals it connects to, and which of the
/// required elements — type of service, purpose, response, progress — it states.
public struct GoalThread: Sendable, Hashable {
    /// A required element of a progress note (NYS OMH MHOTRS Peer Guidance).
    public enum Element: String, Sendable, Hashable, CaseIterable {
        /// The type of service provided.
        case type
        /// The purpose of the contact.
        case purpose
        /// The response of the individual.
        case response
        /// Progress toward the goal.
        case progress
    }

    /// The elements a note states, each with its evidence range: four fields read and set by
    /// element, not a dictionary (one was made and hashed twice for every note).
    public struct Elements: Sendable, Hashable {
        /// Where the type of service is stated.
        public var type: Range<Int>?
        /// Where the purpose of the contact is stated.
        public var purpose: Range<Int>?
        /// Where the person's response is described.
        public var response: Range<Int>?
        /// Where progress toward the goal is noted.
        public var progress: Range<Int>?

        /// No element stated.
        public init() {}

        /// The elements stated, in the order of `Element.allCases`.
        public var stated: [Element] { Element.allCases.filter { self[$0] != nil } }

        /// The evidence of `element`, or nil when the note does not state it.
        public subscript(element: Element) -> Range<Int>? {
            get {
                switch element {
                case .type: type
                case .purpose: purpose
                case .response: response
                case .progress: progress
                }
            }
            set {
                switch element {
                case .type: type = newValue
                case .purpose: purpose = newValue
                case .response: response = newValue
                case .progress: progress = newValue
                }
            }
        }
    }

    /// Where a note connects to a plan goal.
    public struct Link: Sendable, Hashable {
        /// How the link was found.
        public enum Kind: String, Sendable, Hashable {
            /// The note names the goal ("Goal 2", "toward her goal of …").
            case explicit
            /// The note's words overlap the goal's words.
            case content
        }
        /// The goal's id on the plan; nil when the note names a goal but no plan is known.
        public var goalID: String?
        /// How it was found.
        public var kind: Kind
        /// The evidence: UTF-8 byte range in the note.
        public var range: Range<Int>
        /// The content words shared with the goal (content links only).
        public var sharedWords: [String]
    }

    /// Links to plan goals, strongest first.
    public var links: [Link]
    /// Elements found, with the evidence range of each.
    public var elements: Elements
    /// Billable units from the minutes, when known.
    public var units: Int?

    /// Elements the note does not state.
    public var missing: [Element] { Element.allCases.filter { elements[$0] == nil } }
    /// Distinct goal ids linked.
    public var linkedGoalIDs: [String] {
        var seen: [String] = []
        for id in links.compactMap(\.goalID) where !seen.contains(id) { seen.append(id) }
        return seen
    }
}

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

/// Light English stemming and function words, for matching a note's words to a goal's.
enum ContentWords {
    static let ignored: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "as",
        "into", "up", "out", "over", "after", "before", "is", "are", "was", "were", "be", "been", "being", "am",
        "i", "me", "my", "we", "our", "us", "you", "your", "he", "him", "his", "she", "her", "hers", "they", "them",
        "their", "it", "its", "this", "that", "these", "those", "there", "here", "will", "would", "could", "should",
        "can", "may", "might", "must", "do", "does", "did", "have", "has", "had", "not", "no", "so", "if", "then",
        "than", "too", "very", "more", "less", "most", "some", "any", "all", "each", "other", "own", "also", "just",
        "again", "back", "get", "got", "make", "made", "go", "went", "want", "wants", "like", "feel", "help",
        "goal", "goals", "plan", "plans", "treatment", "session", "sessions", "peer", "today", "week", "time", "day",
        "person", "support", "able", "work-on", "new", "one", "two", "way", "things", "thing", "much", "many", "what",
        "when", "where", "who", "how", "which", "while", "because", "said", "shared", "talked", "discussed",
    ]

    /// The stem of a normalized word: plural, -ing and -ed endings and a final e removed,
    /// so "moving", "moved" and "move" meet, as do "jobs" and "job", "housing" and "house".
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        // Byte rules for ASCII words (nearly all of them, and this runs on every content word
        // of a note with a plan); other words go through the character rules.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return stemByCharacters(word) }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return bytes.count >= count && suffix.withUTF8Buffer { bytes[(bytes.count - count)...].elementsEqual($0) }
        }
        if ends("'s") { bytes.removeLast(2) }
        if bytes.count > 4 {
            if ends("ies") || ends("ied") { bytes.removeLast(3); bytes.append(UInt8(ascii: "y")) }
            else if ends("ing") { bytes.removeLast(3) }
            else if ends("ed") { bytes.removeLast(2) }
            else if ends("ches") || ends("shes") || ends("sses") || ends("xes") || ends("zes") { bytes.removeLast(2) }
            else if ends("s") && !ends("ss") { bytes.removeLast() }
        } else if bytes.count > 3 && ends("s") && !ends("ss") {
            bytes.removeLast()
        }
        if bytes.count > 3 && ends("e") { bytes.removeLast() }
        // "planned" → "plann" → "plan"; "running" → "runn" → "run".
        if bytes.count > 3, bytes[bytes.count - 2] == bytes[bytes.count - 1], !ends("l"), !ends("s"), !ends("z") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same rules over characters.
    static func stemByCharacters(_ word: String) -> String {
        var stem = Substring(word)
        if stem.hasSuffix("'s") { stem.removeLast(2) }
        if stem.count > 4 {
            if stem.hasSuffix("ies") || stem.hasSuffix("ied") { stem = stem.dropLast(3) + "y" }
            else if stem.hasSuffix("ing") { stem.removeLast(3) }
            else if stem.hasSuffix("ed") { stem.removeLast(2) }
            else if ["ches", "shes", "sses", "xes", "zes"].contains(where: { stem.hasSuffix($0) }) { stem.removeLast(2) }
            else if stem.hasSuffix("s") && !stem.hasSuffix("ss") { stem.removeLast() }
        } else if stem.count > 3 && stem.hasSuffix("s") && !stem.hasSuffix("ss") {
            stem.removeLast()
        }
        if stem.count > 3 && stem.hasSuffix("e") { stem.removeLast() }
        if stem.count > 3, let last = stem.last, stem.dropLast().last == last, !"lsz".contains(last) { stem.removeLast() }
        return String(stem)
    }

    /// The stems a note looks for (its goals'), and the first two bytes of each: a stem keeps
    /// its word's first two bytes, so most words are passed over before they are made strings.
    struct Wanted {
        let stems: Set<String>
        /// Nil when some stem is shorter than two bytes, and so nothing can be passed over.
        let prefixes: Set<UInt16>?

        init(_ stems: Set<String>) {
            self.stems = stems
            prefixes = stems.allSatisfy { $0.utf8.count >= 2 } ? Set(stems.map { ContentWords.prefix(Array($0.utf8.prefix(2))) }) : nil
        }
    }

    /// The first two of `bytes` (there must be two) as one number.
    static func prefix(_ bytes: some Collection<UInt8>) -> UInt16 {
        UInt16(bytes.first!) << 8 | UInt16(bytes.dropFirst().first!)
    }

    /// The content stems of a sentence; with `wanted`, only those that are also in it.
    static func stems(of sentence: Sentence, among wanted: Wanted? = nil) -> Set<String> {
        var stems = Set<String>()
        for (index, token) in sentence.tokens.enumerated() where token.kind == .word && token.normalizedRange.count > 2 {
            if let prefixes = wanted?.prefixes, !prefixes.contains(prefix(sentence.normalizedBytes[Int(token.normalizedRange.lowerBound)...])) { continue }
            let word = sentence.normalized(index)
            // Counting characters is slow: an ASCII word (one byte a scalar) has more than two already.
            if (token.normalizedRange.count == word.unicodeScalars.count || word.count > 2) && !ignored.contains(word) {
                let stem = stem(word)
                if wanted?.stems.contains(stem) ?? true { stems.insert(stem) }
            }
        }
        return stems
    }
}
