/// An open document in the language server: its text and version, kept in step with the
/// editor's full and incremental changes.
public struct TextDocument: Sendable {
    /// The document's URI, as the editor names it.
    public let uri: String
    /// The editor's version number of the text.
    public var version: Int
    /// The current text.
    public private(set) var text: String

    /// A document with `text` at `version`.
    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
    }

    /// A position in the editor's terms: 0-based line and column in `unit`.
    public struct Position: Hashable, Sendable {
        /// 0-based line.
        public var line: Int
        /// 0-based column, counted in the negotiated position encoding.
        public var character: Int

        /// A position.
        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }
    }

    /// Replaces the text between `start` and `end` (or all of it, when nil) with `newText`.
    public mutating func apply(start: Position?, end: Position?, newText: String, unit: LineIndex.ColumnUnit) {
        guard let start, let end else {
            text = newText
            return
        }
        let bytes = Array(text.utf8)
        let range = offsetRange(start, end, in: bytes, unit: unit)
        text = String(decoding: bytes[..<range.lowerBound] + Array(newText.utf8) + bytes[range.upperBound...], as: UTF8.self)
    }

    /// The UTF-8 byte range between two editor positions, in order.
    public func offsetRange(_ start: Position, _ end: Position, unit: LineIndex.ColumnUnit) -> Range<Int> {
        offsetRange(start, end, in: Array(text.utf8), unit: unit)
    }

    /// The editor position of a UTF-8 byte offset.
    public func position(of offset: Int, in lines: LineIndex, unit: LineIndex.ColumnUnit) -> Position {
        let location = lines.location(of: offset, unit: unit)
        return Position(line: location.line - 1, character: location.column - 1)
    }

    private func offsetRange(_ start: Position, _ end: Position, in bytes: [UInt8], unit: LineIndex.ColumnUnit) -> Range<Int> {
        let lines = LineIndex(bytes: bytes)
        let a = lines.offset(line: start.line, column: start.character, unit: unit)
        let b = lines.offset(line: end.line, column: end.character, unit: unit)
        return min(a, b)..<max(a, b)
    }
}
