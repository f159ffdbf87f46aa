/// A note's exact bytes, made safe to analyze without losing any of them: bytes that are
/// not valid UTF-8 are stood in for by U+001A (one byte each), so every offset in the
/// analyzable text is the same offset in the original. Edits made by offset can then be
/// spliced into the original bytes, and nothing the writer had is ever dropped.
public struct RawText: Sendable {
    /// The bytes exactly as given.
    public let bytes: [UInt8]
    /// The same number of bytes as valid UTF-8.
    public let text: String
    /// Offsets of bytes that were not valid UTF-8.
    public let invalidOffsets: [Int]

    /// Wraps `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var clean = bytes
        var invalid: [Int] = []
        var start = 0
        while let bad = UTF8Bytes.firstInvalid(in: clean, from: start) {
            clean[bad] = 0x1A
            invalid.append(bad)
            start = bad + 1
        }
        self.text = String(decoding: clean, as: UTF8.self)
        self.invalidOffsets = invalid
    }

    /// The original bytes with each edit's range replaced. Edits are applied from the end;
    /// one that overlaps an edit after it, or touches a stood-in byte, is skipped.
    public func applying(_ edits: [(range: Range<Int>, replacement: [UInt8])]) -> [UInt8] {
        var result = bytes
        var limit = Int.max
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound })
        where edit.range.upperBound <= limit && edit.range.upperBound <= bytes.count
            && !invalidOffsets.contains(where: { edit.range.contains($0) }) {
            result.replaceSubrange(edit.range, with: edit.replacement)
            limit = edit.range.lowerBound
        }
        return result
    }
}
