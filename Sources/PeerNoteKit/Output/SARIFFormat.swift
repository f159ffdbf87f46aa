/// SARIF 2.1.0 (OASIS), for quality and compliance tools: `check --format sarif`. One log, one
/// run: the rules PeerNote applies in `tool.driver.rules`, one `result` per finding with its
/// region, a safe rewrite as a `fix`, and each note as an `artifact` whose `properties` hold its
/// score and thread. `docs/sarif.md` has the mapping; the tests validate it against the
/// official schema (`Tests/Schema/sarif-schema-2.1.0.json`).
///
/// Notes are PHI: a result's `snippet` (the words found) is written only with `includeText`.
/// The document is written in pieces so that results stream: `documentStart`, then each note's
/// `results` (by workers, in any order; written in input order), then `documentEnd` with the
/// notes' artifacts, which the writer keeps (a few numbers a note).
public struct SARIFFormat: Sendable {
    /// The schema a SARIF log names.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The rules in `tool.driver.rules`, each id once.
    public let rules: [Rule]
    /// How columns are counted: `.characters` (Unicode scalars, SARIF's `unicodeCodePoints`)
    /// or `.utf16` (`utf16CodeUnits`). SARIF has no byte columns; regions carry byte offsets.
    public let columns: LineIndex.ColumnUnit
    /// Whether a result quotes the words it is about (`region.snippet`).
    public let includeText: Bool
    private let ruleIndex: [String: Int]

    /// A formatter for findings of `rules` (those that report findings: concerns, strengths
    /// and note-level checks; the first rule of an id is kept). `columns` `.bytes` counts as
    /// `.characters`.
    public init(rules: [Rule], columns: LineIndex.ColumnUnit = .characters, includeText: Bool = false) {
        var seen: [String: Int] = [:]
        var kept: [Rule] = []
        for rule in rules where [.concern, .strength, .check].contains(rule.kind) && seen[rule.id] == nil {
            seen[rule.id] = kept.count
            kept.append(rule)
        }
        self.rules = kept
        ruleIndex = seen
        self.columns = columns == .utf16 ? .utf16 : .characters
        self.includeText = includeText
    }

    /// SARIF's level for a severity: hints (strengths) are `note`s too.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }

