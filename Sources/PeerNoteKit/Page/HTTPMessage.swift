/// One HTTP/1.1 request as the page's server reads it: the method, the path (query dropped),
/// the headers and the body.
public struct HTTPRequest: Sendable {
    /// `GET`, `HEAD`, `POST`, … as sent (methods are case-sensitive).
    public var method: String
    /// The request target's path, without its query.
    public var path: String
    /// Header fields in order, names in lower case, values with surrounding spaces trimmed.
    public var headers: [(name: String, value: String)]
    /// The body (`Content-Length` bytes).
    public var body: [UInt8]
    /// Whether the client asked to keep the connection open for another request.
    public var keepsAlive: Bool

    /// A request; `headers` names are matched in lower case.
    public init(method: String, path: String, headers: [(name: String, value: String)], body: [UInt8] = [], keepsAlive: Bool = true) {
        self.method = method
        self.path = path
        self.headers = headers.map { ($0.name.lowercased(), $0.value) }
        self.body = body
        self.keepsAlive = keepsAlive
    }

    /// The value of header `name` (lower case); nil when absent.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }
}

/// One HTTP/1.1 response.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields besides `Content-Length` and `Connection`, which `encoded` writes.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]
    /// Whether the server closes the connection after this response.
    public var closesConnection: Bool

    /// A response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = [], closesConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.closesConnection = closesConnection
    }

    /// The value of header `name` (case-insensitive); nil when absent.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The bytes to send: status line, headers, blank line and, unless `includingBody` is
    /// false (a `HEAD` request), the body.
    public func encoded(includingBody: Bool = true) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for header in headers { head += "\(header.name): \(header.value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        head += closesConnection ? "Connection: close\r\n\r\n" : "\r\n"
        return Array(head.utf8) + (includingBody ? body : [])
    }

    /// The reason phrase of the statuses the page's server sends.
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}

/// Reads HTTP/1.1 requests from the bytes of one connection, as they arrive, in bounded memory.
///
/// Strict on purpose, as a server only a browser on this machine talks to can be: a request
/// line and CRLF-terminated header lines of at most `maximumHeadBytes` together, one `Host`, a
/// body only by `Content-Length` (no `Transfer-Encoding`, so no request smuggling) of at most
/// `maximumBodyBytes`. Anything else is a refusal with its status, after which the connection
/// is closed: nothing says where the next request would start.
public struct HTTPRequestReader: Sendable {
    /// What the bytes read so far hold next.
    public enum Next: Sendable {
        /// A complete request.
        case request(HTTPRequest)
        /// Bytes that are not a request the server accepts: the status to refuse it with, and
        /// why, in words for the person at the browser.
        case refused(status: Int, reason: String)
    }

    /// Request line and headers together are at most this long.
    public static let maximumHeadBytes = 16 << 10
    /// A body is at most this long.
    public let maximumBodyBytes: Int

    private var buffer: [UInt8] = []
    private var start = 0
    private var failed = false

    /// A reader that refuses bodies over `maximumBodyBytes`.
    public init(maximumBodyBytes: Int) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// Whether part of a request has arrived and the rest has not.
    public var hasPartialRequest: Bool { !failed && buffer[start...].contains { $0 != 0x0D && $0 != 0x0A } }

    /// Adds bytes read from the connection.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        guard !failed else { return }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete request or refusal; nil until more bytes arrive (and for good after a
    /// refusal).
    public mutating func next() -> Next? {
        guard !failed else { return nil }
        // Empty lines before a request line are allowed (RFC 9112, section 2.2).
        while start < buffer.count && (buffer[start] == 0x0D || buffer[start] == 0x0A) { start += 1 }
        guard let headEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: buffer, from: start) else {
            if buffer.count - start > Self.maximumHeadBytes { return refuse(431, "The request's headers are too long.") }
            return nil
        }
        guard headEnd - start <= Self.maximumHeadBytes else { return refuse(431, "The request's headers are too long.") }
        guard let head = String(validating: buffer[start..<headEnd], as: UTF8.self) else {
            return refuse(400, "The request's headers are not text.")
        }
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let parts = lines[0].split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(Self.isTokenCharacter), parts[1].hasPrefix("/") else {
            return refuse(400, "The request line is not an HTTP request line.")
        }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            return refuse(505, "Only HTTP/1.1 is spoken here.")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            // A line folded onto the one before (obsolete) or a space before the colon is refused.
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                  line[..<colon].allSatisfy(Self.isTokenCharacter) else {
                return refuse(400, "A header line is malformed.")
            }
            let value = line[line.index(after: colon)...].trimmingSpaces()
            headers.append((line[..<colon].lowercased(), value))
        }
        if headers.contains(where: { $0.name == "transfer-encoding" }) {
            return refuse(501, "Bodies sent in chunks are not accepted; send a Content-Length.")
        }
        guard headers.filter({ $0.name == "host" }).count == 1 || parts[2] == "HTTP/1.0" else {
            return refuse(400, "The request needs exactly one Host header.")
        }
        let lengths = Set(headers.filter { $0.name == "content-length" }.map(\.value))
        guard lengths.count <= 1 else { return refuse(400, "The request gives two different Content-Lengths.") }
        var length = 0
        if let given = lengths.first {
            guard !given.isEmpty, given.count <= 12, given.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(given) else {
                return refuse(400, "The Content-Length is not a number.")
            }
            length = value
        }
        guard length <= maximumBodyBytes else {
            return refuse(413, "The note is too long for this page (at most \(maximumBodyBytes >> 20) MB).")
        }
        let bodyStart = headEnd + 4
        guard buffer.count - bodyStart >= length else { return nil }
        let connection = headers.first { $0.name == "connection" }?.value.lowercased() ?? ""
        let keepsAlive = parts[2] == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
        let target = parts[1]
        let path = target.firstIndex(of: "?").map { target[..<$0] } ?? target
        let request = HTTPRequest(method: String(parts[0]), path: String(path), headers: headers,
                                  body: Array(buffer[bodyStart..<(bodyStart + length)]), keepsAlive: keepsAlive)
        start = bodyStart + length
        return .request(request)
    }

    private mutating func refuse(_ status: Int, _ reason: String) -> Next {
        failed = true
        buffer = []
        start = 0
        return .refused(status: status, reason: reason)
    }

    /// A character allowed in a method or a header name (RFC 9110 `tchar`).
    private static func isTokenCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, ascii > 0x20, ascii < 0x7F else { return false }
        return !"\"(),/:;<=>?@[\\]{}".contains(character)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
