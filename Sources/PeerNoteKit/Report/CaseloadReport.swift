import Foundation

/// What a supervisor reads: per peer, person, program and period — notes, mean recovery score
/// and its spread, goal links, complete notes, concerns per 1,000 words — and for each peer two
/// or three strengths to celebrate and coaching points, each with a sentence from that peer's own
/// notes and a better way to say it. Rendered as JSON, Markdown, CSV or a self-contained HTML page.
public struct CaseloadReport {
    /// The aggregate it reports on.
    public let caseload: Caseload

    /// A report on `caseload`.
    public init(caseload: Caseload) { self.caseload = caseload }

    /// One point to celebrate or to coach, with its example.
    public struct Point: Sendable {
        public var title: String
        public var example: Caseload.Example?
    }

    /// A peer's strengths and coaching points.
    public struct PeerSummary: Sendable {
        public var peer: String
        public var tally: Caseload.Tally
        public var celebrate: [Point]
        public var coach: [Point]
    }

    /// Every peer, by name.
    public var peerSummaries: [PeerSummary] {
        caseload.peers.keys.sorted().map { peer in
            let tally = caseload.peers[peer]!
            var celebrate: [Point] = []
            if tally.linkable > 0, Double(tally.linked) / Double(tally.linkable) >= 0.8 {
                celebrate.append(Point(title: "Ties the service to a plan goal in \(percent(tally.linked, tally.linkable)) of notes", example: nil))
            }
            if tally.notes > 0, Double(tally.complete) / Double(tally.notes) >= 0.8 {
                celebrate.append(Point(title: "States the type of service, purpose, response and progress in \(percent(tally.complete, tally.notes)) of notes", example: nil))
            }
            for (rule, count) in Self.top(tally.strengthRules, 3) where celebrate.count < 3 {
                let example = caseload.examples[peer: peer, rule: rule]
                celebrate.append(Point(title: "\(example?.message ?? rule): “\(example?.words ?? rule)”, \(count) time\(count == 1 ? "" : "s")", example: example))
            }
            var coach: [Point] = []
            for (rule, count) in Self.top(tally.rules, 3) {
                let example = caseload.examples[peer: peer, rule: rule]
                coach.append(Point(title: "\(example?.message ?? rule): “\(example?.words ?? rule)”, \(count) time\(count == 1 ? "" : "s")", example: example))
            }
            if tally.linkable > 0, Double(tally.linked) / Double(tally.linkable) < 0.5 {
                coach.insert(Point(title: "Name the plan goal the service worked on (linked in \(percent(tally.linked, tally.linkable)) of notes)", example: nil), at: 0)
            }
            if tally.notes > 0, Double(tally.complete) / Double(tally.notes) < 0.5, coach.count < 4 {
                coach.insert(Point(title: "State purpose, response and progress (all four elements in \(percent(tally.complete, tally.notes)) of notes)", example: nil), at: min(1, coach.count))
            }
            return PeerSummary(peer: peer, tally: tally, celebrate: Array(celebrate.prefix(3)), coach: Array(coach.prefix(3)))
        }
    }

