/// Where a run's notes come from, and how each input is read: note files and folders of them,
/// standard input, JSON Lines records, the rows of a CSV export through a column mapping, or
/// FHIR `DocumentReference`s (one, a Bundle of them, or NDJSON).
///
/// A source gives its notes in input order, one at a time, in memory that does not grow with
/// the input. Each comes as an `UnreadNote`, found but not yet read, so that reading a file,
/// parsing a record or making a note of a row is left to whichever thread analyzes it:
/// `read(_:)` reads one, `notes` reads them all in order on the calling thread. Every format
/// follows the same rules: a file that is not text (a NUL byte in its first 8 KB) is refused
/// as a whole, and a blank note is a note (`SourcedNote.isBlank` says so; a caseload skips it).
public struct NoteSource: Sendable, Sequence {
    /// How an input is written.
    public enum Format: String, Sendable, CaseIterable {
        /// Note files, folders of them, or standard input: one note each, front matter and all.
        case text
        /// JSON Lines: one record `{"id":…,"text":…,…}` a line.
        case jsonl
        /// A CSV export with a header row, its columns named by a `ColumnMapping`.
        case csv
        /// FHIR `DocumentReference`s: one resource, a `Bundle`, or NDJSON (Bulk Data export).
        /// Chosen only by name (`--input fhir`): `.json` and `.ndjson` say nothing of FHIR.
        case fhir

        /// The format an input's name gives: `.jsonl` and `.csv` (in any case) are exports,
        /// anything else (folders and standard input too) is text.
        public init(suffixOf input: String) {
            let name = input.lowercased()
            self = name.hasSuffix(".jsonl") ? .jsonl : name.hasSuffix(".csv") ? .csv : .text
        }
    }

    /// Files, folders, or `-` for standard input, in the order their notes come.
    public var inputs: [String]
    /// How every input is read; nil: each as its name says (`Format(suffixOf:)`).
    public var format: Format?
    /// Reads note files and the plans notes name; its `maximumBytes` bounds a note file, a JSON
    /// Lines record and a CSV row alike.
    public var reader: NoteReader
    /// Which CSV column holds each note field.
    public var columns: ColumnMapping

    /// The notes of `inputs`, each read as `format` says (nil: by its name).
    public init(_ inputs: [String], format: Format? = nil, reader: NoteReader = NoteReader(), columns: ColumnMapping = ColumnMapping()) {
        self.inputs = inputs
        self.format = format
        self.reader = reader
        self.columns = columns
    }

    /// The format `input` is read in.
    public func format(of input: String) -> Format { format ?? Format(suffixOf: input) }

    /// The notes, found one at a time as they are asked for.
    public func makeIterator() -> Iterator { Iterator(source: self) }

    /// Reads one note the source found. Safe to call from several threads at once.
    public func read(_ unread: UnreadNote) -> Result<SourcedNote, Failure> {
        // Each result is made where it is returned: a note is a large value, and every
        // `map` of a result moves it once more.
        switch unread.place {
        case .file(let path):
            switch reader.read(path) {
            case .success(let note): return .success(SourcedNote(note: note, file: note.id))
            case .failure(let error): return .failure(Failure(error, isUnreadable: true))
            }
        case .record(let bytes, let source, let line):
            switch reader.record(bytes, source: source, line: line) {
            case .success(let (record, note)): return .success(SourcedNote(note: note, record: record, file: source, line: line))
            case .failure(let error): return .failure(Failure(error))
            }
        case .row(let fields, let mapping, let file, let line):
            switch mapping.note(from: fields, file: file, line: line) {
            case .success(let note): return .success(SourcedNote(note: note, file: file, line: line))
            case .failure(let error): return .failure(Failure(error))
            }
        case .resource(let resource, let source, let line, let entry):
            switch FHIRNote.read(resource, source: source, line: line, entry: entry, reader: reader) {
            case .success(let (record, note)): return .success(SourcedNote(note: note, record: record, file: source, line: line))
            case .failure(let error): return .failure(Failure(error))
            }
        case .failed(let failure):
            return .failure(failure)
        }
    }

