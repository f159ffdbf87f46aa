import Foundation

/// Notes from FHIR: US Core clinical notes are `DocumentReference` resources whose
/// `content[].attachment` holds the note, base64 in `data`. `--input fhir` reads a single
/// resource, a `Bundle` of them, or Bulk Data NDJSON (one resource a line); `docs/fhir.md` says
/// which fields become which metadata.
///
/// Only a `text/plain` attachment with `data` is read: nothing is ever fetched from a `url`,
/// and PDF, HTML or RTF notes are named as such. Messages name the resource by id, never its text.
enum FHIRNote {
    /// A resource found in an input, not yet made into a note: a line of NDJSON (parsed by the
    /// worker that reads it), or an entry of a Bundle or a whole-file resource (parsed already).
    enum Resource: Sendable {
        case line([UInt8])
        case parsed(JSONValue, related: [String: JSONValue])
    }

    /// The note of `resource`, found at `line` of `source` (a Bundle's entries: the line its
    /// document starts on, and `entry` its 1-based position), with a record that keys output
    /// by the resource id.
    static func read(_ resource: Resource, source: String, line: Int, entry: Int?, reader: NoteReader) -> Result<(JSONRecord, Note), InputError> {
        let place = entry.map { "entry \($0): " } ?? ""
        func failure(_ message: String) -> Result<(JSONRecord, Note), InputError> {
            .failure(InputError(file: source, line: line, message: place + message))
        }
        let value: JSONValue, related: [String: JSONValue]
        switch resource {
        case .line(let bytes):
            do { value = try JSONReader.document(bytes) } catch {
                return failure("not a valid FHIR resource: \(error.message)\(error.column.map { " (column \($0))" } ?? "")")
            }
            related = [:]
        case .parsed(let parsed, let others):
            value = parsed
            related = others
        }
        guard let type = value["resourceType"]?.string else { return failure("not a FHIR resource (it has no \"resourceType\")") }
        guard type == "DocumentReference" else {
            return failure(type == "Bundle" ? "a Bundle inside NDJSON; give a Bundle as a file of its own"
                                            : "a \(type) resource, not a DocumentReference; only DocumentReference notes are read")
        }
        let id = value["id"]?.string ?? ""
        let name = id.isEmpty ? "\(source):\(line)" + (entry.map { "#\($0)" } ?? "") : "DocumentReference/" + id
        let text: String
        switch attachmentText(value, maximumBytes: reader.maximumBytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return failure("\(name): \(problem.message)")
        }
        let frontMatter = FrontMatter(text)
        let metadata = MetadataReader.read(yaml: frontMatter.yaml, file: name, firstLine: 2, adding: fields(of: value, related: related))
        var note = Note(id: name, text: text, metadata: metadata, body: frontMatter.body)
        reader.attachPlan(to: &note, relativeTo: ".", root: ".")
        return .success((JSONRecord(id: id, resourceType: type), note))
    }

    /// Why an attachment cannot be read, in words for the person who exported it.
    struct AttachmentProblem: Error { var message: String }

