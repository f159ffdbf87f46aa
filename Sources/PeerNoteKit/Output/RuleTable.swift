/// The rules PeerNote applies, listed for people: `peernote rules`, the README's table of
/// note-level rules and `docs/rules.md` are all made here, from the loaded rules.
public enum RuleTable {
    /// One line per rule: `id  kind/category  severity  message`.
    public static func text(_ rules: [Rule]) -> String {
        rules.map { "\($0.id)\t\($0.kind.rawValue)/\($0.category)\t\($0.severity.rawValue)\t\($0.message)" }.joined(separator: "\n") + "\n"
    }

    /// A Markdown table: rule, category, severity and message (`peernote rules --format json`
    /// has the rationale and source too).
    public static func markdown(_ rules: [Rule]) -> String {
        var lines = ["| rule | category | severity | message |", "| --- | --- | --- | --- |"]
        for rule in rules {
            lines.append("| `\(rule.id)` | \(rule.category) | \(rule.severity.rawValue) | \(cell(rule.message)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rules as a JSON array: `id`, `kind`, `category`, `severity`, `message`, `rationale`, `source`.
    public static func json(_ rules: [Rule]) -> [UInt8] {
        var json = JSONWriter()
        json.openArray()
        for rule in rules {
            json.openObject()
            json.member("id", rule.id)
            json.member("kind", rule.kind.rawValue)
            json.member("category", rule.category)
            json.member("severity", rule.severity.rawValue)
            json.member("message", rule.message)
            json.member("rationale", rule.rationale)
            json.member("source", rule.source)
            json.closeObject()
        }
        json.closeArray()
        return json.finish(appending: 0x0A)
    }

    /// Text for a table cell: on one line, with no `|` to end the cell early.
    private static func cell(_ text: String) -> String {
        text.replacingLineBreaks().replacingOccurrences(of: "|", with: "\\|")
    }
}
