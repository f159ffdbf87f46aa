import Foundation

/// A note file to read, with the folder tree its plan file may be read from: the folder or
/// file PeerNote was pointed at (see `NoteReader.planRoots`).
public struct NotePath: Sendable, Hashable {
    /// The file's path, or `-` for standard input.
    public var path: String
    /// The folder that was named (a folder given, or a file's own folder).
    public var root: String

    /// A file found under `root`.
    public init(_ path: String, root: String) {
        self.path = path
        self.root = root
    }

    /// A file named on its own: its plan may come from its own folder tree.
    public init(_ path: String) {
        self.init(path, root: path == "-" ? "." : NotePath.folder(of: path))
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}

/// Reads notes from files, folders and standard input, turning every problem into an
/// `InputError` that names the file (and line or byte offset) without quoting the note.
public struct NoteReader: Sendable {
    /// Notes larger than this are refused with a message instead of read.
    public var maximumBytes: Int
    /// File extensions picked up when walking a folder.
    public var extensions: Set<String> = ["txt", "md", "note", "text", "markdown"]
    /// The folders plan files may be read from. Nil: the folder tree each note was found in (the
    /// folder PeerNote was given, or a file's own folder; the current folder for standard input
    /// and records), so a note cannot have PeerNote read files from anywhere else.
    public var planRoots: [String]?

    /// A reader that refuses notes over `maximumBytes`.
    public init(maximumBytes: Int = 16 << 20, planRoots: [String]? = nil) {
        self.maximumBytes = maximumBytes
        self.planRoots = planRoots
    }

    /// The files to check for `paths`, in order: files as given, folders walked in name
    /// order (hidden entries and symbolic links to folders skipped), `-` for standard input.
    public func expand(_ paths: [String]) -> [Result<NotePath, InputError>] {
        Array(files(in: paths))
    }

    /// `expand(_:)` one file at a time: a folder is listed only when the walk reaches it, so
    /// a tree of any size takes the memory of one folder's names per level.
    public func files(in paths: [String]) -> NoteFiles {
        NoteFiles(paths: paths, reader: self)
    }

    /// A folder's entries that can hold notes, in name order: hidden files and a folder's
    /// README are not notes.
    fileprivate func noteEntries(of folder: String) -> [(name: String, kind: FileStatus.Kind?)]? {
        FileStatus.entries(of: folder)?
            .filter { !$0.name.hasPrefix(".") && !($0.name.utf8.count == 9 && $0.name.lowercased() == "readme.md") }
            .sorted { $0.name < $1.name }
    }

    /// Whether `name` ends in one of `extensions` (any case) after its last dot.
    fileprivate func hasNoteExtension(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return false }
        return extensions.contains(name[name.utf8.index(after: dot)...].lowercased())
    }

    /// Reads one note: `-` reads standard input.
    public func read(_ file: NotePath) -> Result<Note, InputError> {
        let id = Self.name(of: file.path)
        return bytes(of: file.path).flatMap { Self.decode(bytes: $0, id: id, maximumBytes: maximumBytes) }.map { text in
            var note = Note(id: id, text: text)
            attachPlan(to: &note, relativeTo: file.path == "-" ? "." : NotePath.folder(of: file.path), root: file.root)
            return note
        }
    }

    /// Reads one note named on its own (`-` reads standard input).
    public func read(_ path: String) -> Result<Note, InputError> {
        read(NotePath(path))
    }

    /// The bytes of one file as they are (`-` reads standard input), or why they could not be
    /// read: the one reading path for a note file, whether it is checked or rewritten.
    public func bytes(of path: String) -> Result<[UInt8], InputError> {
        let id = Self.name(of: path)
        if path == "-" {
            let input = FileBytes.standardInput()
            if let failure = input.failure { return .failure(InputError(file: id, message: "could not be read: \(failure.reason)")) }
            return .success(input.bytes)
        }
        // One stat for the size check and the read's size hint.
        let size = FileStatus(at: path)?.size
        if let size, size > maximumBytes {
            return .failure(InputError(file: id, message: "the file is \(Self.megabytes(size)); notes over \(Self.megabytes(maximumBytes)) are skipped (raise with --max-bytes)"))
        }
        return FileBytes.read(path, size: size).mapError { InputError(file: id, message: $0.message) }
    }

