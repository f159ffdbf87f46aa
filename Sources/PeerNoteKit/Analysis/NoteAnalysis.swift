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
    /// How easy the note is to read: its Flesch–Kincaid grade level.
    public var readability = Readability(words: 0, sentences: 0, syllables: 0)
    /// The note's facts: its metadata (front matter, export or record fields) completed by
    /// what its own words state, with where (`fromText`) and where they disagree (`conflicts`).
    public var metadata = NoteMetadata()
    /// The language the note was read in (`en`, `es`): the lexicons that applied.
    public var language = "en"
    /// Golden-thread and context cue phrases found, for checking lexicon examples: kept as the
    /// pass collected them (joining them for every note cost two allocations).
    var threadCues: [NoteEvidence.Cue] = [], contextCues: [NoteEvidence.Cue] = []
    /// Where lexicon entry `entry`, a cue, was found.
    func cues(of entry: Int) -> [Range<Int>] {
        (threadCues + contextCues).filter { $0.entry == entry }.map(\.range)
    }

    /// A result from a note's findings in their groups: they are scored by group, then put in
    /// text order.
    init(id: String, findings list: consuming FindingList, words: Int, thread: GoalThread?) {
        self.id = id
        self.score = RecoveryScore(concerns: list.concerns, strengths: list.strengths, others: list.others,
                                   omitted: list.omitted, words: words)
        self.thread = thread
        var all = list.take()
        Self.sortInTextOrder(&all)
        self.findings = all
    }

    /// Sorts positions, comparing fields in place, then moves each finding once into its
    /// place: moving a finding is a copy of a dozen fields, and a copy retains its references.
    /// The pointers stay inside this function.
    private static func sortInTextOrder(_ findings: inout [Finding]) {
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

    /// The most severe finding, if any.
    public var highestSeverity: Severity? {
        // Read in place: a finding passed by value (even to a lazy `map`) retains its references.
        findings.withUnsafeBufferPointer { findings in
            var highest: Severity? = nil
            for index in findings.indices where highest.map({ findings[index].severity > $0 }) ?? true {
                highest = findings[index].severity
            }
            return highest
        }
    }

    /// By start, then end, then rule; the rule is read only on a tie.
    private static func textOrder(_ a: borrowing Finding, _ b: borrowing Finding) -> Bool {
        if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
        if a.range.upperBound != b.range.upperBound { return a.range.upperBound < b.range.upperBound }
        return a.rule < b.rule
    }
}
