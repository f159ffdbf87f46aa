import Foundation
import Testing
import PeerNoteKit

/// One description of where notes come from: every format read one way, in input order, with
/// the same binary-file and blank-note rules.
@Suite struct NoteSourceTests {
    /// A fresh folder holding `files` (name → bytes).
    private func folder(_ files: [String: [UInt8]]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// Each note's id, or each failure as `error` (`unreadable` when a whole input could not be read).
    private func read(_ source: NoteSource) -> [String] {
        source.notes.map { result in
            switch result {
            case .success(let sourced): return sourced.note.id
            case .failure(let failure): return (failure.isUnreadable ? "unreadable " : "") + failure.error.description
            }
        }
    }

    @Test func inputsAreReadAsTheirSuffixSaysUnlessToldOtherwise() {
        #expect(["a.jsonl", "B.JSONL", "export.csv", "x.CSV", "note.txt", "notes/", "-", "csv"].map { NoteSource.Format(suffixOf: $0) }
                == [.jsonl, .jsonl, .csv, .csv, .text, .text, .text, .text])
        #expect(NoteSource(["a.jsonl"]).format(of: "a.jsonl") == .jsonl)
        #expect(NoteSource(["a.jsonl"], format: .text).format(of: "a.jsonl") == .text)
    }

    @Test func everyFormatGivesItsNotesInOrderWithWhereTheyCameFrom() throws {
        let dir = try folder([
            "a.txt": Array("The pt left.".utf8),
            "b.jsonl": Array("{\"id\":\"r1\",\"text\":\"One.\"}\nnot json\n{\"text\":\"Two.\"}\n".utf8),
            "c.csv": Array("id,text,peer\n7,Three.,Ana\n8,Four.\n,Five.,Bo\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (a, b, c) = (dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("b.jsonl").path, dir.appendingPathComponent("c.csv").path)
        let source = NoteSource([a, b, "/no/such/input.jsonl", c])
        #expect(read(source) == [a, "r1", "\(b):2: not a valid record: expected a JSON object (column 1)", "\(b):3",
                                 "unreadable /no/such/input.jsonl: no such file", "7", "\(c):3: 2 fields where the header has 3", "\(c):4"])
        let places = Array(source.notes).compactMap { try? $0.get() }.map { "\($0.file):\($0.line.map(String.init) ?? "-"):\($0.record != nil)" }
        #expect(places == ["\(a):-:false", "\(b):1:true", "\(b):3:true", "\(c):2:false", "\(c):4:false"])
        // Told otherwise, the same files are all read as text notes.
        #expect(read(NoteSource([b, c], format: .text)) == [b, c])
        // A mapping names the columns; one the header lacks makes the whole export unreadable.
        var mapping = ColumnMapping()
        try mapping.add(["text=Note"])
        #expect(read(NoteSource([c], columns: mapping)) == ["unreadable \(c):1: the header has no column 'Note' (map one with --map field=Column)"])
    }

    @Test func aBinaryOrUTF16ExportIsRefusedAsAWhole() throws {
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("{\"text\":\"a\"}\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let dir = try folder(["bin.jsonl": Array("{\"text\":\"a\"}\nxx".utf8) + [0x00, 0x01] + Array("\n{\"text\":\"b\"}\n".utf8),
                              "bin.csv": Array("text\nok\n".utf8) + [0x00], "wide.jsonl": utf16])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = { (name: String) in dir.appendingPathComponent(name).path }
        #expect(read(NoteSource([path("bin.jsonl")])) == ["unreadable \(path("bin.jsonl")):2: looks like a binary file (NUL byte at offset 15); only text notes can be checked"])
        #expect(read(NoteSource([path("bin.csv")])) == ["unreadable \(path("bin.csv")):3: looks like a binary file (NUL byte at offset 8); only text notes can be checked"])
        #expect(read(NoteSource([path("wide.jsonl")])) == ["unreadable \(path("wide.jsonl")):1: starts with a UTF-16 byte order mark; records are read as UTF-8 (save the file as UTF-8)"])
        // The same rule as for a note file.
        #expect(read(NoteSource([path("bin.jsonl")], format: .text)).first?.contains("looks like a binary file (NUL byte at offset 15)") == true)
    }

    @Test func aBlankNoteIsOneRuleForEveryFormat() throws {
        let dir = try folder([
            "front-matter-only.txt": Array("---\nperson: Dana\n---\n \n".utf8),
            "spaces.jsonl": Array("{\"id\":\"r\",\"text\":\" \\n\\t\"}\n".utf8),
            "empty.csv": Array("id,text\n9,\"  \"\n10,\"\u{2003}\n\"\n11,Fine.\n".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = ["front-matter-only.txt", "spaces.jsonl", "empty.csv"].map { dir.appendingPathComponent($0).path }
        let notes = Array(NoteSource(names).notes).compactMap { try? $0.get() }
        #expect(notes.map(\.isBlank) == [true, true, true, true, false])
        #expect(notes.map(\.blankError.description) == ["\(names[0]): the note has no text", "\(names[1]):1: the note text is empty",
                                                        "\(names[2]):2: the note text is empty", "\(names[2]):3: the note text is empty",
                                                        "\(names[2]):5: the note text is empty"])
    }
}
