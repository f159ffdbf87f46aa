import Foundation

/// PeerNote as a Language Server Protocol server: diagnostics as the peer types, quick fixes
/// from the rewrites, the rationale on hover.
///
/// The server does no I/O of its own: `handle(_:)` takes one message body and returns the
/// bodies to send back, so the stdio loop lives at the edge (the `lsp` command) and tests can
/// drive it directly. No note text is ever logged; messages to the editor name only rules.
public final class LanguageServer {
    /// What the server wants its host to do after a message.
    public enum Control: Equatable, Sendable {
        /// Keep reading.
        case `continue`
        /// Stop, with this exit status (0 after a `shutdown` request, 1 otherwise).
        case exit(Int32)
    }

    private var lexicon: Lexicon
    private var analyzer: Analyzer
    private let loadLexicon: ([String]) throws(InputErrors) -> Lexicon
    private var documents: [String: TextDocument] = [:]
    private var analyses: [String: (text: String, analysis: NoteAnalysis, lines: LineIndex)] = [:]
    private var unit: LineIndex.ColumnUnit = .utf16
    private var initialized = false
    private var shuttingDown = false
    private var showStrengths = false
    private var extraLexicons: [String] = []

    /// A server that analyzes with `lexicon`; `loadLexicon` loads the bundled lexicons plus
    /// the extra files an editor configures.
    public init(lexicon: Lexicon, loadLexicon: @escaping ([String]) throws(InputErrors) -> Lexicon) throws {
        self.lexicon = lexicon
        self.analyzer = try Analyzer(lexicon: lexicon)
        self.loadLexicon = loadLexicon
    }

    /// Whether a `shutdown` request has been answered.
    public var isShuttingDown: Bool { shuttingDown }

    // MARK: Messages

    /// The reply to a header block that could not be framed: a JSON-RPC parse error.
    public func malformedFrame(_ reason: String) -> [Data] {
        [Self.error(id: nil, code: -32700, "Parse error: \(reason)")]
    }

