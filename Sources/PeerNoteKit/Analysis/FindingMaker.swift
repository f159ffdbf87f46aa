/// Makes findings for one note: the one place where a byte range becomes a `Finding` with
/// its line, column and text.
struct FindingMaker {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: LineIndex
    /// Where note-level findings point: the first line of the narrative with text on it.
    let bodyAnchor: Range<Int>
    /// The anchor's text and place, made once: a note's thread, element and voice findings
    /// all point there.
    private let anchorText: String
    private let anchorLocation: LineIndex.Location

    init(bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) {
        self.bytes = bytes
        self.lines = LineIndex(bytes: Array(bytes))
        var start = body.lowerBound
        while start < body.upperBound && (bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D) { start += 1 }
        bodyAnchor = Self.bounded(start..<ByteScan.nextLineBreak(in: UnsafeBufferPointer(rebasing: bytes[..<body.upperBound]), from: start), in: bytes)
        anchorText = String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyAnchor]), as: UTF8.self)
        anchorLocation = lines.location(of: bodyAnchor.lowerBound)
    }

    /// The text of line `line` (1-based), without its line break, at most `anchorBytes` long.
    func lineRange(_ line: Int) -> Range<Int> {
        let index = min(max(line - 1, 0), lines.lineStarts.count - 1)
        let start = lines.lineStarts[index]
        return Self.bounded(start..<ByteScan.nextLineBreak(in: bytes, from: start), in: bytes)
    }

    /// `range` without the spaces and line breaks around it, cut to `anchorBytes`: what a
    /// finding about a stretch of text (a long sentence) points at.
    func bounded(_ range: Range<Int>) -> Range<Int> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var start = range.lowerBound, end = range.upperBound
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return Self.bounded(start..<end, in: bytes)
    }

    /// The longest stretch a note-level finding points at: a line can be a whole note, and
    /// each such finding carries its text.
    static let anchorBytes = 240

    /// `range` cut to `anchorBytes`, at the last space before the cut (or the last whole character).
    private static func bounded(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard range.count > anchorBytes else { return range }
        var end = range.lowerBound + anchorBytes
        while end > range.lowerBound && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        if let space = bytes[range.lowerBound..<end].lastIndex(of: 0x20), space > range.lowerBound { end = space }
        return range.lowerBound..<end
    }

    /// A finding of `rule` at `range`; `message` when it says more than the rule's own message.
    func finding(_ rule: Rule, severity: Severity? = nil, range: Range<Int>, message: String? = nil,
                 suggestions: [String] = [], safe: Bool = false, aboutWording: Bool = false) -> Finding {
        let isAnchor = range == bodyAnchor
        let location = isAnchor ? anchorLocation : lines.location(of: range.lowerBound)
        return Finding(rule, severity: severity, range: range, line: location.line, column: location.column,
                       text: isAnchor ? anchorText : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                       message: message, suggestions: suggestions, isSafeToApply: safe, isAboutWording: aboutWording)
    }
}
