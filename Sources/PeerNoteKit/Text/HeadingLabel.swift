/// The label of a section heading (`Response:`, `**S:**`, `Purpose of contact:`) as lexicons and
/// notes are compared on it: ASCII letters lowercase, single spaces, no emphasis marks.
enum HeadingLabel {
    /// A heading as the map stores it: ASCII letters lowercase, single spaces, no emphasis marks.
    static func key(_ label: String) -> String {
        var label = label
        return label.withUTF8 { key($0).label }
    }

    /// The key of a label's bytes and its number of words. Bytes, not `String` operations:
    /// this runs for every line that starts like a heading.
    static func key(_ label: UnsafeBufferPointer<UInt8>) -> (label: String, words: Int) {
        var words = 0
        // Written straight into the string: a short label then needs no allocation at all.
        let key = String(unsafeUninitializedCapacity: max(label.count, 1)) { key in
            var count = 0, inWord = false
            for byte in label where byte != 0x2A {
                if byte == 0x20 || byte == 0x09 { inWord = false; continue }
                if !inWord {
                    if words > 0 { key[count] = 0x20; count += 1 }
                    words += 1
                    inWord = true
                }
                key[count] = Normalizer.lowercasedASCII(byte)
                count += 1
            }
            return count
        }
        return (key, words)
    }
}
