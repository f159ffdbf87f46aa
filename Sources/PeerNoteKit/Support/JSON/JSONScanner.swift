/// Reads JSON from bytes in memory: a JSON Lines record, or one key or value of a partial file.
/// Errors name the byte column, never the text.
struct JSONScanner {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { position >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[position] }

    func error(_ message: String) -> JSONError { JSONError(column: position + 1, message: message) }

    mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { position += 1 }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    mutating func string() throws(JSONError) -> String {
        guard consume(UInt8(ascii: "\"")) else { throw error("expected a string") }
        // Most of a note is plain text: find the closing quote first, and copy it whole if
        // nothing in between needs decoding.
        var end = bytes.withUnsafeBufferPointer { JSON.nextSpecial(in: $0, from: position, orE2: false) }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            defer { position = end + 1 }
            guard let decoded = String(validating: bytes[position..<end], as: UTF8.self) else { throw error("string is not valid UTF-8") }
            return decoded
        }
        // Decoded text is never longer than the rest of the line: room for it at once, where
        // growing it escape by escape reallocated a note several times. The plain text between
        // escapes (a line of a note between two "\n") is found and copied in one piece.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count - position)
        while true {
            utf8.append(contentsOf: bytes[position..<end])
            position = end
            guard let byte = peek else { break }
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let decoded = String(validating: utf8, as: UTF8.self) else { throw error("string is not valid UTF-8") }
                return decoded
            case UInt8(ascii: "\\"):
                guard let escape = peek else { break }
                position += 1
                switch escape {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) {
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let value = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                    utf8.append(contentsOf: Array(String(Character(value)).utf8))
                default: throw error("invalid escape")
                }
            case 0x00..<0x20:
                throw error("control character in a string")
            default:
                utf8.append(byte)
            }
            end = bytes.withUnsafeBufferPointer { JSON.nextSpecial(in: $0, from: position, orE2: false) }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(JSONError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The value at the scanner, as metadata: strings are quoted text; numbers, booleans and
    /// null are plain text as written.
    mutating func value(depth: Int = 0) throws(JSONError) -> MetadataValue {
        guard depth < 512 else { throw error("nested too deeply") }
        skipSpace()
        guard let byte = peek else { throw error("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            return MetadataValue(content: .text(try string(), isPlain: false), line: 1)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = byte == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var fields: [MetadataValue.Field] = [], items: [MetadataValue] = []
            position += 1
            skipSpace()
            if !consume(close) {
                repeat {
                    skipSpace()
                    if isObject {
                        let key = try string()
                        skipSpace()
                        guard consume(UInt8(ascii: ":")) else { throw error("expected ':'") }
                        fields.append(.init(key: key, line: 1, value: try value(depth: depth + 1)))
                    } else {
                        items.append(try value(depth: depth + 1))
                    }
                    skipSpace()
                } while consume(UInt8(ascii: ","))
                guard consume(close) else { throw error("expected ',' or '\(Character(Unicode.Scalar(close)))'") }
            }
            return MetadataValue(content: isObject ? .mapping(fields) : .list(items), line: 1)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where bytes[position...].starts(with: word.utf8) {
                position += word.utf8.count
                return MetadataValue(content: .text(word, isPlain: true), line: 1)
            }
            throw error("invalid literal")
        default:
            let start = position
            while let digit = peek, (0x30...0x39).contains(digit) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(digit) {
                position += 1
            }
            let number = String(decoding: bytes[start..<position], as: UTF8.self)
            guard position > start, Double(number) != nil else { throw error("invalid value") }
            return MetadataValue(content: .text(number, isPlain: true), line: 1)
        }
    }
}

/// Why JSON text could not be read.
public struct JSONError: Error, Sendable {
    /// 1-based byte column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
}
