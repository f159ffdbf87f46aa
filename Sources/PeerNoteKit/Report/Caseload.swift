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
    public var people = People()
    public var programs: [String: Tally] = [:]
    public var periods: [String: Tally] = [:]
    /// Per peer, per period: the trend.
    public var peerPeriods: [String: [String: Numbers]] = [:]
    /// Per peer, per rule: the example chosen from that peer's own notes.
    public var examples = Examples()
    /// Input that could not be used, with file and line.
    public var skipped: [Skipped] = []
    /// Note ids seen, to skip a repeated id.
    public var noteIDs = IDSet()
    /// The first and last service dates counted.
    public var dates = DateRange()
    /// Notes billed on a person-day over the daily unit limit: the note that took the day
    /// over it and every note after it that day.
    public var billedDays: [BilledNote] = []
    /// Per peer, per rule (and per `Caseload.unlinkedRule`, `Caseload.incompleteRule`): the
    /// first note ids, byte order, that show it — where a supervisor opens the notes.
    public var drillDown: [String: [String: [String]]] = [:]
    /// How many note ids a point names.
    public static let drillDownLimit = 5
    /// The drill-down keys of notes not linked to a plan goal, and of notes missing an element.
    public static let unlinkedRule = "thread-goal-link", incompleteRule = "thread-elements"

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
        /// Concern and strength findings per category; concern findings per rule and (for the
        /// whole caseload only) per wording.
        public var concerns: [String: Int] = [:]
        public var strengths: [String: Int] = [:]
        public var rules: [String: Int] = [:]
        public var terms: [String: Int] = [:]
        public var strengthRules: [String: Int] = [:]
        /// Billing findings per rule, and units billed.
        public var billing: [String: Int] = [:]
        public var units = 0

        /// Notes with a reading grade, and the sum of their grades in tenths (integers, so
        /// merging is exact). Optional: a part written before grades were counted has none.
        public var graded: Int? = nil
        public var gradeTenths: Int? = nil

        /// The mean recovery score.
        public var meanScore: Double? { scored == 0 ? nil : Double(scoreSum) / Double(scored) }
        /// The mean Flesch–Kincaid grade of the notes.
        public var meanGrade: Double? {
            guard let graded, graded > 0 else { return nil }
            return Double(gradeTenths ?? 0) / 10 / Double(graded)
        }
        /// The standard deviation of the recovery score.
        public var scoreSpread: Double? {
            guard scored > 0, let mean = meanScore else { return nil }
            return (max(0, Double(scoreSquares) / Double(scored) - mean * mean)).squareRoot()
        }
        /// Concern findings per 1,000 words.
        public func perThousandWords(_ count: Int) -> Double { words == 0 ? 0 : Double(count) * 1000 / Double(words) }

        mutating func add(_ other: Tally) {
            notes += other.notes; words += other.words
            scored += other.scored; scoreSum += other.scoreSum; scoreSquares += other.scoreSquares
            for index in scoreBins.indices { scoreBins[index] += other.scoreBins[index] }
            linkable += other.linkable; linked += other.linked; complete += other.complete
            concerns.merge(other.concerns, uniquingKeysWith: +); strengths.merge(other.strengths, uniquingKeysWith: +)
            rules.merge(other.rules, uniquingKeysWith: +); terms.merge(other.terms, uniquingKeysWith: +)
            strengthRules.merge(other.strengthRules, uniquingKeysWith: +)
            billing.merge(other.billing, uniquingKeysWith: +); units += other.units
            if other.graded != nil || graded != nil {
                graded = (graded ?? 0) + (other.graded ?? 0)
                gradeTenths = (gradeTenths ?? 0) + (other.gradeTenths ?? 0)
            }
        }
    }

    /// One sentence from a peer's notes that shows a rule, and a better way to say it.
    public struct Example: Codable, Sendable, Equatable {
        /// The note's id (a pseudonym when redacted) and the offset of the words in it: the
        /// first wins, so every run and every merge picks the same example.
        public var note: String
        public var offset: Int
        public var sentence: String
        public var words: String
        /// The first suggestion, as it reads in the sentence ("not taking").
        public var suggestion: String?
        public var message: String
        /// The whole sentence with the suggestion applied, or nil when none fits.
        public var rewritten: String? = nil
        /// Where no alternative fits the sentence, what to do instead.
        public var guidance: String? = nil

        /// Whether a candidate comes before another: note ids byte by byte, then offsets.
        static func precedes(_ a: (note: some Sequence<UInt8>, offset: Int), _ b: (note: some Sequence<UInt8>, offset: Int)) -> Bool {
            if a.note.elementsEqual(b.note) { return a.offset < b.offset }
            return a.note.lexicographicallyPrecedes(b.note)
        }
    }

    /// The first and last ISO dates seen.
    public struct DateRange: Codable, Sendable, Equatable {
        public var first: String?
        public var last: String?

        public init() {}

        /// Widens the range to take in `date`.
        mutating func add(_ date: String?) {
            guard let date else { return }
            if first.map({ date < $0 }) ?? true { first = date }
            if last.map({ date > $0 }) ?? true { last = date }
        }

        mutating func add(_ other: DateRange) { add(other.first); add(other.last) }
    }

    /// A note billed on a person-day over the limit.
    public struct BilledNote: Codable, Sendable, Equatable, Comparable {
        /// The person (a pseudonym when redacted), the ISO date, the day's units with this note.
        public var person: String
        public var date: String
        public var dayUnits: Int
        /// The note's own units, its writer and its id (a pseudonym when redacted).
        public var units: Int
        public var peer: String
        public var note: String

        public static func < (a: BilledNote, b: BilledNote) -> Bool {
            (a.person, a.date, a.dayUnits, a.note) < (b.person, b.date, b.dayUnits, b.note)
        }
    }

    /// A person-day over the limit: its units in all, and the peers and notes billed over it.
    public struct DayOverLimit: Sendable, Equatable {
        public var person: String
        public var date: String
        public var units: Int
        public var peers: [String]
        public var notes: [String]
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

    /// Adds one analyzed note, unless a note with its id was already counted (see `admits`).
    /// `excerpt` turns a finding into its sentence and `rewritten` into that sentence rewritten
    /// (both redacted as needed); `strengthRules` are the ids of strength entries.
    public mutating func add(_ analysis: NoteAnalysis, note: Note, strengthRules: Set<String>,
                             rewritten: (Finding) -> String? = { _ in nil }, excerpt: (Finding) -> String) {
        guard admits(note) else { return }
        count(analysis, note: note, strengthRules: strengthRules, rewritten: rewritten, excerpt: excerpt)
    }

    /// Whether a note is counted: one whose id was already counted is listed as skipped
    /// instead. A run asks before the note's units count toward its person's day.
    public mutating func admits(_ note: Note) -> Bool {
        // Redacted reports keep no identifiers; ids are remembered only as hashes, to find repeats.
        guard noteIDs.ids.insert(IDSet.hash(note.id)).inserted else {
            let id = redacted ? Excerpts.pseudonym(note.id, prefix: "note ") : note.id
            skipped.append(Skipped(file: "note " + id, line: nil, reason: "a note with this id was already counted; this one is left out"))
            return false
        }
        return true
    }

    /// Adds one analyzed note that `admits` let in. `excerpt` gives a finding's sentence and
    /// `rewritten` the same sentence with its first alternative applied (nil when none fits).
    /// `redact` cleans a finding's own words (a name such as "Hope" can match a rule) as
    /// `excerpt` cleans its sentence.
    public mutating func count(_ analysis: NoteAnalysis, note: Note, strengthRules: Set<String>,
                               rewritten: (Finding) -> String? = { _ in nil }, excerpt: (Finding) -> String,
                               redact: (String) -> String = { $0 }) {
        // The facts as analyzed: a plain-text note's own words state its person, date and minutes.
        let metadata = analysis.metadata
        let id = redacted ? Excerpts.pseudonym(note.id, prefix: "note ") : note.id
        let peer = metadata.peer ?? "(peer not given)"
        dates.add(metadata.date)
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
                if !thread.links.isEmpty { tally.linked = 1 } else { drill(peer: peer, rule: Self.unlinkedRule, note: id) }
            }
            if thread.missing.isEmpty { tally.complete = 1 } else { drill(peer: peer, rule: Self.incompleteRule, note: id) }
        }
        tally.units = metadata.units ?? 0
        if let grade = analysis.readability.grade {
            tally.graded = 1
            tally.gradeTenths = Int((grade * 10).rounded())
        }
        let person = metadata.person.map { redacted ? Excerpts.pseudonym($0) : $0 }
        // A report speaks of many notes: "try [Name]", never one person's name.
        let name = metadata.person.map(CheckSuggestions.firstName)
        func generic(_ suggestion: String) -> String { name.map { suggestion.replacingOccurrences(of: $0, with: "[Name]") } ?? suggestion }
        for finding in analysis.findings where !finding.isQuoted {
            if finding.category == "billing" {
                tally.billing[finding.rule, default: 0] += 1
                drill(peer: peer, rule: finding.rule, note: id)
                continue
            }
            guard finding.isAboutWording else { continue }
            drill(peer: peer, rule: finding.rule, note: id)
            if strengthRules.contains(finding.rule) {
                tally.strengths[finding.category, default: 0] += 1
                tally.strengthRules[finding.rule, default: 0] += 1
            } else {
                tally.concerns[finding.category, default: 0] += 1
                tally.rules[finding.rule, default: 0] += 1
                tally.terms[finding.rule + "\t" + finding.text.lowercased(), default: 0] += 1
            }
            examples.offer(peer: peer, rule: finding.rule, note: id, offset: finding.range.lowerBound) {
                Example(note: id, offset: finding.range.lowerBound, sentence: excerpt(finding), words: redact(finding.text),
                        suggestion: finding.suggestions.first.map { $0.isEmpty ? "leave the words out" : generic($0) }, message: finding.message,
                        rewritten: rewritten(finding).map { generic($0) }, guidance: finding.guidance)
            }
        }
        overall.add(tally)
        // Only the caseload as a whole lists wording: per peer it would keep every phrase each peer wrote.
        tally.terms = [:]
        peers[peer, default: Tally()].add(tally)
        programs[metadata.program ?? "(program not given)", default: Tally()].add(tally)
        let when = metadata.date.map { period == .week ? ServiceDate.week($0) : ServiceDate.month($0) } ?? "(no date)"
        periods[when, default: Tally()].add(tally)
        // People and a peer's months can run to hundreds of thousands: keep only their numbers.
        let numbers = Numbers(tally)
        people.add(numbers, person: person ?? "(person not given)")
        peerPeriods[peer, default: [:]][when, default: Numbers()].add(numbers)
        // The notes whose units count toward a person's day are the ones the run's day ledger counts.
        if let person, let date = metadata.date, let units = DayLedger.Entry(metadata)?.units {
            let day = people.add(units: units, person: person, date: date)
            if day > Billing.dailyUnitLimit {
                billedDays.append(BilledNote(person: person, date: date, dayUnits: day, units: units, peer: peer, note: id))
            }
        }
    }

    /// Counts the units of a note outside the report's focus toward its person's day: the
    /// daily limit spans every note, reported or not.
    public mutating func countDay(_ metadata: NoteMetadata) {
        guard let person = metadata.person, let date = metadata.date, let units = DayLedger.Entry(metadata)?.units else { return }
        people.add(units: units, person: redacted ? Excerpts.pseudonym(person) : person, date: date)
    }

    /// Names `note` under `peer`'s `rule`, if it is among the first ids.
    mutating func drill(peer: String, rule: String, note: String) {
        var ids = drillDown[peer, default: [:]][rule, default: []]
        guard !ids.contains(note) else { return }
        if ids.count < Self.drillDownLimit {
            ids.append(note)
        } else if let last = ids.last, Self.idPrecedes(note, last) {
            ids[ids.count - 1] = note
        } else { return }
        ids.sort(by: Self.idPrecedes)
        drillDown[peer, default: [:]][rule] = ids
    }

    /// Note ids byte by byte, as examples are chosen: the same in every run and merge.
    static func idPrecedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Records input that could not be used.
    public mutating func skip(_ error: InputError) {
        skipped.append(Skipped(file: redacted ? Self.redactedFile(error.file) : error.file, line: error.line, reason: error.message))
    }

    /// A note file's name often names its person ("2026-01-05-bernard-kowalski-1.txt"): redacted,
    /// it is a pseudonym in its folder. Exports (`.csv`, `.jsonl`) are named for no one and stay.
    static func redactedFile(_ path: String) -> String {
        guard !path.hasSuffix(".csv"), !path.hasSuffix(".jsonl") else { return path }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        return folder + Excerpts.pseudonym(path, prefix: "file ")
    }

    // MARK: Merging

    /// Adds another part. Associative and commutative: any split of the notes, merged in any
    /// order, gives the same caseload. A note id repeated across parts is listed as skipped
    /// (its part has already counted it).
    public mutating func merge(_ other: Caseload) {
        overall.add(other.overall)
        for (key, tally) in other.peers { peers[key, default: Tally()].add(tally) }
        people.merge(other.people)
        for (key, tally) in other.programs { programs[key, default: Tally()].add(tally) }
        for (key, tally) in other.periods { periods[key, default: Tally()].add(tally) }
        for (peer, byPeriod) in other.peerPeriods {
            for (key, numbers) in byPeriod { peerPeriods[peer, default: [:]][key, default: Numbers()].add(numbers) }
        }
        examples.merge(other.examples)
        for id in noteIDs.ids.intersection(other.noteIDs.ids).sorted() {
            skipped.append(Skipped(file: "note #" + String(id, radix: 16), line: nil, reason: "a note with this id was counted in two parts"))
        }
        skipped += other.skipped
        skipped.sort()
        noteIDs.ids.formUnion(other.noteIDs.ids)
        dates.add(other.dates)
        billedDays += other.billedDays
        billedDays.sort()
        for (peer, byRule) in other.drillDown {
            for (rule, ids) in byRule { for id in ids { drill(peer: peer, rule: rule, note: id) } }
        }
        redacted = redacted || other.redacted
    }

    /// Person-days over the 12-unit limit, across all notes: (person, date, units), sorted.
    public var daysOverLimit: [(person: String, date: String, units: Int)] {
        people.days(over: Billing.dailyUnitLimit)
    }

    /// The same days with the peers and notes billed over the limit, sorted by person and date.
    public var daysOverLimitBilled: [DayOverLimit] {
        let byDay = Dictionary(grouping: billedDays) { $0.person + "\t" + $0.date }
        return daysOverLimit.map { day in
            let billed = (byDay[day.person + "\t" + day.date] ?? []).sorted()
            var peers: [String] = []
            for note in billed where !peers.contains(note.peer) { peers.append(note.peer) }
            return DayOverLimit(person: day.person, date: day.date, units: day.units, peers: peers, notes: billed.map(\.note))
        }
    }
}

