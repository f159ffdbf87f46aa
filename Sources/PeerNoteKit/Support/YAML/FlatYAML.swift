/// The plain front matter most notes have — `key: value` lines, and a `goals:` list of small
/// mappings, as a block or on one line — read without a YAML parser.
///
/// Composing every note's front matter with Yams was a quarter of `check` over a folder of notes.
/// This reader takes only what it reads exactly as YAML does: ASCII keys; values unquoted with no
/// YAML syntax in them, or quoted with no quote or escape inside; a list whose items are such
/// `key: value` mappings; blank lines and `#` comment lines. Anything else — nested lists, escapes,
/// a comment after a value, tabs, characters YAML treats specially, a repeated key — it declines,
/// and Yams reads the document instead. A test holds the two equal on every front matter and
/// plan in the Corpus and on the edge cases.
enum FlatYAML {
    /// The mapping, or nil when the document is not plain `key: value` lines (or has none).
    static func mapping(_ yaml: String) -> MetadataValue? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> MetadataValue? in
            guard let lines = lines(of: bytes) else { return nil }
            var fields: [MetadataValue.Field] = []
            var index = 0
            while index < lines.count {
                let (number, text) = lines[index]
                index += 1
                guard let (key, value) = keyAndValue(text, indent: 0), !fields.contains(where: { $0.key == key }) else { return nil }
                if value.isEmpty, index < lines.count, continuesBlock(lines[index].text) {
                    guard let list = list(lines, from: &index) else { return nil }
                    fields.append(.init(key: key, line: number, value: list))
                } else {
                    guard let scalar = value.first == 0x5B ? flowList(value, line: number) : scalar(value, line: number) else { return nil }
                    fields.append(.init(key: key, line: number, value: scalar))
                }
            }
            guard let first = fields.first else { return nil }
            return MetadataValue(content: .mapping(fields), line: first.line)
        }
    }

    /// The lines with text, numbered from 1; nil if any has text YAML reads otherwise.
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [(number: Int, text: UnsafeBufferPointer<UInt8>)]? {
        var lines: [(number: Int, text: UnsafeBufferPointer<UInt8>)] = []
        var start = 0, number = 0
        while start < bytes.count {
            number += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = next
            guard isPrintable(text) else { return nil }
            if text.allSatisfy({ $0 == 0x20 }) || text[0] == 0x23 { continue }          // blank, or `# comment`
            lines.append((number, text))
        }
        return lines
    }

    /// A block list of small mappings (`- id: G1` then `  text: …`), starting at `index`.
    private static func list(_ lines: [(number: Int, text: UnsafeBufferPointer<UInt8>)], from index: inout Int) -> MetadataValue? {
        var items: [MetadataValue] = []
        let indent = lines[index].text.prefix { $0 == 0x20 }.count
        while index < lines.count, continuesBlock(lines[index].text) {
            let (number, text) = lines[index]
            // `- key: value` at the list's indent, then `key: value` lines two further in.
            guard text.count > indent + 2, text.prefix(indent).allSatisfy({ $0 == 0x20 }), text[indent] == 0x2D, text[indent + 1] == 0x20,
                  let (key, value) = keyAndValue(UnsafeBufferPointer(rebasing: text[(indent + 2)...]), indent: 0),
                  let first = scalar(value, line: number) else { return nil }
            var fields = [MetadataValue.Field(key: key, line: number, value: first)]
            index += 1
            while index < lines.count, let (key, value) = keyAndValue(lines[index].text, indent: indent + 2) {
                guard !fields.contains(where: { $0.key == key }), let scalar = scalar(value, line: lines[index].number) else { return nil }
                fields.append(.init(key: key, line: lines[index].number, value: scalar))
                index += 1
            }
            items.append(MetadataValue(content: .mapping(fields), line: number))
        }
        // A list is followed by another top-level key, or by nothing.
        guard let first = items.first, index == lines.count || lines[index].text[0] != 0x20 else { return nil }
        return MetadataValue(content: .list(items), line: first.line)
    }

    /// A list of small mappings on one line: `[{id: G1, text: "…"}, {id: G2, text: …}]`.
    private static func flowList(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> MetadataValue? {
        var index = 1, items: [MetadataValue] = []
        func skipSpaces() { while index < bytes.count && bytes[index] == 0x20 { index += 1 } }
        skipSpaces()
        while index < bytes.count && bytes[index] == 0x7B {                     // {
            index += 1
            var fields: [MetadataValue.Field] = []
            repeat {
                skipSpaces()
                let keyStart = index
                guard index < bytes.count, isKeyStart(bytes[index]) else { return nil }
                while index < bytes.count && isKeyByte(bytes[index]) { index += 1 }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<index]), as: UTF8.self)
                guard index + 1 < bytes.count, bytes[index] == 0x3A, bytes[index + 1] == 0x20, !fields.contains(where: { $0.key == key }) else { return nil }
                index += 2
                skipSpaces()
                // A value runs to its closing quote, or unquoted to the next `,` or `}`.
                let valueStart = index
                if index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 {
                    let quote = bytes[index]
                    index += 1
                    while index < bytes.count && bytes[index] != quote { index += 1 }
                    index += 1
                } else {
                    while index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x7D {
                        switch bytes[index] {
                        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "\""): return nil
                        default: index += 1
                        }
                    }
                }
                guard index <= bytes.count else { return nil }
                var valueEnd = index
                while valueEnd > valueStart && bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
                guard let value = scalar(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), line: line) else { return nil }
                fields.append(.init(key: key, line: line, value: value))
                skipSpaces()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == 0x7D { break }                              // }
                guard bytes[index - 1] == 0x2C else { return nil }                 // ,
            } while true
            items.append(MetadataValue(content: .mapping(fields), line: line))
            skipSpaces()
            guard index < bytes.count else { return nil }
            index += 1
            if bytes[index - 1] == 0x5D { break }                                  // ]
            guard bytes[index - 1] == 0x2C else { return nil }
            skipSpaces()
        }
        // Only `]` may close the list, as the last character.
        guard index == bytes.count, bytes[index - 1] == 0x5D, !items.isEmpty else { return nil }
        return MetadataValue(content: .list(items), line: line)
    }

    /// Whether a line belongs to the block above it: indented, or a `-` list item.
    private static func continuesBlock(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text[0] == 0x20 || text[0] == 0x2D
    }

    /// `key: value` after exactly `indent` spaces: the key and the value without surrounding spaces.
    private static func keyAndValue(_ bytes: UnsafeBufferPointer<UInt8>, indent: Int) -> (String, UnsafeBufferPointer<UInt8>)? {
        guard bytes.count > indent, bytes.prefix(indent).allSatisfy({ $0 == 0x20 }), isKeyStart(bytes[indent]) else { return nil }
        var colon = indent + 1
        while colon < bytes.count && isKeyByte(bytes[colon]) { colon += 1 }
        guard colon < bytes.count, colon - indent <= 128, bytes[colon] == 0x3A else { return nil }
        var valueStart = colon + 1
        guard valueStart == bytes.count || bytes[valueStart] == 0x20 else { return nil }
        while valueStart < bytes.count && bytes[valueStart] == 0x20 { valueStart += 1 }
        var valueEnd = bytes.count
        while valueEnd > valueStart && bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[indent..<colon]), as: UTF8.self),
                UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
    }

    /// A value YAML reads as exactly its text: quoted with no quote or escape inside, or unquoted
    /// with no indicator first and no `: `, trailing `:` or ` #` inside.
    private static func scalar(_ value: UnsafeBufferPointer<UInt8>, line: Int) -> MetadataValue? {
        if let quote = value.first, quote == 0x22 || quote == 0x27 {
            let inner = UnsafeBufferPointer(rebasing: value.dropFirst().dropLast())
            guard value.count >= 2, value.last == quote, !inner.contains(where: { $0 == quote || (quote == 0x22 && $0 == 0x5C) }) else { return nil }
            return MetadataValue(content: .text(String(decoding: inner, as: UTF8.self), isPlain: false), line: line)
        }
        if let first = value.first {
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                 UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
                return nil
            default: break
            }
        }
        for index in value.indices {
            switch value[index] {
            case UInt8(ascii: ":") where index + 1 == value.count || value[index + 1] == 0x20: return nil
            case UInt8(ascii: "#") where value[index - 1] == 0x20: return nil
            default: continue
            }
        }
        return MetadataValue(content: .text(String(decoding: value, as: UTF8.self), isPlain: true), line: line)
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
