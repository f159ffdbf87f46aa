/// The page for peers, as answers to HTTP requests: the page itself, its stylesheet and script,
/// and `POST /check`, which returns `PageAnalysis` JSON for a note.
///
/// It does no I/O: `respond(to:)` takes one request and returns the response, so the socket
/// loop lives at the edge (the `serve` command) and tests drive it directly. It keeps nothing
/// between requests — no note, no analysis — and logs nothing.
///
/// Only a page it served itself may use it: a request whose `Host` is not this server's own
/// loopback address (a DNS-rebinding attack names another host) is refused, and so is a
/// `POST` whose `Origin` is not this server's own (a cross-site form or script), whose
/// `Sec-Fetch-Site` says another site sent it, or that is not JSON.
public final class PageServer {
    /// The loopback port the server listens on: part of the only addresses it answers to.
    public let port: Int
    /// The longest request body accepted: a note of about a megabyte, escaped as JSON.
    public static let maximumBodyBytes = 4 << 20
    private let analyzer: Analyzer

    /// A server for notes analyzed by `analyzer`, listening on loopback port `port`.
    public init(analyzer: Analyzer, port: Int) {
        self.analyzer = analyzer
        self.port = port
    }

    /// The address to open in a browser.
    public var address: String { "http://127.0.0.1:\(port)/" }

    /// The `Host` values the server answers to.
    private var hosts: Set<String> { ["127.0.0.1:\(port)", "localhost:\(port)"] }
    /// The `Origin` values a page it served sends.
    private var origins: Set<String> { ["http://127.0.0.1:\(port)", "http://localhost:\(port)"] }

    /// The policy every response carries: the page's own script and styles, requests to itself
    /// only, no framing, no forms, and the DOM built without HTML strings (Trusted Types).
    public static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
        "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
        "require-trusted-types-for 'script'", "trusted-types 'none'",
    ].joined(separator: "; ")

    /// The answer to one request.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let host = request.header("host")?.lowercased(), hosts.contains(host) else {
            return refusal(403, "This page answers only at \(address) on this computer.")
        }
        if let origin = request.header("origin"), !origins.contains(origin.lowercased()) {
            return refusal(403, "Only the page at \(address) may use this page's checks.")
        }
        switch (request.method, request.path) {
        case ("GET", "/"), ("HEAD", "/"): return asset(PageAssets.html, type: "text/html; charset=utf-8")
        case ("GET", "/page.css"), ("HEAD", "/page.css"): return asset(PageAssets.css, type: "text/css; charset=utf-8")
        case ("GET", "/page.js"), ("HEAD", "/page.js"): return asset(PageAssets.script, type: "text/javascript; charset=utf-8")
        case ("GET", "/favicon.svg"), ("HEAD", "/favicon.svg"): return asset(PageAssets.icon, type: "image/svg+xml")
        case ("POST", "/check"): return check(request)
        case (_, "/"), (_, "/page.css"), (_, "/page.js"), (_, "/favicon.svg"):
            var response = refusal(405, "This address is only read.")
            response.headers.append(("Allow", "GET, HEAD"))
            return response
        case (_, "/check"):
            var response = refusal(405, "Notes are checked with POST.")
            response.headers.append(("Allow", "POST"))
            return response
        default:
            return refusal(404, "There is nothing here; the page is at \(address).")
        }
    }

    /// The response to a request the reader refused before it was complete.
    public func refusal(_ status: Int, _ message: String) -> HTTPResponse {
        var json = JSONWriter(capacity: 256)
        json.openObject()
        json.member("error", message)
        json.closeObject()
        var response = response(status, type: "application/json; charset=utf-8", body: json.finish())
        response.closesConnection = status >= 400 && status != 404 && status != 405
        return response
    }

    private func check(_ request: HTTPRequest) -> HTTPResponse {
        // A browser always sends Origin with a POST; a cross-site one was refused above.
        guard request.header("origin") != nil else {
            return refusal(403, "Only the page at \(address) may use this page's checks.")
        }
        if let site = request.header("sec-fetch-site"), site != "same-origin" {
            return refusal(403, "Only the page at \(address) may use this page's checks.")
        }
        // JSON cannot be posted across sites without a preflight, which this server never allows.
        let type = request.header("content-type")?.split(separator: ";").first?.trimmingSpaces().lowercased()
        guard type == "application/json" else {
            return refusal(415, "Notes are sent as JSON.")
        }
        let note: Note
        do { note = try PageAnalysis.note(fromRequest: request.body) } catch {
            return refusal(400, error.message)
        }
        let analysis = analyzer.analyze(note)
        return response(200, type: "application/json; charset=utf-8", body: PageAnalysis.json(analysis, note: note))
    }

    private func asset(_ text: String, type: String) -> HTTPResponse {
        response(200, type: type, body: Array(text.utf8))
    }

    private func response(_ status: Int, type: String, body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: [
            ("Content-Type", type),
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "no-referrer"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Cross-Origin-Resource-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), clipboard-read=()"),
            // Notes are health information: nothing the page sends or receives is kept by the browser.
            ("Cache-Control", "no-store"),
        ], body: body)
    }
}
