import Foundation

/// Streams the lines of a JSON Lines file (or standard input) in constant memory.
public final class JSONLinesReader {
    /// Where the lines come from, for messages.
    public let source: String
    private let handle: FileHandle
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var lineNumber = 0

    /// Opens `path` (`-` for standard input).
    public init(path: String, maximumLineBytes: Int = 16 << 20) throws(InputError) {
        (source, handle) = try Self.open(path)
        self.maximumLineBytes = maximumLineBytes
    }

    /// A streaming input's name for messages and its handle: `-` is standard input; a path
    /// that cannot be opened is an error naming it.
    static func open(_ path: String) throws(InputError) -> (source: String, handle: FileHandle) {
        if path == "-" { return ("<stdin>", FileHandle.standardInput) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file (permission denied?)" : "no such file")
        }
        return (path, handle)
    }

    /// The next non-blank line with its 1-based number, an error for an overlong line,
    /// or nil at the end.
    public func next() -> (line: Int, result: Result<[UInt8], InputError>)? {
        while true {
            if let newline = nextNewline() {
                lineNumber += 1
                var line = Array(buffer[start..<newline])
                start = newline + 1
                if line.last == 0x0D { line.removeLast() }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return (lineNumber, .success(line))
            }
            if buffer.count - start > maximumLineBytes {
                lineNumber += 1
                let number = lineNumber
                skipToNextLine()
                return (number, .failure(InputError(file: source, line: number, message: "the record is longer than \(maximumLineBytes) bytes; skipped")))
            }
            if finished {
                guard start < buffer.count else { return nil }
                lineNumber += 1
                let line = Array(buffer[start...])
                start = buffer.count
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
                return (lineNumber, .success(line))
            }
            fill()
        }
    }

    /// The index of the next line feed from `start`, found by `memchr` (a byte at a time, this
    /// search was the reading thread's largest cost after copying).
    private func nextNewline() -> Int? {
        buffer.withUnsafeBytes { bytes -> Int? in
            guard start < bytes.count, let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return nil }
            return UnsafeRawPointer(found) - bytes.baseAddress!
        }
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = handle.readData(ofLength: 1 << 20)
        if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
    }

    private func skipToNextLine() {
        while true {
            if let newline = nextNewline() { start = newline + 1; return }
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if finished { return }
            fill()
        }
    }
}
