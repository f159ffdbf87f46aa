import Foundation

/// What a supervisor reads: per peer, person, program and period — notes, mean recovery score
/// and its spread, goal links, complete notes, concerns per 1,000 words — and for each peer two
/// or three strengths to celebrate and coaching points, each with a sentence from that peer's own
/// notes and a better way to say it. Rendered as JSON, Markdown, CSV or a self-contained HTML page.
public struct CaseloadReport {
    /// The aggregate it reports on.
    public let caseload: Caseload
    /// What each rule id means, in a sentence (a lexicon's rationales): a report names rules
    /// a supervisor has not memorized.
    public let explanations: [String: String]

    /// A report on `caseload`, explaining rule ids with `explanations`.
    public init(caseload: Caseload, explanations: [String: String] = [:]) {
        self.caseload = caseload
        self.explanations = explanations
    }

    /// Each rule's rationale from `lexicon`, by id.
    public static func explanations(_ lexicon: Lexicon) -> [String: String] {
        Dictionary(lexicon.rules.filter { !$0.rationale.isEmpty }.map { ($0.id, $0.rationale) }, uniquingKeysWith: { first, _ in first })
    }

    /// One point to celebrate or to coach, with its example and the first notes that show it.
    public struct Point: Sendable {
        public var title: String
        public var example: Caseload.Example?
        /// Up to five note ids (pseudonyms when redacted).
        public var notes: [String] = []
    }

    /// A peer's strengths, coaching points and billing to fix.
    public struct PeerSummary: Sendable {
        public var peer: String
        public var tally: Caseload.Tally
        public var celebrate: [Point]
        public var coach: [Point]
        /// One point per billing rule the peer's notes raised, most frequent first.
        public var billing: [Point]
    }

    /// The note ids under `peer`'s `rule`.
    func notes(_ peer: String, _ rule: String) -> [String] { caseload.drillDown[peer]?[rule] ?? [] }

    /// A rule's sentence of explanation, or its id.
    public func explain(_ rule: String) -> String { explanations[rule] ?? rule }

