/// An `Encoder` that writes a `Codable` value straight into a `JSONWriter`, in the order the
/// value encodes itself: no tree of values is built, so a value costs no more memory than its
/// text.
///
/// It supports containers used one after another, as synthesized conformances and the
/// standard library's arrays, dictionaries and optionals use them: a keyed, unkeyed or
/// single-value container per value, nested containers, and a container left behind once the
/// next member is written. It does not support going back to a container after a later sibling
/// was started, or a `superEncoder` used later than where it was asked for. An optional that
/// is nil is left out of an object (`encodeIfPresent`) and written as `null` elsewhere.
///
/// With `sortingKeys`, each object's members come out in key order (UTF-8 bytes), as with
/// `JSONEncoder`'s `.sortedKeys`: they are written in encode order and put in order when the
/// object closes.
final class JSONWriterEncoder: Encoder {
    /// The writer, borrowed for one `encode` call.
    fileprivate let json: UnsafeMutablePointer<JSONWriter>
    fileprivate let sortingKeys: Bool
    /// The objects and arrays opened by containers and not closed yet, outermost first.
    fileprivate var open: [Open] = []
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    fileprivate struct Open {
        var isObject: Bool
        /// The members written so far and where each starts, when keys are sorted.
        var members: [(key: String, start: Int)] = []
    }

    private init(json: UnsafeMutablePointer<JSONWriter>, sortingKeys: Bool) {
        self.json = json
        self.sortingKeys = sortingKeys
    }

    /// Writes `value` into `json` as its `Encodable` conformance encodes it.
    static func encode(_ value: some Encodable, into json: inout JSONWriter, sortingKeys: Bool = false) throws {
        try withUnsafeMutablePointer(to: &json) { pointer in
            let encoder = JSONWriterEncoder(json: pointer, sortingKeys: sortingKeys)
            try encoder.value(value)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, level: openContainer(isObject: true), codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        UnkeyedContainer(encoder: self, level: openContainer(isObject: false), codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleValueContainer(encoder: self, level: open.count, codingPath: codingPath)
    }

    // MARK: Writing

    /// Opens an object or array where a value is due; returns its level.
    fileprivate func openContainer(isObject: Bool) -> Int {
        if isObject { json.pointee.openObject() } else { json.pointee.openArray() }
        open.append(Open(isObject: isObject))
        return open.count - 1
    }

    /// Closes what was opened above `level`: a container is done once its parent writes on.
    fileprivate func close(above level: Int) {
        while open.count > level + 1 {
            let closing = open.removeLast()
            if closing.isObject {
                if sortingKeys { json.pointee.sortMembers(closing.members) }
                json.pointee.closeObject()
            } else {
                json.pointee.closeArray()
            }
        }
    }

    /// Writes the key of a member of the object at `level`.
    fileprivate func key(_ key: String, level: Int) {
        close(above: level)
        if sortingKeys {
            open[level].members.append((key, json.pointee.memberStart(escaping: key)))
        } else {
            json.pointee.key(escaping: key)
        }
    }

    /// Writes one value where one is due: scalars directly, anything else by its conformance,
    /// whatever it opened closed when it returns. A value that encodes nothing is `{}`, as
    /// with `JSONEncoder`.
    fileprivate func value<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: json.pointee.string(text)
        case let number as Int: json.pointee.number(number)
        case let flag as Bool: json.pointee.bool(flag)
        case let number as Double: json.pointee.number(number)
        case let number as any FixedWidthInteger: json.pointee.number(number)
        case let number as Float: number.isFinite && number.rounded() != number ? json.pointee.raw(number.description) : json.pointee.number(Double(number))
        case let tree as JSONValue: json.pointee.write(tree)
        default:
            let depth = open.count, before = json.pointee.byteCount
            try value.encode(to: self)
            close(above: depth - 1)
            if json.pointee.byteCount == before {
                json.pointee.openObject()
                json.pointee.closeObject()
            }
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONWriterEncoder
    let level: Int
    var codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        encoder.key(key.stringValue, level: level)
        encoder.json.pointee.null()
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.key(key.stringValue, level: level)
        encoder.codingPath = codingPath + [key]
        defer { encoder.codingPath = codingPath }
        try encoder.value(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.key(key.stringValue, level: level)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, level: encoder.openContainer(isObject: true), codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        encoder.key(key.stringValue, level: level)
        return UnkeyedContainer(encoder: encoder, level: encoder.openContainer(isObject: false), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder {
        encoder.key("super", level: level)
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        encoder.key(key.stringValue, level: level)
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONWriterEncoder
    let level: Int
    var codingPath: [CodingKey]
    private(set) var count = 0

    init(encoder: JSONWriterEncoder, level: Int, codingPath: [CodingKey]) {
        self.encoder = encoder
        self.level = level
        self.codingPath = codingPath
    }

    mutating func encodeNil() throws {
        encoder.close(above: level)
        encoder.json.pointee.null()
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.close(above: level)
        count += 1
        try encoder.value(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.close(above: level)
        count += 1
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, level: encoder.openContainer(isObject: true), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        encoder.close(above: level)
        count += 1
        return UnkeyedContainer(encoder: encoder, level: encoder.openContainer(isObject: false), codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder {
        encoder.close(above: level)
        count += 1
        return encoder
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONWriterEncoder
    /// How many containers were open when it was asked for.
    let level: Int
    var codingPath: [CodingKey]

    mutating func encodeNil() throws {
        encoder.close(above: level - 1)
        encoder.json.pointee.null()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.close(above: level - 1)
        try encoder.value(value)
    }
}

extension JSONWriter {
    /// Writes `value` as its `Encodable` conformance encodes it (see `JSONWriterEncoder`).
    mutating func encode(_ value: some Encodable, sortingKeys: Bool = false) throws {
        try JSONWriterEncoder.encode(value, into: &self, sortingKeys: sortingKeys)
    }

    /// Writes a value read by `JSONReader` back as JSON, members in their order.
    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): raw(text)
        case .string(let text): string(text)
        case .array(let items):
            openArray()
            for item in items { write(item) }
            closeArray()
        case .object(let members):
            openObject()
            for member in members {
                key(escaping: member.key)
                write(member.value)
            }
            closeObject()
        }
    }
}