    /// Every note read in order, on the calling thread.
    public var notes: LazyMapSequence<NoteSource, Result<SourcedNote, Failure>> { lazy.map(read) }

    /// A note the source could not give.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong, and where.
        public var error: InputError
        /// Whether a whole input or note file could not be read (missing, a folder that cannot
        /// be listed, not text) rather than one record or row of an export: a report names the
        /// one on standard error and exits 2, and only lists the other.
        public var isUnreadable: Bool

        /// A failure to read `error.file`, or (`isUnreadable` false) one record or row of it.
        public init(_ error: InputError, isUnreadable: Bool = false) {
            self.error = error
            self.isUnreadable = isUnreadable
        }

        /// `file:line: message`.
        public var description: String { error.description }
    }

    /// Finds the notes of a source's inputs, one input open at a time.
    public struct Iterator: IteratorProtocol {
        private let source: NoteSource
        private var inputs: IndexingIterator<[String]>
        // The input being read: at most one of these is set.
        private var files: NoteFiles?
        private var lines: JSONLinesReader?
        private var rows: (reader: CSVReader, mapping: ColumnMapping.Resolved)?
        // FHIR: a whole-file document's resources, then (NDJSON) one resource a line.
        private var entries: (source: String, line: Int, related: [String: JSONValue], list: [JSONValue], next: Int)?
        private var resourceLines: JSONLinesReader?
        /// NDJSON's first line, read to tell NDJSON from a document, and not yet given.
        private var firstLine: (line: Int, bytes: [UInt8])?

        init(source: NoteSource) {
            self.source = source
            inputs = source.inputs.makeIterator()
        }

        /// The next note, or the reason an input could not be opened; nil after the last input.
        public mutating func next() -> UnreadNote? {
            while true {
                if files != nil {
                    switch files!.next() {
                    case .success(let path): return UnreadNote(.file(path))
                    case .failure(let error): return UnreadNote(.failed(Failure(error, isUnreadable: true)))
                    case nil: files = nil
                    }
                } else if let lines {
                    guard let (line, result) = lines.next() else { self.lines = nil; continue }
                    switch result {
                    case .success(let bytes): return UnreadNote(.record(bytes, source: lines.source, line: line))
                    case .failure(let error): return UnreadNote(.failed(Failure(error)))
                    }
                } else if let (source, line, related, list, next) = entries {
                    guard next < list.count else { entries = nil; continue }
                    entries!.next += 1
                    return UnreadNote(.resource(.parsed(list[next], related: related), source: source, line: line, entry: list.count > 1 ? next + 1 : nil))
                } else if let resourceLines {
                    if let (line, bytes) = firstLine {
                        firstLine = nil
                        return UnreadNote(.resource(.line(bytes), source: resourceLines.source, line: line, entry: nil))
                    }
                    guard let (line, result) = resourceLines.next() else { self.resourceLines = nil; continue }
                    switch result {
                    case .success(let bytes): return UnreadNote(.resource(.line(bytes), source: resourceLines.source, line: line, entry: nil))
                    case .failure(let error): return UnreadNote(.failed(Failure(error)))
                    }
                } else if let (reader, mapping) = rows {
                    guard let (line, result) = reader.next() else { rows = nil; continue }
                    switch result {
                    case .success(let fields): return UnreadNote(.row(fields, mapping, file: reader.source, line: line))
                    case .failure(let error): return UnreadNote(.failed(Failure(error)))
                    }
                } else {
                    guard let input = inputs.next() else { return nil }
                    if let error = open(input) { return UnreadNote(.failed(Failure(error, isUnreadable: true))) }
                }
            }
        }

        /// Starts reading `input`; the reason it cannot be read at all, if it cannot.
        private mutating func open(_ input: String) -> InputError? {
            let maximumBytes = source.reader.maximumBytes
            switch source.format(of: input) {
            case .text:
                files = source.reader.files(in: [input])
            case .jsonl:
                do {
                    let lines = try JSONLinesReader(path: input, maximumLineBytes: maximumBytes)
                    if let problem = lines.notRecords { return problem }
                    self.lines = lines
                } catch { return error }
            case .csv:
                do {
                    let reader = try CSVReader(path: input, maximumRecordBytes: maximumBytes)
                    if let problem = reader.notRecords { return problem }
                    guard let (_, header) = reader.next() else { return InputError(file: reader.source, line: 1, message: "the file is empty") }
                    rows = (reader, try source.columns.resolve(header: try header.get(), file: reader.source))
                } catch { return error }
            case .fhir:
                do {
                    let lines = try JSONLinesReader(path: input, maximumLineBytes: maximumBytes)
                    if let problem = lines.notRecords { return problem }
                    guard let (number, first) = lines.next() else { return InputError(file: lines.source, line: 1, message: "the file is empty") }
                    let bytes = try first.get()
                    // NDJSON has a whole resource on its first line; a document spread over
                    // lines opens an object it does not close there.
                    var end = bytes.count
                    while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
                    if end > 0 && bytes[end - 1] == UInt8(ascii: "}") {
                        if let value = try? JSONReader.document(bytes), value["resourceType"]?.string == "Bundle" {
                            entries = (lines.source, number, FHIRNote.related(in: value), FHIRNote.resources(of: value).filter(Self.isNote), 0)
                        } else {
                            firstLine = (number, bytes)
                        }
                        resourceLines = lines
                        return nil
                    }
                    var document = bytes
                    while let (_, next) = lines.next() {
                        document.append(0x0A)
                        document += try next.get()
                        if document.count > maximumBytes {
                            return InputError(file: lines.source, line: number, message: "the FHIR document is larger than \(maximumBytes) bytes (--max-bytes); export NDJSON, one resource a line")
                        }
                    }
                    let value: JSONValue
                    do { value = try JSONReader.document(document) } catch {
                        return InputError(file: lines.source, line: number, message: "not a valid FHIR document: \(error.message)")
                    }
                    let list = FHIRNote.resources(of: value)
                    entries = (lines.source, number, FHIRNote.related(in: value), value["resourceType"]?.string == "Bundle" ? list.filter(Self.isNote) : list, 0)
                } catch { return error }
            }
            return nil
        }

        /// Whether a Bundle's resource is a note: its other resources (the Patient, the
        /// Encounter) are there to resolve references.
        private static func isNote(_ resource: JSONValue) -> Bool {
            resource["resourceType"]?.string == "DocumentReference"
        }
    }
}

