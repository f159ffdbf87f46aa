/// Reads JSON from bytes in memory, the library's one JSON reader: a JSON Lines record, a
/// language-server message, one value of a partial file (`JSONStream` finds it in the file).
/// It reads into any tree that conforms to `JSONTree`: `JSONValue` for `Codable` types (see
/// `JSONValueDecoder`), or note metadata straight from a record. Errors name the byte column,
/// never the text.
struct JSONReader {
    let bytes: [UInt8]
    var position = 0

    /// A reader at the start of `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The whole of `bytes` as one value, with nothing but whitespace around it.
    static func document<Tree: JSONTree>(_ bytes: [UInt8], as tree: Tree.Type = JSONValue.self) throws(JSONError) -> Tree {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.value(Tree.self)
        reader.skipSpace()
        guard reader.atEnd else { throw reader.error("unexpected data after the value") }
        return value
    }

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

    /// The value at the reader, as a `Tree`: strings decoded, numbers kept as written.
    mutating func value<Tree: JSONTree>(_ tree: Tree.Type, depth: Int = 0) throws(JSONError) -> Tree {
        guard depth < 512 else { throw error("nested too deeply") }
        skipSpace()
        guard let byte = peek else { throw error("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "{"):
            var members: [Tree.Member] = []
            position += 1
            skipSpace()
            if !consume(UInt8(ascii: "}")) {
                repeat {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    guard consume(UInt8(ascii: ":")) else { throw error("expected ':'") }
                    members.append(Tree.member(key, try value(Tree.self, depth: depth + 1)))
                    skipSpace()
                } while consume(UInt8(ascii: ","))
                guard consume(UInt8(ascii: "}")) else { throw error("expected ',' or '}'") }
            }
            return .object(members)
        case UInt8(ascii: "["):
            var items: [Tree] = []
            position += 1
            skipSpace()
            if !consume(UInt8(ascii: "]")) {
                repeat {
                    items.append(try value(Tree.self, depth: depth + 1))
                    skipSpace()
                } while consume(UInt8(ascii: ","))
                guard consume(UInt8(ascii: "]")) else { throw error("expected ',' or ']'") }
            }
            return .array(items)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for literal in JSONLiteral.allCases where bytes[position...].starts(with: literal.rawValue.utf8) {
                position += literal.rawValue.utf8.count
                return .literal(literal)
            }
            throw error("invalid literal")
        default:
            let start = position
            while let digit = peek, (0x30...0x39).contains(digit) || digit == UInt8(ascii: "-") || digit == UInt8(ascii: "+")
                    || digit == UInt8(ascii: ".") || digit == UInt8(ascii: "e") || digit == UInt8(ascii: "E") {
                position += 1
            }
            let number = String(decoding: bytes[start..<position], as: UTF8.self)
            guard position > start, Double(number) != nil else { throw error("invalid value") }
            return .number(number)
        }
    }
}

/// `true`, `false` or `null`, as written.
enum JSONLiteral: String, CaseIterable, Sendable {
    case `true`, `false`, null
}

/// A tree `JSONReader` can read into: one grammar, whichever tree a caller wants.
protocol JSONTree {
    /// One key and value of an object.
    associatedtype Member
    /// A string, decoded.
    static func string(_ text: String) -> Self
    /// A number, its text as written.
    static func number(_ text: String) -> Self
    /// `true`, `false` or `null`.
    static func literal(_ literal: JSONLiteral) -> Self
    /// An array, its items in order.
    static func array(_ items: [Self]) -> Self
    /// One member of an object.
    static func member(_ key: String, _ value: Self) -> Member
    /// An object, its members in the order written.
    static func object(_ members: [Member]) -> Self
}

/// A JSON value as read: what `JSONValueDecoder` decodes from, and what a language-server
/// message keeps of what it does not read itself (a request's id, its params).
enum JSONValue: Equatable, Sendable, JSONTree {
    case null
    case bool(Bool)
    /// A number's text as written, so that it is never rounded on its way through.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order written.
    case object([Member])

    /// One key and its value.
    struct Member: Equatable, Sendable {
        var key: String
        var value: JSONValue
    }

    static func literal(_ literal: JSONLiteral) -> JSONValue {
        switch literal {
        case .true: .bool(true)
        case .false: .bool(false)
        case .null: .null
        }
    }

    static func member(_ key: String, _ value: JSONValue) -> Member { Member(key: key, value: value) }

    /// The value of `key` in an object (the last, should a key repeat); nil for anything else.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string; nil for anything else.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}

/// Why JSON text could not be read.
public struct JSONError: Error, Sendable {
    /// 1-based byte column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
}
