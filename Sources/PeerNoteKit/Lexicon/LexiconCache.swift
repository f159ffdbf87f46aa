import Foundation

/// A compiled lexicon on disk, so that a run does not parse YAML and rebuild the trie when
/// the lexicon files have not changed: loading the YAML is most of a one-note check's time.
///
/// The snapshot is keyed by a hash of the files' paths and bytes, lives in the user's cache
/// folder (`PEERNOTE_CACHE`, else `$XDG_CACHE_HOME/peernote`, else `~/.cache/peernote`;
/// `PEERNOTE_CACHE=off` disables it) and holds lexicon data only, never note text. A snapshot
/// that is missing, stale or unreadable is simply rebuilt.
enum LexiconCache {
    /// Bumped whenever the layout below changes.
    static let formatVersion: UInt64 = 19

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
