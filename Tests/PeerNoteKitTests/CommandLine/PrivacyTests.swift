import Foundation
import Testing
import PeerNoteKit

/// Nothing leaves the machine: the binary opens no network socket, checked under strace when it
/// is installed (`.ci/run` installs it).
@Suite struct PrivacyTests {
    @Test(.enabled(if: which("strace") != nil)) func noNetworkSockets() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-strace-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        for arguments in [["check", "Corpus/notes"], ["report", "Corpus/caseload/notes", "--format", "json"], ["eval"]] {
            let run = try PeerNoteKitTests.run(try #require(which("strace")), ["-f", "-e", "trace=network", "-o", log, peernoteBinary.path] + arguments)
            #expect(run.status <= 1, "\(arguments)")
            let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            // Local name-service lookups (glibc asks nscd over a Unix socket) are not the network.
            let network = calls.filter { ($0.contains("socket(") && !$0.contains("AF_UNIX")) || $0.contains("AF_INET") || $0.contains("sin_addr") }
            #expect(network.isEmpty, "\(arguments): \(network.prefix(3))")
        }
    }
}
