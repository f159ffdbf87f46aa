/// Billing facts one note shows by itself (NYS OMH guidance for Peer Support Services, H0038):
/// one unit per full 15 minutes (none under 15), at most 12 units a day, groups of at most 12
/// people with modifier HQ, pre-admission services individual only and co-signed by an LPHA.
/// Days over the limit across notes are the run's (`DayLedger`). PeerNote reports these; it
/// never refuses to check a note because of them.
struct BillingCheck: NoteCheck {
    static let ruleIDs = ["billing-under-15-minutes", "billing-day-limit", "billing-minutes-missing", "billing-duration-mismatch",
                          "billing-group-size", "billing-group-size-missing", "billing-group-modifier", "billing-preadmission-group",
                          "billing-preadmission-cosign"]
    static let placeholders = ["minutes", "units", "limit", "size", "date", "total", "range"]

    private let underFifteen, dayLimit, minutesMissing, durationMismatch, groupSize, groupSizeMissing, groupModifier,
                preadmissionGroup, preadmissionCosign: CheckRule

    init(words: CheckWords) {
        underFifteen = words("billing-under-15-minutes")
        dayLimit = words("billing-day-limit")
        minutesMissing = words("billing-minutes-missing")
        durationMismatch = words("billing-duration-mismatch")
        groupSize = words("billing-group-size")
        groupSizeMissing = words("billing-group-size-missing")
        groupModifier = words("billing-group-modifier")
        preadmissionGroup = words("billing-preadmission-group")
        preadmissionCosign = words("billing-preadmission-cosign")
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let metadata = note.metadata
        // Where a finding points: the words that state the fact, its metadata line, or the note's first line.
        func add(_ rule: CheckRule, field: String, _ message: String? = nil) {
            let range = metadata.fromText[field]?.range ?? metadata.fieldLines[field].map(note.maker.lineRange) ?? note.maker.bodyAnchor
            findings.append(note.maker.finding(rule.rule, range: range, message: message))
        }
        if let minutes = metadata.minutes {
            if minutes < 15 {
                add(underFifteen, field: "minutes", underFifteen.message(nil, ["minutes": String(minutes)]))
            } else if minutes / 15 > Billing.dailyUnitLimit {
                add(dayLimit, field: "minutes", dayLimit.message("one-note", ["minutes": String(minutes), "units": String(minutes / 15),
                                                                             "limit": String(Billing.dailyUnitLimit)]))
            }
            // A stated total beside a time range that says otherwise (a minute either way is rounding).
            if let range = metadata.rangeMinutes, abs(range - minutes) > 1 {
                add(durationMismatch, field: "range_minutes", durationMismatch.message(nil, ["minutes": String(minutes), "range": String(range)]))
            }
        } else if metadata.service != nil || metadata.date != nil || metadata.person != nil {
            // A note that states none of its facts is told so once (`metadata-missing`).
            add(minutesMissing, field: "service")
        }
        if metadata.service == .group {
            if let size = metadata.groupSize, size > Billing.maximumGroupSize {
                add(groupSize, field: "group_size", groupSize.message(nil, ["size": String(size), "limit": String(Billing.maximumGroupSize)]))
            } else if metadata.groupSize == nil {
                add(groupSizeMissing, field: "service")
            }
            // Metadata that records billing says what the modifier is; a plain note only when it
            // states its billing code (one that names none is not billing the wrong way).
            let statesBilling = !metadata.fieldLines.isEmpty || metadata.billingCode != nil || metadata.fromText["modifier"] != nil
            if statesBilling && metadata.modifier?.uppercased() != "HQ" {
                add(groupModifier, field: metadata.modifier != nil ? "modifier" : metadata.billingCode != nil ? "billing_code" : "service")
            }
        }
        if metadata.preadmission == true {
            if metadata.service == .group { add(preadmissionGroup, field: "service") }
            if metadata.lphaCosign == nil { add(preadmissionCosign, field: "preadmission") }
        }
    }
}
