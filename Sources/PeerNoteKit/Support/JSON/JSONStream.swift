/// Reads one large JSON document from a file a value at a time, in memory that does not grow
/// with the file: `report --merge` walks a partial file's maps entry by entry and decodes only
/// each entry, whereas a whole part decoded at once is several times its own size.
///
/// The stream checks the document's structure (strings closed, brackets balanced) and finds
/// each value's bytes; `JSONReader` reads them, and `JSONValueDecoder` decodes them. Errors
/// name the file and byte, never the text.
public final class JSONStream {
    /// Where the document comes from, for messages.
    public let source: String
    private let stream: ByteStream
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the value being read starts: bytes from here on are kept when the buffer refills.
    private var mark: Int? = nil
    private var finished = false
    /// Bytes dropped from the front of the buffer so far, for offsets in messages.
    private var dropped = 0

    /// Opens `path` (`-` for standard input).
    public init(path: String) throws(InputError) {
        stream = try ByteStream(path: path)
        source = stream.source
    }

    /// Calls `member` with each key of the object that starts here; `member` must read its value.
    public func object(_ member: (String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(key)
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Calls `element` for each element of the array that starts here; `element` must read it.
    public func array(_ element: () throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try consume(UInt8(ascii: "]")) { return }
        repeat { try element() } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    /// The next value, decoded.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let start = try valueStart()
        do { return try JSONValueDecoder().decode(type, from: try value()) } catch let error as InputError { throw error } catch {
            throw self.error("not the \(String(describing: type).lowercased()) expected here", at: start)
        }
    }

    /// The next value, a whole number.
    public func integer<T: FixedWidthInteger>(_ type: T.Type = Int.self) throws -> T {
        let start = try valueStart()
        guard let number = T(String(decoding: try value(), as: UTF8.self)) else { throw error("expected a whole number", at: start) }
        return number
    }

    /// The next value, a string.
    public func string() throws -> String {
        let start = try valueStart()
        guard try peek() == UInt8(ascii: "\"") else { throw error("expected a string", at: start) }
        var reader = JSONReader(bytes: try value())
        do { return try reader.string() } catch { throw self.error(error.message, at: start) }
    }

    /// Skips the next value.
    public func skip() throws { try scanValue() }

    /// Checks that nothing but whitespace is left.
    public func end() throws {
        if try peek() != nil { throw error("unexpected data after the document", at: offset) }
    }

    // MARK: Bytes

    private var offset: Int { dropped + position }

    /// The offset of the next value, past whitespace.
    private func valueStart() throws -> Int {
        _ = try peek()
        return offset
    }

    private func error(_ message: String, at offset: Int) -> InputError {
        InputError(file: source, message: "byte \(offset + 1): \(message)")
    }

    /// The next byte that is not whitespace, not consumed; nil at the end.
    private func peek() throws -> UInt8? {
        while let byte = try byte() {
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
            position += 1
        }
        return nil
    }

    private func byte() throws -> UInt8? {
        if position == buffer.count { try fill() }
        return position < buffer.count ? buffer[position] : nil
    }

    private func fill() throws {
        guard !finished else { return }
        let keep = mark ?? position
        if keep > 0 {
            buffer.removeFirst(keep)
            dropped += keep
            position -= keep
            if mark != nil { mark = 0 }
        }
        if !stream.fill(&buffer) {
            finished = true
            if let failure = stream.failure { throw InputError(file: source, message: "could not be read: \(failure.reason)") }
        }
    }

    private func consume(_ expected: UInt8) throws -> Bool {
        guard try peek() == expected else { return false }
        position += 1
        return true
    }

    private func expect(_ expected: UInt8) throws {
        guard try consume(expected) else {
            let found = try peek()
            throw error(found == nil ? "unexpected end of the file" : "expected '\(Character(Unicode.Scalar(expected)))'", at: offset)
        }
    }

    /// The bytes of the next value, whole.
    private func value() throws -> [UInt8] {
        _ = try peek()
        mark = position
        defer { mark = nil }
        try scanValue()
        return Array(buffer[mark!..<position])
    }

    /// Moves past the next value: a string, an object or array with everything in it, or a
    /// number or literal up to the next delimiter.
    private func scanValue() throws {
        guard let first = try peek() else { throw error("expected a value", at: offset) }
        position += 1
        switch first {
        case UInt8(ascii: "\""):
            try scanString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var open = [first]
            while let last = open.last {
                guard let byte = try byte() else { throw error("unexpected end of the file", at: offset) }
                position += 1
                switch byte {
                case UInt8(ascii: "\""): try scanString()
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    guard open.count < 512 else { throw error("nested too deeply", at: offset) }
                    open.append(byte)
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    // `{` closes with `}` (0x7B, 0x7D) and `[` with `]` (0x5B, 0x5D).
                    guard byte == last + 2 else { throw error("'\(Character(Unicode.Scalar(byte)))' does not close '\(Character(Unicode.Scalar(last)))'", at: offset - 1) }
                    open.removeLast()
                default: break
                }
            }
        default:
            while let byte = try byte(), !Self.endsLiteral(byte) { position += 1 }
        }
    }

    /// Moves past the rest of a string whose opening quote is read.
    private func scanString() throws {
        while let byte = try byte() {
            position += 1
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") {
                guard try self.byte() != nil else { break }
                position += 1
            }
        }
        throw error("unterminated string", at: offset)
    }

    private static func endsLiteral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09: return true
        default: return false
        }
    }
}
