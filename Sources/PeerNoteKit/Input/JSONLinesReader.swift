import Foundation

/// Streams the lines of a JSON Lines file (or standard input) in constant memory; a UTF-8 byte
/// order mark at the start is skipped.
public final class JSONLinesReader {
    /// Where the lines come from, for messages.
    public let source: String
    private let stream: ByteStream
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var lineNumber = 0

    /// Opens `path` (`-` for standard input).
    public init(path: String, maximumLineBytes: Int = 16 << 20) throws(InputError) {
        stream = try ByteStream(path: path)
        source = stream.source
        self.maximumLineBytes = maximumLineBytes
        // The first bytes are read before any record, so the file can be judged as a whole.
        while buffer.count < UTF8Bytes.sniffedCount && !finished { fill() }
        notRecords = NoteReader.exportProblem(buffer, id: source)
        // A byte order mark, as editors and some exports write one, is not part of the first record.
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    }

    /// Why the file cannot hold records at all (binary, or UTF-16), found in its first bytes;
    /// nil for text. `NoteSource` reports it instead of reading the lines.
    private(set) var notRecords: InputError?

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
            if finished, stream.failure != nil {
                // What was read before the failure has been handed out; the rest is lost, and said so once.
                guard let error = stream.unreadable(at: lineNumber + 1) else { return nil }
                lineNumber += 1
                return (lineNumber, .failure(error))
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
        if !stream.fill(&buffer) { finished = true }
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
