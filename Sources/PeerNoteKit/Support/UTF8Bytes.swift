/// What PeerNote needs to know of bytes before it treats them as text: where they stop being
/// well-formed UTF-8, and whether they look like a binary file.
public enum UTF8Bytes {
    /// How many bytes at the start of a file tell whether it is binary: 8 KB, as `grep` and
    /// `git` look.
    public static let sniffedCount = 8192

    /// Where a NUL byte marks binary data, looked for in the first `sniffedCount` bytes; nil
    /// for text.
    public static func binaryMarker(in bytes: [UInt8]) -> Int? {
        bytes.prefix(sniffedCount).firstIndex(of: 0)
    }

    /// Whether the bytes start with a UTF-16 byte order mark (text that is full of NUL bytes).
    public static func startsAsUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// The offset of the first byte at or after `start` that is not part of well-formed UTF-8, if any.
    public static func firstInvalid(in bytes: [UInt8], from start: Int = 0) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < low || bytes[i + 1] > high { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
