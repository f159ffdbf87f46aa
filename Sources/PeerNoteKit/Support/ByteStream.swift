import Foundation

/// A file, or standard input, read a chunk at a time for the streaming readers (JSON Lines,
/// CSV): constant memory on inputs of any size.
final class ByteStream {
    /// Where the bytes come from, for messages: the path, or `<stdin>`.
    let source: String
    private let descriptor: Int32
    /// Why reading stopped before the end, once it has.
    private(set) var failure: FileBytes.Failure?
    private var failureReported = false

    /// Opens `path` (`-` for standard input); a path that cannot be read is an error naming it.
    init(path: String) throws(InputError) {
        if path == "-" {
            (source, descriptor) = ("<stdin>", STDIN_FILENO)
            return
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(file: path, message: FileBytes.Failure(number: errno).message)
        }
        var info = stat()
        if fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw InputError(file: path, message: "is a folder; records are read from a file, or from standard input with -")
        }
        (source, self.descriptor) = (path, descriptor)
    }

    deinit {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// The error for a read that failed, naming `line`, where the reader had got to: given
    /// once, as what follows is lost; nil when the input simply ended (or it was given).
    func unreadable(at line: Int) -> InputError? {
        guard let failure, !failureReported else { return nil }
        failureReported = true
        return InputError(file: source, line: line, message: "could not be read from this line on: \(failure.reason)")
    }

    /// Appends the next chunk (up to 1 MB) to `buffer`; false at the end of the input, or when
    /// it could not be read (then `failure` says why).
    func fill(_ buffer: inout [UInt8]) -> Bool {
        guard failure == nil else { return false }
        switch FileBytes.append(from: descriptor, upTo: 1 << 20, to: &buffer) {
        case .success(let count): return count > 0
        case .failure(let failure): self.failure = failure; return false
        }
    }
}
