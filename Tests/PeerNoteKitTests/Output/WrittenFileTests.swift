import Foundation
import Testing
import PeerNoteKit

/// `fix --write` replaces notes in place: nothing lost, nothing exposed.
@Suite struct WrittenFileTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode : 0
    }

    private static let note = "He has a history of substance abuse.\n"
    private static let fixed = "He has a history of substance use.\n"

    /// A link is written through (the note it leads to is fixed, the link stays a link), the
    /// note keeps its permissions, and no copy is left beside it.
    @Test func fixWritesThroughALinkAndKeepsTheMode() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("note.txt"), link = dir.appendingPathComponent("link.txt")
        try Self.note.write(to: target, atomically: false, encoding: .utf8)
        #expect(chmod(target.path, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "note.txt")
        let run = try runPeerNote(["fix", "--write", link.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == Self.fixed)
        #expect(mode(link.path) & S_IFMT == S_IFLNK)
        #expect(mode(target.path) & 0o7777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.txt", "note.txt"])
    }

    /// The copy is made where nobody can have planted anything: a link waiting at the old,
    /// predictable name (`.NAME.peernote-PID`) for every likely process id is never followed.
    @Test func aPlantedLinkIsNeverFollowed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let note = dir.appendingPathComponent("note.txt"), victim = dir.appendingPathComponent("victim.txt")
        try Self.note.write(to: note, atomically: false, encoding: .utf8)
        try "keep me\n".write(to: victim, atomically: false, encoding: .utf8)
        #expect(chmod(victim.path, 0o600) == 0)
        let next = getpid()
        for pid in next...(next + 400) {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".note.txt.peernote-\(pid)").path, withDestinationPath: victim.path)
        }
        let run = try runPeerNote(["fix", "--write", note.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: note, encoding: .utf8) == Self.fixed)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        #expect(mode(victim.path) & 0o7777 == 0o600)
    }

    /// In the library: the new contents land in full, in a file no one else could read at
    /// any point (the copy never has a name before it is complete, or is made 0600).
    @Test func aReplacementThatCannotBeMadeLeavesTheNoteAlone() throws {
        let dir = try folder()
        defer { chmod(dir.path, 0o755); try? FileManager.default.removeItem(at: dir) }
        let note = dir.appendingPathComponent("note.txt")
        try Self.note.write(to: note, atomically: false, encoding: .utf8)
        try FileReplacement.replace(note.path, with: Array(Self.fixed.utf8))
        #expect(try String(contentsOf: note, encoding: .utf8) == Self.fixed)
        #expect(throws: InputError.self) { try FileReplacement.replace(dir.path, with: []) }
        #expect(throws: InputError.self) { try FileReplacement.replace(dir.appendingPathComponent("none.txt").path, with: []) }
        // A folder the copy cannot be made in (root ignores permissions, so only when not root).
        if getuid() != 0 {
            #expect(chmod(dir.path, 0o555) == 0)
            #expect(throws: InputError.self) { try FileReplacement.replace(note.path, with: Array("x".utf8)) }
            #expect(try String(contentsOf: note, encoding: .utf8) == Self.fixed)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["note.txt"])
    }
}
