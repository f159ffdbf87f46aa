import Foundation

extension CaseloadReport {
    /// The report as one self-contained HTML page: inline CSS and SVG, no scripts, no fonts or
    /// images from anywhere, readable on screen and on paper.
    public func html(title: String = "Caseload coaching report") -> String {
        let overall = caseload.overall
        var body = "<header><h1>\(Self.escape(title))</h1><p class=\"lead\">\(overall.notes) notes\(dateRange.map { " " + $0 } ?? "") · mean recovery score "
            + "<b>\(format(overall.meanScore))</b> (spread \(format(overall.scoreSpread))) · linked to a plan goal <b>\(percent(overall.linked, overall.linkable))</b>"
            + " · all four required elements <b>\(percent(overall.complete, overall.notes))</b> · \(caseload.peers.count) peers, \(caseload.people.reported) people, \(caseload.programs.count) programs</p>"
        body += caseload.redacted
            ? "<p class=\"privacy\">Redacted: names of people served are replaced by stable pseudonyms (Person-XXXXX), other names in example sentences by [name], and note ids by pseudonyms (note XXXXX). Examples are single sentences, never whole notes.</p>"
            : "<p class=\"privacy\">Not redacted: this page names the people served. It holds single sentences only, never whole notes; run with <code>--redact</code> before sharing it.</p>"
        body += "<details class=\"definitions\"><summary>What the numbers mean</summary><dl>"
            + Self.definitions.map { "<dt>\(Self.escape($0.term))</dt><dd>\(Self.escape($0.meaning))</dd>" }.joined() + "</dl></details>"
        body += "</header>"

        body += "<section class=\"charts\"><figure><figcaption>Recovery scores (notes per band of 10 points)</figcaption>\(histogram())</figure>"
        body += "<figure><figcaption>Concern language per 1,000 words</figcaption>\(categoryBars())</figure></section>"
        body += "<section><h2>Trend per peer (mean recovery score by \(caseload.period.rawValue))</h2>\(trend())</section>"

        body += "<section><h2>Peers</h2>\(table(caseload.peers, label: "peer"))</section>"
        for summary in peerSummaries {
            body += "<section class=\"peer\"><h3>\(Self.escape(summary.peer))</h3><div class=\"columns\"><div><h4>To celebrate</h4><ul>"
            body += summary.celebrate.map { "<li>\(Self.escape($0.title))\(example($0.example, better: false))\(notes($0.notes))</li>" }.joined()
            body += "</ul></div><div><h4>To coach next</h4><ul>"
            body += summary.coach.map { "<li>\(Self.escape($0.title))\(example($0.example, better: true))\(notes($0.notes))</li>" }.joined()
            body += "</ul></div></div>"
            if !summary.billing.isEmpty {
                body += "<h4>Billing to fix</h4><ul>" + summary.billing.map { "<li>\(Self.escape($0.title))\(notes($0.notes))</li>" }.joined() + "</ul>"
            }
            body += "</section>"
        }
        body += "<section><h2>Programs</h2>\(table(caseload.programs, label: "program"))</section>"
        body += "<section><h2>Most frequent wording to coach</h2><table><tr><th>wording</th><th>times</th><th>try instead</th></tr>"
        body += topTerms.map { "<tr><td>\(Self.escape($0.words))</td><td class=\"n\">\($0.count)</td><td>\(Self.escape($0.suggestion ?? ""))</td></tr>" }.joined()
        body += "</table></section>"

        let days = caseload.daysOverLimitBilled
        body += "<section><h2>Billing</h2>"
        if !overall.billing.isEmpty {
            body += "<table><tr><th>rule</th><th>notes</th><th>what it means</th></tr>" + overall.billing.sorted { $0.key < $1.key }.map {
                "<tr><td><code>\(Self.escape($0.key))</code></td><td class=\"n\">\($0.value)</td><td>\(Self.escape(explain($0.key)))</td></tr>"
            }.joined() + "</table>"
        }
        body += days.isEmpty ? "<p>No person has more than 12 units on one day.</p>" :
            "<h3>Days over 12 units</h3><table><tr><th>person</th><th>date</th><th>units</th><th>peers</th><th>notes billed over the limit</th></tr>" + days.map {
                "<tr><td>\(Self.escape($0.person))</td><td>\($0.date)</td><td class=\"n\">\($0.units)</td><td>\(Self.escape($0.peers.joined(separator: ", ")))</td><td><code>\(Self.escape($0.notes.joined(separator: ", ")))</code></td></tr>"
            }.joined() + "</table>"
        body += "</section><section><h2>Skipped (\(caseload.skipped.count))</h2>"
        body += caseload.skipped.isEmpty ? "<p>Every note was read.</p>" : "<ul class=\"skipped\">" + caseload.skipped.sorted().map {
            "<li><code>\(Self.escape($0.file))\($0.line.map { ":\($0)" } ?? "")</code> \(Self.escape($0.reason))</li>"
        }.joined() + "</ul>"
        body += "</section><footer>Made by PeerNote on this computer; nothing was sent anywhere.</footer>"
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(Self.escape(title))</title><style>\(Self.style)</style></head><body>\(body)</body></html>\n"
    }