    /// How a path is named in messages and results: standard input (`-`) is `<stdin>`.
    public static func name(of path: String) -> String { path == "-" ? "<stdin>" : path }

    /// The record and note on one JSON Lines line, or an error naming the file and line (never
    /// the text). A record without an id is named `source:line`.
    public func record(_ bytes: [UInt8], source: String, line: Int) -> Result<(JSONRecord, Note), InputError> {
        do {
            let record = try JSONRecord(line: bytes)
            return .success((record, note(from: record, id: record.id.isEmpty ? "\(source):\(line)" : record.id)))
        } catch {
            return .failure(InputError(file: source, line: line,
                                       message: "not a valid record: \(error.message)\(error.column.map { " (column \($0))" } ?? "")"))
        }
    }

    /// A note from a JSON Lines record: its fields other than `text` are the metadata. A plan it
    /// names is read relative to the current folder, and only from inside it (or `planRoots`).
    public func note(from record: JSONRecord, id: String) -> Note {
        let metadata = record.metadata.isEmpty ? NoteMetadata() : MetadataReader.read(fields: record.metadata, file: id)
        var note = Note(id: id, text: record.text, metadata: metadata)
        attachPlan(to: &note, relativeTo: ".", root: ".")
        return note
    }

    /// Plans larger than this are refused: a plan lists a person's goals, a few kilobytes.
    public static let maximumPlanBytes = 1 << 20

    /// Reads the plan file a note's metadata names (relative to `folder`) and adds its goals
    /// before any inline ones. The plan must be a regular file of at most `maximumPlanBytes`
    /// inside `planRoots` (by default `root`, the folder tree the note was found in). A plan
    /// that is refused, missing or malformed becomes a metadata problem at the `plan:` line; the
    /// messages never echo what the note or the refused file says.
    public func attachPlan(to note: inout Note, relativeTo folder: @autoclosure () -> String, root: @autoclosure () -> String) {
        guard let plan = note.metadata.planPath else { return }
        // The folders are worked out only for a note that names a plan: most do not.
        let folder = folder()
        let path = plan.hasPrefix("/") ? plan : (folder.isEmpty ? plan : "\(folder)/\(plan)")
        let line = note.metadata.fieldLines["plan"]
        func problem(_ message: String) { note.metadata.problems.append(InputError(file: note.id, line: line, message: message)) }
        let roots = planRoots ?? [root()]
        let bytes: [UInt8]
        switch PlanFile.read(path, roots: roots, maximumBytes: Self.maximumPlanBytes) {
        case .success(let read): bytes = read
        case .failure(let refusal): problem(refusal.message(roots: planRoots == nil ? nil : roots)); return
        }
        guard let yaml = String(validating: bytes, as: UTF8.self) else { problem("the plan file named by `plan:` is not UTF-8 text"); return }
        // Problems inside the plan are the plan file's: named with its own line, at the note's `plan:` line.
        let (goals, problems) = MetadataReader.planGoals(yaml: yaml, file: plan)
        for inside in problems { problem("in the plan file \(inside.description)") }
        let inline = note.metadata.goals.filter { goal in !goals.contains { $0.id == goal.id } }
        note.metadata.goals = goals + inline
    }

    /// Decodes a note's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary data,
    /// invalid UTF-8 and oversized notes are errors that name the byte offset and line.
    public static func decode(_ data: Data, id: String, maximumBytes: Int = 16 << 20) -> Result<String, InputError> {
        decode(bytes: [UInt8](data), id: id, maximumBytes: maximumBytes)
    }

