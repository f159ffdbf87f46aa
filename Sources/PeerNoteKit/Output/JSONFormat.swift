/// PeerNote's JSON: one object per note, keys in a fixed order. `docs/peernote-check.schema.json`
/// is the schema and `docs/json-schema.md` explains each field; a change here changes them too.
///
///     {"path":…,"score":{"recovery":…,"concern":…,"strength":…,"words":…,"sentences":…,"grade":…,"categories":{…}},
///      "thread":{"goals","links","elements","stated","missing","units"} or null,
///      "findings":[{"rule","category","severity","line","column","utf8_start","utf8_end",
///                   "text","message","rationale","suggestions","replaces","guidance","safe","quoted"}]}
///
/// `--format json` wraps the notes in `{"version":"1","files":[…]}`; `--format jsonl` writes
/// one note a line, with nothing around it.
public struct JSONFormat: Sendable {
    /// The version of the `--format json` document: raised when a field changes meaning or
    /// goes away, not when one is added.
    public static let schemaVersion = "1"

    /// What opens the `--format json` document, before its first note.
    public static let documentStart = "{\"version\":\"" + schemaVersion + "\",\"files\":["
    /// What closes it, after its last note.
    public static let documentEnd = "]}"

    /// How columns are counted.
    public var columns: LineIndex.ColumnUnit

    /// A formatter.
    public init(columns: LineIndex.ColumnUnit = .characters) {
        self.columns = columns
    }

    /// The object for a note read from a file: `path` first.
    public func object(_ analysis: NoteAnalysis, note: Note) -> String {
        String(decoding: encoded(analysis, note: note), as: UTF8.self)
    }

    /// The object for a JSON Lines record: its own fields (less `text`), then the results.
    public func object(_ analysis: NoteAnalysis, note: Note, record: JSONRecord) -> String {
        String(decoding: encoded(analysis, note: note, record: record), as: UTF8.self)
    }

    /// The object's UTF-8 bytes, for writing out as they are: checking them again as a
    /// `String` cost a twentieth of `check --format jsonl`. With a record, its own fields (less
    /// `text`) come first; without, `path`. With `endingLine`, a line break follows (JSON Lines).
    public func encoded(_ analysis: NoteAnalysis, note: Note, record: JSONRecord? = nil, endingLine: Bool = false) -> [UInt8] {
        var json = JSONWriter()
        json.openObject()
        if let record {
            for field in record.fields where field.key != "text" {
                json.key(escaping: field.key)
                json.raw(field.rawValue)
            }
        } else {
            json.member("path", analysis.id)
        }
        // The language the note was read in; a record that states its own keeps it, said once.
        if record?.fields.contains(where: { $0.key == "language" }) != true { json.member("language", analysis.language) }
        members(analysis, note: note, into: &json)
        json.closeObject()
        return json.finish(appending: endingLine ? 0x0A : nil)
    }

    /// The object for a note that could not be read.
    public func object(_ error: InputError) -> String {
        var json = JSONWriter(capacity: 256)
        json.openObject()
        json.member("path", error.file)
        json.member("error", error.description)
        json.closeObject()
        return String(decoding: json.finish(), as: UTF8.self)
    }

