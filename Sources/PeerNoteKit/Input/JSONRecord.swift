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
        var reader = JSONReader(bytes: line)
        reader.skipSpace()
        guard reader.consume(UInt8(ascii: "{")) else { throw reader.error("expected a JSON object") }
        var fields: [(String, String)] = []
        fields.reserveCapacity(4)
        var metadata: [MetadataValue.Field] = []
        var id: String? = nil, text: String? = nil
        reader.skipSpace()
        if !reader.consume(UInt8(ascii: "}")) {
            repeat {
                reader.skipSpace()
                let key = try reader.string()
                reader.skipSpace()
                guard reader.consume(UInt8(ascii: ":")) else { throw reader.error("expected ':' after a key") }
                reader.skipSpace()
                let start = reader.position
                if key == "text" || (key == "id" && reader.peek == UInt8(ascii: "\"")) {
                    let value = try reader.string()
                    if key == "text" { text = value } else { id = value }
                } else {
                    let value = try reader.value(MetadataValue.self)
                    if key == "id" { id = String(decoding: line[start..<reader.position], as: UTF8.self) }
                    else { metadata.append(.init(key: key, line: 1, value: value)) }
                }
                fields.append((key, key == "text" ? "" : String(decoding: line[start..<reader.position], as: UTF8.self)))
                reader.skipSpace()
            } while reader.consume(UInt8(ascii: ","))
            guard reader.consume(UInt8(ascii: "}")) else { throw reader.error("expected ',' or '}'") }
        }
        reader.skipSpace()
        guard reader.atEnd else { throw reader.error("unexpected data after the object") }
        guard let text else { throw JSONError(column: nil, message: "the record has no \"text\" string") }
        self.id = id ?? ""
        self.text = text
        self.fields = fields
        self.metadata = metadata
    }
}

/// A record's other fields are read by `JSONReader` straight into note metadata: strings are
/// quoted text; numbers, booleans and null are plain text as written.
extension MetadataValue: JSONTree {
    static func string(_ text: String) -> MetadataValue { MetadataValue(content: .text(text, isPlain: false), line: 1) }
    static func number(_ text: String) -> MetadataValue { MetadataValue(content: .text(text, isPlain: true), line: 1) }
    static func literal(_ literal: JSONLiteral) -> MetadataValue { MetadataValue(content: .text(literal.rawValue, isPlain: true), line: 1) }
    static func array(_ items: [MetadataValue]) -> MetadataValue { MetadataValue(content: .list(items), line: 1) }
    static func member(_ key: String, _ value: MetadataValue) -> Field { Field(key: key, line: 1, value: value) }
    static func object(_ members: [Field]) -> MetadataValue { MetadataValue(content: .mapping(members), line: 1) }
}
