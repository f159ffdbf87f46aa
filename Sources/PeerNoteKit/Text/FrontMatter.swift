/// Splits YAML front matter from the narrative.
struct FrontMatter {
    /// Front matter must close within this many bytes; past that, the text is all narrative.
    static let maximumBytes = 65_536

    /// The YAML between the `---` lines, if the text opens with closed front matter.
    let yaml: String?
    /// The narrative: everything after the closing `---` (or `...`) line, or the whole text
    /// when there is no closed front matter.
    let body: Range<Int>

    init(_ text: String) {
        var text = text
        // Read in place: copying each note's first 64 KB to look for a `---` line cost more
        // than reading the front matter itself.
        (yaml, body) = text.withUTF8 { bytes in
            guard let (yamlRange, bodyStart) = Self.split(bytes) else { return (nil, 0..<bytes.count) }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlRange]), as: UTF8.self), bodyStart..<bytes.count)
        }
    }

    private static func split(_ text: UnsafeBufferPointer<UInt8>) -> (yaml: Range<Int>, bodyStart: Int)? {
        let head = UnsafeBufferPointer(rebasing: text[..<min(text.count, maximumBytes)])
        var lineStart = head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0   // a byte order mark
        var isFirstLine = true
        var yamlStart = 0
        while lineStart < head.count {
            let newline = head[lineStart...].firstIndex(of: 0x0A)
            let next = newline.map { $0 + 1 } ?? head.count
            var content = head[lineStart..<(newline ?? head.count)]
            while let last = content.last, last == 0x0D || last == 0x20 || last == 0x09 { content.removeLast() }
            if isFirstLine {
                guard content.elementsEqual("---".utf8) else { return nil }
                isFirstLine = false
                yamlStart = next
            } else if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                return (yamlStart..<lineStart, next)
            }
            lineStart = next
        }
        return nil
    }
}