/// One note of a source, found but not yet read: a note file, a JSON Lines record, a CSV row,
/// a FHIR resource, or the reason an input could not be opened. `NoteSource.read(_:)` reads it.
public struct UnreadNote: Sendable {
    enum Place: Sendable {
        case file(NotePath)
        case record([UInt8], source: String, line: Int)
        case row([String], ColumnMapping.Resolved, file: String, line: Int)
        case resource(FHIRNote.Resource, source: String, line: Int, entry: Int?)
        case failed(NoteSource.Failure)
    }

    let place: Place

    init(_ place: Place) { self.place = place }
}

/// A note as its source gave it: the note, the JSON Lines record it came from, and where.
public struct SourcedNote: Sendable {
    /// The note.
    public var note: Note
    /// The JSON Lines record the note was read from, whose other fields a result carries; nil
    /// for note files and CSV rows.
    public var record: JSONRecord?
    /// The file or input it was found in, as messages name it.
    public var file: String
    /// The line of its record or row; nil for a note file.
    public var line: Int?

    /// A note found in `file` (at `line`, for a record or row).
    public init(note: Note, record: JSONRecord? = nil, file: String, line: Int? = nil) {
        self.note = note
        self.record = record
        self.file = file
        self.line = line
    }

    /// Whether the narrative (the text after any front matter) is nothing but white space:
    /// one rule for files, records and rows. Stops at the first character that is not.
    public var isBlank: Bool {
        let text = note.text
        let start = text.utf8.index(text.startIndex, offsetBy: note.body.lowerBound)
        let end = text.utf8.index(text.startIndex, offsetBy: note.body.upperBound)
        return text[start..<end].unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Why a blank note is left out of a count, naming the file, or the record's or row's line.
    public var blankError: InputError {
        line.map { InputError(file: file, line: $0, message: "the note text is empty") } ?? InputError(file: file, message: "the note has no text")
    }
}
