import Foundation

/// Bytes read with `open(2)` and `read(2)` straight into arrays: the one place that reads.
///
/// FileManager's `contents(atPath:)` reads into `Data`, which a note then copied again into
/// bytes (on 20,000 note files it was the largest part of reading them), and `FileHandle`'s
/// reads stop the program on a read error (a folder given as a JSON Lines file, a failing
/// disk): here a failure is a value, and the caller names the file.
public enum FileBytes {
    /// Why bytes could not be read, in the system's words ("Is a directory").
    public struct Failure: Error, Sendable {
        /// The error number `read(2)` set.
        public let number: Int32
        /// The system's description of `number`.
        public var reason: String { String(cString: strerror(number)) }
        /// What a reader says of a file that could not be read: that it is not there, or why not.
        public var message: String { number == ENOENT ? "no such file" : "cannot read the file (\(reason))" }
    }

    /// The bytes of the file at `path`, or why it could not be opened or read. `size` is what
    /// the caller's own `stat` found, if it has one: a hint, as a file that grows while it is
    /// read is read to its end.
    static func read(_ path: String, size: Int? = nil) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(number: errno)) }
        defer { close(descriptor) }
        var hint = size ?? 0
        if size == nil {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return .failure(Failure(number: errno)) }
            hint = Int(info.st_size)
        }
        let (bytes, failure) = readAll(descriptor, sizeHint: hint)
        return failure.map { .failure($0) } ?? .success(bytes)
    }

    /// Everything left to read on `descriptor`; when reading stopped before the end, also why
    /// (with the bytes read until then, which a filter hands back rather than lose).
    static func readAll(_ descriptor: Int32, sizeHint: Int = 0) -> (bytes: [UInt8], failure: Failure?) {
        var bytes: [UInt8] = []
        // One more than the hint, so that reaching the end takes no second allocation.
        bytes.reserveCapacity(max(sizeHint, 0) + 1)
        while true {
            switch append(from: descriptor, upTo: max(bytes.capacity - bytes.count, 4096), to: &bytes) {
            case .success(0): return (bytes, nil)
            case .success: continue
            case .failure(let failure): return (bytes, failure)
            }
        }
    }

    /// Everything on standard input; when it could not all be read, also why, with what was.
    public static func standardInput() -> (bytes: [UInt8], failure: Failure?) {
        readAll(STDIN_FILENO)
    }

    /// Appends up to `count` bytes read from `descriptor` to `bytes`: how many were read (0 at
    /// the end of the input), or why none could be. An interrupted read is tried again.
    public static func append(from descriptor: Int32, upTo count: Int, to bytes: inout [UInt8]) -> Result<Int, Failure> {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        while true {
            let read = bytes.withUnsafeMutableBytes { buffer in Foundation.read(descriptor, buffer.baseAddress! + start, count) }
            if read < 0 && errno == EINTR { continue }
            bytes.removeLast(count - max(read, 0))
            return read < 0 ? .failure(Failure(number: errno)) : .success(read)
        }
    }
}
