import CNoteICU

/// The one normalization every comparison in PeerNote uses: NFKC case folding (ICU), with
/// curly apostrophes made straight and the Unicode hyphens made ASCII, so that text and
/// lexicon terms meet on the same form.
public enum Normalizer {
    /// The normalized form of UTF-8 `bytes`.
    public static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (i, byte) in bytes.enumerated() { buffer[i] = lowercasedASCII(byte) }
                return bytes.count
            }
        }
        return unifyPunctuation(fold(bytes))
    }

    /// Appends the normalized form of UTF-8 `bytes` to `buffer`: the tokenizer's hot path,
    /// which lowercases ASCII in place and calls ICU only for other text.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        if !appendASCIIFolded(bytes, to: &buffer) { buffer.append(contentsOf: normalize(bytes).utf8) }
    }

    /// When `bytes` are all ASCII, appends them lowercased (their normalized form, byte for
    /// byte) and returns true; otherwise appends nothing and returns false.
    static func appendASCIIFolded(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        guard high < 0x80 else { return false }
        let start = buffer.count
        buffer.append(contentsOf: bytes)
        buffer.withUnsafeMutableBufferPointer { folded in
            for index in start..<folded.count { folded[index] = Self.lowercasedASCII(folded[index]) }
        }
        return true
    }

    /// A byte with ASCII capitals lowercased, every other byte as it is: an ASCII byte's
    /// normalized form (lowercase is its case fold and its NFKC form, no ICU call needed), and
    /// the one case-insensitive byte comparison for markers and headers.
    @inline(__always)
    static func lowercasedASCII(_ byte: UInt8) -> UInt8 { (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte }

    /// The normalized form of `text`.
    public static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { normalize($0) }
    }

    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress else { return "" }
        var capacity = bytes.count * 2 + 16
        while true {
            var tooSmall = false
            let folded = String(unsafeUninitializedCapacity: capacity) { buffer in
                let length = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { source in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) { target in
                        pn_fold(source, Int32(bytes.count), target, Int32(capacity))
                    }
                }
                if length < 0 { return 0 }
                if Int(length) > capacity { tooSmall = true; capacity = Int(length); return 0 }
                return Int(length)
            }
            if !tooSmall { return folded }
        }
    }

    private static func unifyPunctuation(_ folded: String) -> String {
        guard folded.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return folded }
        var result = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars { result.append(replacement(for: scalar) ?? scalar) }
        return String(result)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x02BC, 0x2032, 0xFF07: return "'"   // ‘ ’ ʼ ′ ＇
        case 0x2010, 0x2011, 0x2212, 0xFE63, 0xFF0D: return "-"   // ‐ ‑ − ﹣ －
        case 0x2215, 0x2044, 0xFF0F: return "/"                   // ∕ ⁄ ／
        default: return nil
        }
    }
}
