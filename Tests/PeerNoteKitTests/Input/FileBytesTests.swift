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
        #expect(try FileBytes.read(file).get() == bytes)
        let empty = folder.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try FileBytes.read(empty).get() == [])
        // A failure says why, in the words every reader uses.
        #expect(throws: FileBytes.Failure.self) { try FileBytes.read(folder.appendingPathComponent("missing.txt").path).get() }
        if case .failure(let missing) = FileBytes.read(folder.appendingPathComponent("missing.txt").path) {
            #expect(missing.message == "no such file")
        }
        if case .failure(let notAFile) = FileBytes.read(folder.path) {
            #expect(notAFile.number == EISDIR && notAFile.message == "cannot read the file (Is a directory)")
        } else {
            Issue.record("a folder was read as a file")
        }
    }
}
