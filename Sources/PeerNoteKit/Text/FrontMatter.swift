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
        let total = text.utf8.count
        guard let (yamlRange, bodyStart) = Self.split(text) else {
            yaml = nil
            body = 0..<total
            return
        }
        yaml = String(decoding: Array(text.utf8.prefix(yamlRange.upperBound).dropFirst(yamlRange.lowerBound)), as: UTF8.self)
        body = bodyStart..<total
    }

    private static func split(_ text: String) -> (yaml: Range<Int>, bodyStart: Int)? {
        let head = Array(text.utf8.prefix(maximumBytes))
        var lineStart = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
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
