import Foundation
import Testing
import PeerNoteKit

/// The language server, message by message, and end to end through a real LSP client.
@Suite struct LanguageServerTests {
    /// A server on the sample lexicon; `lexicons` settings load extra YAML by path.
    private func server() throws -> LanguageServer {
        let sample = try lexicon(sampleLexiconYAML)
        return try LanguageServer(lexicon: sample) { (files: [String]) throws(InputErrors) -> Lexicon in
            var loaded = [checksFile, try LexiconFile(path: "sample.yml", contents: sampleLexiconYAML)]
            for file in files {
                let contents = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
                loaded.append(try LexiconFile(path: file, contents: contents))
            }
            return try Lexicon(files: loaded)
        }
    }

    private func send(_ server: LanguageServer, _ message: [String: Any]) throws -> [[String: Any]] {
        let body = try JSONSerialization.data(withJSONObject: message)
        return try server.handle(body).replies.map { try #require(JSONSerialization.jsonObject(with: $0) as? [String: Any]) }
    }

    private func start(_ server: LanguageServer, encodings: [String] = []) throws -> [String: Any] {
        let reply = try send(server, ["jsonrpc": "2.0", "id": 1, "method": "initialize",
                                      "params": ["capabilities": ["general": ["positionEncodings": encodings]]]])
        return try #require((reply.first?["result"] as? [String: Any])?["capabilities"] as? [String: Any])
    }

    private func open(_ server: LanguageServer, _ text: String) throws -> [[String: Any]] {
        let reply = try send(server, ["jsonrpc": "2.0", "method": "textDocument/didOpen",
                                      "params": ["textDocument": ["uri": "file:///n.txt", "languageId": "plaintext", "version": 1, "text": text]]])
        return diagnostics(reply)
    }

    private func diagnostics(_ replies: [[String: Any]]) -> [[String: Any]] {
        let published = replies.first { $0["method"] as? String == "textDocument/publishDiagnostics" }
        return ((published?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []).filter {
            !(($0["code"] as? String ?? "").hasPrefix("element") || ($0["code"] as? String ?? "").hasPrefix("voice")
              || ($0["code"] as? String ?? "").hasPrefix("goal") || ($0["code"] as? String ?? "").hasPrefix("metadata"))
        }
    }

    private func start(of diagnostic: [String: Any]) -> [Int] {
        let start = (diagnostic["range"] as? [String: Any])?["start"] as? [String: Any]
        return [start?["line"] as? Int ?? -1, start?["character"] as? Int ?? -1]
    }

    @Test func positionsFollowTheNegotiatedEncoding() throws {
        let text = "José 😊 said the pt\r\nrefused."
        let utf16 = try server()
        #expect(try start(utf16)["positionEncoding"] as? String == "utf-16")
        #expect(try open(utf16, text).map(start(of:)) == [[0, 17], [1, 0]])
        let utf8 = try server()
        #expect(try start(utf8, encodings: ["utf-8", "utf-16"])["positionEncoding"] as? String == "utf-8")
        #expect(try open(utf8, text).map(start(of:)) == [[0, 20], [1, 0]])
    }

    /// Past the size bound only the first part is checked, and the writer is told once.
    @Test func aLargeDocumentIsCheckedUpToTheBoundAndTheWriterIsTold() throws {
        let server = try server()
        _ = try start(server)
        server.maximumDocumentBytes = 4096
        let paragraph = String(repeating: "Dana chose the bus and planned her route. ", count: 10) + "\n\n"
        let text = String(repeating: paragraph, count: 20) + "The pt left.\n"
        let opened = try send(server, ["jsonrpc": "2.0", "method": "textDocument/didOpen",
                                       "params": ["textDocument": ["uri": "file:///n.txt", "languageId": "plaintext", "version": 1, "text": text]]])
        #expect(diagnostics(opened).isEmpty, "the pt past the bound is not checked")
        let told = opened.filter { $0["method"] as? String == "window/showMessage" }
        #expect(told.count == 1 && ((told[0]["params"] as? [String: Any])?["message"] as? String)?.contains("checks the first 0.0 MB") == true)
        let again = try send(server, ["jsonrpc": "2.0", "method": "textDocument/didChange",
                                      "params": ["textDocument": ["uri": "file:///n.txt", "version": 2], "contentChanges": [["text": "The pt left.\n" + text]]]])
        #expect(diagnostics(again).map { $0["code"] as? String } == ["jargon-pt"])
        #expect(!again.contains { $0["method"] as? String == "window/showMessage" }, "told once")
    }

    /// A host that reads ahead publishes once per burst of changes, for the latest text only.
    @Test func changesInABurstArePublishedOnce() throws {
        let server = try server()
        _ = try start(server)
        server.publishesOnChange = false
        _ = try send(server, ["jsonrpc": "2.0", "method": "textDocument/didOpen",
                              "params": ["textDocument": ["uri": "file:///n.txt", "languageId": "plaintext", "version": 1, "text": "He left."]]])
        for (version, text) in [(2, "He refused."), (3, "The pt refused.")] {
            #expect(try send(server, ["jsonrpc": "2.0", "method": "textDocument/didChange",
                                      "params": ["textDocument": ["uri": "file:///n.txt", "version": version], "contentChanges": [["text": text]]]]).isEmpty)
        }
        let published = try server.pendingDiagnostics().map { try #require(JSONSerialization.jsonObject(with: $0) as? [String: Any]) }
        #expect(published.count == 1)
        #expect((published[0]["params"] as? [String: Any])?["version"] as? Int == 3)
        #expect(diagnostics(published).map { $0["code"] as? String } == ["jargon-pt", "refuse"])
        #expect(server.pendingDiagnostics().isEmpty)
    }

