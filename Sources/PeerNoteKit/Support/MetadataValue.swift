import Yams

/// A metadata value, whichever format it came from: YAML front matter or plan files, a JSON
/// Lines record, a CSV row. `MetadataReader` reads fields from this one shape, so a JSON record
/// is not turned into YAML text to be parsed again.
struct MetadataValue: Equatable, Sendable {
    /// One `key: value` of a mapping, with the line its key is on.
    struct Field: Equatable, Sendable {
        var key: String
        var line: Int
        var value: MetadataValue
    }

    /// What the value is.
    enum Content: Equatable, Sendable {
        /// A scalar. `isPlain` is true when it was written without quotes (YAML plain, or a
        /// JSON number, boolean or null): only then do `null`, `~` and an empty value mean nothing.
        case text(String, isPlain: Bool)
        /// A list, such as `goals:`.
        case list([MetadataValue])
        /// Keys and values, in the order written.
        case mapping([Field])
    }

    var content: Content
    /// The 1-based line the value starts on.
    var line: Int

    /// The scalar's text; nil for a list or a mapping.
    var text: String? {
        if case .text(let text, _) = content { return text }
        return nil
    }

    /// Whether the value says "nothing here": an unquoted `null`, `~` or empty scalar.
    var isNull: Bool {
        guard case .text(let text, true) = content else { return false }
        return text.isEmpty || text == "null" || text == "~"
    }

    /// The fields of a mapping; nil for anything else.
    var fields: [Field]? {
        if case .mapping(let fields) = content { return fields }
        return nil
    }

    /// The value of `key` in a mapping (the last one, should a key repeat).
    subscript(key: String) -> MetadataValue? {
        fields?.last { $0.key == key }?.value
    }

    /// A YAML boolean (see `YAMLSupport.flag`).
    var flag: Bool? { text.flatMap(YAMLSupport.flag) }
    /// A whole number written as digits.
    var integer: Int? { text.flatMap(YAMLSupport.integer) }
}

extension MetadataValue {
    /// The value of a node composed by Yams. Keys that are not scalars are left out: no
    /// metadata field is named by a list.
    init(_ node: Node) {
        line = node.mark?.line ?? 1
        switch node {
        case .scalar(let scalar):
            content = .text(scalar.string, isPlain: scalar.style == .plain)
        case .sequence(let sequence):
            content = .list(sequence.map(MetadataValue.init))
        case .mapping(let mapping):
            content = .mapping(mapping.compactMap { pair in
                pair.key.scalar.map { Field(key: $0.string, line: pair.key.mark?.line ?? 1, value: MetadataValue(pair.value)) }
            })
        case .alias:
            content = .text("", isPlain: true)
        }
    }
}
