import Foundation

/// Reads a plan file named by a note, only where the note may point: a note is data, and must
/// not be able to make PeerNote read (and print goals from) any file on the machine, or read
/// forever from a device or a pipe.
enum PlanFile {
    /// Why a plan file was not read.
    enum Refusal: Error, Equatable {
        /// No such file.
        case missing
        /// Outside every allowed folder (symbolic links followed).
        case outside
        /// A folder, device, pipe or socket.
        case notRegular
        /// Larger than the limit.
        case tooLarge(Int)
        /// The system refused to open or read it.
        case unreadable(String)

        /// What a note's finding says, naming the allowed folders only when the user chose them.
        func message(roots: [String]?) -> String {
            switch self {
            case .missing: return "the plan file named by `plan:` was not found"
            case .outside:
                let allowed = roots.map { "the folders given with --plans (\($0.joined(separator: ", ")))" } ?? "the folder PeerNote was given"
                return "the plan file named by `plan:` is outside \(allowed); plans are read only from there (--plans DIR allows another folder)"
            case .notRegular: return "the plan file named by `plan:` is not a regular file"
            case .tooLarge(let limit): return "the plan file named by `plan:` is larger than \(limit >> 20) MB"
            case .unreadable(let reason): return "the plan file named by `plan:` cannot be read (\(reason))"
            }
        }
    }

    /// The bytes of the plan at `path` if, with every symbolic link followed, it is a regular
    /// file of at most `maximumBytes` inside one of `roots`.
    static func read(_ path: String, roots: [String], maximumBytes: Int) -> Result<[UInt8], Refusal> {
        guard let real = FileStatus.realPath(path) else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))) }
        guard roots.contains(where: { root in FileStatus.realPath(root).map { contains($0, real) } ?? false }) else { return .failure(.outside) }
        // Opened by its real path without following links, then checked on the open file itself,
        // so what is read is what was checked.
        let descriptor = open(real, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        guard Int(info.st_size) <= maximumBytes else { return .failure(.tooLarge(maximumBytes)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        // At most one byte past the limit: a file that grows while it is read is still refused.
        while bytes.count <= maximumBytes {
            let wanted = min(max(Int(info.st_size) + 1 - bytes.count, 4096), maximumBytes + 1 - bytes.count)
            switch FileBytes.append(from: descriptor, upTo: wanted, to: &bytes) {
            case .success(0): return .success(bytes)
            case .success: continue
            case .failure(let failure): return .failure(.unreadable(failure.reason))
            }
        }
        return .failure(.tooLarge(maximumBytes))
    }

    /// Whether `path` is `folder` or inside it; both are real paths.
    private static func contains(_ folder: String, _ path: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
