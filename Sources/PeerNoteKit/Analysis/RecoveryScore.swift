/// A note's balance of strength and concern language.
///
/// `recovery` runs from 0 to 100 and is documented in the README:
///
///     concern  = Σ weight(severity) over concern findings   (error 1.5, warning 1, info 0.5)
///     strength = number of strength findings
///     per100(x) = 100 · x / max(words, 50)
///     recovery = clamp(60 + 10 · min(per100(strength), 4) − 15 · per100(concern), 0, 100)
///
/// A note with neither scores 60; strength language can lift it to 100; each weighted concern
/// per hundred words costs 15 points. Notes under 50 words count as 50 words long, so that one
/// word in a one-line note does not swing the score to an extreme. An empty note has no score.
public struct RecoveryScore: Sendable, Hashable {
    /// 0–100, or nil for a note without words.
    public var recovery: Int?
    /// Number of concern findings.
    public var concern: Int
    /// Number of strength findings.
    public var strength: Int
    /// Words written (ICU word tokens with letters).
    public var words: Int
    /// Findings per category: language, thread, elements, voice, billing.
    public var categories: [String: Int] {
        get { Dictionary(uniqueKeysWithValues: categoryCounts.map { ($0.name, $0.count) }) }
        set { categoryCounts = newValue.map { CategoryCount(name: $0.key, count: $0.value) }.sorted { $0.name < $1.name } }
    }
    /// The same counts in order of category name. Kept as a short list, not a dictionary:
    /// hashing every note's categories into a new table was a tenth of a short note's analysis,
    /// and output wants them in order anyway.
    private(set) var categoryCounts: [CategoryCount]

    /// How many findings a category has.
    struct CategoryCount: Sendable, Hashable {
        var name: String
        var count: Int
    }

    /// Scores a note from its concern and strength findings and its word count.
    public init(concerns: [Finding], strengths: [Finding], words: Int) {
        self.init(concerns: concerns[...], strengths: strengths[...], others: [], omitted: Omitted(), words: words)
    }

    /// Findings about wording past a note's listing limit: counted, never made.
    struct Omitted {
        /// How many, and where the first one is.
        private(set) var count = 0
        private(set) var first: Range<Int>?
        fileprivate var concerns = 0, strengths = 0, concernWeight = 0.0
        fileprivate var tally = CategoryTally()

        /// Counts a concern (`isConcern`) or strength finding of `rule`.
        mutating func add(_ rule: Rule, range: Range<Int>, isConcern: Bool) {
            note(range)
            tally.add(rule.category)
            if isConcern {
                concerns += 1
                concernWeight += RecoveryScore.weight(rule.severity)
            } else {
                strengths += 1
            }
        }

        /// Counts a quotation of the person's own words (not scored).
        mutating func add(quoted range: Range<Int>) { note(range) }

        private mutating func note(_ range: Range<Int>) {
            count += 1
            if first.map({ range.lowerBound < $0.lowerBound }) ?? true { first = range }
        }
    }

    /// Counts one more finding of `category`.
    mutating func count(_ category: String) {
        if let known = categoryCounts.firstIndex(where: { $0.name == category }) {
            categoryCounts[known].count += 1
        } else {
            categoryCounts.insert(CategoryCount(name: category, count: 1), at: categoryCounts.firstIndex { $0.name > category } ?? categoryCounts.count)
        }
    }

    /// Scores a note, counting the categories of its other findings (thread, elements,
    /// billing) too, except quotations.
    init(concerns: ArraySlice<Finding>, strengths: ArraySlice<Finding>, others: ArraySlice<Finding>, omitted: Omitted, words: Int) {
        var tally = omitted.tally
        tally.add(concerns)
        tally.add(strengths)
        tally.add(others, skippingQuoted: true)
        let categories = tally.sortedCounts()
        var concernWeight = omitted.concernWeight
        // Read in place: a `for` loop over findings copies each one, retaining its references.
        concerns.withUnsafeBufferPointer { concerns in
            for index in concerns.indices { concernWeight += Self.weight(concerns[index].severity) }
        }
        self.concern = concerns.count + omitted.concerns
        self.strength = strengths.count + omitted.strengths
        self.words = words
        self.categoryCounts = categories
        guard words > 0 else { recovery = nil; return }
        let scale = 100.0 / Double(max(words, 50))
        let raw = 60 + 10 * min(Double(strength) * scale, 4) - 15 * concernWeight * scale
        recovery = Int(min(max(raw, 0), 100).rounded())
    }

    fileprivate static func weight(_ severity: Severity) -> Double {
        switch severity {
        case .error: return 1.5
        case .warning: return 1
        case .info: return 0.5
        case .hint: return 0
        }
    }
}

/// Counts per category for one note: a note names a handful of categories, so a short list
/// compared by equality (one or two machine words for a short name) does, with no hashing.
struct CategoryTally {
    /// Names and counts side by side, in one array with room for a note's usual handful.
    private var counted: [RecoveryScore.CategoryCount] = []

    /// Counts the categories of `findings`.
    mutating func add(_ findings: ArraySlice<Finding>, skippingQuoted: Bool = false) {
        if counted.isEmpty { counted.reserveCapacity(12) }
        // Read in place: a `for` loop over findings copies each one, retaining its references.
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices where !(skippingQuoted && findings[index].isQuoted) { add(findings[index].definition.category) }
        }
    }

    /// Counts one finding of `category`.
    mutating func add(_ category: String) {
        if let known = counted.firstIndex(where: { $0.name == category }) { counted[known].count += 1 } else { counted.append(.init(name: category, count: 1)) }
    }

    /// The counts in order of category name, sorted in place (a sorted copy was one more
    /// allocation per note).
    mutating func sortedCounts() -> [RecoveryScore.CategoryCount] {
        counted.sort { $0.name < $1.name }
        return counted
    }
}
