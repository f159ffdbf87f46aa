import Foundation

/// A compiled lexicon on disk, so that a run does not parse YAML and rebuild the trie when
/// the lexicon files have not changed: loading the YAML is most of a one-note check's time.
///
/// The snapshot is keyed by a hash of the files' paths and bytes, lives in the user's cache
/// folder (`PEERNOTE_CACHE`, else `$XDG_CACHE_HOME/peernote`, else `~/.cache/peernote`;
/// `PEERNOTE_CACHE=off` disables it) and holds lexicon data only, never note text. A snapshot
/// that is missing, stale or unreadable is simply rebuilt.
enum CompiledLexicon {
    /// Bumped whenever the layout below changes.
    static let formatVersion: UInt64 = 8

    /// The folder for snapshots, or nil when caching is off.
    static var folder: String? {
        if let folder = environmentVariable("PEERNOTE_CACHE") { return folder == "off" || folder.isEmpty ? nil : folder }
        if let cache = environmentVariable("XDG_CACHE_HOME"), !cache.isEmpty { return cache + "/peernote" }
        return environmentVariable("HOME").map { $0 + "/.cache/peernote" }
    }

    /// A key for the exact bytes of the given files (FNV-1a, 64 bits).
    static func key(for files: [(path: String, contents: [UInt8])]) -> String {
        var hash = StableHash(seed: formatVersion)
        for file in files {
            hash.add(file.path.utf8)
            hash.add([0])
            file.contents.withUnsafeBytes { hash.add(words: $0) }
            hash.add([0xFF])
        }
        return String(hash.value, radix: 16)
    }

    /// The snapshot for `key`, if one is there and readable.
    static func load(key: String, folder: String? = folder) -> Lexicon? {
        guard let folder, let bytes = readWhole("\(folder)/lexicon-\(key).bin") else { return nil }
        var reader = SnapshotReader(bytes: bytes)
        return Lexicon(snapshot: &reader)
    }

    /// A file's bytes read straight into an array: one copy, no `Data` in between (this is on
    /// the path of every one-note check).
    private static func readWhole(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0, info.st_size < 1 << 31 else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var offset = 0
            while offset < size {
                let count = read(descriptor, buffer.baseAddress! + offset, size - offset)
                if count <= 0 { complete = false; break }
                offset += count
            }
            if !complete { buffer.initialize(repeating: 0) }
            initialized = size
        }
        return complete ? bytes : nil
    }

    /// Writes the snapshot for `key`; failures are ignored (the next run rebuilds).
    static func store(_ lexicon: Lexicon, key: String, folder: String? = folder, keptBytes: Int = keptBytes) {
        guard let folder else { return }
        var writer = SnapshotWriter()
        lexicon.write(to: &writer)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = "\(folder)/lexicon-\(key).bin"
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        if FileManager.default.createFile(atPath: temporary, contents: Data(writer.bytes)) {
            if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
        }
        prune(folder, keeping: path, keptBytes: keptBytes)
    }

    /// Snapshots kept: every edit of a lexicon makes a new one, and old ones would pile up in
    /// the cache folder.
    static let kept = 8
    /// The most the snapshots kept may take together; the newest is kept whatever its size.
    /// The bundled lexicons make a snapshot of about 1 MB; an agency list of 100,000 entries,
    /// about 46 MB.
    static let keptBytes = 64 << 20

    /// Removes all but `newest` and the most recently written other snapshots: at most
    /// `kept - 1` of them, and only while all kept take at most `keptBytes`.
    private static func prune(_ folder: String, keeping newest: String, keptBytes: Int) {
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("lexicon-") && $0.hasSuffix(".bin") }.map { "\(folder)/\($0)" }.filter { $0 != newest }
        let statuses = others.map { (path: $0, status: FileStatus(at: $0)) }
        var total = FileStatus(at: newest)?.size ?? 0, count = 1
        for old in statuses.sorted(by: { ($0.status?.modified ?? 0, $0.path) > ($1.status?.modified ?? 0, $1.path) }) {
            total += old.status?.size ?? 0
            count += 1
            if count > kept || total > keptBytes { unlink(old.path) }
        }
    }
}