    @Test func incrementalChangesAndQuickFixes() throws {
        let server = try server()
        _ = try start(server)
        _ = try open(server, "The pt 😊 refused.\nShe refuses.")
        // Replace "pt" (line 0, 4..<6) with "person": the rest shifts, "refused" is still found.
        let changed = diagnostics(try send(server, ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": "file:///n.txt", "version": 2],
            "contentChanges": [["range": ["start": ["line": 0, "character": 4], "end": ["line": 0, "character": 6]], "text": "person"]],
        ]]))
        #expect(changed.map { $0["code"] as? String } == ["refuse", "refuse"])
        #expect(changed.map(start(of:)) == [[0, 14], [1, 4]])
        let actions = try send(server, ["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": [
            "textDocument": ["uri": "file:///n.txt"],
            "range": ["start": ["line": 1, "character": 6], "end": ["line": 1, "character": 6]], "context": ["diagnostics": []],
        ]]).first?["result"] as? [[String: Any]] ?? []
        #expect(actions.compactMap { $0["title"] as? String }
                == ["Replace “refuses” with “declines”", "Replace “refuses” with “chooses not to”", "Keep “refuses” here (PeerNote ok)"])
        let edit = ((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?["file:///n.txt"] as? [[String: Any]]
        #expect(edit?.first?["newText"] as? String == "declines")
        // "Keep … here" inserts the writer's ok marker after the words, and the finding goes away.
        let keep = ((actions.last?["edit"] as? [String: Any])?["changes"] as? [String: Any])?["file:///n.txt"] as? [[String: Any]]
        let at = (keep?.first?["range"] as? [String: Any])?["start"] as? [String: Any]
        #expect(at?["line"] as? Int == 1 && at?["character"] as? Int == 11)
        let kept = diagnostics(try send(server, ["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": "file:///n.txt", "version": 3],
            "contentChanges": [["range": ["start": ["line": 1, "character": 11], "end": ["line": 1, "character": 11]],
                                "text": try #require(keep?.first?["newText"] as? String)]],
        ]]))
        #expect(kept.map(start(of:)) == [[0, 14]])
    }

    /// The issue's sentences, each opened in the editor: the preferred quick fix of each finding
    /// about wording, applied, reads right; where no alternative fits, there is no quick fix to
    /// replace the words, and the diagnostic says what to do instead.
    @Test func quickFixesReadRightInTheirSentence() throws {
        let rows: [(String, String?)] = [
            ("Peer and Pt reviewed the plan.", "Peer and the person reviewed the plan."),
            ("Each pt got a card.", "Each person got a card."),
            ("The mentally ill man sat down.", "The man with a mental illness sat down."),
            ("pt c/o pain.", "The person c/o pain."),
            ("Pt is s/p hospitalization.", "The person is s/p hospitalization."),
            ("She was noncompliant with meds again.", "She was not taking meds again."),
            ("Noncompliance is common.", nil),
            ("He is a manipulative person.", nil),
            ("Manipulative behavior was noted.", nil),
            ("We will see Pt Friday.", "We will see the person Friday."),
        ]
        for (text, expected) in rows {
            let server = try LanguageServer(lexicon: bundledLexicon) { (_: [String]) throws(InputErrors) -> Lexicon in bundledLexicon }
            _ = try start(server)
            let published = try open(server, text).filter { ($0["message"] as? String)?.hasPrefix("No front matter") == false }
            let actions = try send(server, ["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": [
                "textDocument": ["uri": "file:///n.txt"],
                "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": text.utf16.count]], "context": ["diagnostics": []],
            ]]).first?["result"] as? [[String: Any]] ?? []
            let replacing = actions.filter { ($0["title"] as? String)?.hasPrefix("Replace") == true }
            guard let expected else {
                #expect(replacing.isEmpty, "\(text)")
                #expect(published.contains { ($0["message"] as? String)?.contains("(Say ") == true || ($0["message"] as? String)?.contains("(Describe ") == true }, "\(text)")
                continue
            }
            // The first quick fix of the first finding, applied.
            let edit = try #require(((replacing.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?["file:///n.txt"] as? [[String: Any]], "\(text)")
            var result = Array(text.utf16)
            for change in edit.reversed() {
                let range = try #require(change["range"] as? [String: Any])
                let from = try #require((range["start"] as? [String: Any])?["character"] as? Int)
                let to = try #require((range["end"] as? [String: Any])?["character"] as? Int)
                result.replaceSubrange(from..<to, with: Array((change["newText"] as? String ?? "").utf16))
            }
            #expect(String(decoding: result, as: UTF16.self) == expected, "\(text)")
        }
    }

    @Test func hoverGivesTheRationaleAndBadMessagesGetErrors() throws {
        let server = try server()
        let early = try send(server, ["jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": [:]])
        #expect((early.first?["error"] as? [String: Any])?["code"] as? Int == -32002)
        _ = try start(server)
        _ = try open(server, "He refused.")
        let hover = try send(server, ["jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
                                      "params": ["textDocument": ["uri": "file:///n.txt"], "position": ["line": 0, "character": 5]]])
        let contents = ((hover.first?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(contents?.contains("Describes a choice as defiance") == true)
        let garbage = server.handle(Data("{\"jsonrpc\": ".utf8)).replies
        let body = try #require(garbage.first)
        let error = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect((error["error"] as? [String: Any])?["code"] as? Int == -32700)
        #expect(error["id"] is NSNull)
        // JSON that is not an object is an invalid request, not unreadable JSON.
        for notAnObject in ["[1, 2]", "\"initialize\"", "42", "null"] {
            let reply = try #require(server.handle(Data(notAnObject.utf8)).replies.first)
            let object = try #require(try JSONSerialization.jsonObject(with: reply) as? [String: Any])
            #expect((object["error"] as? [String: Any])?["code"] as? Int == -32600, "\(notAnObject)")
        }
        let unknown = try send(server, ["jsonrpc": "2.0", "id": 4, "method": "peernote/unknown"])
        #expect((unknown.first?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect(try send(server, ["jsonrpc": "2.0", "id": 5, "method": "shutdown"]).first?["result"] is NSNull)
        #expect(server.handle(Data(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8)).control == .exit(0))
    }

    @Test func configurationAddsLexiconsAndReportsBadOnes() throws {
        let server = try server()
        _ = try start(server)
        #expect(try open(server, "She was cranky today.").isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("agency.yml"), bad = folder.appendingPathComponent("bad.yml")
        try "lexicon: agency\nside: concern\nentries:\n  - id: cranky\n    category: judgment\n    terms: [cranky]\n    message: Rates the person\n"
            .write(to: good, atomically: true, encoding: .utf8)
        try "lexicon: bad\nentries:\n  - id: [oops\n".write(to: bad, atomically: true, encoding: .utf8)
        let reply = try send(server, ["jsonrpc": "2.0", "method": "workspace/didChangeConfiguration",
                                      "params": ["settings": ["peernote": ["lexicons": [good.path]]]]])
        #expect(diagnostics(reply).map { $0["code"] as? String } == ["cranky"])
        let rejected = try send(server, ["jsonrpc": "2.0", "method": "workspace/didChangeConfiguration",
                                         "params": ["settings": ["peernote": ["lexicons": [bad.path]]]]])
        let shown = rejected.first { $0["method"] as? String == "window/showMessage" }
        let message = (shown?["params"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains("bad.yml:"))
        #expect(!message.contains("cranky today"))
        #expect(diagnostics(rejected).map { $0["code"] as? String } == ["cranky"])
    }

    @Test func framesSplitAnywhereAndBadHeadersAreSkipped() {
        var framer = MessageFramer()
        let stream = Array("Content-Length: 2\r\n\r\n{}X-Nothing: 1\r\n\r\nContent-Length: 4\r\nContent-Type: x\r\n\r\n[1,2]".utf8)
        var frames: [MessageFramer.Frame] = []
        for byte in stream {
            framer.append([byte])
            while let frame = framer.next() { frames.append(frame) }
        }
        #expect(frames == [.message(Data("{}".utf8)), .malformed("bytes that are not part of a message were skipped"),
                           .message(Data("[1,2".utf8))])
    }

    /// However a lying `Content-Length` is spread over reads, it costs only its own message:
    /// the frames after it come out whole, fed all at once, a few bytes at a time, or byte by byte.
    @Test(arguments: [1, 3, 64, 100_000])
    func aLyingContentLengthCostsOnlyItsOwnMessage(readSize: Int) {
        let good = { (id: Int) in "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"shutdown\"}" }
        let frame = { (body: String, length: String) in "Content-Length: \(length)\r\n\r\n\(body)" }
        let body = good(9)
        for lie in [frame(body, "\(body.utf8.count - 5)"), frame(body, "\(body.utf8.count + 40)"), frame(body, "x"),
                    frame(body, "1099511627776"), frame(body, "-3"), "Content-Length: 12\r\nContent-Length: 13\r\n\r\n" + body] {
            var framer = MessageFramer()
            let stream = Array((lie + frame(good(1), "\(good(1).utf8.count)") + frame(good(2), "\(good(2).utf8.count)")).utf8)
            var messages: [String] = []
            var index = 0
            while index < stream.count {
                framer.append(stream[index..<min(index + readSize, stream.count)])
                index += readSize
                while let next = framer.next() { if case .message(let data) = next { messages.append(String(decoding: data, as: UTF8.self)) } }
            }
            #expect(Array(messages.suffix(2)) == [good(1), good(2)], "\(lie.prefix(24)) read \(readSize) at a time")
        }
    }

    /// The README's editors talk to the server through real clients; this runs the
    /// pytest-lsp suite in `Tests/LanguageServer` (`pip install pytest-lsp`; CI installs it).
    @Test(.enabled(if: pytestLSPIsInstalled || ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_LSP_CLIENT"] == "1"))
    func aRealClientSeesDiagnosticsFixesAndHover() throws {
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let result = try run(python, ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/LanguageServer"],
                             environment: ["PEERNOTE_BINARY": peernoteBinary.path])
        #expect(result.status == 0, "pytest-lsp:\n\(result.stdout)\n\(result.stderr)")
    }
}

extension LanguageServerTests {
    /// The README's Neovim recipe, run headless when Neovim is installed.
    @Test(.enabled(if: which("nvim") != nil)) func neovimAppliesAQuickFixOnALineWithAnEmoji() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-nvim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = folder.appendingPathComponent("note.txt")
        try "José 😊 said the pt c/o pain.\nDana shared her hopes.\n".write(to: note, atomically: true, encoding: .utf8)
        let script = packageRoot.appendingPathComponent("Tests/Editors/neovim.lua").path
        let path = peernoteBinary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let result = try run(try #require(which("nvim")), ["--headless", "-n", "-c", "luafile \(script)", note.path],
                             environment: ["PATH": path])
        let output = result.stdout + result.stderr
        #expect(output.contains("1:21 Chart shorthand for the person"), "\(output)")
        #expect(output.contains("line 1 now: José 😊 said the person c/o pain."), "\(output)")
    }
}

/// The full path of a program on `PATH`.
func which(_ program: String) -> URL? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent(program) }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Whether the Python LSP client used by the end-to-end test is available.
let pytestLSPIsInstalled: Bool = {
    (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import pytest_lsp"]).status) == 0
}()
