/// Everything a caseload report needs, aggregated note by note in memory that does not grow with
/// the number of notes (only with peers, people, programs, periods and person-days), and
/// mergeable: `merge` is associative and commutative, so a state-wide audit can split the notes
/// across machines, write each part with `--partial`, and merge the parts into the same report a
/// single run gives. Whole notes are never kept: only single sentences, as examples.
public struct Caseload: Codable, Sendable, Equatable {
    /// How notes are grouped in time.
    public enum Period: String, Codable, Sendable, CaseIterable {
        /// ISO weeks, `2026-W02`.
        case week
        /// Calendar months, `2026-01`.
        case month
    }

    /// The grouping in time.
    public var period: Period
    /// Whether names of people served were replaced by pseudonyms.
    public var redacted: Bool
    /// All notes.
    public var overall = Tally()
    /// Per peer (the writer), per person served (or pseudonym), per program, per period.
    public var peers: [String: Tally] = [:]
    public var people: [String: Tally] = [:]
    public var programs: [String: Tally] = [:]
    public var periods: [String: Tally] = [:]
    /// Per peer, per period: the trend.
    public var peerPeriods: [String: [String: Tally]] = [:]
    /// Per peer, per rule: the example chosen from that peer's own notes.
    public var examples: [String: [String: Example]] = [:]
    /// Billed units per person and day, across notes (the 12-unit daily limit).
    public var unitsByPersonDay: [String: Int] = [:]
    /// Input that could not be used, with file and line.
    public var skipped: [Skipped] = []
    /// Note ids seen, to skip a repeated id.
    public var noteIDs = IDSet()

    /// An empty caseload.
    public init(period: Period = .month, redacted: Bool = false) {
        self.period = period
        self.redacted = redacted
    }

    /// Counts for one group of notes.
    public struct Tally: Codable, Sendable, Equatable {
        public var notes = 0
        public var words = 0
        /// Notes with a recovery score, their sum and sum of squares (integers, so merging is exact).
        public var scored = 0
        public var scoreSum = 0
        public var scoreSquares = 0
        /// How many notes scored 0–9, 10–19, … 90–100.
        public var scoreBins = [Int](repeating: 0, count: 10)
        /// Notes linked to a plan goal (of those that can be: not pre-admission).
        public var linkable = 0
        public var linked = 0
        /// Notes that state all four required elements.
        public var complete = 0
        /// Concern and strength findings per category; concern findings per rule and wording.
        public var concerns: [String: Int] = [:]
        public var strengths: [String: Int] = [:]
        public var rules: [String: Int] = [:]
        public var terms: [String: Int] = [:]
        public var strengthRules: [String: Int] = [:]
        /// Billing findings per rule, and units billed.
        public var billing: [String: Int] = [:]
        public var units = 0

        /// The mean recovery score.
        public var meanScore: Double? { scored == 0 ? nil : Double(scoreSum) / Double(scored) }
        /// The standard deviation of the recovery score.
        public var scoreSpread: Double? {
            guard scored > 0, let mean = meanScore else { return nil }
            return (max(0, Double(scoreSquares) / Double(scored) - mean * mean)).squareRoot()
        }
        /// Concern findings per 1,000 words.
        public func perThousandWords(_ count: Int) -> Double { words == 0 ? 0 : Double(count) * 1000 / Double(words) }

        /// The same counts without the per-category and per-rule tables.
        var numbersOnly: Tally {
            var copy = self
            copy.concerns = [:]; copy.strengths = [:]; copy.rules = [:]; copy.terms = [:]; copy.strengthRules = [:]; copy.billing = [:]
            return copy
        }

        mutating func add(_ other: Tally) {
            notes += other.notes; words += other.words
            scored += other.scored; scoreSum += other.scoreSum; scoreSquares += other.scoreSquares
            for index in scoreBins.indices { scoreBins[index] += other.scoreBins[index] }
            linkable += other.linkable; linked += other.linked; complete += other.complete
            concerns.merge(other.concerns, uniquingKeysWith: +); strengths.merge(other.strengths, uniquingKeysWith: +)
            rules.merge(other.rules, uniquingKeysWith: +); terms.merge(other.terms, uniquingKeysWith: +)
            strengthRules.merge(other.strengthRules, uniquingKeysWith: +)
            billing.merge(other.billing, uniquingKeysWith: +); units += other.units
        }
    }

    /// One sentence from a peer's notes that shows a rule, and a better way to say it.
    public struct Example: Codable, Sendable, Equatable {
        /// Orders candidates so every run and every merge picks the same one.
        public var key: String
        public var sentence: String
        public var words: String
        public var suggestion: String?
        public var message: String
    }

    /// Input that could not be used.
    public struct Skipped: Codable, Sendable, Equatable, Comparable {
        public var file: String
        public var line: Int?
        public var reason: String

        public static func < (a: Skipped, b: Skipped) -> Bool {
            (a.file, a.line ?? 0, a.reason) < (b.file, b.line ?? 0, b.reason)
        }
    }

    // MARK: Adding

