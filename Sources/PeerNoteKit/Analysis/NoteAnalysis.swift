/// The result of analyzing one note.
public struct NoteAnalysis: Sendable {
    /// The note's id (path or record id).
    public var id: String
    /// Findings in text order: concern and strength language, thread, elements, voice, billing.
    public private(set) var findings: [Finding]
    /// The recovery-language score and counts per category.
    public private(set) var score: RecoveryScore
    /// The golden thread; nil for a note without words.
    public var thread: GoalThread?
    /// Golden-thread and context cue phrases found, for checking lexicon examples: kept as the
    /// analysis collected them (joining them for every note cost two allocations).
    var threadCues: [ThreadEvidence.Cue] = [], contextCues: [ThreadEvidence.Cue] = []
    /// The cue phrases found: rule id and range.
    var cues: [(rule: String, range: Range<Int>)] { (threadCues + contextCues).map { ($0.rule, $0.range) } }

    /// A result from a note's findings in groups: the first `strengths`, then `concerns`, then
    /// the others. They are scored by group, then sorted by moving them in place: each copy of a
    /// finding retains all its strings, and each copy dropped releases them again.
    init(id: String, findings: consuming [Finding], strengths: Int, concerns: Int, words: Int, thread: GoalThread?,
         omitted: RecoveryScore.Omitted = .init()) {
        self.id = id
        self.score = RecoveryScore(concerns: findings[strengths..<(strengths + concerns)], strengths: findings[..<strengths],
                                   others: findings[(strengths + concerns)...], omitted: omitted, words: words)
        self.thread = thread
        var all = consume findings
        Self.sortInTextOrder(&all)
        self.findings = all
    }

    /// Sorts positions, comparing fields in place, then moves each finding once into its
    /// place: a finding is large to move, and copying one retains all its strings.
    private static func sortInTextOrder(_ findings: inout [Finding]) {
        // The positions in a temporary buffer, on the stack for a note's usual findings.
        findings.withUnsafeMutableBufferPointer { findings in withUnsafeTemporaryAllocation(of: Int.self, capacity: findings.count) { buffer in
            var order = buffer
            for position in order.indices { order.initializeElement(at: position, to: position) }
            order.sort { Self.textOrder(findings[$0], findings[$1]) }
            // Follow each cycle of the permutation: the finding that belongs at `position` is at `order[position]`.
            for start in order.indices where order[start] != start {
                var position = start
                while order[position] != start {
                    let source = order[position]
                    findings.swapAt(position, source)
                    order[position] = position
                    position = source
                }
                order[position] = position
            }
        } }
    }

    /// Appends a finding that is about the listing itself, not counted in the score.
    mutating func append(_ finding: Finding) {
        findings.append(finding)
        findings.sort(by: Self.textOrder)
    }

    /// Adds a finding made outside the note (a day over the unit limit across notes).
    public mutating func add(_ finding: Finding) {
        findings.append(finding)
        findings.sort(by: Self.textOrder)
        score.count(finding.category)
    }

    /// The most severe finding, if any. Read in place: this is asked of every note written,
    /// and a finding passed by value (even to a lazy `map`) retains all its strings.
    public var highestSeverity: Severity? {
        findings.withUnsafeBufferPointer { findings in
            var highest: Severity? = nil
            for index in findings.indices where highest.map({ findings[index].severity > $0 }) ?? true {
                highest = findings[index].severity
            }
            return highest
        }
    }

    /// By start, then end, then rule; the rule is read only on a tie (a tuple of the three
    /// would retain both strings on every comparison).
    private static func textOrder(_ a: borrowing Finding, _ b: borrowing Finding) -> Bool {
        if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
        if a.range.upperBound != b.range.upperBound { return a.range.upperBound < b.range.upperBound }
        return a.rule < b.rule
    }
}