    /// The notes behind a point, as ids to open.
    private func notes(_ ids: [String]) -> String {
        ids.isEmpty ? "" : "<p class=\"notes\">\(ids.count == 1 ? "Open note" : "Open notes"): <code>\(Self.escape(ids.joined(separator: ", ")))</code></p>"
    }

    private func format(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "–" }

    private func example(_ example: Caseload.Example?, better: Bool) -> String {
        guard let example else { return "" }
        var html = "<blockquote>\(Self.escape(example.sentence))</blockquote>"
        if better, let rewritten = example.rewritten { html += "<p class=\"better\">Try: “\(Self.escape(rewritten))”</p>" }
        else if better, let guidance = example.guidance { html += "<p class=\"better\">\(Self.escape(guidance))</p>" }
        return html
    }

    private func table(_ groups: [String: Caseload.Tally], label: String) -> String {
        var html = "<table><tr><th>\(label)</th><th>notes</th><th>mean score</th><th>spread</th><th>goal linked</th><th>complete</th><th>concerns / 1,000 words</th><th>strengths</th><th>reading grade</th><th>billing flags</th><th>units</th></tr>"
        for (name, tally) in groups.sorted(by: { $0.key < $1.key }) {
            html += "<tr><td>\(Self.escape(name))</td><td class=\"n\">\(tally.notes)</td><td class=\"n\">\(format(tally.meanScore))</td>"
                + "<td class=\"n\">\(format(tally.scoreSpread))</td><td class=\"n\">\(percent(tally.linked, tally.linkable))</td>"
                + "<td class=\"n\">\(percent(tally.complete, tally.notes))</td><td class=\"n\">\(String(format: "%.1f", tally.perThousandWords(tally.concerns.values.reduce(0, +))))</td>"
                + "<td class=\"n\">\(tally.strengths.values.reduce(0, +))</td><td class=\"n\">\(format(tally.meanGrade))</td><td class=\"n\">\(tally.billing.values.reduce(0, +))</td><td class=\"n\">\(tally.units)</td></tr>"
        }
        return html + "</table>"
    }

    // MARK: Charts (SVG)

    private func histogram() -> String {
        let bins = caseload.overall.scoreBins, top = max(1, bins.max() ?? 1)
        var svg = "<svg viewBox=\"0 0 420 190\" role=\"img\" aria-label=\"Histogram of recovery scores\">"
        for (index, count) in bins.enumerated() {
            let height = Double(count) / Double(top) * 140, x = 30 + index * 38
            svg += "<rect x=\"\(x)\" y=\"\(String(format: "%.1f", 160 - height))\" width=\"32\" height=\"\(String(format: "%.1f", height))\" class=\"bar\"><title>\(index * 10)–\(index == 9 ? 100 : index * 10 + 9): \(count) notes</title></rect>"
            svg += "<text x=\"\(x + 16)\" y=\"176\" class=\"axis\" text-anchor=\"middle\">\(index * 10)</text>"
            if count > 0 { svg += "<text x=\"\(x + 16)\" y=\"\(String(format: "%.1f", 155 - height))\" class=\"value\" text-anchor=\"middle\">\(count)</text>" }
        }
        return svg + "<line x1=\"28\" y1=\"160\" x2=\"412\" y2=\"160\" class=\"rule\"/></svg>"
    }

