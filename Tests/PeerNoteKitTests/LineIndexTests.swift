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
