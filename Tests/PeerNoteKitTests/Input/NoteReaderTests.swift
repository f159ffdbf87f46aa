import Foundation
import Testing
import PeerNoteKit

@Suite struct NoteReaderTests {
    func decode(_ bytes: [UInt8]) -> Result<String, InputError> {
        NoteReader.decode(Data(bytes), id: "note.txt")
    }

    @Test func invalidUTF8NamesTheByteOffsetAndLine() {
        guard case .failure(let error) = decode(Array("ok\nfine\n".utf8) + [0x41, 0xFF, 0x42]) else { Issue.record("accepted invalid UTF-8"); return }
        #expect(error.description == "note.txt:3: not valid UTF-8: byte 0xFF at offset 9; save the note as UTF-8")
        // Overlong encodings and surrogates are invalid too.
        #expect(UTF8Bytes.firstInvalid(in: [0xC0, 0x80]) == 0)
        #expect(UTF8Bytes.firstInvalid(in: [0x61, 0xED, 0xA0, 0x80]) == 1)
        #expect(UTF8Bytes.firstInvalid(in: Array("José 😊".utf8)) == nil)
        #expect(UTF8Bytes.firstInvalid(in: [0xE2, 0x82]) == 0)
    }

    @Test func binaryAndOversizedAreRefusedWithoutQuotingText() {
        guard case .failure(let binary) = decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) else { Issue.record("accepted binary"); return }
        #expect(binary.message.contains("binary file (NUL byte at offset 4)"))
        guard case .failure(let large) = NoteReader.decode(Data(repeating: 0x61, count: 2048), id: "big.txt", maximumBytes: 1024)
        else { Issue.record("accepted oversized"); return }
        #expect(large.description.hasPrefix("big.txt: the note is 0.0 MB"))
    }

    @Test func byteOrderMarksAreRead() throws {
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("Pt ok".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try decode(utf16).get() == "Pt ok")
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array("hi".utf8)).get() == "\u{FEFF}hi")
        #expect(try decode([]).get() == "")
    }

    @Test func foldersAreWalkedInOrderAndMissingPathsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        for name in ["b/2.txt", "a.md", ".hidden.txt", "image.png", "b/1.note", "README.md", "b/readme.md"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("loop"), withDestinationURL: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = NoteReader().expand([folder.path, "/no/such/place"])
        let paths = found.compactMap { try? $0.get() }.map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(found.compactMap { try? $0.get().root }.allSatisfy { $0 == folder.path })
        #expect(paths == ["a.md", "b/1.note", "b/2.txt"])
        #expect(found.contains { if case .failure(let e) = $0 { return e.description == "/no/such/place: no such file or folder" }; return false })
    }
}
