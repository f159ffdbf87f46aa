/// The one place that turns byte offsets into line and column.
///
/// Lines end at LF, CRLF or a lone CR (as in the Language Server Protocol). Columns are
/// 1-based and counted in the unit a consumer asks for.
public struct LineIndex: Sendable {
    /// How columns are counted.
    public enum ColumnUnit: String, Sendable, CaseIterable {
        /// Unicode scalars ("é" is one, "😊" is one). The default for people.
        case characters
        /// UTF-8 bytes (vim's `%c`).
        case bytes
        /// UTF-16 code units (LSP's default position encoding).
        case utf16
    }

    /// A 1-based line and column.
    public struct Location: Hashable, Sendable {
        /// 1-based line.
        public var line: Int
        /// 1-based column in the unit asked for.
        public var column: Int

        /// A location.
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    private let text: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Indexes the lines of UTF-8 `bytes`.
    public init(bytes: [UInt8]) {
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if bytes[i] == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.text = bytes
        self.lineStarts = starts
    }

    /// The 0-based line that contains byte `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Line and column of byte `offset`.
    public func location(of offset: Int, unit: ColumnUnit = .characters) -> Location {
        let line = lineIndex(of: offset)
        let start = lineStarts[line]
        return Location(line: line + 1, column: Self.count(text[start..<min(offset, text.count)], in: unit) + 1)
    }

    /// The byte offset of a 0-based line and 0-based column counted in `unit`, clamped to the line.
    public func offset(line: Int, column: Int, unit: ColumnUnit) -> Int {
        guard line < lineStarts.count else { return text.count }
        let start = lineStarts[max(0, line)]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : text.count
        // A column past the end of the line means the end of the line, before its break.
        while end > start && (text[end - 1] == 0x0A || text[end - 1] == 0x0D) { end -= 1 }
        var offset = start, counted = 0
        while offset < end && counted < column {
            let width = Self.sequenceLength(text[offset])
            counted += unit == .bytes ? width : (unit == .utf16 && width == 4 ? 2 : 1)
            offset += width
        }
        return min(offset, end)
    }

    private static func count(_ bytes: ArraySlice<UInt8>, in unit: ColumnUnit) -> Int {
        switch unit {
        case .bytes: return bytes.count
        case .characters: return bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        case .utf16: return bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : ($1 >= 0xF0 ? 2 : 1)) }
        }
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
