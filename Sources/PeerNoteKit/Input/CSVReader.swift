import Foundation

/// Streams the records of a CSV file (RFC 4180) in constant memory: quoted fields with `""`
/// escapes and line breaks inside them, CRLF, LF or CR endings, a UTF-8 byte order mark.
/// Each record comes with the physical line it starts on, for `file:line` messages.
///
/// A quote that is never closed swallows the rows after it into one field. The first record
/// (the header) gives the number of fields a row has; a quoted field that runs across lines
/// and is then closed by what can only be a later row's opening quote (a quote followed by
/// text), while the line after its first line break reads as a whole row of its own, is
/// reported with both line numbers, and reading resumes on that next line: no row is lost.
public final class CSVReader {
    /// Where the records come from, for messages.
    public let source: String
    private let stream: ByteStream
    private let maximumRecordBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the record being read starts in `buffer`: kept until it is read, so that reading
    /// can go back into it.
    private var recordStart = 0
    private var finished = false
    private var line = 1
    /// The header's field count, once the first record is read.
    private var expectedFields: Int?

    /// Opens `path` (`-` for standard input).
    public init(path: String, maximumRecordBytes: Int = 16 << 20) throws(InputError) {
        stream = try ByteStream(path: path)
        source = stream.source
        self.maximumRecordBytes = maximumRecordBytes
        // The first bytes are read before any record, so the file can be judged as a whole.
        while buffer.count < UTF8Bytes.sniffedCount && !finished { fill() }
        notRecords = NoteReader.exportProblem(buffer, id: source)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// Why the file cannot hold records at all (binary, or UTF-16), found in its first bytes;
    /// nil for text. `NoteSource` reports it instead of reading the rows.
    private(set) var notRecords: InputError?

    /// The next record and the line it starts on; an error for a record that cannot be read
    /// (unclosed quote, not UTF-8, too long); nil at the end. Blank lines are skipped.
    public func next() -> (line: Int, result: Result<[String], InputError>)? {
        while true {
            guard let (startLine, record) = readRecord() else { return nil }
            switch record {
            case .success(let fields) where fields == [""]: continue
            case .success(let fields):
                if expectedFields == nil { expectedFields = fields.count }
                return (startLine, record)
            default: return (startLine, record)
            }
        }
    }

    private func readRecord() -> (Int, Result<[String], InputError>)? {
        if position >= buffer.count { fill() }
        guard position < buffer.count else { return unreadable(at: line) }
        recordStart = position
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false, wasQuoted = false
        // Just after the first line break inside a quoted field: where a swallowed row would start.
        var firstBreak: (offset: Int, line: Int)?
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
            if position - recordStart > maximumRecordBytes {
                skipRecord(quoted: quoted)
                return (startLine, .failure(InputError(file: source, line: startLine, message: "the record is longer than \(maximumRecordBytes >> 20) MB")))
            }
            if quoted {
                if byte == 0x22 {
                    if peek() == 0x22 { field.append(0x22); position += 1; continue }
                    quoted = false
                    // A closing quote followed by text, in a field that ran across lines: the quote
                    // that opened it was probably never closed, and rows were swallowed.
                    if let firstBreak, let next = peek(), next != 0x2C && next != 0x0A && next != 0x0D,
                       let expectedFields, fieldCount(ofLineAt: firstBreak.offset) == expectedFields {
                        let closedOn = line
                        position = recordStart + firstBreak.offset
                        line = firstBreak.line
                        return (startLine, .failure(InputError(file: source, line: startLine, message:
                            "a quoted field opened on this line is closed only on line \(closedOn), and line \(firstBreak.line) reads as a row of its own: a quote is probably missing; this row is skipped and the rows from line \(firstBreak.line) on are read")))
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && peek() != 0x0A) {
                        line += 1
                        if firstBreak == nil { firstBreak = (position - recordStart, line) }
                    }
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

    /// How many fields the line starting `offset` bytes into the current record has when read
    /// as a record of its own; nil when it does not end as a record would (a quote left open,
    /// or a closing quote followed by text).
    private func fieldCount(ofLineAt offset: Int) -> Int? {
        var index = recordStart + offset
        var count = 1, quoted = false, atFieldStart = true
        while true {
            if index >= buffer.count {
                // The line runs on past what is read so far: read more, keeping this record.
                let before = recordStart
                fill()
                index -= before - recordStart
                guard index < buffer.count else { return quoted ? nil : count }
            }
            let byte = buffer[index]
            index += 1
            if quoted {
                guard byte == 0x22 else { continue }
                if index < buffer.count && buffer[index] == 0x22 { index += 1; continue }
                quoted = false
                if index < buffer.count, ![0x2C, 0x0A, 0x0D].contains(buffer[index]) { return nil }
                continue
            }
            switch byte {
            case 0x22 where atFieldStart: quoted = true
            case 0x2C: count += 1; atFieldStart = true; continue
            case 0x0A, 0x0D: return count
            default: break
            }
            atFieldStart = false
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

    /// Reads more, first dropping what is before the current record.
    private func fill() {
        guard !finished else { return }
        let drop = min(recordStart, position)
        if drop > 0 {
            buffer.removeSubrange(..<drop)
            position -= drop
            recordStart -= drop
        }
        if !stream.fill(&buffer) { finished = true }
    }
}
