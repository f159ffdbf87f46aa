/// Billing facts from the NYS OMH guidance for Peer Support Services (H0038): one unit per
/// full 15 minutes (none under 15), at most 12 units a day per person, groups of at most 12
/// people with modifier HQ, pre-admission services individual only and co-signed by an LPHA.
/// PeerNote reports these; it never refuses to check a note because of them.
enum Billing {
    /// The daily limit, in units.
    static let dailyUnitLimit = 12
    /// The largest billable group.
    static let maximumGroupSize = 12

    /// Billing findings that one note's metadata shows by itself.
    static func findings(for metadata: NoteMetadata, maker: FindingMaker) -> [Finding] {
        // Nothing was read (no front matter, or front matter that is not YAML): nothing to say.
        guard !metadata.fieldLines.isEmpty else { return [] }
        var findings: [Finding] = []
        func add(_ rule: String, _ severity: Severity, field: String, _ message: String, _ rationale: String) {
            let range = maker.lineRange(metadata.fieldLines[field] ?? 1)
            findings.append(maker.finding(rule: rule, category: "billing", severity: severity, range: range, message: message, rationale: rationale))
        }
        if let minutes = metadata.minutes {
            if minutes < 15 {
                add("billing-under-15-minutes", .warning, field: "minutes", "\(minutes) minutes bills no units (one unit needs at least 15)",
                    "A unit of H0038 is billed for a service of at least 15 minutes.")
            } else if minutes / 15 > dailyUnitLimit {
                add("billing-day-limit", .error, field: "minutes", "\(minutes) minutes is \(minutes / 15) units, over the daily limit of \(dailyUnitLimit)",
                    "Peer Support Services are billed up to 12 units (3 hours) per person per day.")
            }
        } else {
            add("billing-minutes-missing", .info, field: "service", "Minutes are not recorded, so units cannot be counted",
                "Add `minutes:` to the front matter.")
        }
        if metadata.service == .group {
            if let size = metadata.groupSize, size > maximumGroupSize {
                add("billing-group-size", .error, field: "group_size", "A group of \(size) is over the limit of \(maximumGroupSize) people",
                    "Peer Support groups may not exceed 12 individuals.")
            } else if metadata.groupSize == nil {
                add("billing-group-size-missing", .info, field: "service", "The group size is not recorded",
                    "Add `group_size:` so the 12-person limit can be checked.")
            }
            if metadata.modifier?.uppercased() != "HQ" {
                add("billing-group-modifier", .error, field: metadata.modifier == nil ? "service" : "modifier",
                    "Group services are billed with modifier HQ",
                    "H0038 group services require the HQ modifier.")
            }
        }
        if metadata.preadmission == true {
            if metadata.service == .group {
                add("billing-preadmission-group", .error, field: "service", "Pre-admission peer support may only be an individual service",
                    "OMH guidance: pre-admission Peer Support Services may not be provided in groups.")
            }
            if metadata.lphaCosign == nil {
                add("billing-preadmission-cosign", .error, field: "preadmission", "A pre-admission note needs an LPHA co-signature",
                    "Pre-admission documentation must be signed by the peer and a Licensed Practitioner of the Healing Arts.")
            }
        }
        return findings
    }
}

/// Units per person per day across all the notes of one run, to flag days over the limit.
///
/// A run can take the notes' entries where they are analyzed, on any thread, and add them to
/// one ledger in note order: `record` does both for one note.
public struct BillingLedger: Sendable {
    /// One note's units on its person's day.
    public struct Entry: Sendable, Hashable {
        /// The person, lowercased, and the date: the day the units count toward.
        let day: String
        /// The note's units.
        public let units: Int

        /// The entry of a note with a person, a date and at least one unit; nil otherwise.
        public init?(_ note: Note) {
            let metadata = note.metadata
            guard let person = metadata.person, let date = metadata.date, let units = metadata.units, units > 0 else { return nil }
            self.day = "\(person.lowercased())\u{1F}\(date)"
            self.units = units
        }
    }

    private var units: [String: Int] = [:]

    /// An empty ledger.
    public init() {}

    /// Adds one note's units to its person's day. Returns the day's new total when this note
    /// is the one that takes the day over the limit (a note over the limit by itself is already
    /// reported by its own analysis); nil otherwise.
    public mutating func add(_ entry: Entry) -> Int? {
        let before = units[entry.day, default: 0]
        let total = before + entry.units
        units[entry.day] = total
        guard total > Billing.dailyUnitLimit, before <= Billing.dailyUnitLimit, entry.units <= Billing.dailyUnitLimit else { return nil }
        return total
    }

    /// Adds the note's units to its person's day; when the day goes over 12 units, adds a
    /// `billing-day-limit` finding to the note that crossed it.
    public mutating func record(_ analysis: inout NoteAnalysis, note: Note) {
        guard let entry = Entry(note), let total = add(entry) else { return }
        analysis.add(Self.dayLimitFinding(for: note, total: total))
    }

    /// The finding for a note that takes its person's day to `total` units, over the limit.
    public static func dayLimitFinding(for note: Note, total: Int) -> Finding {
        var text = note.text
        return text.withUTF8 { bytes in
            let maker = FindingMaker(bytes: bytes, body: note.body)
            return maker.finding(rule: "billing-day-limit", category: "billing", severity: .error,
                range: maker.lineRange(note.metadata.fieldLines["minutes"] ?? 1),
                message: "With this note, the person's units on \(note.metadata.date ?? "that day") reach \(total), over the daily limit of \(Billing.dailyUnitLimit)",
                rationale: "Peer Support Services are billed up to 12 units (3 hours) per person per day, across all notes.")
        }
    }
}
