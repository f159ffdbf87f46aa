/// One JSON Lines record: `{"id": …, "text": …, …}`. Other fields are kept byte for byte,
/// in their order, so a result line can carry them through a pipeline unchanged.
public struct JSONRecord: Sendable {
    /// The `id` field as text (a JSON string's value, or a number's digits); empty if absent.
    public var id: String
    /// The `text` field.
    public var text: String
    /// Every field, in order, as its key and its raw JSON value; `text`'s raw value is left
    /// empty (its decoded value is `text`): a second copy of every note was never read.
    public var fields: [(key: String, rawValue: String)]
    /// The fields other than `id` and `text`, read as note metadata.
    var metadata: [MetadataValue.Field]

    /// Parses one line. Errors name the column; they never quote the record.
    public init(line: [UInt8]) throws(JSONError) {
        var scanner = JSONScanner(bytes: line)
        scanner.skipSpace()
        guard scanner.consume(UInt8(ascii: "{")) else { throw scanner.error("expected a JSON object") }
        var fields: [(String, String)] = []
        fields.reserveCapacity(4)
        var metadata: [MetadataValue.Field] = []
        var id: String? = nil, text: String? = nil
        scanner.skipSpace()
        if !scanner.consume(UInt8(ascii: "}")) {
            repeat {
                scanner.skipSpace()
                let key = try scanner.string()
                scanner.skipSpace()
                guard scanner.consume(UInt8(ascii: ":")) else { throw scanner.error("expected ':' after a key") }
                scanner.skipSpace()
                let start = scanner.position
                if key == "text" || (key == "id" && scanner.peek == UInt8(ascii: "\"")) {
                    let value = try scanner.string()
                    if key == "text" { text = value } else { id = value }
                } else {
                    let value = try scanner.value()
                    if key == "id" { id = String(decoding: line[start..<scanner.position], as: UTF8.self) }
                    else { metadata.append(.init(key: key, line: 1, value: value)) }
                }
                fields.append((key, key == "text" ? "" : String(decoding: line[start..<scanner.position], as: UTF8.self)))
                scanner.skipSpace()
            } while scanner.consume(UInt8(ascii: ","))
            guard scanner.consume(UInt8(ascii: "}")) else { throw scanner.error("expected ',' or '}'") }
        }
        scanner.skipSpace()
        guard scanner.atEnd else { throw scanner.error("unexpected data after the object") }
        guard let text else { throw JSONError(column: nil, message: "the record has no \"text\" string") }
        self.id = id ?? ""
        self.text = text
        self.fields = fields
        self.metadata = metadata
    }
}