    static func top(_ counts: [String: Int], _ count: Int) -> [(String, Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map { ($0.key, $0.value) }
    }

    func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    private func decimal(_ value: Double?, _ places: Int = 1) -> String {
        value.map { String(format: "%.\(places)f", $0) } ?? "–"
    }

    /// The most frequent concern wordings, with the suggested rewrite.
    public var topTerms: [(rule: String, words: String, count: Int, suggestion: String?)] {
        Self.top(caseload.overall.terms, 15).map { key, count in
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            let suggestion = caseload.examples.all(rule: parts[0]).min { Caseload.Example.precedes(($0.note.utf8, $0.offset), ($1.note.utf8, $1.offset)) }?.suggestion
            return (parts[0], parts.count > 1 ? parts[1] : "", count, suggestion)
        }
    }

    // MARK: JSON

    /// The report as JSON, keys in a fixed order, numbers with fixed decimals: the same notes
    /// give the same bytes, whether counted in one run or merged from parts.
    public func json() -> String {
        var out = ""
        json(to: &out)
        return out
    }

    /// The same, written piece by piece: a million-note caseload lists hundreds of thousands of
    /// people, and the report should not be held in memory whole.
    public func json(to out: inout some TextOutputStream) {
        func group(_ tally: Caseload.Tally) -> String {
            JSON.object([
                ("notes", "\(tally.notes)"), ("words", "\(tally.words)"),
                ("mean_score", tally.meanScore.map { String(format: "%.2f", $0) } ?? "null"),
                ("score_spread", tally.scoreSpread.map { String(format: "%.2f", $0) } ?? "null"),
                ("score_bins", "[" + tally.scoreBins.map(String.init).joined(separator: ",") + "]"),
                ("linked_share", tally.linkable == 0 ? "null" : String(format: "%.3f", Double(tally.linked) / Double(tally.linkable))),
                ("complete_share", tally.notes == 0 ? "null" : String(format: "%.3f", Double(tally.complete) / Double(tally.notes))),
                ("concerns_per_1000_words", JSON.object(tally.concerns.keys.sorted().map { ($0, String(format: "%.2f", tally.perThousandWords(tally.concerns[$0]!))) })),
                ("strengths", JSON.object(tally.strengths.keys.sorted().map { ($0, "\(tally.strengths[$0]!)") })),
                ("billing", JSON.object(tally.billing.keys.sorted().map { ($0, "\(tally.billing[$0]!)") })),
                ("units", "\(tally.units)"),
            ])
        }
        func groups(_ name: String, _ map: [String: Caseload.Tally]) {
            out.write("," + JSON.quote(name) + ":")
            JSON.write(object: map.keys.sorted(), to: &out) { ($0, group(map[$0]!)) }
        }
        func point(_ point: Point) -> String {
            JSON.object([("title", JSON.quote(point.title)),
                         ("sentence", point.example.map { JSON.quote($0.sentence) } ?? "null"),
                         ("better", point.example?.suggestion.map(JSON.quote) ?? "null")])
        }
        out.write("{\"period\":" + JSON.quote(caseload.period.rawValue) + ",\"redacted\":" + (caseload.redacted ? "true" : "false")
                  + ",\"overall\":" + group(caseload.overall))
        groups("peers", caseload.peers)
        out.write(",\"people\":")
        JSON.write(object: caseload.people.sorted(), to: &out) { ($0.name, group($0.numbers.tally)) }
        groups("programs", caseload.programs)
        groups("periods", caseload.periods)
        out.write(",\"coaching\":")
        JSON.write(object: peerSummaries, to: &out) { summary in
            (summary.peer, JSON.object([("celebrate", "[" + summary.celebrate.map(point).joined(separator: ",") + "]"),
                                        ("coach", "[" + summary.coach.map(point).joined(separator: ",") + "]")]))
        }
        out.write(",\"top_terms\":[" + topTerms.map { JSON.object([("rule", JSON.quote($0.rule)), ("words", JSON.quote($0.words)), ("count", "\($0.count)"),
                                                                   ("better", $0.suggestion.map(JSON.quote) ?? "null")]) }.joined(separator: ",") + "]")
        out.write(",\"days_over_12_units\":[" + caseload.daysOverLimit.map { JSON.object([("person", JSON.quote($0.person)), ("date", JSON.quote($0.date)), ("units", "\($0.units)")]) }.joined(separator: ",") + "]")
        out.write(",\"skipped\":[" + caseload.skipped.sorted().map { JSON.object([("file", JSON.quote($0.file)), ("line", $0.line.map(String.init) ?? "null"), ("reason", JSON.quote($0.reason))]) }.joined(separator: ",") + "]}\n")
    }

    // MARK: CSV and Markdown

    /// One row per peer.
    public func peerCSV() -> String {
        var lines = ["peer,notes,mean_score,score_spread,linked_share,complete_share,concerns_per_1000_words,strengths,billing_flags,units"]
        for (peer, tally) in caseload.peers.sorted(by: { $0.key < $1.key }) {
            let concerns = tally.concerns.values.reduce(0, +)
            lines.append([Self.csv(peer), "\(tally.notes)", decimal(tally.meanScore), decimal(tally.scoreSpread),
                          tally.linkable == 0 ? "" : String(format: "%.3f", Double(tally.linked) / Double(tally.linkable)),
                          tally.notes == 0 ? "" : String(format: "%.3f", Double(tally.complete) / Double(tally.notes)),
                          String(format: "%.2f", tally.perThousandWords(concerns)), "\(tally.strengths.values.reduce(0, +))",
                          "\(tally.billing.values.reduce(0, +))", "\(tally.units)"].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The header of the one-row-per-note CSV.
    public static let noteCSVHeader = "id,peer,person,program,date,score,words,linked,complete,concerns,strengths,billing_flags,units\r\n"

    /// One note as a CSV row.
    public static func noteCSVRow(_ analysis: NoteAnalysis, note: Note, redact: Bool, strengthRules: Set<String>) -> String {
        let metadata = note.metadata
        let wording = analysis.findings.filter { $0.isAboutWording && !$0.isQuoted }
        let strengths = wording.filter { strengthRules.contains($0.rule) }.count
        let id: String = redact ? Excerpts.pseudonym(note.id, prefix: "note ") : note.id
        let person: String = metadata.person.map { redact ? Excerpts.pseudonym($0) : $0 } ?? ""
        let score: String = analysis.score.recovery.map { String($0) } ?? ""
        let linked: String = analysis.thread.map { $0.links.isEmpty ? "no" : "yes" } ?? ""
        let complete: String = analysis.thread.map { $0.missing.isEmpty ? "yes" : "no" } ?? ""
        let billing: Int = analysis.findings.filter { $0.category == "billing" }.count
        let units: String = metadata.units.map { String($0) } ?? ""
        var fields: [String] = [id, metadata.peer ?? "", person, metadata.program ?? "", metadata.date ?? ""]
        fields += [score, String(analysis.score.words), linked, complete]
        fields += [String(wording.count - strengths), String(strengths), String(billing), units]
        return fields.map(csv).joined(separator: ",") + "\r\n"
    }

    static func csv(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// The report as Markdown.
    public func markdown() -> String {
        let overall = caseload.overall
        var out = ["# Caseload coaching report", "",
                   "\(overall.notes) notes · mean recovery score \(decimal(overall.meanScore)) (spread \(decimal(overall.scoreSpread))) · "
                   + "linked to a plan goal \(percent(overall.linked, overall.linkable)) · all four elements \(percent(overall.complete, overall.notes))", ""]
        if caseload.redacted { out += ["Names of people served are replaced by pseudonyms; note ids are dropped.", ""] }
        out += ["## Peers", "", "| peer | notes | mean score | spread | goal linked | complete | concerns / 1,000 words |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for (peer, tally) in caseload.peers.sorted(by: { $0.key < $1.key }) {
            out.append("| \(peer) | \(tally.notes) | \(decimal(tally.meanScore)) | \(decimal(tally.scoreSpread)) | \(percent(tally.linked, tally.linkable)) | \(percent(tally.complete, tally.notes)) | \(String(format: "%.1f", tally.perThousandWords(tally.concerns.values.reduce(0, +)))) |")
        }
        for summary in peerSummaries {
            out += ["", "### \(summary.peer)", "", "To celebrate:"]
            out += summary.celebrate.map { "- \($0.title)" + ($0.example.map { " — “\($0.sentence)”" } ?? "") }
            out += ["", "To coach:"]
            out += summary.coach.map { point in
                "- \(point.title)" + (point.example.map { " — “\($0.sentence)”" + ($0.suggestion.map { " Try: “\($0)”." } ?? "") } ?? "")
            }
        }
        out += ["", "## Most frequent wording to coach", "", "| wording | times | try |", "| --- | ---: | --- |"]
        out += topTerms.map { "| \($0.words) | \($0.count) | \($0.suggestion ?? "") |" }
        out += ["", "## Billing", ""]
        let days = caseload.daysOverLimit
        out.append(days.isEmpty ? "No person has more than 12 units on one day." : "Days over 12 units: " + days.map { "\($0.person) on \($0.date) (\($0.units))" }.joined(separator: ", "))
        for (rule, count) in caseload.overall.billing.sorted(by: { $0.key < $1.key }) { out.append("- \(rule): \(count)") }
        out += ["", "## Skipped (\(caseload.skipped.count))", ""]
        out += caseload.skipped.sorted().map { "- \($0.file)\($0.line.map { ":\($0)" } ?? ""): \($0.reason)" }
        return out.joined(separator: "\n") + "\n"
    }
}
