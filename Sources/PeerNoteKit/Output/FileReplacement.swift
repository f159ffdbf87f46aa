import Foundation

/// Replaces a file's contents atomically, for `fix --write`: the new contents are written in
/// full beside the file and renamed over it, so a reader (or a crash) sees the old note or the
/// new one, never half of one.
///
/// - A symbolic link is written through, as `sed -i --follow-symlinks` does: the file it leads
///   to gets the new contents, and the link stays a link.
/// - The new file keeps the old one's permissions (and owner, where the system allows).
/// - The copy is never readable by others: on Linux it is created unnamed (`O_TMPFILE`) and
///   only given a name once complete, so a crash leaves nothing behind; elsewhere, or where the
///   file system cannot, it is created `0600` under a random name with `O_EXCL | O_NOFOLLOW`, so
///   a link planted in a shared folder is never followed.
/// - The file and its folder are flushed to disk before the call returns.
public enum FileReplacement {
    /// Replaces the contents of the file at `path` (or of the file a link at `path` leads to)
    /// with `bytes`. On any error the original is left as it was, and no copy is left behind.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(InputError) {
        guard let target = FileStatus.realPath(path) else { throw failure(path, "could not find the file") }
        var original = stat()
        guard stat(target, &original) == 0 else { throw failure(path, "could not read the file's permissions") }
        guard original.st_mode & S_IFMT == S_IFREG else {
            throw InputError(file: path, message: "is not a regular file; it was left unchanged")
        }
        let copy = Copy(path: path, folder: (target as NSString).deletingLastPathComponent,
                        name: (target as NSString).lastPathComponent, bytes: bytes, like: original)
        let temporary = try copy.written()
        guard rename(temporary, target) == 0 else {
            let error = failure(path, "could not replace the file")
            unlink(temporary)
            throw error
        }
        // The rename itself is made durable by flushing the folder that records it.
        let folder = open(copy.folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// The new contents, written in full beside the file.
    private struct Copy {
        let path: String, folder: String, name: String
        let bytes: [UInt8]
        let like: stat

        /// The complete copy's path: an unnamed file given a name once complete, or a new private file.
        func written() throws(InputError) -> String {
            #if os(Linux)
            // O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), which Swift does not import.
            let unnamed = open(folder, 0o20200000 | O_WRONLY | O_CLOEXEC, 0o600)
            if unnamed >= 0 {
                defer { close(unnamed) }
                try fill(unnamed)
                for _ in 0..<64 {
                    let candidate = newName()
                    if linkat(AT_FDCWD, "/proc/self/fd/\(unnamed)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0 { return candidate }
                    guard errno == EEXIST else { break }
                }
                // No /proc, or a file system that cannot link it: a named copy instead.
            }
            #endif
            for _ in 0..<64 {
                let candidate = newName()
                let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
                if descriptor < 0 {
                    if errno == EEXIST { continue }
                    break
                }
                defer { close(descriptor) }
                do { try fill(descriptor) } catch { unlink(candidate); throw error }
                return candidate
            }
            throw failure(path, "could not create a temporary copy beside it")
        }

        /// Writes the bytes, gives the file the original's permissions, and flushes it to disk.
        private func fill(_ descriptor: Int32) throws(InputError) {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw failure(path, "could not write the new contents") }
                offset += written
            }
            guard fchmod(descriptor, like.st_mode & 0o7777) == 0 else { throw failure(path, "could not keep the file's permissions") }
            // Keeping the owner needs privileges an ordinary user lacks; the owner is then the user, as with any edit.
            _ = fchown(descriptor, like.st_uid, like.st_gid)
            guard fsync(descriptor) == 0 else { throw failure(path, "could not write the new contents to disk") }
        }

        private func newName() -> String { "\(folder)/.\(name).peernote-\(randomSuffix())" }
    }

    private static func failure(_ path: String, _ what: String) -> InputError {
        InputError(file: path, message: "\(what) (\(String(cString: strerror(errno)))); the file was left unchanged")
    }

    private static func randomSuffix() -> String {
        String(UInt64.random(in: .min ... .max), radix: 36)
    }
}