    /// Adds one analyzed note. `excerpt` turns a finding into its sentence (redacted as needed);
    /// `strengthRules` are the ids of strength entries.
    public mutating func add(_ analysis: NoteAnalysis, note: Note, strengthRules: Set<String>, excerpt: (Finding) -> String) {
        let metadata = note.metadata
        // Redacted reports keep no identifiers; ids are remembered only as hashes, to find repeats.
        let id = redacted ? Excerpts.pseudonym(note.id, prefix: "note ") : note.id
        if !noteIDs.ids.insert(IDSet.hash(note.id)).inserted {
            skipped.append(Skipped(file: "note " + id, line: nil, reason: "a note with this id was already counted; this one is left out"))
            return
        }
        var tally = Tally()
        tally.notes = 1
        tally.words = analysis.score.words
        if let score = analysis.score.recovery {
            tally.scored = 1; tally.scoreSum = score; tally.scoreSquares = score * score
            tally.scoreBins[min(score / 10, 9)] = 1
        }
        if let thread = analysis.thread {
            if metadata.preadmission != true {
                tally.linkable = 1
                if !thread.links.isEmpty { tally.linked = 1 }
            }
            if thread.missing.isEmpty { tally.complete = 1 }
        }
        tally.units = metadata.units ?? 0
        let peer = metadata.peer ?? "(peer not given)"
        let person = metadata.person.map { redacted ? Excerpts.pseudonym($0) : $0 }
        for finding in analysis.findings where !finding.isQuoted {
            if finding.category == "billing" { tally.billing[finding.rule, default: 0] += 1; continue }
            guard finding.isAboutWording else { continue }
            if strengthRules.contains(finding.rule) {
                tally.strengths[finding.category, default: 0] += 1
                tally.strengthRules[finding.rule, default: 0] += 1
            } else {
                tally.concerns[finding.category, default: 0] += 1
                tally.rules[finding.rule, default: 0] += 1
                tally.terms[finding.rule + "\t" + finding.text.lowercased(), default: 0] += 1
            }
            let key = id + "#" + String(repeating: "0", count: max(0, 10 - String(finding.range.lowerBound).count)) + String(finding.range.lowerBound)
            if let current = examples[peer]?[finding.rule], current.key <= key { continue }
            examples[peer, default: [:]][finding.rule] = Example(key: key, sentence: excerpt(finding), words: finding.text,
                                                                  suggestion: finding.suggestions.first, message: finding.message)
        }
        overall.add(tally)
        peers[peer, default: Tally()].add(tally)
        programs[metadata.program ?? "(program not given)", default: Tally()].add(tally)
        let when = metadata.date.map { period == .week ? ServiceDate.week($0) : ServiceDate.month($0) } ?? "(no date)"
        periods[when, default: Tally()].add(tally)
        // People and a peer's months can run to hundreds of thousands: keep only their numbers.
        let numbers = tally.numbersOnly
        people[person ?? "(person not given)", default: Tally()].add(numbers)
        peerPeriods[peer, default: [:]][when, default: Tally()].add(numbers)
        if let person, let date = metadata.date, let units = metadata.units, units > 0 {
            unitsByPersonDay[person + "\t" + date, default: 0] += units
        }
    }

    /// Records input that could not be used.
    public mutating func skip(_ error: InputError) {
        skipped.append(Skipped(file: error.file, line: error.line, reason: error.message))
    }

    // MARK: Merging

    /// Adds another part. Associative and commutative: any split of the notes, merged in any
    /// order, gives the same caseload. A note id repeated across parts is listed as skipped
    /// (its part has already counted it).
    public mutating func merge(_ other: Caseload) {
        overall.add(other.overall)
        for (key, tally) in other.peers { peers[key, default: Tally()].add(tally) }
        for (key, tally) in other.people { people[key, default: Tally()].add(tally) }
        for (key, tally) in other.programs { programs[key, default: Tally()].add(tally) }
        for (key, tally) in other.periods { periods[key, default: Tally()].add(tally) }
        for (peer, byPeriod) in other.peerPeriods {
            for (key, tally) in byPeriod { peerPeriods[peer, default: [:]][key, default: Tally()].add(tally) }
        }
        for (peer, byRule) in other.examples {
            for (rule, example) in byRule where examples[peer]?[rule].map({ example.key < $0.key }) ?? true {
                examples[peer, default: [:]][rule] = example
            }
        }
        unitsByPersonDay.merge(other.unitsByPersonDay, uniquingKeysWith: +)
        for id in noteIDs.ids.intersection(other.noteIDs.ids).sorted() {
            skipped.append(Skipped(file: "note #" + String(id, radix: 16), line: nil, reason: "a note with this id was counted in two parts"))
        }
        skipped += other.skipped
        skipped.sort()
        noteIDs.ids.formUnion(other.noteIDs.ids)
        redacted = redacted || other.redacted
    }

    /// Person-days over the 12-unit limit, across all notes: (person, date, units), sorted.
    public var daysOverLimit: [(person: String, date: String, units: Int)] {
        unitsByPersonDay.filter { $0.value > Billing.dailyUnitLimit }.sorted { $0.key < $1.key }.map { entry in
            let parts = entry.key.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "", entry.value)
        }
    }
}

/// The note ids seen, as hashes, encoded in sorted order so that a partial file is the same
/// bytes for the same notes.
public struct IDSet: Codable, Sendable, Equatable {
    /// 64-bit hashes of the ids: a million ids take 8 MB, not the ids' own size.
    public var ids: Set<UInt64> = []

    public init() {}

    /// The hash of an id (FNV-1a).
    public static func hash(_ id: String) -> UInt64 { StableHash.of(id) }

    public init(from decoder: Decoder) throws {
        ids = Set(try decoder.singleValueContainer().decode([UInt64].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(ids.sorted())
    }
}
