/// Billing facts one note shows by itself (NYS OMH guidance for Peer Support Services, H0038):
/// one unit per full 15 minutes (none under 15), at most 12 units a day, groups of at most 12
/// people with modifier HQ, pre-admission services individual only and co-signed by an LPHA.
/// Days over the limit across notes are the run's (`BillingLedger`). PeerNote reports these; it
/// never refuses to check a note because of them.
struct BillingCheck: NoteCheck {
    static let ruleIDs = ["billing-under-15-minutes", "billing-day-limit", "billing-minutes-missing", "billing-group-size",
                          "billing-group-size-missing", "billing-group-modifier", "billing-preadmission-group", "billing-preadmission-cosign"]
    static let placeholders = ["minutes", "units", "limit", "size", "date", "total"]

    private let underFifteen, dayLimit, minutesMissing, groupSize, groupSizeMissing, groupModifier, preadmissionGroup, preadmissionCosign: CheckRule

    init(words: CheckWords) {
        underFifteen = words("billing-under-15-minutes")
        dayLimit = words("billing-day-limit")
        minutesMissing = words("billing-minutes-missing")
        groupSize = words("billing-group-size")
        groupSizeMissing = words("billing-group-size-missing")
        groupModifier = words("billing-group-modifier")
        preadmissionGroup = words("billing-preadmission-group")
        preadmissionCosign = words("billing-preadmission-cosign")
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let metadata = note.metadata
        // Nothing was read (no front matter, or front matter that is not YAML): nothing to say.
        guard !metadata.fieldLines.isEmpty else { return }
        func add(_ rule: CheckRule, field: String, _ message: String? = nil) {
            findings.append(note.maker.finding(rule.rule, range: note.maker.lineRange(metadata.fieldLines[field] ?? 1), message: message))
        }
        if let minutes = metadata.minutes {
            if minutes < 15 {
                add(underFifteen, field: "minutes", underFifteen.message(nil, ["minutes": String(minutes)]))
            } else if minutes / 15 > Billing.dailyUnitLimit {
                add(dayLimit, field: "minutes", dayLimit.message("one-note", ["minutes": String(minutes), "units": String(minutes / 15),
                                                                             "limit": String(Billing.dailyUnitLimit)]))
            }
        } else {
            add(minutesMissing, field: "service")
        }
        if metadata.service == .group {
            if let size = metadata.groupSize, size > Billing.maximumGroupSize {
                add(groupSize, field: "group_size", groupSize.message(nil, ["size": String(size), "limit": String(Billing.maximumGroupSize)]))
            } else if metadata.groupSize == nil {
                add(groupSizeMissing, field: "service")
            }
            if metadata.modifier?.uppercased() != "HQ" {
                add(groupModifier, field: metadata.modifier == nil ? "service" : "modifier")
            }
        }
        if metadata.preadmission == true {
            if metadata.service == .group { add(preadmissionGroup, field: "service") }
            if metadata.lphaCosign == nil { add(preadmissionCosign, field: "preadmission") }
        }
    }
}
