import Foundation

/// Which CSV column holds each note field, for EHR exports: `text=NoteText`, `peer=StaffName`,
/// `date=ServiceDate`…, given on the command line (`--map`) or in a small YAML file.
public struct ColumnMapping: Sendable {
    /// The note fields a column can fill.
    public static let fields = ["id", "text", "person", "peer", "date", "program", "service", "setting", "minutes",
                                "group_size", "modifier", "preadmission", "lpha_cosign", "adhoc", "goal"]

    /// Field → column name.
    public private(set) var columns: [String: String] = [:]

    /// An empty mapping.
    public init() {}

    /// Adds `field=Column` pairs; a later pair for a field wins.
    public mutating func add(_ pairs: [String]) throws(InputError) {
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), !pair[..<equals].isEmpty, !pair[pair.index(after: equals)...].isEmpty else {
                throw InputError(file: "--map", message: "'\(pair)' is not field=Column")
            }
            try set(String(pair[..<equals]).trimmingSpaces(), String(pair[pair.index(after: equals)...]).trimmingSpaces(), file: "--map", line: nil)
        }
    }

    /// Adds the `field: Column` lines of a mapping file.
    public mutating func add(yaml: String, file: String) throws(InputError) {
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingSpaces() ?? ""
            guard !text.isEmpty else { continue }
            guard let colon = text.firstIndex(of: ":") else {
                throw InputError(file: file, line: number + 1, message: "expected `field: Column`")
            }
            var column = String(text[text.index(after: colon)...]).trimmingSpaces()
            if column.count >= 2, column.first == "\"" || column.first == "'", column.last == column.first { column = String(column.dropFirst().dropLast()) }
            try set(String(text[..<colon]).trimmingSpaces(), column, file: file, line: number + 1)
        }
    }

    private mutating func set(_ field: String, _ column: String, file: String, line: Int?) throws(InputError) {
        guard Self.fields.contains(field) else {
            throw InputError(file: file, line: line, message: "unknown field '\(field)'; fields are \(Self.fields.joined(separator: ", "))")
        }
        guard !column.isEmpty else { throw InputError(file: file, line: line, message: "no column given for '\(field)'") }
        columns[field] = column
    }

    /// The mapping applied to one file's header: an error names every mapped column it lacks.
    public func resolve(header: [String], file: String) throws(InputError) -> Resolved {
        let positions = Dictionary(header.enumerated().map { ($1.trimmingSpaces(), $0) }, uniquingKeysWith: { first, _ in first })
        let text = columns["text"] ?? "text"
        var indexes: [String: Int] = [:]
        var missing: [String] = []
        for field in Self.fields {
            let column = columns[field] ?? field
            if let index = positions[column] { indexes[field] = index } else if columns[field] != nil { missing.append(column) }
        }
        if indexes["text"] == nil && !missing.contains(text) { missing.append(text) }
        guard missing.isEmpty else {
            throw InputError(file: file, line: 1, message: "the header has no column \(missing.map { "'\($0)'" }.joined(separator: ", ")) (map one with --map field=Column)")
        }
        return Resolved(indexes: indexes, fieldCount: header.count)
    }

    /// A mapping bound to a header's column positions.
    public struct Resolved: Sendable {
        let indexes: [String: Int]
        /// How many fields each record must have.
        public let fieldCount: Int

        /// The note in one record. A record with the wrong number of fields or a date that is not
        /// a date is an error naming the file and line; one with no text is a blank note, which
        /// `NoteSource` treats as it treats every blank note.
        public func note(from record: [String], file: String, line: Int) -> Result<Note, InputError> {
            guard record.count == fieldCount else {
                return .failure(InputError(file: file, line: line, message: "\(record.count) fields where the header has \(fieldCount)"))
            }
            var values: [String: String] = [:]
            for (field, index) in indexes where !record[index].trimmingSpaces().isEmpty { values[field] = record[index] }
            let text = indexes["text"].map { record[$0] } ?? ""
            if let date = values["date"] {
                guard let iso = ServiceDate.iso(date) else {
                    return .failure(InputError(file: file, line: line, message: "the date is not a date (expected 1/5/2026, 01/05/26 or 2026-01-05)"))
                }
                values["date"] = iso
            }
            let id = values["id"] ?? "\(file):\(line)"
            let fields = values.filter { $0.key != "text" && $0.key != "id" }.sorted { $0.key < $1.key }
                .map { MetadataValue.Field(key: $0.key, line: 1, value: MetadataValue(content: .text($0.value, isPlain: false), line: 1)) }
            var metadata = fields.isEmpty ? NoteMetadata() : MetadataReader.read(fields: fields, file: "\(file):\(line)")
            // Problems point at the record's line, not at the generated YAML's.
            metadata.problems = metadata.problems.map { InputError(file: file, line: line, message: $0.message) }
            return .success(Note(id: id, text: text, metadata: metadata))
        }
    }
}
