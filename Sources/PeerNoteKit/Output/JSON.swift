/// The JSON text of Swift values; written by hand so that key order is stable and fast.
enum JSON {
    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Most text needs no escapes: one scan, one copy.
            if !bytes.contains(where: needsEscape) {
                return String(unsafeUninitializedCapacity: bytes.count + 2) { buffer in
                    buffer[0] = 0x22
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: bytes)
                    buffer[bytes.count + 1] = 0x22
                    return bytes.count + 2
                }
            }
            var result: [UInt8] = [0x22]
            result.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: result += [0x5C, 0x22]
                case 0x5C: result += [0x5C, 0x5C]
                case 0x0A: result += [0x5C, 0x6E]
                case 0x0D: result += [0x5C, 0x72]
                case 0x09: result += [0x5C, 0x74]
                case 0..<0x20: result += Array(String(format: "\\u%04x", Int(byte)).utf8)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript.
                    result += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default: result.append(byte)
                }
                index += 1
            }
            result.append(0x22)
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    /// A JSON array of strings.
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quote).joined(separator: ",") + "]"
    }

    /// A JSON object from already-encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
