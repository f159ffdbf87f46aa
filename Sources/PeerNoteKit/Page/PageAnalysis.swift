/// What the page shows for one note: `check`'s own JSON for the note (`JSONFormat`), with what a
/// browser needs added to it.
///
/// - Beside every `utf8_start`/`utf8_end` pair anywhere in the object — findings, goal links,
///   and whatever later fields carry a range — `utf16_start`/`utf16_end`: a browser's strings
///   count UTF-16 units.
/// - On each finding, `about_wording`, and for words the writer may change, `rewrites` (every
///   rewrite `Rewriter` offers, exactly what `fix` and the editor's quick fixes apply) and `keep`
///   (the `{>>PeerNote ok<<}` marker that keeps the words), each an edit:
///   `{"utf8_start","utf8_end","utf16_start","utf16_end","replacement","safe"}`.
/// - `page`: `safe_rewrites` (the edits `fix` would make, for "apply all safe") and `facts`
///   (the service facts the checks used).
///
/// Fields the page does not know yet are passed through as they are, so that what the analysis
/// learns to say (readability, facts read from the text) reaches the page unchanged.
public enum PageAnalysis {
    /// The facts a request may give beside `text`, under the names front matter uses. A plan
    /// file is not among them: the page never has PeerNote read a file.
    public static let factFields: Set<String> = [
        "person", "service", "setting", "minutes", "group_size", "modifier", "preadmission", "lpha_cosign", "adhoc", "goals",
    ]

    /// A request that cannot be checked, with words for the person at the browser.
    public struct Refusal: Error, Sendable, Equatable {
        /// What is wrong; never quotes the note.
        public var message: String
    }

    /// The note a request body describes: `{"text": …, "service": …, "minutes": …, "goals": [{"id", "text"}], …}`,
    /// read as `check --input jsonl` reads a record. Front matter at the top of `text` is read as
    /// `check` reads it; facts in the request win over it, field by field.
    public static func note(fromRequest body: [UInt8]) throws(Refusal) -> Note {
        let record: JSONRecord
        do { record = try JSONRecord(line: body) } catch {
            throw Refusal(message: "PeerNote could not read what the page sent as a note (\(error.message)).")
        }
        if record.metadata.contains(where: { $0.key == "plan" }) {
            throw Refusal(message: "The page does not read plan files; type the person's goals in the facts instead.")
        }
        var note = Note(id: "note", text: record.text)
        let fields = record.metadata.filter { factFields.contains($0.key) }
        guard !fields.isEmpty else { return note }
        let given = MetadataReader.read(fields: fields, file: "facts")
        note.metadata.override(with: given)
        return note
    }

    /// The page's JSON for `analysis` of `note`.
    public static func json(_ analysis: NoteAnalysis, note: Note) -> [UInt8] {
        let format = JSONFormat()
        guard case .object(var members) = try? JSONReader.document(format.encoded(analysis, note: note)) else {
            // The library's own output always reads back; this is never reached.
            return format.encoded(analysis, note: note)
        }
        let offsets = UTF16Offsets(note.text)
        members = members.map { JSONValue.Member(key: $0.key, value: addingUTF16($0.value, offsets)) }
        if let index = members.firstIndex(where: { $0.key == "findings" }), case .array(let items) = members[index].value,
           items.count == analysis.findings.count {
            members[index].value = .array(zip(items, analysis.findings).map { item, finding in
                browserFinding(item, finding, text: note.text, offsets)
            })
        }
        members.removeAll { $0.key == "page" }
        members.append(.init(key: "page", value: .object([
            .init(key: "safe_rewrites", value: .array(Rewriter.safeRewrites(for: analysis.findings, in: note.text).map { edit($0, offsets) })),
            .init(key: "facts", value: facts(note.metadata)),
        ])))
        var json = JSONWriter(capacity: 8192)
        json.write(.object(members))
        return json.finish()
    }