    /// The text of the resource's first `text/plain` attachment with `data`.
    static func attachmentText(_ resource: JSONValue, maximumBytes: Int) -> Result<String, AttachmentProblem> {
        guard case .array(let contents)? = resource["content"] else { return .failure(AttachmentProblem(message: "the resource has no content")) }
        let attachments = contents.compactMap { $0["attachment"] }
        var kinds: [String] = []
        var plainURL = false
        for attachment in attachments {
            let contentType = attachment["contentType"]?.string ?? ""
            let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard parts.first == "text/plain" else {
                kinds.append(contentType.isEmpty ? "an attachment without a contentType" : contentType)
                continue
            }
            guard let data = attachment["data"]?.string else {
                plainURL = plainURL || attachment["url"] != nil
                continue
            }
            let charset = parts.dropFirst().first { $0.hasPrefix("charset=") }.map { String($0.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? "utf-8"
            guard let bytes = Data(base64Encoded: data, options: .ignoreUnknownCharacters) else {
                return .failure(AttachmentProblem(message: "the text/plain attachment's data is not base64"))
            }
            guard bytes.count <= maximumBytes else {
                return .failure(AttachmentProblem(message: "the note is larger than \(maximumBytes) bytes; skipped"))
            }
            switch charset {
            case "utf-8", "utf8", "us-ascii":
                guard let text = String(bytes: bytes, encoding: .utf8) else {
                    return .failure(AttachmentProblem(message: "the text/plain attachment is not valid UTF-8 (its charset says \(charset))"))
                }
                return .success(text)
            case "iso-8859-1", "latin1":
                return .success(String(decoding: bytes.map { UInt16($0) }, as: UTF16.self))
            default:
                return .failure(AttachmentProblem(message: "the text/plain attachment's charset \(charset) is not read; export UTF-8"))
            }
        }
        if plainURL {
            return .failure(AttachmentProblem(message: "the text/plain attachment has only a url; PeerNote fetches nothing, so export the note with its data"))
        }
        if !kinds.isEmpty {
            return .failure(AttachmentProblem(message: "the note is only in \(kinds.joined(separator: ", ")); PeerNote reads text/plain attachments"))
        }
        return .failure(AttachmentProblem(message: "the resource has no attachment"))
    }

    /// The resource's facts as note metadata fields: the person (subject), the peer (first
    /// author), the date and minutes (the context's period, else the resource's date) and the
    /// service (the encounter's service type, when the encounter is contained or in the Bundle).
    static func fields(of resource: JSONValue, related: [String: JSONValue]) -> [MetadataValue.Field] {
        var fields: [MetadataValue.Field] = []
        func add(_ key: String, _ text: String?, plain: Bool = false) {
            guard let text, !text.isEmpty else { return }
            fields.append(MetadataValue.Field(key: key, line: 1, value: MetadataValue(content: .text(text, isPlain: plain), line: 1)))
        }
        add("person", reference(resource["subject"]))
        if case .array(let authors)? = resource["author"] { add("peer", authors.lazy.compactMap(reference).first) }
        let period = resource["context"]?["period"]
        let start = period?["start"]?.string
        add("date", (start ?? resource["date"]?.string).map { String($0.prefix(10)) })
        if let start, let end = period?["end"]?.string, let from = minutes(start), let to = minutes(end), to >= from {
            add("minutes", String(Int((to - from).rounded())), plain: true)
        }
        if case .array(let encounters)? = resource["context"]?["encounter"] {
            for encounter in encounters {
                guard let target = encounter["reference"]?.string else { continue }
                let found = target.hasPrefix("#") ? contained(resource, String(target.dropFirst())) : related[target]
                if let service = found.flatMap(serviceType) { add("service", service); break }
            }
        }
        return fields
    }

    /// A reference's display, else its reference (`Patient/123`).
    private static func reference(_ value: JSONValue?) -> String? {
        value?["display"]?.string ?? value?["reference"]?.string
    }

    /// The contained resource with `id`.
    private static func contained(_ resource: JSONValue, _ id: String) -> JSONValue? {
        guard case .array(let list)? = resource["contained"] else { return nil }
        return list.first { $0["id"]?.string == id }
    }

    /// An Encounter's service type as words: its text, else its first coding's display or code.
    private static func serviceType(_ encounter: JSONValue) -> String? {
        // R4 has a CodeableConcept; R5 a list of CodeableReferences.
        var concept = encounter["serviceType"]
        if case .array(let list)? = concept { concept = list.first?["concept"] ?? list.first }
        if let text = concept?["text"]?.string { return text }
        guard case .array(let codings)? = concept?["coding"], let coding = codings.first else { return nil }
        return coding["display"]?.string ?? coding["code"]?.string
    }

    /// Minutes since 1970-01-01 UTC of a FHIR dateTime with a time, `YYYY-MM-DDThh:mm[:ss[.fff]]`
    /// then `Z` or `±hh:mm`; nil for anything else. By hand: a Foundation date formatter cost
    /// more than reading the rest of the resource.
    static func minutes(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 16, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == UInt8(ascii: "T"), bytes[13] == 0x3A,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), (1...31).contains(day),
              let hour = number(11..<13), let minute = number(14..<16) else { return nil }
        var index = 16, seconds = 0.0
        if index < bytes.count, bytes[index] == 0x3A, let whole = number(index + 1..<index + 3) {
            seconds = Double(whole)
            index += 3
            if index < bytes.count, bytes[index] == 0x2E {
                index += 1
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            }
        }
        var offset = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "Z") {
            index += 1
        } else if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D, let hours = number(index + 1..<index + 3),
                  index + 3 < bytes.count, bytes[index + 3] == 0x3A, let minutes = number(index + 4..<index + 6) {
            offset = (bytes[index] == 0x2D ? -1 : 1) * (hours * 60 + minutes)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        // Days from the civil date (Howard Hinnant's algorithm).
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days * 1440 + hour * 60 + minute - offset) + seconds / 60
    }

    /// The resources of a whole-file document: a Bundle's entries (DocumentReferences, each
    /// with the Bundle's other resources to resolve references in), or the one resource.
    static func resources(of document: JSONValue) -> [JSONValue] {
        guard document["resourceType"]?.string == "Bundle" else { return [document] }
        guard case .array(let entries)? = document["entry"] else { return [] }
        return entries.compactMap { $0["resource"] }
    }

    /// A Bundle's resources by the references that can name them: `Type/id` and `fullUrl`.
    static func related(in document: JSONValue) -> [String: JSONValue] {
        guard document["resourceType"]?.string == "Bundle", case .array(let entries)? = document["entry"] else { return [:] }
        var found: [String: JSONValue] = [:]
        for entry in entries {
            guard let resource = entry["resource"], resource["resourceType"]?.string != "DocumentReference" else { continue }
            if let type = resource["resourceType"]?.string, let id = resource["id"]?.string { found[type + "/" + id] = resource }
            if let url = entry["fullUrl"]?.string { found[url] = resource }
        }
        return found
    }
}

extension JSONRecord {
    /// The record a FHIR note's output is keyed by: its resource id and type.
    init(id: String, resourceType: String) {
        self.id = id
        text = ""
        fields = [("id", JSON.quote(id)), ("resourceType", JSON.quote(resourceType))]
        metadata = []
    }
}