extension Caseload {
    /// A tally's numbers without its tables, in 88 bytes: people and a peer's periods run to
    /// hundreds of thousands, and a full `Tally` costs three times as much. Encoded as a `Tally`.
    public struct Numbers: Codable, Sendable, Equatable {
        var notes: Int32 = 0, scored: Int32 = 0, linkable: Int32 = 0, linked: Int32 = 0, complete: Int32 = 0, units: Int32 = 0
        var words: Int64 = 0, scoreSum: Int64 = 0, scoreSquares: Int64 = 0
        var scoreBins = InlineArray<10, Int32>(repeating: 0)

        init() {}

        init(_ tally: Tally) {
            notes = Int32(clamping: tally.notes); scored = Int32(clamping: tally.scored); linkable = Int32(clamping: tally.linkable)
            linked = Int32(clamping: tally.linked); complete = Int32(clamping: tally.complete); units = Int32(clamping: tally.units)
            words = Int64(tally.words); scoreSum = Int64(tally.scoreSum); scoreSquares = Int64(tally.scoreSquares)
            for index in 0..<min(10, tally.scoreBins.count) { scoreBins[index] = Int32(clamping: tally.scoreBins[index]) }
        }

        /// The numbers as a tally, for reports.
        public var tally: Tally {
            var tally = Tally()
            tally.notes = Int(notes); tally.scored = Int(scored); tally.linkable = Int(linkable); tally.linked = Int(linked)
            tally.complete = Int(complete); tally.units = Int(units)
            tally.words = Int(words); tally.scoreSum = Int(scoreSum); tally.scoreSquares = Int(scoreSquares)
            for index in 0..<10 { tally.scoreBins[index] = Int(scoreBins[index]) }
            return tally
        }

