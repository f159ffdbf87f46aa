import ArgumentParser
import Dispatch
import Foundation
import MCP
import PeerNoteKit

struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "An MCP server on standard input and output, for AI writing assistants.",
        discussion: """
        Speaks the Model Context Protocol over stdio, as desktop assistants start it. Tools:
        check_note (findings, thread, facts and score as `check --format json` gives them),
        rewrite_note (the safe rewrites applied, with a diff), explain_rule and list_rules;
        resources: the lexicon files. No network, and no note text in any log.

        Examples:
          peernote mcp
          peernote mcp --lexicon agency.yml
        """
    )

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let loaded = try lexicon.load()
        _ = try makeAnalyzer(loaded)
        let coach = try NoteCoach(lexicon: loaded, lexiconFiles: NoteCoach.lexiconFiles(language: lexicon.language, extraFiles: lexicon.extraFiles))
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                let server = Server(name: "peernote", version: PeerNote.configuration.version,
                                    instructions: CoachServer.instructions,
                                    capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
                await CoachServer(coach: coach).register(on: server)
                try await server.start(transport: StdioTransport())
                await server.waitUntilCompleted()
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            printError("peernote mcp: \(error)")
            throw ExitCode(2)
        }
    }
}

/// The server task's error, handed to the waiting thread.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}

/// The tools and resources of `peernote mcp`, answered by a `NoteCoach`.
struct CoachServer: Sendable {
    let coach: NoteCoach

    static let instructions = """
        PeerNote coaches peer support progress notes: person-centered language and the golden \
        thread (goal link, type, purpose, response, progress). Call check_note on a draft before \
        suggesting edits, and rewrite_note for the rewrites PeerNote marks safe; explain_rule says \
        why a rule matters. Notes are health information: they stay on this machine.
        """

    /// The tools, with their JSON Schemas.
    static let tools: [Tool] = [
        Tool(name: "check_note", title: "Check a note",
             description: "Check a peer support note (plain text, optional YAML front matter). Returns the note's findings, golden thread, facts and recovery score as JSON, the same as `peernote check --format json`.",
             inputSchema: textSchema, annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(name: "rewrite_note", title: "Apply safe rewrites",
             description: "Apply the person-centered rewrites PeerNote marks safe. Returns the rewritten text, a unified diff and each rewrite (rule, line, from, to). Other findings stay suggestions: see check_note.",
             inputSchema: textSchema, annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(name: "explain_rule", title: "Explain a rule",
             description: "Explain one rule by its id (as in a finding's `rule`): what it says, why it matters, and its source.",
             inputSchema: .object(["type": "object", "properties": .object(["rule": .object(["type": "string", "description": "A rule id, e.g. comp-noncompliant"])]), "required": .array(["rule"])]),
             annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(name: "list_rules", title: "List the rules",
             description: "List PeerNote's rules (id, kind, category, severity, message, rationale, source), optionally only one kind: concern, strength, thread, context, check or fact.",
             inputSchema: .object(["type": "object", "properties": .object(["kind": .object(["type": "string", "enum": .array(Rule.Kind.allCases.map { .string($0.rawValue) })])])]),
             annotations: .init(readOnlyHint: true, openWorldHint: false)),
    ]

    private static let textSchema: Value = .object([
        "type": "object",
        "properties": .object([
            "text": .object(["type": "string", "description": "The note's text."]),
            "name": .object(["type": "string", "description": "A name for the note in the answer (default: note)."]),
        ]),
        "required": .array(["text"]),
    ])

    /// Registers the handlers on `server`.
    func register(on server: Server) async {
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: Self.tools) }
        await server.withMethodHandler(CallTool.self) { parameters in self.call(parameters.name, parameters.arguments ?? [:]) }
        await server.withMethodHandler(ListResources.self) { _ in
            .init(resources: coach.lexiconFiles.map { Resource(name: Self.name(of: $0), uri: Self.uri(of: $0), description: "A PeerNote lexicon (YAML)", mimeType: "application/yaml") })
        }
        await server.withMethodHandler(ReadResource.self) { parameters in
            guard let path = coach.lexiconFiles.first(where: { Self.uri(of: $0) == parameters.uri }),
                  let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw MCPError.invalidParams("There is no lexicon \(parameters.uri); resources/list names them.")
            }
            return .init(contents: [.text(text, uri: parameters.uri, mimeType: "application/yaml")])
        }
    }

    /// One tool's answer: JSON as text, and as structured content.
    func call(_ name: String, _ arguments: [String: Value]) -> CallTool.Result {
        let text = arguments["text"]?.stringValue
        let label = arguments["name"]?.stringValue ?? "note"
        switch name {
        case "check_note":
            guard let text else { return Self.problem("check_note needs the note's text in `text`.") }
            return Self.answer(coach.check(text, name: label))
        case "rewrite_note":
            guard let text else { return Self.problem("rewrite_note needs the note's text in `text`.") }
            return Self.answer(coach.rewrite(text, name: label))
        case "explain_rule":
            guard let id = arguments["rule"]?.stringValue else { return Self.problem("explain_rule needs a rule id in `rule`.") }
            guard let rule = coach.explain(id) else {
                let near = coach.ruleIDs(near: id)
                return Self.problem("No rule is called \(id)." + (near.isEmpty ? " list_rules names them all." : " Rules with a similar id: \(near.joined(separator: ", "))."))
            }
            return Self.answer(rule)
        case "list_rules":
            let kind = arguments["kind"]?.stringValue
            if let kind, Rule.Kind(rawValue: kind) == nil { return Self.problem("There is no kind \(kind); the kinds are \(Rule.Kind.allCases.map(\.rawValue).joined(separator: ", ")).") }
            let rules = coach.rules(kinds: kind.flatMap(Rule.Kind.init).map { [$0] } ?? [])
            // Structured content must be an object: the list goes under `rules`.
            return Self.answer("{\"rules\":" + rules.trimmingCharacters(in: .whitespacesAndNewlines) + "}")
        default:
            return Self.problem("There is no tool \(name); the tools are check_note, rewrite_note, explain_rule and list_rules.")
        }
    }

    private static func answer(_ json: String) -> CallTool.Result {
        .init(content: [.text(text: json, annotations: nil, _meta: nil)], structuredContent: try? JSONDecoder().decode(Value.self, from: Data(json.utf8)), isError: false)
    }

    private static func problem(_ message: String) -> CallTool.Result {
        .init(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }

    private static func name(of path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    /// A lexicon's URI: `peernote://lexicons/<language folder>/<file>`.
    private static func uri(of path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return "peernote://lexicons/\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)"
    }
}