    private func categoryBars() -> String {
        let tally = caseload.overall
        let rows = tally.concerns.map { ($0.key, tally.perThousandWords($0.value)) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        let top = max(0.1, rows.first?.1 ?? 0.1)
        var svg = "<svg viewBox=\"0 0 420 \(max(40, rows.count * 22 + 10))\" role=\"img\" aria-label=\"Concern categories per 1,000 words\">"
        for (index, (category, value)) in rows.enumerated() {
            let y = 6 + index * 22, width = value / top * 230
            svg += "<text x=\"140\" y=\"\(y + 14)\" class=\"axis\" text-anchor=\"end\">\(Self.escape(category))</text>"
            svg += "<rect x=\"146\" y=\"\(y + 2)\" width=\"\(String(format: "%.1f", width))\" height=\"16\" class=\"bar warm\"/>"
            svg += "<text x=\"\(String(format: "%.1f", 150 + width))\" y=\"\(y + 14)\" class=\"value\">\(String(format: "%.1f", value))</text>"
        }
        return svg + "</svg>"
    }

    private func trend() -> String {
        let periods = caseload.periods.keys.filter { $0 != "(no date)" }.sorted()
        guard periods.count > 1 else { return "<p>Too few dated notes for a trend.</p>" }
        let width = 640.0, height = 220.0, left = 36.0, right = 150.0
        let step = (width - left - right) / Double(periods.count - 1)
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height) + 30)\" role=\"img\" aria-label=\"Mean recovery score per peer over time\">"
        for score in stride(from: 0, through: 100, by: 25) {
            let y = height - Double(score) / 100 * (height - 20)
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - right)\" y2=\"\(y)\" class=\"grid\"/><text x=\"\(left - 4)\" y=\"\(y + 4)\" class=\"axis\" text-anchor=\"end\">\(score)</text>"
        }
        for (index, period) in periods.enumerated() where index % max(1, periods.count / 8) == 0 {
            svg += "<text x=\"\(String(format: "%.1f", left + Double(index) * step))\" y=\"\(Int(height) + 18)\" class=\"axis\" text-anchor=\"middle\">\(period)</text>"
        }
        for (number, peer) in caseload.peerPeriods.keys.sorted().enumerated() {
            let series = periods.enumerated().compactMap { index, period -> String? in
                guard let mean = caseload.peerPeriods[peer]?[period]?.tally.meanScore else { return nil }
                return "\(String(format: "%.1f", left + Double(index) * step)),\(String(format: "%.1f", height - mean / 100 * (height - 20)))"
            }
            guard !series.isEmpty else { continue }
            let color = Self.palette[number % Self.palette.count]
            svg += "<polyline points=\"\(series.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"><title>\(Self.escape(peer))</title></polyline>"
            svg += "<rect x=\"\(width - right + 12)\" y=\"\(10 + number * 18)\" width=\"12\" height=\"12\" fill=\"\(color)\"/><text x=\"\(width - right + 30)\" y=\"\(21 + number * 18)\" class=\"axis\">\(Self.escape(peer))</text>"
        }
        return svg + "</svg>"
    }

    static let palette = ["#1b6f8a", "#c2552b", "#5b8c2a", "#7a4fa0", "#b58a00", "#2a5db0", "#a03060", "#3c7d6e"]

    /// `text` safe inside HTML.
    static func escape(_ text: String) -> String {
        // By bytes: the four characters are ASCII, and a report escapes every name and number.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x22: out += "&quot;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let style = """
    :root{--ink:#1d2433;--muted:#5b6473;--line:#d9dee7;--accent:#1b6f8a;--warm:#c2552b;--paper:#fff}
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--paper);max-width:1040px;margin:0 auto;padding:24px}
    h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
    h3{font-size:17px;margin:18px 0 6px}h4{font-size:14px;margin:4px 0;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
    .lead{color:var(--muted)}.privacy{background:#f3f6fa;border-left:4px solid var(--accent);padding:8px 12px}
    table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left}
    th{color:var(--muted);font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
    .charts{display:grid;grid-template-columns:1fr 1fr;gap:20px}figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
    svg{width:100%;height:auto}.bar{fill:var(--accent)}.bar.warm{fill:var(--warm)}.axis{font-size:11px;fill:var(--muted)}.value{font-size:10px;fill:var(--ink)}
    .rule{stroke:var(--ink)}.grid{stroke:var(--line)}
    .peer{break-inside:avoid}.columns{display:grid;grid-template-columns:1fr 1fr;gap:24px}
    blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);color:#333;font-style:italic}
    .better{margin:2px 0 8px;color:#2d6a2d}.notes{margin:0 0 8px;font-size:12px;color:var(--muted)}dt{font-weight:600}dd{margin:0 0 4px 16px}.skipped{font-size:13px}code{font-size:12px}
    footer{margin-top:32px;color:var(--muted);font-size:12px}
    @media (max-width:760px){.charts,.columns{grid-template-columns:1fr}}
    @media print{body{max-width:none;padding:0;font-size:11pt}.privacy{border-left-color:#000}section{break-inside:avoid-page}}
    """
}
