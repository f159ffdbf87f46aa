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
