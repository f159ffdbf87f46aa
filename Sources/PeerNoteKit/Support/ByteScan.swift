/// Scanning bytes eight at a time (SWAR): the one place that knows the bit tricks. Notes are
/// mostly bytes that need nothing done, and testing a 64-bit word at once skips them about
/// eight times faster than a loop over bytes.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every lane of `word` that equals `byte` (a lane just above such a lane
    /// may be flagged too: a borrow; callers look at flagged words byte by byte).
    @inline(__always)
    static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (UInt64(byte) &* ones)
        return (x &- ones) & ~x & highs
    }

    /// The high bit of every lane under 0x20 (a control byte), with the same borrow caveat.
    @inline(__always)
    static func controlLanes(_ word: UInt64) -> UInt64 { (word &- 0x2020_2020_2020_2020) & ~word & highs }

    /// The high bit of every lane of 0x80 or more (outside ASCII).
    @inline(__always)
    static func nonASCIILanes(_ word: UInt64) -> UInt64 { word & highs }

    /// The high bit of every lane that continues a UTF-8 sequence (`10xxxxxx`): each byte's bit
    /// 6 shifted under its bit 7 (the shift carries across lanes only into low bits).
    @inline(__always)
    static func continuationLanes(_ word: UInt64) -> UInt64 { word & ~(word << 1) & highs }

    /// The high bit of every lane that leads a four-byte UTF-8 sequence (`11110xxx`).
    @inline(__always)
    static func fourByteLeadLanes(_ word: UInt64) -> UInt64 { word & (word << 1) & (word << 2) & (word << 3) & highs }

    /// The index of the next line break (CR or LF) from `start` on, or `bytes.count`. Line breaks
    /// are control bytes, so words without one are passed over whole.
    static func nextLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = skip(bytes, from: start, unless: controlLanes)
        while index < bytes.count && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
        return index
    }

    /// The index of the first eight-byte word from `start` in which `flags` finds a lane, or of
    /// the last bytes when fewer than eight remain: the caller goes on byte by byte from there.
    @inline(__always)
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, unless flags: (UInt64) -> UInt64) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = start
        while index + 8 <= bytes.count, flags(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0 { index += 8 }
        return index
    }
}