/// Appends values as little-endian bytes.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func phrases(_ values: [[String]]) {
        int(values.count)
        for value in values { strings(value) }
    }

    /// An array of plain values, copied as memory.
    mutating func raw<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `SnapshotWriter` wrote; any inconsistency makes every later read fail.
struct SnapshotReader {
    private let data: [UInt8]
    private var offset = 0
    private(set) var failed = false

    init(bytes: [UInt8]) { data = bytes }

    init(data: Data) { self.data = [UInt8](data) }

    mutating func int() -> Int {
        guard offset + 8 <= data.count else { failed = true; return 0 }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func count() -> Int {
        let value = int()
        guard value >= 0, value <= data.count - offset else { failed = true; return 0 }
        return value
    }

    mutating func string() -> String {
        let length = count()
        guard !failed else { return "" }
        defer { offset += length }
        return data.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)]), as: UTF8.self) }
    }

    mutating func strings() -> [String] { (0..<count()).map { _ in string() } }

    mutating func phrases() -> [[String]] { (0..<count()).map { _ in strings() } }

    mutating func raw<T: BitwiseCopyable>(_: T.Type) -> [T] {
        let items = count()
        let length = items * MemoryLayout<T>.stride
        guard !failed, length <= data.count - offset else { failed = true; return [] }
        defer { offset += length }
        return [T](unsafeUninitializedCapacity: items) { buffer, initialized in
            data.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + length)])) }
            initialized = items
        }
    }

    /// Whether everything was read, exactly.
    var isComplete: Bool { !failed && offset == data.count }
}

extension LexiconEntry {
    func write(to writer: inout SnapshotWriter) {
        writer.strings([id, side.rawValue, category, severity.rawValue, wordClass.rawValue, message, rationale, source, origin])
        writer.strings(terms.map(\.text))
        writer.strings(terms.map(\.form.rawValue))
        for list in [exceptions, alternatives, examples, counterexamples, headings] { writer.strings(list) }
        writer.int(isSafe ? 1 : 0)
        for list in [context.notAfter, context.notBefore, context.onlyAfter, context.onlyBefore, context.appliesTo] { writer.strings(list) }
        writer.int(context.senses.count)
        for sense in context.senses {
            writer.string(sense.name)
            writer.strings(sense.before)
            writer.strings(sense.after)
        }
        writer.int(context.window)
        writer.string(context.quoted.rawValue)
        writer.int(context.inNames ? 1 : 0)
    }

    init?(reading reader: inout SnapshotReader) {
        let head = reader.strings()
        guard head.count == 9, let side = Side(rawValue: head[1]), let severity = Severity(rawValue: head[3]),
              let wordClass = WordClass(rawValue: head[4]) else { return nil }
        let texts = reader.strings(), forms = reader.strings().compactMap(Form.init(rawValue:))
        guard texts.count == forms.count else { return nil }
        let lists = (0..<5).map { _ in reader.strings() }
        let isSafe = reader.int() == 1
        self.init(id: head[0], side: side, category: head[2], severity: severity, wordClass: wordClass,
                  terms: zip(texts, forms).map { Term(text: $0, form: $1) }, exceptions: lists[0], message: head[5],
                  rationale: head[6], alternatives: lists[1], isSafe: isSafe, source: head[7], examples: lists[2],
                  counterexamples: lists[3], headings: lists[4], origin: head[8])
        let words = (0..<5).map { _ in reader.strings() }
        (context.notAfter, context.notBefore, context.onlyAfter, context.onlyBefore, context.appliesTo) =
            (words[0], words[1], words[2], words[3], words[4])
        context.senses = (0..<reader.count()).map { _ in Sense(name: reader.string(), before: reader.strings(), after: reader.strings()) }
        context.window = reader.int()
        guard let quoted = Quoted(rawValue: reader.string()) else { return nil }
        context.quoted = quoted
        context.inNames = reader.int() == 1
        if reader.failed { return nil }
    }
}