    /// Definitions of the numbers a report shows, one line each.
    public static let definitions: [(term: String, meaning: String)] = [
        ("recovery score", "0–100 per note: recovery and strength language raise it, concern language lowers it; the mean is over notes with a score."),
        ("spread", "the standard deviation of the recovery score: how far notes usually sit from the mean."),
        ("goal linked", "the share of notes (pre-admission notes aside) that name or clearly work on a plan goal."),
        ("complete", "the share of notes that state all four elements: type of service, purpose, the person's response, and progress."),
        ("concerns / 1,000 words", "concern-language findings per 1,000 words written, so long and short notes compare."),
        ("billing flags", "billing findings, counted as `peernote check` counts them on the same notes."),
    ]

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
                celebrate.append(Point(title: "\(example?.message ?? rule): “\(example?.words ?? rule)”, \(count) time\(count == 1 ? "" : "s")", example: example,
                                       notes: notes(peer, rule)))
            }
            var coach: [Point] = []
            for (rule, count) in Self.top(tally.rules, 3) {
                let example = caseload.examples[peer: peer, rule: rule]
                coach.append(Point(title: "\(example?.message ?? rule): “\(example?.words ?? rule)”, \(count) time\(count == 1 ? "" : "s")", example: example,
                                   notes: notes(peer, rule)))
            }
            if tally.linkable > 0, Double(tally.linked) / Double(tally.linkable) < 0.5 {
                coach.insert(Point(title: "Name the plan goal the service worked on (linked in \(percent(tally.linked, tally.linkable)) of notes)", example: nil,
                                   notes: notes(peer, Caseload.unlinkedRule)), at: 0)
            }
            if tally.notes > 0, Double(tally.complete) / Double(tally.notes) < 0.5, coach.count < 4 {
                coach.insert(Point(title: "State purpose, response and progress (all four elements in \(percent(tally.complete, tally.notes)) of notes)", example: nil,
                                   notes: notes(peer, Caseload.incompleteRule)), at: min(1, coach.count))
            }
            let billing = Self.top(tally.billing, tally.billing.count).map { rule, count in
                Point(title: "\(explain(rule)) (\(rule), \(count) note\(count == 1 ? "" : "s"))", example: nil, notes: notes(peer, rule))
            }
            return PeerSummary(peer: peer, tally: tally, celebrate: Array(celebrate.prefix(3)), coach: Array(coach.prefix(3)), billing: billing)
        }
    }

    /// What a coaching point offers after its example: the whole sentence rewritten, or where no
    /// alternative fits it, what to do instead.
    static func better(_ example: Caseload.Example) -> String {
        if let rewritten = example.rewritten { return " Try: “\(rewritten)”" }
        return example.guidance.map { " " + $0 } ?? ""
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

    /// The most frequent concern wordings, with the rewrite that fits their first example (or,
    /// where none fits, what to do instead).
    public var topTerms: [(rule: String, words: String, count: Int, suggestion: String?)] {
        Self.top(caseload.overall.terms, 15).map { key, count in
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            let first = caseload.examples.all(rule: parts[0]).min { Caseload.Example.precedes(($0.note.utf8, $0.offset), ($1.note.utf8, $1.offset)) }
            let suggestion = first?.suggestion ?? first?.guidance
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
        var json = JSONWriter(capacity: 1 << 16)
        json.openObject()
        json.member("period", caseload.period.rawValue)
        json.member("first_date", caseload.dates.first)
        json.member("last_date", caseload.dates.last)
        json.key("redacted")
        json.bool(caseload.redacted)
        json.key("overall")
        Self.group(caseload.overall, into: &json)
        func groups(_ name: StaticString, _ map: [String: Caseload.Tally]) {
            json.key(name)
            json.openObject()
            for key in map.keys.sorted() {
                json.key(escaping: key)
                Self.group(map[key]!, into: &json)
                json.flush(into: &out, over: 1 << 16)
            }
            json.closeObject()
        }
        groups("peers", caseload.peers)
        json.key("people")
        json.openObject()
        for person in caseload.people.sorted() where person.numbers.notes > 0 {
            json.key(escaping: person.name)
            Self.group(person.numbers.tally, into: &json)
            json.flush(into: &out, over: 1 << 16)
        }
        json.closeObject()
        groups("programs", caseload.programs)
        groups("periods", caseload.periods)
        json.key("coaching")
        json.openObject()
        for summary in peerSummaries {
            json.key(escaping: summary.peer)
            json.openObject()
            json.key("celebrate")
            Self.points(summary.celebrate, into: &json)
            json.key("coach")
            Self.points(summary.coach, into: &json)
            json.key("billing")
            Self.points(summary.billing, into: &json)
            json.closeObject()
        }
        json.closeObject()
        json.key("top_terms")
        json.openArray()
        for term in topTerms {
            json.openObject()
            json.member("rule", term.rule)
            json.member("words", term.words)
            json.member("count", term.count)
            json.member("better", term.suggestion)
            json.closeObject()
        }
        json.closeArray()
        json.key("days_over_12_units")
        json.openArray()
        for day in caseload.daysOverLimitBilled {
            json.openObject()
            json.member("person", day.person)
            json.member("date", day.date)
            json.member("units", day.units)
            json.key("peers")
            json.openArray()
            for peer in day.peers { json.string(peer) }
            json.closeArray()
            json.key("notes")
            json.openArray()
            for note in day.notes { json.string(note) }
            json.closeArray()
            json.closeObject()
        }
        json.closeArray()
        json.key("rules")
        json.openObject()
        for rule in Set(caseload.overall.billing.keys).union(caseload.overall.rules.keys).union(caseload.overall.strengthRules.keys).sorted() {
            json.key(escaping: rule)
            json.string(explain(rule))
        }
        json.closeObject()
        json.key("skipped")
        json.openArray()
        for skipped in caseload.skipped.sorted() {
            json.openObject()
            json.member("file", skipped.file)
            json.key("line")
            if let line = skipped.line { json.number(line) } else { json.null() }
            json.member("reason", skipped.reason)
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        json.write(0x0A)
        json.flush(into: &out)
    }

    /// One group's numbers: means and spreads with two decimals, shares with three.
    private static func group(_ tally: Caseload.Tally, into json: inout JSONWriter) {
        json.openObject()
        json.member("notes", tally.notes)
        json.member("words", tally.words)
        json.key("mean_score")
        if let mean = tally.meanScore { json.number(mean, places: 2) } else { json.null() }
        json.key("score_spread")
        if let spread = tally.scoreSpread { json.number(spread, places: 2) } else { json.null() }
        json.key("mean_grade")
        if let grade = tally.meanGrade { json.number(grade, places: 1) } else { json.null() }
        json.key("score_bins")
        json.openArray()
        for count in tally.scoreBins { json.number(count) }
        json.closeArray()
        json.key("linked_share")
        if tally.linkable == 0 { json.null() } else { json.number(Double(tally.linked) / Double(tally.linkable), places: 3) }
        json.key("complete_share")
        if tally.notes == 0 { json.null() } else { json.number(Double(tally.complete) / Double(tally.notes), places: 3) }
        json.key("concerns_per_1000_words")
        json.openObject()
        for category in tally.concerns.keys.sorted() {
            json.key(escaping: category)
            json.number(tally.perThousandWords(tally.concerns[category]!), places: 2)
        }
        json.closeObject()
        for (name, counts) in [("strengths", tally.strengths), ("billing", tally.billing)] as [(StaticString, [String: Int])] {
            json.key(name)
            json.openObject()
            for key in counts.keys.sorted() {
                json.key(escaping: key)
                json.number(counts[key]!)
            }
            json.closeObject()
        }
        json.member("units", tally.units)
        json.closeObject()
    }

    /// Points to celebrate or coach, each with its example sentence and better wording.
    private static func points(_ points: [Point], into json: inout JSONWriter) {
        json.openArray()
        for point in points {
            json.openObject()
            json.member("title", point.title)
            json.member("sentence", point.example?.sentence)
            // The whole sentence rewritten, or where nothing fits, what to do instead.
            json.member("better", point.example?.rewritten)
            json.member("guidance", point.example.flatMap { $0.rewritten == nil ? $0.guidance : nil })
            json.key("notes")
            json.openArray()
            for note in point.notes { json.string(note) }
            json.closeArray()
            json.closeObject()
        }
        json.closeArray()
    }

    // MARK: CSV and Markdown

    /// One row per peer.
    public func peerCSV() -> String {
        var lines = ["peer,notes,mean_score,score_spread,linked_share,complete_share,concerns_per_1000_words,strengths,billing_flags,units,mean_grade"]
        for (peer, tally) in caseload.peers.sorted(by: { $0.key < $1.key }) {
            let concerns = tally.concerns.values.reduce(0, +)
            lines.append([Self.csv(peer), "\(tally.notes)", decimal(tally.meanScore), decimal(tally.scoreSpread),
                          tally.linkable == 0 ? "" : String(format: "%.3f", Double(tally.linked) / Double(tally.linkable)),
                          tally.notes == 0 ? "" : String(format: "%.3f", Double(tally.complete) / Double(tally.notes)),
                          String(format: "%.2f", tally.perThousandWords(concerns)), "\(tally.strengths.values.reduce(0, +))",
                          "\(tally.billing.values.reduce(0, +))", "\(tally.units)", decimal(tally.meanGrade)].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The header of the one-row-per-note CSV.
    public static let noteCSVHeader = "id,peer,person,program,date,score,words,linked,complete,concerns,strengths,billing_flags,units\r\n"

    /// One note as a CSV row.
    public static func noteCSVRow(_ analysis: NoteAnalysis, note: Note, redact: Bool, strengthRules: Set<String>) -> String {
        // The facts as analyzed, as the report counts them: a plain-text note states its own.
        let metadata = analysis.metadata
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

    /// "from 2026-01-05 to 2026-06-30", or nil when no note has a date.
    public var dateRange: String? {
        guard let first = caseload.dates.first, let last = caseload.dates.last else { return nil }
        return first == last ? "on \(first)" : "from \(first) to \(last)"
    }

    /// Note ids as a reader lists them: "see 7731, 7733".
    static func noteList(_ notes: [String]) -> String {
        notes.isEmpty ? "" : "see " + notes.joined(separator: ", ")
    }

    /// The report as Markdown.
    public func markdown() -> String {
        let overall = caseload.overall
        var out = ["# Caseload coaching report", "",
                   "\(overall.notes) notes\(dateRange.map { " " + $0 } ?? "") · mean recovery score \(decimal(overall.meanScore)) (spread \(decimal(overall.scoreSpread))) · "
                   + "linked to a plan goal \(percent(overall.linked, overall.linkable)) · all four elements \(percent(overall.complete, overall.notes))", ""]
        if caseload.redacted { out += ["Names of people served are replaced by pseudonyms, other names by [name]; note ids are pseudonyms too.", ""] }
        out += Self.definitions.map { "- **\($0.term)**: \($0.meaning)" } + [""]
        out += ["## Peers", "", "| peer | notes | mean score | spread | goal linked | complete | concerns / 1,000 words | reading grade | billing flags | units |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for (peer, tally) in caseload.peers.sorted(by: { $0.key < $1.key }) {
            out.append("| \(peer) | \(tally.notes) | \(decimal(tally.meanScore)) | \(decimal(tally.scoreSpread)) | \(percent(tally.linked, tally.linkable)) | \(percent(tally.complete, tally.notes)) | \(String(format: "%.1f", tally.perThousandWords(tally.concerns.values.reduce(0, +)))) | \(decimal(tally.meanGrade)) | \(tally.billing.values.reduce(0, +)) | \(tally.units) |")
        }
        func line(_ point: Point, better: Bool) -> String {
            "- \(point.title)" + (point.example.map { " — “\($0.sentence)”" + (better ? Self.better($0) : "") } ?? "")
                + (point.notes.isEmpty ? "" : " (\(Self.noteList(point.notes)))")
        }
        for summary in peerSummaries {
            out += ["", "### \(summary.peer)", "", "To celebrate:"]
            out += summary.celebrate.map { line($0, better: false) }
            out += ["", "To coach:"]
            out += summary.coach.map { line($0, better: true) }
            if !summary.billing.isEmpty {
                out += ["", "Billing to fix:"]
                out += summary.billing.map { line($0, better: false) }
            }
        }
        out += ["", "## Most frequent wording to coach", "", "| wording | times | try |", "| --- | ---: | --- |"]
        out += topTerms.map { "| \($0.words) | \($0.count) | \($0.suggestion ?? "") |" }
        out += ["", "## Billing", ""]
        let days = caseload.daysOverLimitBilled
        if days.isEmpty {
            out.append("No person has more than 12 units on one day.")
        } else {
            out += ["Days over 12 units, with the peers and notes billed over the limit:", "", "| person | date | units | peers | notes |", "| --- | --- | ---: | --- | --- |"]
            out += days.map { "| \($0.person) | \($0.date) | \($0.units) | \($0.peers.joined(separator: ", ")) | \($0.notes.joined(separator: ", ")) |" }
        }
        if !caseload.overall.billing.isEmpty { out.append("") }
        for (rule, count) in caseload.overall.billing.sorted(by: { $0.key < $1.key }) { out.append("- `\(rule)`: \(count) — \(explain(rule))") }
        out += ["", "## Skipped (\(caseload.skipped.count))", ""]
        out += caseload.skipped.sorted().map { "- \($0.file)\($0.line.map { ":\($0)" } ?? ""): \($0.reason)" }
        return out.joined(separator: "\n") + "\n"
    }
}
