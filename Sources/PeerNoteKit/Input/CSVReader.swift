import Foundation

/// Streams the records of a CSV file (RFC 4180) in constant memory: quoted fields with `""`
/// escapes and line breaks inside them, CRLF, LF or CR endings, a UTF-8 byte order mark.
/// Each record comes with the physical line it starts on, for `file:line` messages.
public final class CSVReader {
    /// Where the records come from, for messages.
    public let source: String
    private let stream: ByteStream
    private let maximumRecordBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var line = 1

    /// Opens `path` (`-` for standard input).
    public init(path: String, maximumRecordBytes: Int = 16 << 20) throws(InputError) {
        stream = try ByteStream(path: path)
        source = stream.source
        self.maximumRecordBytes = maximumRecordBytes
        fill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next record and the line it starts on; an error for a record that cannot be read
    /// (unclosed quote, not UTF-8, too long); nil at the end. Blank lines are skipped.
    public func next() -> (line: Int, result: Result<[String], InputError>)? {
        while true {
            guard let (startLine, record) = readRecord() else { return nil }
            switch record {
            case .success(let fields) where fields == [""]: continue
            default: return (startLine, record)
            }
        }
    }

    private func readRecord() -> (Int, Result<[String], InputError>)? {
        if position >= buffer.count { fill() }
        guard position < buffer.count else { return unreadable(at: line) }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false, wasQuoted = false
        var recordBytes = 0
        func finishField() -> InputError? {
            guard let text = String(validating: field, as: UTF8.self) else {
                return InputError(file: source, line: startLine, message: "field \(fields.count + 1) is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            return nil
        }
        while true {
            if position >= buffer.count { fill() }
            guard position < buffer.count else {
                if let failure = unreadable(at: startLine) { return failure }
                // End of input ends the record, unless a quote is still open.
                if quoted { return (startLine, .failure(InputError(file: source, line: startLine, message: "a quoted field is never closed"))) }
                if let error = finishField() { return (startLine, .failure(error)) }
                return (startLine, .success(fields))
            }
            let byte = buffer[position]
            position += 1
            recordBytes += 1
            if recordBytes > maximumRecordBytes {
                skipRecord(quoted: quoted)
                return (startLine, .failure(InputError(file: source, line: startLine, message: "the record is longer than \(maximumRecordBytes >> 20) MB")))
            }
            if quoted {
                if byte == 0x22 {
                    if peek() == 0x22 { field.append(0x22); position += 1 } else { quoted = false }
                } else {
                    if byte == 0x0A || (byte == 0x0D && peek() != 0x0A) { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case 0x2C:
                if let error = finishField() { skipRecord(quoted: false); return (startLine, .failure(error)) }
            case 0x0D, 0x0A:
                if byte == 0x0D && peek() == 0x0A { position += 1 }
                line += 1
                if let error = finishField() { return (startLine, .failure(error)) }
                return (startLine, .success(fields))
            default:
                field.append(byte)
            }
        }
    }

    /// The read failure that ended the input early, said once, at `line`; nil when the input
    /// simply ended.
    private func unreadable(at line: Int) -> (Int, Result<[String], InputError>)? {
        stream.unreadable(at: line).map { (line, .failure($0)) }
    }

    private func peek() -> UInt8? {
        if position >= buffer.count { fill() }
        return position < buffer.count ? buffer[position] : nil
    }

    /// Skips to the end of the current record after an error.
    private func skipRecord(quoted: Bool) {
        var quoted = quoted
        while true {
            if position >= buffer.count { fill() }
            guard position < buffer.count else { return }
            let byte = buffer[position]
            position += 1
            if byte == 0x22 { quoted.toggle(); continue }
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && peek() == 0x0A { position += 1 }
                line += 1
                if !quoted { return }
            }
        }
    }

    private func fill() {
        guard !finished else { return }
        if position > 0 {
            buffer.removeSubrange(..<position)
            position = 0
        }
        if !stream.fill(&buffer) { finished = true }
    }
}
