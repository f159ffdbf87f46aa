import Foundation

/// A file's bytes, read with `open(2)` and `read(2)` straight into one array: FileManager's
/// `contents(atPath:)` reads into `Data`, which a note then copied again into bytes, and on
/// 20,000 note files it was the largest part of reading them.
enum FileBytes {
    /// The bytes of the file at `path`, or nil when it cannot be opened or read. `size` is
    /// what the caller's own `stat` found, if it has one: a hint, as a file that grows while it
    /// is read is read to its end.
    static func read(_ path: String, size: Int? = nil) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hint = size ?? 0
        if size == nil {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return nil }
            hint = Int(info.st_size)
        }
        var bytes = [UInt8](repeating: 0, count: max(hint, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let read = bytes.withUnsafeMutableBytes { buffer in Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
