/// Billing facts from the NYS OMH guidance for Peer Support Services (H0038): one unit per
/// full 15 minutes (none under 15), at most 12 units a day per person, groups of at most 12
/// people with modifier HQ, pre-admission services individual only and co-signed by an LPHA.
/// PeerNote reports these; it never refuses to check a note because of them.
enum Billing {
    /// The daily limit, in units.
    static let dailyUnitLimit = 12
    /// The largest billable group.
    static let maximumGroupSize = 12
}
