import Testing
import PeerNoteKit

@Suite struct LineIndexTests {
    @Test func columnsOnAccentsAndEmoji() {
        let text = "José 😊 refused"
        let index = LineIndex(text)
        let offset = Array(text.utf8).count - "refused".utf8.count
        #expect(index.location(of: offset) == .init(line: 1, column: 8))
        #expect(index.location(of: offset, unit: .bytes) == .init(line: 1, column: 12))
        #expect(index.location(of: offset, unit: .utf16) == .init(line: 1, column: 9))
    }

    @Test func crlfLoneCRAndLF() {
        let text = "a\r\nb\rc\nd"
        let index = LineIndex(text)
        #expect(index.lineStarts == [0, 3, 5, 7])
        #expect(index.location(of: 3) == .init(line: 2, column: 1))
        #expect(index.location(of: 7) == .init(line: 4, column: 1))
        // The CR of a CRLF belongs to the line it ends.
        #expect(index.location(of: 1) == .init(line: 1, column: 2))
    }

    @Test func offsetsRoundTrip() {
        let text = "Ana 👍🏽 dijo:\r\n«sí» — café"
        let index = LineIndex(text)
        let bytes = Array(text.utf8)
        for unit in LineIndex.ColumnUnit.allCases {
            // Every offset on a character boundary, except between the CR and LF of one line break.
            for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 && !(offset > 0 && bytes[offset - 1] == 0x0D && bytes[offset] == 0x0A) {
                let location = index.location(of: offset, unit: unit)
                #expect(index.offset(line: location.line - 1, column: location.column - 1, unit: unit) == offset)
            }
        }
    }
}

extension LineIndexTests {
    @Test func columnsOnLinesAcrossTheCheckpointStride() {
        // Short lines that cross a 4,096-byte boundary, with and without a long line elsewhere:
        // a column counts from its own line's start, never from a checkpoint kept for another line.
        let short = String(repeating: "a\n", count: 2_045) + "bcdéfghijk\n"
        for text in [short, short + String(repeating: "x", count: 9_000) + "\nend é z"] {
            let index = LineIndex(text)
            let bytes = Array(text.utf8)
            let crossing = 4_090 + 8                         // "h" on the line that starts at 4,090
            #expect(index.location(of: crossing) == .init(line: 2_046, column: 8))
            #expect(index.location(of: crossing, unit: .bytes) == .init(line: 2_046, column: 9))
            // And on the long line, where checkpoints do the counting, and the line after it.
            if let x = bytes.firstIndex(of: UInt8(ascii: "x")) {
                #expect(index.location(of: x + 8_500) == .init(line: 2_047, column: 8_501))
                #expect(index.location(of: bytes.count - 1) == .init(line: 2_048, column: 7))   // "z" after "end é "
            }
        }
    }
}

extension LineIndexTests {
    @Test func columnsCountedEightBytesAtATimeMatchSwiftsOwnCounts() {
        // One- to four-byte characters in every alignment against the eight-byte steps, on a
        // second line, so the count starts mid-text: each column is Swift's own count of the
        // scalars (or UTF-16 units) before it on its line.
        let pieces = ["a", "é", "—", "😊", "ab", "ñé", " ", "“", "𝔸"]
        var line = ""
        for round in 0..<40 { line += pieces[round % pieces.count] + pieces[(round * 7 + 3) % pieces.count] }
        let text = "first line\n" + line
        let index = LineIndex(text)
        let bytes = Array(text.utf8)
        let lineStart = 11
        for offset in lineStart...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let before = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
            #expect(index.location(of: offset) == .init(line: 2, column: before.unicodeScalars.count + 1))
            #expect(index.location(of: offset, unit: .utf16) == .init(line: 2, column: before.utf16.count + 1))
        }
    }
}