    /// Handles one message body; returns the bodies to send, in order, and what to do next.
    public func handle(_ body: Data) -> (replies: [Data], control: Control) {
        guard let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return ([Self.error(id: nil, code: -32700, "Parse error: the message is not JSON")], .continue)
        }
        guard let message = object as? [String: Any] else {
            return ([Self.error(id: nil, code: -32600, "Invalid request: a message is a JSON object")], .continue)
        }
        let id = message["id"].flatMap { $0 is NSNull ? nil : $0 }
        guard let method = message["method"] as? String else {
            // A response to a request we never send, or nonsense: only requests get an answer.
            return (id == nil ? [] : [Self.error(id: id, code: -32600, "Invalid request: no method")], .continue)
        }
        let params = message["params"] as? [String: Any] ?? [:]
        if method == "exit" { return ([], .exit(shuttingDown ? 0 : 1)) }
        guard initialized || method == "initialize" else {
            return (id == nil ? [] : [Self.error(id: id, code: -32002, "The server is not initialized yet")], .continue)
        }
        if let id {
            return (request(id: id, method: method, params: params), .continue)
        }
        return (notification(method: method, params: params), .continue)
    }

    private func request(id: Any, method: String, params: [String: Any]) -> [Data] {
        switch method {
        case "initialize":
            return initialize(id: id, params: params)
        case "shutdown":
            shuttingDown = true
            return [Self.result(id: id, NSNull())]
        case "textDocument/codeAction":
            guard let document = document(in: params) else { return [Self.result(id: id, [Any]())] }
            return [Self.result(id: id, codeActions(document, selection: params["range"] as? [String: Any]))]
        case "textDocument/hover":
            guard let document = document(in: params), let position = Self.position(params["position"]) else {
                return [Self.result(id: id, NSNull())]
            }
            return [Self.result(id: id, hover(document, at: position))]
        default:
            return [Self.error(id: id, code: -32601, "Method not found: \(method)")]
        }
    }

    private func notification(method: String, params: [String: Any]) -> [Data] {
        let item = params["textDocument"] as? [String: Any]
        let uri = item?["uri"] as? String
        switch method {
        case "textDocument/didOpen":
            guard let uri, let text = item?["text"] as? String else { return [] }
            documents[uri] = TextDocument(uri: uri, version: item?["version"] as? Int ?? 0, text: text)
            return [diagnostics(uri)]
        case "textDocument/didChange":
            guard let uri, var document = documents[uri] else { return [] }
            for change in params["contentChanges"] as? [[String: Any]] ?? [] {
                guard let text = change["text"] as? String else { continue }
                let range = change["range"] as? [String: Any]
                document.apply(start: Self.position(range?["start"]), end: Self.position(range?["end"]), newText: text, unit: unit)
            }
            document.version = item?["version"] as? Int ?? document.version
            documents[uri] = document
            return [diagnostics(uri)]
        case "textDocument/didClose":
            guard let uri else { return [] }
            documents[uri] = nil
            analyses[uri] = nil
            return [Self.notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])]
        case "workspace/didChangeConfiguration":
            let settings = (params["settings"] as? [String: Any])?["peernote"] as? [String: Any] ?? [:]
            return configure(settings) + documents.keys.sorted().map(diagnostics)
        default:
            return []  // `initialized`, `$/cancelRequest`, `$/setTrace` and the rest need no answer.
        }
    }

    private func initialize(id: Any, params: [String: Any]) -> [Data] {
        initialized = true
        let general = (params["capabilities"] as? [String: Any])?["general"] as? [String: Any]
        let offered = general?["positionEncodings"] as? [String] ?? []
        unit = offered.contains("utf-8") ? .bytes : .utf16
        let messages = configure(params["initializationOptions"] as? [String: Any] ?? [:])
        let capabilities: [String: Any] = [
            "positionEncoding": unit == .bytes ? "utf-8" : "utf-16",
            "textDocumentSync": ["openClose": true, "change": 2],
            "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.peernote"]],
            "hoverProvider": true,
        ]
        let result: [String: Any] = ["capabilities": capabilities, "serverInfo": ["name": "peernote", "version": "0.1.0"]]
        return [Self.result(id: id, result)] + messages
    }

    /// Applies `lexicons` (extra files) and `showStrengths`; a lexicon that fails to load is
    /// reported to the editor and the previous lexicon stays in use.
    private func configure(_ settings: [String: Any]) -> [Data] {
        if let strengths = settings["showStrengths"] as? Bool { showStrengths = strengths }
        guard let files = settings["lexicons"] as? [String], files != extraLexicons else { return [] }
        do {
            let loaded = try loadLexicon(files)
            analyzer = try Analyzer(lexicon: loaded)
            lexicon = loaded
            analyses = [:]
            extraLexicons = files
            return []
        } catch let error as InputErrors {
            let problems = error.problems.map(\.description).joined(separator: "\n")
            return [Self.notification("window/showMessage", ["type": 1, "message": "PeerNote kept its previous lexicons:\n\(problems)"])]
        } catch {
            return [Self.notification("window/showMessage", ["type": 1, "message": "PeerNote could not start its analyzer: \(error)"])]
        }
    }

    // MARK: Features

    /// The analysis of a document, computed once per text and reused by hover and code actions.
    private func analysis(of document: TextDocument) -> (NoteAnalysis, LineIndex, [Finding]) {
        let analysis: NoteAnalysis, lines: LineIndex
        if let cached = analyses[document.uri], cached.text == document.text {
            (analysis, lines) = (cached.analysis, cached.lines)
        } else {
            (analysis, lines) = (analyzer.analyze(Note(id: document.uri, text: document.text)), LineIndex(document.text))
            analyses[document.uri] = (document.text, analysis, lines)
        }
        return (analysis, lines, analysis.findings.filter { showStrengths || $0.severity > .hint })
    }

    private func diagnostics(_ uri: String) -> Data {
        guard let document = documents[uri] else {
            return Self.notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])
        }
        let (_, lines, findings) = analysis(of: document)
        let diagnostics: [[String: Any]] = findings.map { finding in
            var message = finding.message
            if finding.isAboutWording, !finding.suggestions.isEmpty {
                message += " (try " + finding.suggestions.map { "“\($0)”" }.joined(separator: ", ") + ")"
            }
            return [
                "range": range(finding.range, in: document, lines),
                "severity": Self.severities[finding.severity]!,
                "code": finding.rule,
                "source": "peernote",
                "message": message,
            ]
        }
        return Self.notification("textDocument/publishDiagnostics",
                                 ["uri": uri, "version": document.version, "diagnostics": diagnostics])
    }

    private func codeActions(_ document: TextDocument, selection: [String: Any]?) -> [[String: Any]] {
        let (analysis, lines, _) = analysis(of: document)
        let wanted = Self.position(selection?["start"]).flatMap { start in
            Self.position(selection?["end"]).map { document.offsetRange(start, $0, unit: unit) }
        } ?? 0..<Int.max
        var actions: [[String: Any]] = []
        for finding in analysis.findings where finding.isAboutWording && finding.severity > .hint
        && (finding.range.overlaps(wanted) || finding.range.contains(wanted.lowerBound) || wanted.lowerBound == finding.range.upperBound) {
            for rewrite in Rewriter.rewrites(for: finding, in: document.text) {
                actions.append([
                    "title": "Replace “\(finding.text)” with “\(rewrite.replacement)”",
                    "kind": "quickfix",
                    "isPreferred": rewrite.isSafe,
                    "diagnostics": [["range": range(finding.range, in: document, lines), "code": finding.rule, "source": "peernote",
                                     "message": finding.message]],
                    "edit": edit(document, [rewrite], lines),
                ])
            }
            // "Ignore here": the writer keeps these words; the marker silences this one finding.
            let keep = Rewrite(range: finding.range.upperBound..<finding.range.upperBound, replacement: Marker.ok,
                               rule: finding.rule, isSafe: false)
            actions.append(["title": "Keep “\(finding.text)” here (PeerNote ok)", "kind": "quickfix",
                            "edit": edit(document, [keep], lines)])
        }
        let safe = Rewriter.safeRewrites(for: analysis.findings, in: document.text)
        if !safe.isEmpty {
            actions.append(["title": "Apply all safe rewrites (\(safe.count))", "kind": "source.fixAll.peernote",
                            "edit": edit(document, safe, lines)])
        }
        return actions
    }

    private func hover(_ document: TextDocument, at position: TextDocument.Position) -> Any {
        let (_, lines, findings) = analysis(of: document)
        let offset = document.offsetRange(position, position, unit: unit).lowerBound
        let here = findings.filter { $0.isAboutWording && $0.range.contains(offset) }
        guard let first = here.first else { return NSNull() }
        let sections = here.map { finding -> String in
            var text = "**\(finding.message)** `[\(finding.rule)]`\n\n\(finding.rationale)"
            if !finding.suggestions.isEmpty {
                text += "\n\nTry: " + finding.suggestions.map { "“\($0)”" }.joined(separator: ", ")
            }
            return text
        }
        return ["contents": ["kind": "markdown", "value": sections.joined(separator: "\n\n---\n\n")],
                "range": range(first.range, in: document, lines)]
    }

    // MARK: Helpers

    private func document(in params: [String: Any]) -> TextDocument? {
        ((params["textDocument"] as? [String: Any])?["uri"] as? String).flatMap { documents[$0] }
    }

    private func range(_ bytes: Range<Int>, in document: TextDocument, _ lines: LineIndex) -> [String: Any] {
        let start = document.position(of: bytes.lowerBound, in: lines, unit: unit)
        let end = document.position(of: bytes.upperBound, in: lines, unit: unit)
        return ["start": ["line": start.line, "character": start.character], "end": ["line": end.line, "character": end.character]]
    }

    private func edit(_ document: TextDocument, _ rewrites: [Rewrite], _ lines: LineIndex) -> [String: Any] {
        let edits = rewrites.map { ["range": range($0.range, in: document, lines), "newText": $0.replacement] as [String: Any] }
        return ["changes": [document.uri: edits]]
    }

    private static let severities: [Severity: Int] = [.error: 1, .warning: 2, .info: 3, .hint: 4]

    private static func position(_ value: Any?) -> TextDocument.Position? {
        guard let object = value as? [String: Any], let line = object["line"] as? Int, let character = object["character"] as? Int,
              line >= 0, character >= 0 else { return nil }
        return TextDocument.Position(line: line, character: character)
    }

    private static func result(id: Any, _ result: Any) -> Data {
        encode(["jsonrpc": "2.0", "id": id, "result": result])
    }

    private static func error(id: Any?, code: Int, _ message: String) -> Data {
        encode(["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": code, "message": message]])
    }

    private static func notification(_ method: String, _ params: [String: Any]) -> Data {
        encode(["jsonrpc": "2.0", "method": method, "params": params])
    }

    private static func encode(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }
}
