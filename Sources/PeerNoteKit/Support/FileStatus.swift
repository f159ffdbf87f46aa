import Foundation

/// What a path is, how big and when it changed, from one `stat(2)`. FileManager's `attributesOfItem` also looks
/// up the owner's and the group's names, which reads /etc/passwd and /etc/group for every
/// file: on a folder of 20,000 notes that was most of the time spent walking it.
struct FileStatus {
    /// The kinds of file PeerNote tells apart.
    enum Kind { case file, folder, link, other }

    /// What the path is.
    let kind: Kind
    /// Its size in bytes.
    let size: Int
    /// When its contents last changed, in nanoseconds since 1970.
    let modified: Int

    /// The path itself, a link as a link; nil when it cannot be read.
    init?(linkAt path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// What the path leads to, links followed; nil when it cannot be read.
    init?(at path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The names in `folder` with their kind as the folder itself records it (nil where the
    /// file system does not say), from `readdir(3)`: a folder of 20,000 notes needs no `lstat`
    /// per entry. Nil when the folder cannot be read.
    static func entries(of folder: String) -> [(name: String, kind: Kind?)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, kind: Kind?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = nil
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }

    /// `path` with every symbolic link, `.` and `..` resolved; nil (with `errno` set) when it
    /// cannot be, for instance when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .link
        default: kind = .other
        }
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }
}
