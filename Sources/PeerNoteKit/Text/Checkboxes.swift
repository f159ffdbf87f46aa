/// EHR templates' check boxes: "Service: [X] Individual  [ ] Group", "Goal addressed: [ ] Goal 1
/// [X] Goal 2", "☐ Home ☒ Community". An option whose box is left empty is one the writer did
/// not choose: its words state nothing, so the note is read with them blanked out. Blanking
/// keeps every byte where it was, so findings' offsets are offsets in the text as written.
enum Checkboxes {
    /// `text` with the words of each unticked option replaced by spaces, byte for byte; `text`
    /// itself when it has no empty box. An option runs from its box to the next box on its line,
    /// or to the line's end.
    static func blankingUnticked(_ text: String) -> String {
        var text = text
        // Most notes have no box at all: one look, and nothing is copied.
        let first = text.withUTF8 { bytes in bytes.indices.first { box(at: $0, in: bytes)?.ticked == false } }
        guard let first else { return text }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { bytes in
            let view = UnsafeBufferPointer(bytes)
            var index = first
            while index < bytes.count {
                guard let (length, ticked) = box(at: index, in: view) else { index += 1; continue }
                var end = index + length
                let start = end
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D, box(at: end, in: view) == nil { end += 1 }
                if !ticked {
                    for position in start..<end where bytes[position] != 0x20 && bytes[position] != 0x09 { bytes[position] = 0x20 }
                }
                index = end
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
        return text
    }

    /// The byte length of a check box at `index`, and whether it is ticked: "[ ]", "[  ]", "[_]",
    /// "( )" and "☐" are empty; "[X]", "[x]", "[✓]", "(x)", "☒" and "☑" are ticked.
    static func box(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, ticked: Bool)? {
        switch bytes[index] {
        case 0x5B, 0x28:  // [ (
            let close: UInt8 = bytes[index] == 0x5B ? 0x5D : 0x29
            var end = index + 1
            while end < bytes.count, end - index <= 4, bytes[end] != close { end += 1 }
            guard end < bytes.count, bytes[end] == close else { return nil }
            let inside = bytes[(index + 1)..<end]
            if !inside.isEmpty, inside.allSatisfy({ $0 == 0x20 || $0 == 0x5F }) { return (end + 1 - index, false) }
            let mark = Array(inside.filter { $0 != 0x20 })
            // "X", "x", "✓" (E2 9C 93), "✔" (E2 9C 94).
            if mark == [0x58] || mark == [0x78] || mark == [0xE2, 0x9C, 0x93] || mark == [0xE2, 0x9C, 0x94] { return (end + 1 - index, true) }
            return nil
        case 0xE2:  // ☐ E2 98 90, ☑ E2 98 91, ☒ E2 98 92
            guard index + 2 < bytes.count, bytes[index + 1] == 0x98, (0x90...0x92).contains(bytes[index + 2]) else { return nil }
            return (3, bytes[index + 2] != 0x90)
        default:
            return nil
        }
    }
}
