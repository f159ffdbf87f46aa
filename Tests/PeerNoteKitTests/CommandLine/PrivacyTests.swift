import Foundation
import Testing
import PeerNoteKit

/// Nothing leaves the machine: the binary opens no network socket, checked under strace when it
/// is installed (`.ci/run` installs it).
@Suite struct PrivacyTests {
    @Test(.enabled(if: which("strace") != nil)) func noNetworkSockets() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-strace-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        // The MCP server is given a session: a handshake and a note to check.
        let session = [#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
                       #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
                       #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"check_note","arguments":{"text":"The pt refused."}}}"#]
        for (arguments, stdin) in [(["check", "Corpus/notes"], nil), (["report", "Corpus/caseload/notes", "--format", "json"], nil), (["eval"], nil),
                                   (["check", "--input", "fhir", "--format", "sarif", "Corpus/fhir/notes.ndjson"], nil),
                                   (["mcp"], Data((session.joined(separator: "\n") + "\n").utf8))] as [([String], Data?)] {
            let run = try PeerNoteKitTests.run(try #require(which("strace")), ["-f", "-e", "trace=network", "-o", log, peernoteBinary.path] + arguments, stdin: stdin)
            #expect(run.status <= 1, "\(arguments)")
            let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            // Local name-service lookups (glibc asks nscd over a Unix socket) are not the network.
            let network = calls.filter { ($0.contains("socket(") && !$0.contains("AF_UNIX")) || $0.contains("AF_INET") || $0.contains("sin_addr") }
            #expect(network.isEmpty, "\(arguments): \(network.prefix(3))")
        }
    }
}

extension PrivacyTests {
    /// `serve` listens on 127.0.0.1 and nowhere else, and connects to nothing: its one socket
    /// beyond local name lookups is the listener the page is served from.
    @Test(.enabled(if: which("strace") != nil && FileManager.default.fileExists(atPath: "/proc/self/task"))) func serveListensOnLoopbackAndConnectsNowhere() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-strace-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let served = try ServeTests.Served(executable: try #require(which("strace")), prefix: ["-f", "-e", "trace=network", "-o", log, peernoteBinary.path])
        let page = try exchange(port: served.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(served.port)\r\nConnection: close\r\n\r\n")
        #expect(page.hasPrefix("HTTP/1.1 200 OK"))
        // strace's child is peernote: stopping it ends strace too.
        let pid = served.process.processIdentifier
        let children = try String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8).split(separator: " ").compactMap { Int32($0) }
        for child in children { kill(child, SIGTERM) }
        served.stop()
        let calls = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        let binds = calls.filter { $0.contains("bind(") }
        #expect(binds.count == 1 && binds.allSatisfy { $0.contains("inet_addr(\"127.0.0.1\")") }, "\(binds)")
        let outward = calls.filter { $0.contains("connect(") && ($0.contains("AF_INET") || $0.contains("sin_addr") || $0.contains("sin6_addr")) }
        #expect(outward.isEmpty, "\(outward.prefix(3))")
        #expect(calls.filter { $0.contains("socket(") && $0.contains("AF_INET6") }.isEmpty)
    }
}
