import Foundation
import Testing
@testable import PeerNoteKit

/// Every input a fuzzer once crashed on, replayed through the same checks the fuzz targets make
/// (`Fuzz/regressions`, run by the `peernote-fuzz` binary in replay mode).
@Suite struct FuzzRegressionTests {
    @Test func everyFuzzFindingStaysFixed() throws {
        let folder = packageRoot.appendingPathComponent("Fuzz/regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        let binary = peernoteBinary.deletingLastPathComponent().appendingPathComponent("peernote-fuzz")
        let result = try run(binary, files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == files.count)
    }

    @Test func aStrayMarkerOpenerNeverSwallowsText() {
        let text = Array("He said {>>PeerNote ok<<y the pt{>>PeerNote warning [x]: m<<} left.".utf8)
        #expect(String(decoding: Annotations.strip(text), as: UTF8.self) == "He said {>>PeerNote ok<<y the pt left.")
    }
}
