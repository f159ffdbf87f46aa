import Foundation
import PeerNoteKit
import Testing

/// `peernote mcp`: an MCP server on stdio whose check_note gives what `check --format json` gives.
@Suite struct MCPTests {
    /// The official MCP Python client (PyPI `mcp`; CI installs it) lists the tools and checks
    /// Corpus notes, and gets the findings `check --format json` gives for the same files.
    @Test(.enabled(if: mcpClientIsInstalled || ProcessInfo.processInfo.environment["PEERNOTE_REQUIRE_MCP_CLIENT"] == "1",
                   "needs Python's mcp package (pip install mcp)"))
    func aRealClientChecksNotesAsCheckDoes() throws {
        // Notes that name no plan file: the tool is given text only, never a path to read.
        let folder = packageRoot.appendingPathComponent("Corpus/notes")
        let paths = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { "Corpus/notes/" + $0 }
            .filter { !(try String(contentsOf: packageRoot.appendingPathComponent($0), encoding: .utf8)).contains("\nplan:") }
        #expect(paths.count >= 15)
        let client = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "Tests/MCP/client.py", peernoteBinary.path] + paths)
        #expect(client.status == 0, "\(client.stderr)")
        let answer = try object(client.stdout)
        #expect(answer["protocol"] as? String == "2025-11-25")
        #expect(answer["tools"] as? [String] == ["check_note", "explain_rule", "list_rules", "rewrite_note"])

        let checked = try #require(answer["checked"] as? [String: [String: Any]])
        let files = try #require(object(runPeerNote(["check", "--format", "json"] + paths).stdout)["files"] as? [[String: Any]])
        #expect(files.count == paths.count && checked.count == paths.count)
        var findings = 0
        for file in files {
            let path = try #require(file["path"] as? String)
            let tool = try #require(checked[path])
            #expect(tool["isError"] as? Bool == false)
            // The same object as structured content and as text, and the same as the file's.
            #expect((tool["structured"] as! NSDictionary) == (tool["text"] as! NSDictionary), "\(path)")
            #expect((tool["structured"] as! NSDictionary) == (file as NSDictionary), "\(path)")
            findings += (file["findings"] as! [Any]).count
        }
        #expect(findings > 100)

        // rewrite_note applies what `fix` applies.
        let rewritten = try #require(answer["rewritten"] as? [String: Any])
        #expect(rewritten["text"] as? String == (try runPeerNote(["fix", paths[0]]).stdout))
        #expect((rewritten["rewrites"] as? [[String: Any]])?.isEmpty == ((rewritten["diff"] as? String)?.isEmpty ?? true))
        #expect((answer["explained"] as? [String: Any])?["id"] as? String == "comp-noncompliant")
        let unknown = try #require(answer["unknown"] as? [String: Any])
        #expect(unknown["isError"] as? Bool == true)
        #expect((unknown["text"] as? String)?.contains("comp-noncompliant") == true)
        let rules = try #require((answer["rules"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(!rules.isEmpty && rules.allSatisfy { $0["kind"] as? String == "check" })
        // Every bundled lexicon is a resource.
        let lexicons = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Lexicons/en").path).filter { $0.hasSuffix(".yml") }
        #expect((answer["resources"] as? [String])?.sorted() == lexicons.map { "peernote://lexicons/en/" + $0 }.sorted())
        #expect((answer["lexicon_starts"] as? String)?.isEmpty == false)
    }

    /// Without a client library: the JSON-RPC lines a client sends (and one that is not JSON),
    /// and nothing on standard error, the note's words least of all.
    @Test func theServerAnswersOverStdioAndLogsNothing() throws {
        let note = "The pt was noncompliant and refused to attend group.\n"
        let requests = [
            "Ana said her landlord is not json",
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"check_note","arguments":{"text":\#(quoted(note))}}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"rewrite_note","arguments":{"text":\#(quoted(note))}}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"check_note","arguments":{}}}"#,
        ]
        let run = try session(requests, answers: 5)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        // A line that is not JSON gets a parse error that does not echo it, and the server goes on.
        #expect(!run.stdout.contains("landlord"))
        let all = try run.stdout.split(separator: "\n").map { try object(String($0)) }
        #expect(all.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int } == [-32700])
        // Answers come as they are ready, not always in order.
        let answers = all.filter { $0["id"] is Int }.sorted { ($0["id"] as! Int) < ($1["id"] as! Int) }
        #expect(answers.map { $0["id"] as? Int } == [1, 2, 3, 4])
        #expect((answers[0]["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-06-18")
        let checked = try #require((answers[1]["result"] as? [String: Any])?["structuredContent"] as? [String: Any])
        let expected = try object(runPeerNote(["check", "--format", "json", "-"], stdin: Data(note.utf8)).stdout)
        let rules = { (object: [String: Any]) in (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
        #expect(rules(checked) == rules((expected["files"] as! [[String: Any]])[0]))
        #expect(rules(checked).contains("comp-noncompliant"))
        let rewritten = try #require((answers[2]["result"] as? [String: Any])?["structuredContent"] as? [String: Any])
        #expect(rewritten["text"] as? String == (try runPeerNote(["fix", "-"], stdin: Data(note.utf8)).stdout))
        let missing = try #require(answers[3]["result"] as? [String: Any])
        #expect(missing["isError"] as? Bool == true)
    }

    @Test func theCoachExplainsRulesAndSaysWhichAreNear() throws {
        let coach = try NoteCoach(lexicon: Lexicon.load(), lexiconFiles: [])
        let explained = try object(#require(coach.explain("jargon-pt")))
        #expect(explained["id"] as? String == "jargon-pt")
        #expect((explained["rationale"] as? String)?.isEmpty == false)
        #expect(coach.explain("jargon-nothing") == nil)
        #expect(coach.ruleIDs(near: "jargon-nothing").contains("jargon-pt"))
    }

    /// Runs `peernote mcp`, sends `requests` a line each, and closes its input once `answers`
    /// lines have come back (as a client does), or after 60 seconds.
    private func session(_ requests: [String], answers: Int) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = peernoteBinary
        process.arguments = ["mcp"]
        process.currentDirectoryURL = packageRoot
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data((requests.joined(separator: "\n") + "\n").utf8))
        var received = Data()
        let deadline = Date().addingTimeInterval(60)
        while received.filter({ $0 == 0x0A }).count < answers && Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        try input.fileHandleForWriting.close()
        received += output.fileHandleForReading.readDataToEndOfFile()
        let errors = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: received, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    private func quoted(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: text, options: .fragmentsAllowed), as: UTF8.self)
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

/// Whether Python's `mcp` client is available for the end-to-end test.
let mcpClientIsInstalled: Bool = {
    (try? run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import mcp.client.stdio"]).status) == 0
}()