    /// `value` with `utf16_start`/`utf16_end` after the `utf8_end` of every object that has a
    /// UTF-8 range.
    private static func addingUTF16(_ value: JSONValue, _ offsets: UTF16Offsets) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map { addingUTF16($0, offsets) })
        case .object(let members):
            var result = members.filter { $0.key != "utf16_start" && $0.key != "utf16_end" }
                .map { JSONValue.Member(key: $0.key, value: addingUTF16($0.value, offsets)) }
            if case .number(let start)? = value["utf8_start"], case .number(let end)? = value["utf8_end"],
               let start = Int(start), let end = Int(end), let at = result.firstIndex(where: { $0.key == "utf8_end" }) {
                result.insert(contentsOf: [.init(key: "utf16_start", value: .number(String(offsets[start]))),
                                           .init(key: "utf16_end", value: .number(String(offsets[end])))], at: at + 1)
            }
            return .object(result)
        default:
            return value
        }
    }

    private static func browserFinding(_ item: JSONValue, _ finding: Finding, text: String, _ offsets: UTF16Offsets) -> JSONValue {
        guard case .object(var members) = item else { return item }
        let added: Set<String> = ["about_wording", "rewrites", "keep"]
        members.removeAll { added.contains($0.key) }
        members.append(.init(key: "about_wording", value: .bool(finding.isAboutWording)))
        // Strengths stay as they are, and the person's own quoted words are their voice: shown,
        // never rewritten or marked (as in the editor's quick fixes).
        if finding.isAboutWording && !finding.isQuoted && finding.severity > .hint {
            members.append(.init(key: "rewrites", value: .array(Rewriter.rewrites(for: finding, in: text).map { edit($0, offsets) })))
            members.append(.init(key: "keep", value: edit(Rewriter.keep(finding), offsets)))
        }
        return .object(members)
    }

    private static func edit(_ rewrite: Rewrite, _ offsets: UTF16Offsets) -> JSONValue {
        .object([
            .init(key: "utf8_start", value: .number(String(rewrite.range.lowerBound))),
            .init(key: "utf8_end", value: .number(String(rewrite.range.upperBound))),
            .init(key: "utf16_start", value: .number(String(offsets[rewrite.range.lowerBound]))),
            .init(key: "utf16_end", value: .number(String(offsets[rewrite.range.upperBound]))),
            .init(key: "replacement", value: .string(rewrite.replacement)),
            .init(key: "safe", value: .bool(rewrite.isSafe)),
        ])
    }

    /// The facts the checks used, under front matter's names; a fact not known is null.
    private static func facts(_ metadata: NoteMetadata) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func number(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
        func flag(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }
        return .object([
            .init(key: "person", value: text(metadata.person)),
            .init(key: "service", value: text(metadata.service?.rawValue)),
            .init(key: "setting", value: text(metadata.setting?.rawValue)),
            .init(key: "minutes", value: number(metadata.minutes)),
            .init(key: "units", value: number(metadata.units)),
            .init(key: "group_size", value: number(metadata.groupSize)),
            .init(key: "modifier", value: text(metadata.modifier)),
            .init(key: "preadmission", value: flag(metadata.preadmission)),
            .init(key: "lpha_cosign", value: text(metadata.lphaCosign)),
            .init(key: "adhoc", value: flag(metadata.adHoc)),
            .init(key: "goals", value: .array(metadata.goals.map { goal in
                .object([.init(key: "id", value: .string(goal.id)), .init(key: "text", value: .string(goal.text))])
            })),
        ])
    }
}

/// UTF-8 byte offsets into a text as UTF-16 offsets, the unit of a browser's strings.
struct UTF16Offsets {
    private let text: String

    init(_ text: String) {
        self.text = text
    }

    /// The UTF-16 offset of UTF-8 offset `utf8` (clamped to the text; an offset inside a
    /// character counts from that character's start).
    subscript(utf8: Int) -> Int {
        let view = text.utf8
        let index = view.index(view.startIndex, offsetBy: min(max(utf8, 0), view.count))
        return text.utf16.distance(from: text.utf16.startIndex, to: index)
    }
}

extension NoteMetadata {
    /// These facts, with every fact `given` states put in place of this one's.
    mutating func override(with given: NoteMetadata) {
        person = given.person ?? person
        service = given.service ?? service
        setting = given.setting ?? setting
        minutes = given.minutes ?? minutes
        groupSize = given.groupSize ?? groupSize
        modifier = given.modifier ?? modifier
        preadmission = given.preadmission ?? preadmission
        lphaCosign = given.lphaCosign ?? lphaCosign
        adHoc = given.adHoc ?? adHoc
        if !given.goals.isEmpty { goals = given.goals }
        problems += given.problems
        fieldLines.merge(given.fieldLines) { _, new in new }
    }
}
