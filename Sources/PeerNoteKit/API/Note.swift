/// A progress note: where it came from and its text.
public struct Note: Sendable {
    /// The file path, `<stdin>`, or a record id.
    public var id: String
    /// The whole text, front matter included, exactly as read.
    public var text: String
    /// The UTF-8 byte range of the narrative: the text after any front matter.
    public var body: Range<Int>

    /// A note from text. YAML front matter (`---` … `---` at the very start) is not part of
    /// the narrative, but offsets and lines still count from the start of the file.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
        self.body = FrontMatter.bodyRange(of: text)
    }
}

/// Finds the narrative after YAML front matter.
enum FrontMatter {
    /// Front matter must close within this many bytes; past that, the text is all narrative.
    static let maximumBytes = 65_536

    /// The body of `text`: everything after the closing `---` (or `...`) line when the text
    /// opens with a `---` line. Unclosed front matter leaves the whole text as the body.
    static func bodyRange(of text: String) -> Range<Int> {
        let total = text.utf8.count
        let head = Array(text.utf8.prefix(maximumBytes))
        var lineStart = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var isFirstLine = true
        while lineStart < head.count {
            let newline = head[lineStart...].firstIndex(of: 0x0A)
            let next = newline.map { $0 + 1 } ?? head.count
            var content = head[lineStart..<(newline ?? head.count)]
            while let last = content.last, last == 0x0D || last == 0x20 || last == 0x09 { content.removeLast() }
            if isFirstLine {
                guard content.elementsEqual("---".utf8) else { return 0..<total }
                isFirstLine = false
            } else if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                return next..<total
            }
            lineStart = next
        }
        return 0..<total
    }
}