    private func members(_ analysis: NoteAnalysis, note: Note, into json: inout JSONWriter) {
        json.key("score")
        score(analysis.score, readability: analysis.readability, into: &json)
        json.key("thread")
        if let thread = analysis.thread { self.thread(thread, note: note, into: &json) } else { json.null() }
        json.key("facts")
        facts(analysis.metadata, into: &json)
        json.key("findings")
        json.openArray()
        let lines = columns == .characters ? nil : LineIndex(note.text)
        // Read in place: a `for` loop over the array would copy each finding, retaining its strings.
        analysis.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                let finding = UnsafePointer(findings.baseAddress! + index)
                json.element()
                json.literal("{\"rule\":")
                json.quoted(finding.pointee.rule)
                json.literal(",\"category\":")
                json.quoted(finding.pointee.category)
                json.literal(Self.severityMember(finding.pointee.severity))
                json.digits(finding.pointee.line)
                json.literal(",\"column\":")
                json.digits(lines?.location(of: finding.pointee.range.lowerBound, unit: columns).column ?? finding.pointee.column)
                json.literal(",\"utf8_start\":")
                json.digits(finding.pointee.range.lowerBound)
                json.literal(",\"utf8_end\":")
                json.digits(finding.pointee.range.upperBound)
                json.literal(",\"text\":")
                json.quoted(finding.pointee.text)
                json.literal(",\"message\":")
                json.quoted(finding.pointee.message)
                json.literal(",\"rationale\":")
                json.quoted(finding.pointee.rationale)
                json.literal(",\"suggestions\":[")
                for (position, suggestion) in finding.pointee.suggestions.enumerated() {
                    if position > 0 { json.literal(",") }
                    json.quoted(suggestion)
                }
                // The bytes each suggestion replaces: the finding's words, or more ("is bipolar").
                json.literal("],\"replaces\":[")
                if finding.pointee.isAboutWording {
                    let ranges = finding.pointee.suggestionRanges
                    for position in finding.pointee.suggestions.indices {
                        let range = position < ranges.count ? ranges[position] : finding.pointee.range
                        json.literal(position > 0 ? ",[" : "[")
                        json.digits(range.lowerBound)
                        json.literal(",")
                        json.digits(range.upperBound)
                        json.literal("]")
                    }
                }
                json.literal("],\"guidance\":")
                if let guidance = finding.pointee.guidance { json.quoted(guidance) } else { json.literal("null") }
                json.literal(finding.pointee.isSafeToApply ? ",\"safe\":true" : ",\"safe\":false")
                json.literal(finding.pointee.isQuoted ? ",\"quoted\":true}" : ",\"quoted\":false}")
            }
        }
        json.closeArray()
    }

    /// The severity member and the key after it, as one piece of fixed text.
    private static func severityMember(_ severity: Severity) -> StaticString {
        switch severity {
        case .hint: ",\"severity\":\"hint\",\"line\":"
        case .info: ",\"severity\":\"info\",\"line\":"
        case .warning: ",\"severity\":\"warning\",\"line\":"
        case .error: ",\"severity\":\"error\",\"line\":"
        }
    }

    /// The service facts known for the note, each with where it came from: the note's
    /// `metadata` (front matter, an export column, a record field) or its `text`, with the
    /// byte range that states it.
    private func facts(_ metadata: NoteMetadata, into json: inout JSONWriter) {
        json.openObject()
        func fact(_ field: String, _ write: (inout JSONWriter) -> Void) {
            json.key(escaping: field)
            json.openObject()
            json.key("value")
            write(&json)
            if let evidence = metadata.fromText[field] {
                json.member("from", "text")
                json.member("utf8_start", evidence.range.lowerBound)
                json.member("utf8_end", evidence.range.upperBound)
            } else {
                json.member("from", "metadata")
            }
            if let conflict = metadata.conflicts[field] {
                json.key("text_says")
                json.openObject()
                json.member("utf8_start", conflict.range.lowerBound)
                json.member("utf8_end", conflict.range.upperBound)
                json.closeObject()
            }
            json.closeObject()
        }
        if let person = metadata.person { fact("person") { $0.string(person) } }
        if let date = metadata.date { fact("date") { $0.string(date) } }
        if let minutes = metadata.minutes { fact("minutes") { $0.number(minutes) } }
        if let range = metadata.rangeMinutes { fact("range_minutes") { $0.number(range) } }
        if let service = metadata.service { fact("service") { $0.string(service.rawValue) } }
        if let setting = metadata.setting { fact("setting") { $0.string(setting.rawValue) } }
        if let size = metadata.groupSize { fact("group_size") { $0.number(size) } }
        if let code = metadata.billingCode { fact("billing_code") { $0.string(code) } }
        if let modifier = metadata.modifier { fact("modifier") { $0.string(modifier) } }
        if let preadmission = metadata.preadmission { fact("preadmission") { $0.bool(preadmission) } }
        if let cosign = metadata.lphaCosign { fact("lpha_cosign") { $0.string(cosign) } }
        if let adHoc = metadata.adHoc { fact("adhoc") { $0.bool(adHoc) } }
        json.closeObject()
    }

    private func thread(_ thread: GoalThread, note: Note, into json: inout JSONWriter) {
        json.openObject()
        json.member("goals", strings: thread.linkedGoalIDs)
        json.key("links")
        json.openArray()
        var text = note.text
        text.withUTF8 { bytes in
            for link in thread.links {
                json.openObject()
                json.key("goal")
                if let goal = link.goalID { json.string(goal) } else { json.null() }
                json.member("how", link.kind.rawValue)
                json.member("utf8_start", link.range.lowerBound)
                json.member("utf8_end", link.range.upperBound)
                json.key("evidence")
                Self.evidence(UnsafeBufferPointer(rebasing: bytes[link.range]), into: &json)
                json.member("shared_words", strings: link.sharedWords)
                json.closeObject()
            }
        }
        json.closeArray()
        // Names written as fixed text; an element's evidence is a field, read as often as needed.
        json.key("elements")
        json.openObject()
        for element in GoalThread.Element.allCases {
            json.key(Self.name(element))
            json.bool(thread.elements[element] != nil)
        }
        json.closeObject()
        // Where each stated element was read: what a supervisor checks when the count looks wrong.
        json.key("stated")
        json.openArray()
        text.withUTF8 { bytes in
            for element in GoalThread.Element.allCases {
                guard let range = thread.elements[element], range.upperBound <= bytes.count else { continue }
                json.openObject()
                json.key("element")
                Self.write(element, into: &json)
                json.member("utf8_start", range.lowerBound)
                json.member("utf8_end", range.upperBound)
                json.key("evidence")
                Self.evidence(UnsafeBufferPointer(rebasing: bytes[range]), into: &json)
                json.closeObject()
            }
        }
        json.closeArray()
        json.key("missing")
        json.openArray()
        for element in GoalThread.Element.allCases where thread.elements[element] == nil { Self.write(element, into: &json) }
        json.closeArray()
        json.key("units")
        if let units = thread.units { json.number(units) } else { json.null() }
        json.closeObject()
    }

    /// An element's name as a JSON string value, where a value is due.
    private static func write(_ element: GoalThread.Element, into json: inout JSONWriter) {
        json.element()
        json.literal("\"")
        json.literal(name(element))
        json.literal("\"")
    }

    /// An element's name, as fixed text.
    private static func name(_ element: GoalThread.Element) -> StaticString {
        switch element {
        case .type: "type"
        case .purpose: "purpose"
        case .response: "response"
        case .progress: "progress"
        }
    }

    /// A link's evidence on one line: spaces and tabs trimmed, each line break a space.
    /// ASCII text is done on its bytes; other text by characters, where a space with a
    /// combining mark after it is one character and not a space.
    private static func evidence(_ bytes: UnsafeBufferPointer<UInt8>, into json: inout JSONWriter) {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            json.string(String(decoding: bytes, as: UTF8.self).trimmingSpaces().replacingLineBreaks())
            return
        }
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(end - start, 1)) { line in
            var count = 0, index = start
            while index < end {
                let byte = bytes[index]
                index += 1
                if byte == 0x0D || byte == 0x0A {
                    if byte == 0x0D && index < end && bytes[index] == 0x0A { index += 1 }   // CR LF is one break
                    line[count] = 0x20
                } else {
                    line[count] = byte
                }
                count += 1
            }
            json.string(bytes: UnsafeBufferPointer(rebasing: line[..<count]))
        }
    }

    private func score(_ score: RecoveryScore, readability: Readability, into json: inout JSONWriter) {
        json.openObject()
        json.key("recovery")
        if let recovery = score.recovery { json.number(recovery) } else { json.null() }
        json.member("concern", score.concern)
        json.member("strength", score.strength)
        json.member("words", score.words)
        json.member("sentences", readability.sentences)
        json.key("grade")
        if let grade = readability.grade { json.number(grade, places: 1) } else { json.null() }
        json.key("categories")
        json.openObject()
        for category in score.categoryCounts {
            json.key(escaping: category.name)
            json.number(category.count)
        }
        json.closeObject()
        json.closeObject()
    }
}
