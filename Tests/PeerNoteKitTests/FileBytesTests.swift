import Foundation
import Testing
@testable import PeerNoteKit

@Suite struct FileBytesTests {
    @Test func readsAFileWholeAndRefusesWhatIsNotOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every byte value, and an empty file.
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = folder.appendingPathComponent("note.txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(FileBytes.read(file) == bytes)
        let empty = folder.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(FileBytes.read(empty) == [])
        #expect(FileBytes.read(folder.appendingPathComponent("missing.txt").path) == nil)
        #expect(FileBytes.read(folder.path) == nil)
    }
}