    /// Everything before the first result: the log, the run, the tool and its rules.
    public func documentStart(version: String) -> [UInt8] {
        var json = JSONWriter(capacity: 64 << 10)
        json.openObject()
        json.member("$schema", Self.schemaURI)
        json.member("version", "2.1.0")
        json.key("runs")
        json.openArray()
        json.openObject()
        json.key("tool")
        json.openObject()
        json.key("driver")
        json.openObject()
        json.member("name", "PeerNote")
        json.member("version", version)
        json.key("rules")
        json.openArray()
        for rule in rules {
            json.openObject()
            json.member("id", rule.id)
            json.key("shortDescription")
            text(rule.message, into: &json)
            json.key("fullDescription")
            text(rule.rationale.isEmpty ? rule.message : Self.sentence(rule.message) + " " + rule.rationale, into: &json)
            json.key("help")
            json.openObject()
            json.member("text", rule.rationale.isEmpty ? rule.message : rule.rationale)
            json.member("markdown", rule.source.isEmpty ? rule.rationale : rule.rationale + "\n\nSource: " + rule.source)
            json.closeObject()
            json.key("defaultConfiguration")
            json.openObject()
            json.member("level", Self.level(rule.severity))
            json.closeObject()
            json.key("properties")
            json.openObject()
            json.member("kind", rule.kind.rawValue)
            json.member("category", rule.category)
            json.member("severity", rule.severity.rawValue)
            json.member("source", rule.source)
            json.closeObject()
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        json.closeObject()
        json.member("columnKind", columns == .utf16 ? "utf16CodeUnits" : "unicodeCodePoints")
        json.key("results")
        // The array and the objects around it stay open: results follow, and `documentEnd` closes them.
        json.openArray()
        return json.finish()
    }

    /// A finding's fix: the bytes it replaces and what it puts there.
    public typealias Fix = (range: Range<Int>, replacement: String)

    /// One note's results, comma-separated, with no comma before the first; empty when the note
    /// has no findings at or above `minimumSeverity`. `kept` are the findings the writer kept
    /// with `{>>PeerNote ok<<}` (`keptFindings`): results with an in-source suppression. `fix`
    /// gives a finding's safe rewrite, if it has one: rewrites come later in the pipeline than
    /// output, so the caller makes them (`Rewriter`).
    public func results(_ analysis: NoteAnalysis, note: Note, minimumSeverity: Severity = .info, kept: [Finding] = [],
                        fix: (Finding) -> Fix? = { _ in nil }) -> [UInt8] {
        let uri = Self.uri(analysis.id)
        let lines = LineIndex(note.text)
        var json = JSONWriter()
        json.openArray()
        // The reported findings in their order, then the kept ones.
        let shown = analysis.findings.map { ($0, false) } + kept.map { ($0, true) }
        for (finding, isKept) in shown where finding.severity >= minimumSeverity {
            json.openObject()
            json.member("ruleId", finding.rule)
            if let index = ruleIndex[finding.rule] { json.member("ruleIndex", index) }
            json.member("level", Self.level(finding.severity))
            json.key("message")
            text(finding.message, into: &json)
            locations(uri, into: &json) { json in
                json.key("region")
                region(finding.range, lines: lines, snippet: includeText ? finding.text : nil, into: &json)
            }
            if let rewrite = fix(finding) {
                json.key("fixes")
                json.openArray()
                json.openObject()
                json.key("description")
                text("Safe rewrite: " + rewrite.replacement, into: &json)
                json.key("artifactChanges")
                json.openArray()
                json.openObject()
                json.key("artifactLocation")
                json.openObject()
                json.member("uri", uri)
                json.closeObject()
                json.key("replacements")
                json.openArray()
                json.openObject()
                json.key("deletedRegion")
                region(rewrite.range, lines: lines, snippet: nil, into: &json)
                json.key("insertedContent")
                json.openObject()
                json.member("text", rewrite.replacement)
                json.closeObject()
                json.closeObject()
                json.closeArray()
                json.closeObject()
                json.closeArray()
                json.closeObject()
                json.closeArray()
            }
            if isKept {
                json.key("suppressions")
                json.openArray()
                json.openObject()
                json.member("kind", "inSource")
                json.member("status", "accepted")
                json.member("justification", "The writer kept these words with {>>PeerNote ok<<}.")
                json.closeObject()
                json.closeArray()
            }
            json.key("properties")
            json.openObject()
            json.member("category", finding.category)
            json.member("severity", finding.severity.rawValue)
            json.key("quoted")
            json.bool(finding.isQuoted)
            if !finding.suggestions.isEmpty { json.member("suggestions", strings: finding.suggestions) }
            json.closeObject()
            json.closeObject()
        }
        json.closeArray()
        let bytes = json.finish()
        // The elements without their brackets: the writing thread joins notes with commas.
        return Array(bytes.dropFirst().dropLast())
    }

    /// The findings a writer kept with `{>>PeerNote ok<<}` (or `{>>PeerNote ok: …<<}`) right
    /// after the words: what `analyzer` reports once each marker is blanked out with spaces (so
    /// offsets stay), for words that end just before a marker and are not reported. Empty, and
    /// nothing analyzed, for a note without such a marker.
    public static func keptFindings(in note: Note, reported: [Finding], analyzer: Analyzer) -> [Finding] {
        var bytes = Array(note.text.utf8)
        let open = Array((Marker.open + "ok").lowercased().utf8), close = Array(Marker.close.utf8)
        var markers: [Int] = []
        var index = 0
        while index + open.count <= bytes.count {
            guard bytes[index] == open[0], zip(bytes[index..<index + open.count], open).allSatisfy({ Normalizer.lowercasedASCII($0) == $1 }),
                  index + open.count < bytes.count, bytes[index + open.count] == UInt8(ascii: "<") || bytes[index + open.count] == UInt8(ascii: ":"),
                  let end = (index + open.count..<bytes.count).first(where: { bytes[$0...].starts(with: close) }) else {
                index += 1
                continue
            }
            markers.append(index)
            for blank in index..<end + close.count { bytes[blank] = 0x20 }
            index = end + close.count
        }
        guard !markers.isEmpty else { return [] }
        let blanked = Note(id: note.id, text: String(decoding: bytes, as: UTF8.self), metadata: note.metadata, body: note.body)
        let shown = Set(reported.map { "\($0.rule) \($0.range)" })
        return analyzer.analyze(blanked).findings.filter { finding in
            finding.isAboutWording && !shown.contains("\(finding.rule) \(finding.range)")
                && markers.contains { $0 == finding.range.upperBound || ($0 == finding.range.upperBound + 1 && bytes[finding.range.upperBound] == 0x20) }
        }
    }

    /// One note as an artifact: where it is, and its score and thread in `properties`.
    public func artifact(_ analysis: NoteAnalysis) -> [UInt8] {
        var json = JSONWriter(capacity: 512)
        json.openObject()
        json.key("location")
        json.openObject()
        json.member("uri", Self.uri(analysis.id))
        json.closeObject()
        json.member("roles", strings: ["analysisTarget"])
        json.key("properties")
        json.openObject()
        json.key("recovery_score")
        if let recovery = analysis.score.recovery { json.number(recovery) } else { json.null() }
        json.member("concerns", analysis.score.concern)
        json.member("strengths", analysis.score.strength)
        json.member("words", analysis.score.words)
        if let thread = analysis.thread {
            json.member("goals", strings: thread.linkedGoalIDs)
            json.member("missing_elements", strings: GoalThread.Element.allCases.filter { thread.elements[$0] == nil }.map(\.rawValue))
        }
        json.closeObject()
        json.closeObject()
        return json.finish()
    }

    /// Everything after the last result: the notes as artifacts (`artifacts`, each from
    /// `artifact(_:)`), and the run's invocation with a notification for each input that
    /// could not be read.
    public func documentEnd(artifacts: [[UInt8]], failures: [InputError]) -> [UInt8] {
        var bytes = Array("],\"artifacts\":[".utf8)
        for (index, artifact) in artifacts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += artifact
        }
        bytes += Array("],\"invocations\":".utf8)
        var json = JSONWriter()
        json.openArray()
        json.openObject()
        json.key("executionSuccessful")
        json.bool(failures.isEmpty)
        json.key("toolExecutionNotifications")
        json.openArray()
        for failure in failures {
            json.openObject()
            json.member("level", "error")
            json.key("message")
            text(failure.message, into: &json)
            locations(Self.uri(failure.file), into: &json) { json in
                guard let line = failure.line else { return }
                json.key("region")
                json.openObject()
                json.member("startLine", line)
                json.closeObject()
            }
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        json.closeArray()
        bytes += json.finish()
        bytes += Array("}]}\n".utf8)
        return bytes
    }

    /// `"locations"`: one physical location in the artifact `uri`, with the `region` member
    /// `region` writes, if any.
    private func locations(_ uri: String, into json: inout JSONWriter, region: (inout JSONWriter) -> Void) {
        json.key("locations")
        json.openArray()
        json.openObject()
        json.key("physicalLocation")
        json.openObject()
        json.key("artifactLocation")
        json.openObject()
        json.member("uri", uri)
        json.closeObject()
        region(&json)
        json.closeObject()
        json.closeObject()
        json.closeArray()
    }

    /// A region: lines and columns in `columns`, and the exact UTF-8 bytes.
    private func region(_ range: Range<Int>, lines: LineIndex, snippet: String?, into json: inout JSONWriter) {
        let start = lines.location(of: range.lowerBound, unit: columns)
        let end = lines.location(of: range.upperBound, unit: columns)
        json.openObject()
        json.member("startLine", start.line)
        json.member("startColumn", start.column)
        json.member("endLine", end.line)
        json.member("endColumn", end.column)
        json.member("byteOffset", range.lowerBound)
        json.member("byteLength", range.count)
        if let snippet {
            json.key("snippet")
            json.openObject()
            json.member("text", snippet)
            json.closeObject()
        }
        json.closeObject()
    }

    /// `text` ending as a sentence does, so that another can follow it.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    /// A SARIF message: `{"text": …}`.
    private func text(_ text: String, into json: inout JSONWriter) {
        json.openObject()
        json.member("text", text)
        json.closeObject()
    }

    /// A note's id as a relative URI reference: characters other than letters, digits and
    /// `-._~/` percent-encoded (a path with spaces, a record id with `#`).
    public static func uri(_ id: String) -> String {
        var result = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