        mutating func add(_ other: Numbers) {
            notes &+= other.notes; scored &+= other.scored; linkable &+= other.linkable; linked &+= other.linked
            complete &+= other.complete; units &+= other.units
            words &+= other.words; scoreSum &+= other.scoreSum; scoreSquares &+= other.scoreSquares
            for index in 0..<10 { scoreBins[index] &+= other.scoreBins[index] }
        }

        public init(from decoder: Decoder) throws { self.init(try Tally(from: decoder)) }
        public func encode(to encoder: Encoder) throws { try tally.encode(to: encoder) }

        public static func == (a: Numbers, b: Numbers) -> Bool { a.tally == b.tally }
    }

    /// The people served: each one's numbers, and billed units per day across notes (the
    /// 12-unit daily limit). A million notes name about 250,000 people on about a million
    /// person-days, so names are stored once and numbered, each person's numbers sit in one
    /// array, and a person-day is one 64-bit key (person number, date as 20260105) with its
    /// units. Encoded as `{"numbers": {person: Tally}, "units": {"person\tdate": units}}`.
    public struct People: Codable, Sendable, Equatable {
        private var names = Interned()
        private var numbers: [Numbers] = []
        private var units: [UInt64: Int32] = [:]

        /// No one yet.
        public init() {}

        /// How many people.
        public var count: Int { numbers.count }

