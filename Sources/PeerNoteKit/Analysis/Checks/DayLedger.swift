/// Units per person per day across all the notes of one run: the one place that decides which
/// note takes a person's day over the daily limit of 12 units.
///
/// The limit spans notes, so no note's own analysis can see it. A run takes each note's entry
/// where the note is analyzed, on any thread, and adds the entries to one ledger in note order
/// (`NoteRun` does this); `record` does both for one note.
public struct DayLedger: Sendable {
    /// One note's units on its person's day.
    public struct Entry: Sendable, Hashable {
        /// The person, lowercased, and the date: the day the units count toward.
        @usableFromInline let day: String
        /// The person's name, lowercased, and the date, apart.
        let person: String, date: String
        /// The note's units.
        public let units: Int

        /// The entry of a note with a person, a date and at least one unit; nil otherwise.
        /// `metadata` is the note's facts as analyzed (its own words completing what it was given).
        public init?(_ metadata: NoteMetadata) {
            guard let person = metadata.person, let date = metadata.date, let units = metadata.units, units > 0 else { return nil }
            self.person = person.lowercased()
            self.date = date
            self.day = "\(self.person)\u{1F}\(date)"
            self.units = units
        }
    }

    private var units: [String: Int] = [:]
    /// Two-word names each date's units were counted for, as first written, by date and first
    /// name: a caseload's date holds thousands of people, and a name is compared only with those
    /// that share its first.
    private var people: [String: [(last: Substring, person: String)]] = [:]

    /// The day `entry` counts toward: its own, or that of a person the same date already has
    /// under a fuller name ("Ava L." is "Ava Lindqvist", as a peer writes a quick note).
    private mutating func day(of entry: Entry) -> String {
        if units[entry.day] != nil { return entry.day }
        let words = entry.person.split(separator: " ")
        guard words.count == 2 else { return entry.day }
        let key = "\(entry.date)\u{1F}\(words[0])"
        if let same = people[key]?.first(where: { Self.sameLastName($0.last, words[1]) }) {
            return "\(same.person)\u{1F}\(entry.date)"
        }
        people[key, default: []].append((words[1], entry.person))
        return entry.day
    }

    /// Whether two last names of one first name are one person's: one is the other's initial
    /// ("l." and "lindqvist").
    private static func sameLastName(_ a: Substring, _ b: Substring) -> Bool {
        let initial = { (word: Substring) in word.count == 1 || (word.count == 2 && word.hasSuffix(".")) }
        guard initial(a) != initial(b) else { return false }
        return a.first == b.first
    }

    /// An empty ledger.
    public init() {}

    /// Adds one note's units to its person's day. Returns the day's new total when this note
    /// is the one that takes the day over the limit (a note over the limit by itself is already
    /// reported by its own analysis); nil otherwise.
    public mutating func add(_ entry: Entry) -> Int? {
        let day = day(of: entry)
        let before = units[day, default: 0]
        let total = before + entry.units
        units[day] = total
        guard total > Billing.dailyUnitLimit, before <= Billing.dailyUnitLimit, entry.units <= Billing.dailyUnitLimit else { return nil }
        return total
    }

    /// Adds the note's units to its person's day; when the day goes over 12 units, adds a
    /// `billing-day-limit` finding to the note that crossed it.
    public mutating func record(_ analysis: inout NoteAnalysis, note: Note) {
        guard let entry = Entry(analysis.metadata), let total = add(entry) else { return }
        analysis.add(Self.dayLimitFinding(for: note, metadata: analysis.metadata, total: total))
    }

    /// The finding for a note that takes its person's day to `total` units, over the limit, at
    /// the line (or the words) that state its minutes.
    public static func dayLimitFinding(for note: Note, metadata: NoteMetadata, total: Int) -> Finding {
        var text = note.text
        return text.withUTF8 { bytes in
            let maker = FindingMaker(bytes: bytes, body: note.body)
            let rule = Rule(id: "billing-day-limit", kind: .check, category: "billing", severity: .error,
                            message: "With this note, the person's units on \(metadata.date ?? "that day") reach \(total), over the daily limit of \(Billing.dailyUnitLimit)",
                            rationale: "Peer Support Services are billed up to 12 units (3 hours) per person per day, across all notes.")
            let range = metadata.fromText["minutes"]?.range ?? maker.lineRange(metadata.fieldLines["minutes"] ?? 1)
            return maker.finding(rule, range: range)
        }
    }
}
