import Foundation

extension CaseloadReport {
    /// One printed page per peer, to hand over in supervision: the peer's numbers beside the
    /// team's median, the trend, up to three wins and three coaching points (each with the
    /// peer's own sentence and a rewrite), billing to fix with the notes to open, and one line
    /// defining each number. Self-contained HTML like `html()`; each sheet starts a page.
    public func peerSheets(title: String = "Coaching sheets") -> String {
        let summaries = peerSummaries
        var body = ""
        for summary in summaries {
            body += sheet(summary, team: summaries.map(\.tally))
        }
        if summaries.isEmpty { body = "<p>No notes to report on.</p>" }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(Self.escape(title))</title><style>\(Self.sheetStyle)</style></head><body>\(body)</body></html>\n"
    }

    /// The measures a sheet sets beside the team's: name, the peer's value, and whether more is better.
    private static let measures: [(name: String, value: @Sendable (Caseload.Tally) -> Double?, format: @Sendable (Double) -> String)] = [
        ("mean recovery score", { $0.meanScore }, { String(format: "%.1f", $0) }),
        ("goal linked", { $0.linkable == 0 ? nil : Double($0.linked) / Double($0.linkable) }, { "\(Int(($0 * 100).rounded()))%" }),
        ("complete", { $0.notes == 0 ? nil : Double($0.complete) / Double($0.notes) }, { "\(Int(($0 * 100).rounded()))%" }),
        ("concerns / 1,000 words", { $0.words == 0 ? nil : $0.perThousandWords($0.concerns.values.reduce(0, +)) }, { String(format: "%.1f", $0) }),
        ("billing flags / 100 notes", { $0.notes == 0 ? nil : Double($0.billing.values.reduce(0, +)) * 100 / Double($0.notes) }, { String(format: "%.1f", $0) }),
    ]

    /// The median of the values that exist.
    static func median(_ values: [Double?]) -> Double? {
        let sorted = values.compactMap { $0 }.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private func sheet(_ summary: PeerSummary, team: [Caseload.Tally]) -> String {
        let tally = summary.tally
        var html = "<section class=\"sheet\"><header><h1>\(Self.escape(summary.peer))</h1><p>\(tally.notes) notes\(dateRange.map { " " + $0 } ?? "") · \(tally.units) units"
        html += caseload.redacted ? " · names redacted" : " · names not redacted: keep this page private"
        html += "</p></header><div class=\"top\"><table><tr><th></th><th>\(Self.escape(summary.peer))</th><th>team median</th></tr>"
        for measure in Self.measures {
            let mine = measure.value(tally), median = Self.median(team.map(measure.value))
            html += "<tr><td>\(measure.name)</td><td class=\"n\">\(mine.map(measure.format) ?? "–")</td><td class=\"n\">\(median.map(measure.format) ?? "–")</td></tr>"
        }
        html += "</table><figure><figcaption>Mean recovery score by \(caseload.period.rawValue)</figcaption>\(sparkline(summary.peer))</figure></div>"
        html += "<h2>Wins to celebrate</h2><ol>" + summary.celebrate.map { point in
            "<li>\(Self.escape(point.title))" + (point.example.map { "<q>\(Self.escape($0.sentence))</q>" } ?? "") + "</li>"
        }.joined() + "</ol>"
        if summary.celebrate.isEmpty { html += "<p>Nothing stood out yet: look together for one note that went well.</p>" }
        html += "<h2>Coaching points</h2><ol>" + summary.coach.map { point in
            "<li>\(Self.escape(point.title))" + (point.example.map { example in
                // The whole sentence rewritten; where no alternative fits, what to do instead.
                "<q>\(Self.escape(example.sentence))</q>" + ((example.rewritten ?? example.suggestion).map { "<span class=\"try\">Try: “\(Self.escape($0))”</span>" }
                    ?? example.guidance.map { "<span class=\"try\">\(Self.escape($0))</span>" } ?? "")
            } ?? "") + sheetNotes(point.notes) + "</li>"
        }.joined() + "</ol>"
        if summary.coach.isEmpty { html += "<p>No coaching point: keep writing this way.</p>" }
        html += "<h2>Billing to fix</h2>"
        html += summary.billing.isEmpty ? "<p>No billing flags.</p>" :
            "<ul>" + summary.billing.map { "<li>\(Self.escape($0.title))\(sheetNotes($0.notes))</li>" }.joined() + "</ul>"
        html += "<footer><p>" + Self.definitions.map { "<b>\(Self.escape($0.term))</b>: \(Self.escape($0.meaning))" }.joined(separator: " ")
            + " Made by PeerNote on this computer; nothing was sent anywhere.</p></footer></section>"
        return html
    }

    private func sheetNotes(_ notes: [String]) -> String {
        notes.isEmpty ? "" : "<span class=\"ids\">\(Self.escape(Self.noteList(notes)))</span>"
    }

    /// The peer's mean score per period as a small line, 0–100.
    private func sparkline(_ peer: String) -> String {
        let periods = (caseload.peerPeriods[peer] ?? [:]).filter { $0.key != "(no date)" && $0.value.tally.meanScore != nil }.sorted { $0.key < $1.key }
        guard periods.count > 1 else { return "<p>Too few dated notes for a trend.</p>" }
        let width = 300.0, height = 70.0, step = (width - 20) / Double(periods.count - 1)
        let points = periods.enumerated().map { index, period in
            "\(String(format: "%.1f", 10 + Double(index) * step)),\(String(format: "%.1f", height - 10 - period.value.tally.meanScore! / 100 * (height - 20)))"
        }
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height) + 14)\" role=\"img\" aria-label=\"Mean recovery score by \(caseload.period.rawValue)\">"
            + "<line x1=\"10\" y1=\"\(height - 10)\" x2=\"\(width - 10)\" y2=\"\(height - 10)\" class=\"rule\"/>"
            + "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#1b6f8a\" stroke-width=\"2\"/>"
            + "<text x=\"10\" y=\"\(Int(height) + 10)\" class=\"axis\">\(Self.escape(periods.first!.key))</text>"
            + "<text x=\"\(width - 10)\" y=\"\(Int(height) + 10)\" class=\"axis\" text-anchor=\"end\">\(Self.escape(periods.last!.key))</text></svg>"
    }

    static let sheetStyle = """
    @page{size:letter;margin:12mm}
    body{font:9.5pt/1.3 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2433;margin:0}
    .sheet{break-after:page;page-break-after:always;max-width:190mm;margin:0 auto;padding:4mm 0}
    .sheet:last-child{break-after:auto;page-break-after:auto}
    h1{font-size:16pt;margin:0}header p{margin:0 0 4px;color:#5b6473}h2{font-size:11pt;margin:8px 0 3px;border-bottom:1px solid #d9dee7}
    .top{display:grid;grid-template-columns:1.5fr 1fr;gap:10px;align-items:start}
    table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d9dee7;padding:2px 6px;text-align:left}td.n{text-align:right}
    figure{margin:0}figcaption{font-size:9pt;color:#5b6473}svg{width:100%;height:auto}.rule{stroke:#5b6473}.axis{font-size:9px;fill:#5b6473}
    ol,ul{margin:2px 0;padding-left:18px}li{margin-bottom:3px}
    q{display:block;font-style:italic;color:#333;border-left:3px solid #d9dee7;padding-left:6px;margin:2px 0}q::before,q::after{content:none}
    .try{display:block;color:#2d6a2d}.ids{display:block;font-size:8.5pt;color:#5b6473}
    footer{margin-top:6px;font-size:7.5pt;line-height:1.25;color:#5b6473}footer p{margin:0}
    """
}