        /// How many people have a note reported (a person whose notes all fell outside a
        /// report's focus has units on days only).
        public var reported: Int { numbers.count { $0.notes > 0 } }

        /// Adds one note's numbers to `person`.
        mutating func add(_ note: Numbers, person: String) {
            numbers[Int(id(of: person))].add(note)
        }

        /// Adds `count` units for `person` on ISO `date`; returns the day's units now.
        @discardableResult mutating func add(units count: Int, person: String, date: String) -> Int {
            let key = UInt64(id(of: person)) << 32 | UInt64(UInt32(bitPattern: ServiceDate.number(date)))
            units[key, default: 0] &+= Int32(clamping: count)
            return Int(units[key]!)
        }

        mutating func merge(_ other: People) {
            for (id, note) in other.numbers.enumerated() { add(note, person: other.names.values[id]) }
            for (key, count) in other.units { add(units: Int(count), person: other.person(key), date: Self.date(key)) }
        }

        /// A person's number, given on first sight.
        private mutating func id(of person: String) -> UInt32 {
            let id = names.id(person)
            if Int(id) == numbers.count { numbers.append(Numbers()) }
            return id
        }

        /// The person and the ISO date of a person-day key.
        private func person(_ key: UInt64) -> String { names.values[Int(key >> 32)] }
        private static func date(_ key: UInt64) -> String { ServiceDate.iso(number: Int32(bitPattern: UInt32(truncatingIfNeeded: key))) }

