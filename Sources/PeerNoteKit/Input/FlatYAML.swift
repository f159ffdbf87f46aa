/// The plain front matter most notes have — `key: value` lines — read without a YAML parser.
///
/// Composing every note's front matter with Yams was a quarter of `check` over a folder of notes.
/// This reader takes only what it reads exactly as YAML does: ASCII lines of a simple key, a colon
/// and an unquoted value with no YAML syntax in it, blank lines and `#` comment lines. Anything
/// else — lists, quotes, a comment after a value, indentation, tabs, characters YAML treats
/// specially, a repeated key — it declines, and Yams reads the document instead. A test holds the two equal on every
/// front matter in the Corpus and on the edge cases.
enum FlatYAML {
    /// The mapping, or nil when the document is not plain `key: value` lines (or has none).
    static func mapping(_ yaml: String) -> MetadataValue? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> MetadataValue? in
            var fields: [MetadataValue.Field] = []
            var start = 0, line = 0
            while start < bytes.count {
                line += 1
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let next = end + 1
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                defer { start = next }
                let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
                guard isPrintable(text) else { return nil }
                guard !text.isEmpty, text[0] != 0x23 else { continue }          // blank or `# comment`
                guard let field = self.field(text, line: line), !fields.contains(where: { $0.key == field.key }) else { return nil }
                fields.append(field)
            }
            guard let first = fields.first else { return nil }
            return MetadataValue(content: .mapping(fields), line: first.line)
        }
    }

    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> MetadataValue.Field? {
        guard isKeyStart(bytes[0]) else { return nil }
        var colon = 1
        while colon < bytes.count && isKeyByte(bytes[colon]) { colon += 1 }
        guard colon < bytes.count, colon <= 128, bytes[colon] == 0x3A else { return nil }
        var valueStart = colon + 1
        guard valueStart == bytes.count || bytes[valueStart] == 0x20 else { return nil }
        while valueStart < bytes.count && bytes[valueStart] == 0x20 { valueStart += 1 }
        var valueEnd = bytes.count
        while valueEnd > valueStart && bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
        guard isPlain(value) else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<colon]), as: UTF8.self)
        return MetadataValue.Field(key: key, line: line,
                                   value: MetadataValue(content: .text(String(decoding: value, as: UTF8.self), isPlain: true), line: line))
    }

    /// Whether YAML reads `value` as exactly its own text: no indicator first, and no `: `,
    /// trailing `:` or ` #` inside.
    private static func isPlain(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = value.first else { return true }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            return false
        default: break
        }
        for index in value.indices {
            switch value[index] {
            case UInt8(ascii: ":") where index + 1 == value.count || value[index + 1] == 0x20: return false
            case UInt8(ascii: "#") where value[index - 1] == 0x20: return false
            default: continue
            }
        }
        return true
    }

    /// Text YAML reads as it is: no tabs, control characters or stray carriage returns, and
    /// none of the characters YAML reads as line breaks (NEL, U+2028, U+2029) or refuses
    /// (C1 controls, U+FEFF, U+FFFE, U+FFFF). The bytes are valid UTF-8 already.
    private static func isPrintable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F else { return false }
            } else if byte == 0xC2 {
                guard index + 1 < bytes.count, bytes[index + 1] >= 0xA0 else { return false }
            } else if byte == 0xE2 || byte == 0xEF, index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if byte == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
                if byte == 0xEF && ((second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE)) { return false }
            }
            index += 1
        }
        return true
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }
}
