/// The Language Server Protocol messages PeerNote reads and writes, as `Codable` values. They
/// are read by `JSONReader` and `JSONValueDecoder` and written by `JSONWriter`, keys sorted. Reading is forgiving, as editors are: a field of the wrong kind counts as
/// absent, so one odd field never costs a whole message.
enum LSP {
    // MARK: Envelope

    /// A JSON-RPC message from the editor: a request (it has an id), a notification (none),
    /// or a response to a request the server never sends.
    struct IncomingMessage: Decodable {
        /// The request's id, echoed as it came (a number or a string); nil for a notification.
        var id: JSONValue?
        var method: String?
        /// Decoded once the method says what they are.
        var params: JSONValue?

        private enum CodingKeys: String, CodingKey { case id, method, params }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = container.lenient(JSONValue.self, .id).flatMap { $0 == .null ? nil : $0 }
            method = container.lenient(String.self, .method)
            params = container.lenient(JSONValue.self, .params)
        }
    }

    /// The answer to a request.
    struct Response<Result: Encodable>: Encodable {
        let jsonrpc = "2.0"
        var id: JSONValue
        /// Written even when nil, as `null`: a response has a result or an error.
        var result: Result

        private enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(jsonrpc, forKey: .jsonrpc)
            try container.encode(id, forKey: .id)
            try container.encode(result, forKey: .result)
        }
    }

    /// A request that failed, or a message that could not be read (its id is then null).
    struct ErrorResponse: Encodable {
        let jsonrpc = "2.0"
        var id: JSONValue
        var error: ResponseError
    }

    /// What went wrong: a JSON-RPC error code and a message that names no note text.
    struct ResponseError: Encodable {
        var code: Int
        var message: String
    }

    /// A message the server sends unasked.
    struct Notification<Params: Encodable>: Encodable {
        let jsonrpc = "2.0"
        var method: String
        var params: Params
    }

    // MARK: Shared

    /// A position in the editor's terms: 0-based line and column in the negotiated encoding.
    struct Position: Codable {
        var line: Int
        var character: Int

        init(_ position: TextDocument.Position) {
            line = position.line
            character = position.character
        }

        /// The position, if neither number is negative.
        var valid: TextDocument.Position? {
            line >= 0 && character >= 0 ? TextDocument.Position(line: line, character: character) : nil
        }
    }

    /// A stretch of a document between two positions.
    struct Range: Codable {
        var start: Position
        var end: Position
    }

    /// A document named by its URI.
    struct TextDocumentIdentifier: Decodable {
        var uri: String
    }

    // MARK: Requests and notifications read

    /// `initialize`: what the editor can do, and the settings it starts with.
    struct InitializeParams: Decodable {
        var positionEncodings: [String]
        var initializationOptions: Settings?

        private enum CodingKeys: String, CodingKey { case capabilities, initializationOptions }
        private enum Capabilities: String, CodingKey { case general }
        private enum General: String, CodingKey { case positionEncodings }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let general = try? container.nestedContainer(keyedBy: Capabilities.self, forKey: .capabilities)
                .nestedContainer(keyedBy: General.self, forKey: .general)
            positionEncodings = general?.lenient([String].self, .positionEncodings) ?? []
            initializationOptions = container.lenient(Settings.self, .initializationOptions)
        }
    }

    /// PeerNote's settings, from `initializationOptions` or under `"peernote"` in
    /// `workspace/didChangeConfiguration`.
    struct Settings: Decodable {
        /// Extra lexicon files, loaded after the bundled ones.
        var lexicons: [String]?
        /// Whether strength language is reported too, as hints.
        var showStrengths: Bool?
        /// The most bytes of a document that are checked.
        var maxDocumentBytes: Int?

        private enum CodingKeys: String, CodingKey { case lexicons, showStrengths, maxDocumentBytes }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            lexicons = container.lenient([String].self, .lexicons)
            showStrengths = container.lenient(Bool.self, .showStrengths)
            maxDocumentBytes = container.lenient(Int.self, .maxDocumentBytes)
        }
    }

    /// `workspace/didChangeConfiguration`.
    struct DidChangeConfigurationParams: Decodable {
        var settings: Settings?

        private enum CodingKeys: String, CodingKey { case settings }
        private enum Sections: String, CodingKey { case peernote }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            settings = (try? container.nestedContainer(keyedBy: Sections.self, forKey: .settings))?.lenient(Settings.self, .peernote)
        }
    }

    /// `textDocument/didOpen`.
    struct DidOpenTextDocumentParams: Decodable {
        var textDocument: TextDocumentItem
    }

    /// A document as the editor opened it.
    struct TextDocumentItem: Decodable {
        var uri: String
        var text: String
        var version: Int?

        private enum CodingKeys: String, CodingKey { case uri, text, version }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            uri = try container.decode(String.self, forKey: .uri)
            text = try container.decode(String.self, forKey: .text)
            version = container.lenient(Int.self, .version)
        }
    }

    /// `textDocument/didChange`: full or incremental changes, in order.
    struct DidChangeTextDocumentParams: Decodable {
        var textDocument: VersionedTextDocumentIdentifier
        var contentChanges: [ContentChange]

        private enum CodingKeys: String, CodingKey { case textDocument, contentChanges }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            textDocument = try container.decode(VersionedTextDocumentIdentifier.self, forKey: .textDocument)
            contentChanges = container.lenient([ContentChange].self, .contentChanges) ?? []
        }
    }

    /// A document named by its URI, at a version.
    struct VersionedTextDocumentIdentifier: Decodable {
        var uri: String
        var version: Int?

        private enum CodingKeys: String, CodingKey { case uri, version }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            uri = try container.decode(String.self, forKey: .uri)
            version = container.lenient(Int.self, .version)
        }
    }

    /// One change: new text for a range, or for the whole document when there is no range.
    /// A change without text is skipped.
    struct ContentChange: Decodable {
        var range: Range?
        var text: String?

        private enum CodingKeys: String, CodingKey { case range, text }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            range = container.lenient(Range.self, .range)
            text = container.lenient(String.self, .text)
        }
    }

    /// `textDocument/didClose`.
    struct DidCloseTextDocumentParams: Decodable {
        var textDocument: TextDocumentIdentifier
    }

    /// `textDocument/codeAction`: the selection to fix.
    struct CodeActionParams: Decodable {
        var textDocument: TextDocumentIdentifier
        var range: Range?

        private enum CodingKeys: String, CodingKey { case textDocument, range }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            textDocument = try container.decode(TextDocumentIdentifier.self, forKey: .textDocument)
            range = container.lenient(Range.self, .range)
        }
    }

    /// `textDocument/hover`.
    struct HoverParams: Decodable {
        var textDocument: TextDocumentIdentifier
        var position: Position?

        private enum CodingKeys: String, CodingKey { case textDocument, position }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            textDocument = try container.decode(TextDocumentIdentifier.self, forKey: .textDocument)
            position = container.lenient(Position.self, .position)
        }
    }

    // MARK: Results and notifications written

    /// The answer to `initialize`.
    struct InitializeResult: Encodable {
        var capabilities: ServerCapabilities
        var serverInfo = ServerInfo()
    }

    /// What the server does: the position encoding it chose, open/close and incremental sync
    /// (`change: 2`), quick fixes and a fix-all action, hover.
    struct ServerCapabilities: Encodable {
        var positionEncoding: String
        var textDocumentSync = TextDocumentSyncOptions()
        var codeActionProvider = CodeActionOptions()
        var hoverProvider = true
    }

    /// Documents are synchronised on open and close, and changed incrementally.
    struct TextDocumentSyncOptions: Encodable {
        var openClose = true
        var change = 2
    }

    /// The kinds of code action offered.
    struct CodeActionOptions: Encodable {
        var codeActionKinds = [CodeAction.quickFix, CodeAction.fixAll]
    }

    /// The server's name and version.
    struct ServerInfo: Encodable {
        var name = "peernote"
        var version = "0.1.0"
    }

    /// `textDocument/publishDiagnostics`: every finding of a document, or none once it closes.
    struct PublishDiagnosticsParams: Encodable {
        var uri: String
        /// The version the diagnostics are for; left out when the document is closed.
        var version: Int?
        var diagnostics: [Diagnostic]
    }

    /// One finding, as the editor shows it.
    struct Diagnostic: Encodable {
        var range: Range
        /// 1 error, 2 warning, 3 information, 4 hint; left out where a code action names the
        /// diagnostic it fixes.
        var severity: Int?
        /// The rule id.
        var code: String
        var source = "peernote"
        var message: String
    }

    /// A quick fix or the fix-all action.
    struct CodeAction: Encodable {
        static let quickFix = "quickfix"
        static let fixAll = "source.fixAll.peernote"

        var title: String
        var kind: String
        var isPreferred: Bool?
        var diagnostics: [Diagnostic]?
        var edit: WorkspaceEdit
    }

    /// Edits to one document.
    struct WorkspaceEdit: Encodable {
        /// Edits by document URI.
        var changes: [String: [TextEdit]]
    }

    /// New text for a range.
    struct TextEdit: Encodable {
        var range: Range
        var newText: String
    }

    /// The rationale of the findings under the cursor, as Markdown.
    struct Hover: Encodable {
        var contents: MarkupContent
        var range: Range
    }

    /// Text for the editor to render.
    struct MarkupContent: Encodable {
        var kind = "markdown"
        var value: String
    }

    /// `window/showMessage`.
    struct ShowMessageParams: Encodable {
        /// 1 error, 2 warning, 3 information, 4 log.
        var type: Int
        var message: String
    }
}

extension KeyedDecodingContainer {
    /// The value of `key`, or nil when it is absent, null or not a `T`.
    func lenient<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
        (try? decodeIfPresent(T.self, forKey: key)) ?? nil
    }
}
