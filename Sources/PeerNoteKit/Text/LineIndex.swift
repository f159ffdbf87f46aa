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
    /// Characters and UTF-16 units from the start of the line to every 4 KB boundary, so that
    /// a column on a very long line costs at most 4 KB of counting, not the whole line.
    private let checkpoints: [(characters: Int, utf16: Int)]
    private static let checkpointStride = 4096
    /// A UTF-8 byte order mark at the start takes no column: editors do not show it.
    private let byteOrderMark: Int

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Indexes the lines of UTF-8 `bytes`.
    public init(bytes: [UInt8]) {
        // Room for a line per 64 bytes: grown one line at a time, a note's few lines took
        // several allocations.
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 64 + 2)
        starts.append(0)
        var longest = 0
        bytes.withUnsafeBufferPointer { bytes in
            var i = ByteScan.nextLineBreak(in: bytes, from: 0)
            while i < bytes.count {
                i += bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                longest = max(longest, i - starts[starts.count - 1])
                starts.append(i)
                i = ByteScan.nextLineBreak(in: bytes, from: i)
            }
            longest = max(longest, bytes.count - starts[starts.count - 1])
        }
        // Checkpoints matter only on lines longer than the stride: count those lines alone.
        var checkpoints: [(characters: Int, utf16: Int)] = []
        if longest > Self.checkpointStride {
            checkpoints = Array(repeating: (0, 0), count: bytes.count / Self.checkpointStride + 1)
            for (line, start) in starts.enumerated() {
                let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
                guard end - start > Self.checkpointStride else { continue }
                var characters = 0, utf16 = 0
                for index in start..<end {
                    if index % Self.checkpointStride == 0 { checkpoints[index / Self.checkpointStride] = (characters, utf16) }
                    let byte = bytes[index]
                    if byte & 0xC0 != 0x80 {
                        characters += 1
                        utf16 += byte >= 0xF0 ? 2 : 1
                    }
                }
            }
        }
        self.text = bytes
        self.lineStarts = starts
        self.checkpoints = checkpoints
        self.byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
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
        let start = line == 0 ? min(byteOrderMark, offset) : lineStarts[line]
        let end = min(offset, text.count)
        // Count from the nearest checkpoint on the same line, not from the line's start; only
        // lines longer than the stride have checkpoints.
        let checkpoint = (end / Self.checkpointStride) * Self.checkpointStride
        let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : text.count
        if unit != .bytes, lineEnd - lineStarts[line] > Self.checkpointStride, checkpoint > start, checkpoint < end,
           checkpoint / Self.checkpointStride < checkpoints.count {
            let base = checkpoints[checkpoint / Self.checkpointStride]
            let mark = line == 0 && byteOrderMark > 0 ? 1 : 0
            return Location(line: line + 1, column: (unit == .utf16 ? base.utf16 : base.characters) - mark + Self.count(text[checkpoint..<end], in: unit) + 1)
        }
        return Location(line: line + 1, column: Self.count(text[start..<end], in: unit) + 1)
    }

    /// The byte offset of a 0-based line and 0-based column counted in `unit`, clamped to the line.
    public func offset(line: Int, column: Int, unit: ColumnUnit) -> Int {
        guard line < lineStarts.count else { return text.count }
        let start = line <= 0 ? byteOrderMark : lineStarts[line]
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

    /// How many `unit`s the UTF-8 `bytes` hold: every byte but a continuation (`10xxxxxx`) is
    /// a scalar, and a four-byte lead (`11110xxx`) is two UTF-16 units. Eight bytes at a time:
    /// every finding's column is counted from its line's start.
    private static func count(_ bytes: ArraySlice<UInt8>, in unit: ColumnUnit) -> Int {
        guard unit != .bytes else { return bytes.count }
        return bytes.withUnsafeBufferPointer { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var count = 0, index = 0
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                count += 8 - ByteScan.continuationLanes(word).nonzeroBitCount
                if unit == .utf16 { count += ByteScan.fourByteLeadLanes(word).nonzeroBitCount }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                count += byte & 0xC0 == 0x80 ? 0 : (unit == .utf16 && byte >= 0xF0 ? 2 : 1)
                index += 1
            }
            return count
        }
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
