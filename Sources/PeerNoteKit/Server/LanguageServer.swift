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
    /// Each document's paragraphs as last analyzed: a change is analyzed paragraph by paragraph.
    private var paragraphs: [String: ParagraphCache] = [:]
    /// Documents changed since their diagnostics were last published, in order.
    private var changed: [String] = []
    /// Documents over the size bound whose writer has been told so.
    private var toldTooLarge: Set<String> = []
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

    /// The most bytes of a document that are checked (1 MB unless the editor's
    /// `maxDocumentBytes` setting says otherwise); past it, the writer is told once.
    public var maximumDocumentBytes = 1 << 20

    /// Whether diagnostics go out with the reply to each change. A host that reads ahead sets
    /// this off and asks for `pendingDiagnostics()` once no message is waiting: a change that
    /// another change follows at once is then never analyzed on its own, so typing never waits
    /// for analyses of text that is already gone.
    public var publishesOnChange = true

    /// The diagnostics of every document changed since they were last published, and anything
    /// the writer must be told about them; with `publishesOnChange`, there are none.
    public func pendingDiagnostics() -> [Data] {
        let uris = changed
        changed = []
        return uris.flatMap { uri in diagnostics(uri) }
    }

    // MARK: Messages

    /// The reply to a header block that could not be framed: a JSON-RPC parse error.
    public func malformedFrame(_ reason: String) -> [Data] {
        [Self.error(id: nil, code: -32700, "Parse error: \(reason)")]
    }

    /// Handles one message body; returns the bodies to send, in order, and what to do next.
    public func handle(_ body: Data) -> (replies: [Data], control: Control) {
        guard let value = try? JSONReader.document([UInt8](body)) else {
            return ([Self.error(id: nil, code: -32700, "Parse error: the message is not JSON")], .continue)
        }
        guard case .object = value, let message = try? JSONValueDecoder().decode(LSP.IncomingMessage.self, from: value) else {
            return ([Self.error(id: nil, code: -32600, "Invalid request: a message is a JSON object")], .continue)
        }
        guard let method = message.method else {
            // A response to a request we never send, or nonsense: only requests get an answer.
            return (message.id.map { [Self.error(id: $0, code: -32600, "Invalid request: no method")] } ?? [], .continue)
        }
        if method == "exit" { return ([], .exit(shuttingDown ? 0 : 1)) }
        guard initialized || method == "initialize" else {
            return (message.id.map { [Self.error(id: $0, code: -32002, "The server is not initialized yet")] } ?? [], .continue)
        }
        if let id = message.id {
            return (request(id: id, method: method, params: message.params), .continue)
        }
        return (notification(method: method, params: message.params), .continue)
    }

    private func request(id: JSONValue, method: String, params: JSONValue?) -> [Data] {
        switch method {
        case "initialize":
            return initialize(id: id, params: Self.decode(LSP.InitializeParams.self, params))
        case "shutdown":
            shuttingDown = true
            return [Self.result(id: id, LSP.Hover?.none)]
        case "textDocument/codeAction":
            let params = Self.decode(LSP.CodeActionParams.self, params)
            guard let params, let document = documents[params.textDocument.uri] else { return [Self.result(id: id, [LSP.CodeAction]())] }
            return [Self.result(id: id, codeActions(document, selection: params.range))]
        case "textDocument/hover":
            let params = Self.decode(LSP.HoverParams.self, params)
            guard let params, let document = documents[params.textDocument.uri], let position = params.position?.valid else {
                return [Self.result(id: id, LSP.Hover?.none)]
            }
            return [Self.result(id: id, hover(document, at: position))]
        default:
            return [Self.error(id: id, code: -32601, "Method not found: \(method)")]
        }
    }

    private func notification(method: String, params: JSONValue?) -> [Data] {
        switch method {
        case "textDocument/didOpen":
            guard let item = Self.decode(LSP.DidOpenTextDocumentParams.self, params)?.textDocument else { return [] }
            documents[item.uri] = TextDocument(uri: item.uri, version: item.version ?? 0, text: item.text)
            return changedDocument(item.uri)
        case "textDocument/didChange":
            guard let params = Self.decode(LSP.DidChangeTextDocumentParams.self, params),
                  var document = documents[params.textDocument.uri] else { return [] }
            for change in params.contentChanges {
                guard let text = change.text else { continue }
                document.apply(start: change.range?.start.valid, end: change.range?.end.valid, newText: text, unit: unit)
            }
            document.version = params.textDocument.version ?? document.version
            documents[document.uri] = document
            return changedDocument(document.uri)
        case "textDocument/didClose":
            guard let uri = Self.decode(LSP.DidCloseTextDocumentParams.self, params)?.textDocument.uri else { return [] }
            documents[uri] = nil
            analyses[uri] = nil
            paragraphs[uri] = nil
            toldTooLarge.remove(uri)
            changed.removeAll { $0 == uri }
            return [Self.notification("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: uri, diagnostics: []))]
        case "workspace/didChangeConfiguration":
            let settings = Self.decode(LSP.DidChangeConfigurationParams.self, params)?.settings
            return configure(settings) + documents.keys.sorted().flatMap(diagnostics)
        default:
            return []  // `initialized`, `$/cancelRequest`, `$/setTrace` and the rest need no answer.
        }
    }

    private func initialize(id: JSONValue, params: LSP.InitializeParams?) -> [Data] {
        initialized = true
        unit = params?.positionEncodings.contains("utf-8") == true ? .bytes : .utf16
        let messages = configure(params?.initializationOptions)
        let capabilities = LSP.ServerCapabilities(positionEncoding: unit == .bytes ? "utf-8" : "utf-16")
        return [Self.result(id: id, LSP.InitializeResult(capabilities: capabilities))] + messages
    }

    /// Applies `lexicons` (extra files) and `showStrengths`; a lexicon that fails to load is
    /// reported to the editor and the previous lexicon stays in use.
    private func configure(_ settings: LSP.Settings?) -> [Data] {
        if let strengths = settings?.showStrengths { showStrengths = strengths }
        if let bound = settings?.maxDocumentBytes, bound > 0 {
            maximumDocumentBytes = bound
            analyses = [:]
        }
        guard let files = settings?.lexicons, files != extraLexicons else { return [] }
        do {
            let loaded = try loadLexicon(files)
            analyzer = try Analyzer(lexicon: loaded)
            lexicon = loaded
            analyses = [:]
            paragraphs = [:]
            extraLexicons = files
            return []
        } catch let error as InputErrors {
            let problems = error.problems.map(\.description).joined(separator: "\n")
            return [Self.notification("window/showMessage", LSP.ShowMessageParams(type: 1, message: "PeerNote kept its previous lexicons:\n\(problems)"))]
        } catch {
            return [Self.notification("window/showMessage", LSP.ShowMessageParams(type: 1, message: "PeerNote could not start its analyzer: \(error)"))]
        }
    }

    // MARK: Features

    /// What to send after a document opened or changed: its diagnostics now, or later.
    private func changedDocument(_ uri: String) -> [Data] {
        guard publishesOnChange else {
            if !changed.contains(uri) { changed.append(uri) }
            return []
        }
        return diagnostics(uri)
    }

    /// The analysis of a document, computed once per text and reused by hover and code actions;
    /// only its changed paragraphs are read again, and only its first `maximumDocumentBytes`.
    private func analysis(of document: TextDocument) -> (NoteAnalysis, LineIndex, [Finding]) {
        let analysis: NoteAnalysis, lines: LineIndex
        if let cached = analyses[document.uri], cached.text == document.text {
            (analysis, lines) = (cached.analysis, cached.lines)
        } else {
            var cache = paragraphs.removeValue(forKey: document.uri) ?? ParagraphCache()
            analysis = analyzer.analyze(Note(id: document.uri, text: checkedText(of: document)), reusing: &cache)
            paragraphs[document.uri] = cache
            lines = LineIndex(document.text)
            analyses[document.uri] = (document.text, analysis, lines)
        }
        return (analysis, lines, analysis.findings.filter { showStrengths || $0.severity > .hint })
    }

    /// The text that is checked: the whole document, or its first `maximumDocumentBytes` up to
    /// the end of a line (or a whole character).
    private func checkedText(of document: TextDocument) -> String {
        let bytes = document.text.utf8
        guard bytes.count > maximumDocumentBytes else { return document.text }
        var end = bytes.index(bytes.startIndex, offsetBy: maximumDocumentBytes)
        if let newline = bytes[..<end].lastIndex(of: 0x0A) { end = bytes.index(after: newline) }
        else { while end > bytes.startIndex && end.samePosition(in: document.text.unicodeScalars) == nil { end = bytes.index(before: end) } }
        return String(document.text[..<end])
    }

    /// The document's diagnostics, and the first time it is over the size bound, a message
    /// that says so.
    private func diagnostics(_ uri: String) -> [Data] {
        guard let document = documents[uri] else {
            return [Self.notification("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: uri, diagnostics: []))]
        }
        var replies = [publishedDiagnostics(document)]
        let size = document.text.utf8.count
        if size > maximumDocumentBytes {
            if toldTooLarge.insert(uri).inserted {
                replies.append(Self.notification("window/showMessage", LSP.ShowMessageParams(type: 2, message:
                    "PeerNote checks the first \(Self.megabytes(maximumDocumentBytes)) of this \(Self.megabytes(size)) document; the rest is not checked.")))
            }
        } else {
            toldTooLarge.remove(uri)
        }
        return replies
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private func publishedDiagnostics(_ document: TextDocument) -> Data {
        let (_, lines, findings) = analysis(of: document)
        let words = lexicon.suggestionWords
        let diagnostics = findings.map { finding in
            var message = finding.message
            if finding.isAboutWording, !finding.suggestions.isEmpty {
                message += " (" + (words["try"] ?? "try") + " "
                    + finding.suggestionsToRead(leavingOut: words["leave-out"] ?? "leaving out").joined(separator: ", ") + ")"
            } else if let guidance = finding.guidance {
                message += " (" + guidance + ")"
            }
            return LSP.Diagnostic(range: range(finding.range, in: document, lines), severity: Self.severities[finding.severity]!,
                                  code: finding.rule, message: message)
        }
        return Self.notification("textDocument/publishDiagnostics",
                                 LSP.PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: diagnostics))
    }

    private func codeActions(_ document: TextDocument, selection: LSP.Range?) -> [LSP.CodeAction] {
        let (analysis, lines, _) = analysis(of: document)
        let wanted = selection.flatMap { selection in
            selection.start.valid.flatMap { start in selection.end.valid.map { document.offsetRange(start, $0, unit: unit) } }
        } ?? 0..<Int.max
        var actions: [LSP.CodeAction] = []
        for finding in analysis.findings where finding.isAboutWording && finding.severity > .hint
        && (finding.range.overlaps(wanted) || finding.range.contains(wanted.lowerBound) || wanted.lowerBound == finding.range.upperBound) {
            let utf8 = Array(document.text.utf8)
            for rewrite in Rewriter.rewrites(for: finding, in: document.text) where rewrite.range.upperBound <= utf8.count {
                let fixed = LSP.Diagnostic(range: range(finding.range, in: document, lines), code: finding.rule, message: finding.message)
                // The words the rewrite replaces: the finding's, or more when words around them change ("is bipolar").
                let replaced = String(decoding: utf8[rewrite.range], as: UTF8.self)
                let title = rewrite.replacement.isEmpty ? "Leave out “\(replaced.trimmingSpaces())”" : "Replace “\(replaced)” with “\(rewrite.replacement)”"
                actions.append(LSP.CodeAction(title: title, kind: LSP.CodeAction.quickFix,
                                              isPreferred: rewrite.isSafe, diagnostics: [fixed], edit: edit(document, [rewrite], lines)))
            }
            // "Ignore here": the writer keeps these words; the marker silences this one finding.
            actions.append(LSP.CodeAction(title: "Keep “\(finding.text)” here (PeerNote ok)", kind: LSP.CodeAction.quickFix,
                                          edit: edit(document, [Rewriter.keep(finding)], lines)))
        }
        let safe = Rewriter.safeRewrites(for: analysis.findings, in: document.text)
        if !safe.isEmpty {
            actions.append(LSP.CodeAction(title: "Apply all safe rewrites (\(safe.count))", kind: LSP.CodeAction.fixAll,
                                          edit: edit(document, safe, lines)))
        }
        return actions
    }

    private func hover(_ document: TextDocument, at position: TextDocument.Position) -> LSP.Hover? {
        let (_, lines, findings) = analysis(of: document)
        let offset = document.offsetRange(position, position, unit: unit).lowerBound
        let here = findings.filter { $0.isAboutWording && $0.range.contains(offset) }
        guard let first = here.first else { return nil }
        let sections = here.map { finding -> String in
            var text = "**\(finding.message)** `[\(finding.rule)]`\n\n\(finding.rationale)"
            if !finding.suggestions.isEmpty {
                text += "\n\nTry: " + finding.suggestions.map { "“\($0)”" }.joined(separator: ", ")
            } else if let guidance = finding.guidance {
                text += "\n\n" + guidance
            }
            return text
        }
        return LSP.Hover(contents: LSP.MarkupContent(value: sections.joined(separator: "\n\n---\n\n")),
                         range: range(first.range, in: document, lines))
    }

    // MARK: Helpers

    private func range(_ bytes: Range<Int>, in document: TextDocument, _ lines: LineIndex) -> LSP.Range {
        LSP.Range(start: LSP.Position(document.position(of: bytes.lowerBound, in: lines, unit: unit)),
                  end: LSP.Position(document.position(of: bytes.upperBound, in: lines, unit: unit)))
    }

    private func edit(_ document: TextDocument, _ rewrites: [Rewrite], _ lines: LineIndex) -> LSP.WorkspaceEdit {
        LSP.WorkspaceEdit(changes: [document.uri: rewrites.map { LSP.TextEdit(range: range($0.range, in: document, lines), newText: $0.replacement) }])
    }

    private static let severities: [Severity: Int] = [.error: 1, .warning: 2, .info: 3, .hint: 4]

    /// The params as `type`, or nil when they are missing or not of that shape.
    private static func decode<Params: Decodable>(_ type: Params.Type, _ params: JSONValue?) -> Params? {
        params.flatMap { try? JSONValueDecoder().decode(Params.self, from: $0) }
    }

    private static func result(id: JSONValue, _ result: some Encodable) -> Data {
        encode(LSP.Response(id: id, result: result))
    }

    private static func error(id: JSONValue?, code: Int, _ message: String) -> Data {
        encode(LSP.ErrorResponse(id: id ?? .null, error: LSP.ResponseError(code: code, message: message)))
    }

    private static func notification(_ method: String, _ params: some Encodable) -> Data {
        encode(LSP.Notification(method: method, params: params))
    }

    /// A message's JSON, keys sorted as the server has always sent them (clients and scripts
    /// that read the bytes see no change). Writing into a buffer cannot fail, and every message
    /// type encodes with the containers `JSONWriterEncoder` supports.
    private static func encode(_ message: some Encodable) -> Data {
        var json = JSONWriter()
        try? json.encode(message, sortingKeys: true)
        return Data(json.finish())
    }
}