        /// Everyone in name order, with their numbers.
        public func sorted() -> [(name: String, numbers: Numbers)] {
            numbers.indices.sorted { names.values[$0] < names.values[$1] }.map { (names.values[$0], numbers[$0]) }
        }

        /// Days with more than `limit` units, sorted by person and date.
        func days(over limit: Int) -> [(person: String, date: String, units: Int)] {
            units.filter { $0.value > limit }
                .map { (person($0.key), Self.date($0.key), Int($0.value)) }
                .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        }

        private enum CodingKeys: String, CodingKey { case numbers, units }

        /// Numbers by name and units by `person\tdate`: the form partial files carry.
        private var flat: (numbers: [String: Numbers], units: [String: Int]) {
            var flatNumbers: [String: Numbers] = [:], flatUnits: [String: Int] = [:]
            for (id, note) in numbers.enumerated() { flatNumbers[names.values[id]] = note }
            for (key, count) in units { flatUnits[person(key) + "\t" + Self.date(key)] = Int(count) }
            return (flatNumbers, flatUnits)
        }

        /// Writes the same JSON as `encode(to:)`, person by person, handing the text to `out`
        /// as it goes.
        func write(to json: inout JSONWriter, flushingInto out: inout some TextOutputStream) throws {
            json.openObject()
            json.key("numbers")
            json.openObject()
            for person in sorted() {
                json.key(escaping: person.name)
                try json.encodePartValue(person.numbers)
                json.flush(into: &out, over: 1 << 16)
            }
            json.closeObject()
            json.key("units")
            json.openObject()
            let days = units.map { (key: person($0.key) + "\t" + Self.date($0.key), units: $0.value) }.sorted { $0.key < $1.key }
            for day in days {
                json.key(escaping: day.key)
                json.number(Int(day.units))
            }
            json.closeObject()
            json.closeObject()
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            for (person, note) in try container.decode([String: Numbers].self, forKey: .numbers) { add(note, person: person) }
            for (key, count) in try container.decode([String: Int].self, forKey: .units) {
                let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
                add(units: count, person: parts[0], date: parts.count > 1 ? parts[1] : "")
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let flat = self.flat
            try container.encode(flat.numbers, forKey: .numbers)
            try container.encode(flat.units, forKey: .units)
        }

        public static func == (a: People, b: People) -> Bool {
            let (x, y) = (a.flat, b.flat)
            return x.numbers == y.numbers && x.units == y.units
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