    /// `decode(_:id:maximumBytes:)` for bytes already in an array.
    static func decode(bytes: [UInt8], id: String, maximumBytes: Int = 16 << 20) -> Result<String, InputError> {
        if bytes.count > maximumBytes {
            return .failure(InputError(file: id, message: "the note is \(megabytes(bytes.count)); notes over \(megabytes(maximumBytes)) are skipped (raise with --max-bytes)"))
        }
        if UTF8Bytes.startsAsUTF16(bytes) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                return .failure(InputError(file: id, message: "the file starts with a UTF-16 byte order mark but is not valid UTF-16"))
            }
            return .success(text)
        }
        if let binary = binaryProblem(bytes, id: id) { return .failure(binary) }
        if let bad = UTF8Bytes.firstInvalid(in: bytes) {
            return .failure(InputError(file: id, line: line(of: bad, in: bytes), message: "not valid UTF-8: byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad); save the note as UTF-8"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Why a file whose first bytes are `bytes` is not text: a NUL byte where text has none.
    /// The one binary-file rule, for note files and for exports alike; UTF-16 with a byte order
    /// mark is text.
    static func binaryProblem(_ bytes: [UInt8], id: String) -> InputError? {
        guard !UTF8Bytes.startsAsUTF16(bytes), let nul = UTF8Bytes.binaryMarker(in: bytes) else { return nil }
        return InputError(file: id, line: line(of: nul, in: bytes), message: "looks like a binary file (NUL byte at offset \(nul)); only text notes can be checked")
    }

    /// Why an export (JSON Lines or CSV) whose first bytes are `bytes` cannot be read: binary,
    /// as for a note file, or UTF-16, which the line readers do not decode.
    static func exportProblem(_ bytes: [UInt8], id: String) -> InputError? {
        if UTF8Bytes.startsAsUTF16(bytes) {
            return InputError(file: id, line: 1, message: "starts with a UTF-16 byte order mark; records are read as UTF-8 (save the file as UTF-8)")
        }
        return binaryProblem(bytes, id: id)
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func megabytes(_ count: Int) -> String {
        String(format: "%.1f MB", Double(count) / 1_048_576)
    }
}

/// The note files of some paths, in order, found as they are asked for (see `NoteReader.files(in:)`).
public struct NoteFiles: Sequence, IteratorProtocol {
    private var paths: IndexingIterator<[String]>
    private let reader: NoteReader
    /// The folders being walked, outermost first, each with its entries and the next to look at.
    private var folders: [(path: String, root: String, entries: [(name: String, kind: FileStatus.Kind?)], next: Int)] = []

    init(paths: [String], reader: NoteReader) {
        self.paths = paths.makeIterator()
        self.reader = reader
    }

    /// The next file, or the reason a path or folder could not be read; nil at the end.
    public mutating func next() -> Result<NotePath, InputError>? {
        while true {
            guard let last = folders.indices.last else {
                guard let path = paths.next() else { return nil }
                if path == "-" { return .success(NotePath(path)) }
                guard let status = FileStatus(at: path) else { return .failure(InputError(file: path, message: "no such file or folder")) }
                guard status.kind == .folder else { return .success(NotePath(path)) }
                if let problem = enter(path, root: path) { return .failure(problem) }
                continue
            }
            let folder = folders[last]
            guard folder.next < folder.entries.count else { folders.removeLast(); continue }
            folders[last].next += 1
            let (name, kind) = folder.entries[folder.next]
            let path = folder.path.hasSuffix("/") ? folder.path + name : "\(folder.path)/\(name)"
            guard let kind = kind ?? FileStatus(linkAt: path)?.kind else { continue }
            switch kind {
            case .folder:
                if let problem = enter(path, root: folder.root) { return .failure(problem) }
            case .file where reader.hasNoteExtension(name):
                return .success(NotePath(path, root: folder.root))
            case .link:
                // Follow links to files; never links to folders, which can loop.
                if let target = FileStatus(at: path), target.kind != .folder, reader.hasNoteExtension(name) {
                    return .success(NotePath(path, root: folder.root))
                }
            default:
                continue
            }
        }
    }

    /// Starts walking `folder`; the problem when it cannot be listed.
    private mutating func enter(_ folder: String, root: String) -> InputError? {
        guard let entries = reader.noteEntries(of: folder) else {
            return InputError(file: folder, message: "cannot read the folder (permission denied?)")
        }
        folders.append((folder, root, entries, 0))
        return nil
    }
}
