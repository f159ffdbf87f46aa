import Foundation
import Testing
@testable import PeerNoteKit

/// The page's server, driven in process: who it answers, what it sends, and that its JSON is
/// `check`'s own plus the offsets and edits a browser needs.
@Suite struct PageServerTests {
    static let port = 43117
    let server = PageServer(analyzer: try! Analyzer(lexicon: bundledLexicon), port: port)
    static let origin = "http://127.0.0.1:\(port)"
    static let note = "José 😊 met the pt at the library. Pt c/o trouble sleeping and refused to go to group.\nShe shared her hope to work again.\n"

    func get(_ path: String, host: String? = "127.0.0.1:\(port)", headers: [(String, String)] = []) -> HTTPResponse {
        server.respond(to: HTTPRequest(method: "GET", path: path, headers: (host.map { [("Host", $0)] } ?? []) + headers))
    }

    func post(_ body: String, headers: [(String, String)] = [("Origin", origin), ("Content-Type", "application/json")]) -> HTTPResponse {
        server.respond(to: HTTPRequest(method: "POST", path: "/check", headers: [("Host", "127.0.0.1:\(Self.port)")] + headers,
                                       body: Array(body.utf8)))
    }

    func check(_ fields: [String: Any]) throws -> [String: Any] {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: fields), as: UTF8.self)
        let response = post(body)
        #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func itAnswersOnlyAtItsOwnLoopbackAddress() {
        #expect(get("/").status == 200)
        #expect(get("/", host: "localhost:\(Self.port)").status == 200)
        #expect(get("/", host: "LOCALHOST:\(Self.port)").status == 200)
        // DNS rebinding: a name the attacker controls, resolved to 127.0.0.1, still names itself in Host.
        for host in ["attacker.example:\(Self.port)", "attacker.example", "127.0.0.1", "127.0.0.1:80", "[::1]:\(Self.port)", ""] {
            let response = get("/", host: host)
            #expect(response.status == 403, "\(host)")
            #expect(!String(decoding: response.body, as: UTF8.self).contains("<textarea"))
        }
        #expect(get("/", host: nil).status == 403)
        #expect(get("/", headers: [("Origin", "http://attacker.example")]).status == 403)
    }

    @Test func onlyItsOwnPageMayPostANote() {
        let note = #"{"text":"The pt refused."}"#
        #expect(post(note).status == 200)
        let refused: [[(String, String)]] = [
            [("Origin", "http://attacker.example"), ("Content-Type", "application/json")],
            [("Origin", "null"), ("Content-Type", "application/json")],
            [("Origin", "http://127.0.0.1:1"), ("Content-Type", "application/json")],
            [("Content-Type", "application/json")],
            [("Origin", Self.origin), ("Content-Type", "application/json"), ("Sec-Fetch-Site", "cross-site")],
            [("Origin", Self.origin), ("Content-Type", "application/json"), ("Sec-Fetch-Site", "same-site")],
            [("Origin", Self.origin), ("Content-Type", "text/plain")],
            [("Origin", Self.origin), ("Content-Type", "application/x-www-form-urlencoded")],
            [("Origin", Self.origin)],
        ]
        for headers in refused {
            let response = post(note, headers: headers)
            #expect(response.status == 403 || response.status == 415, "\(headers)")
            #expect(!String(decoding: response.body, as: UTF8.self).contains("refused"), "a refusal never echoes the note")
        }
        #expect(post(note, headers: [("Origin", Self.origin), ("Content-Type", "application/json; charset=utf-8"),
                                     ("Sec-Fetch-Site", "same-origin")]).status == 200)
    }

    @Test func everyResponseCarriesTheStrictPolicyAndIsNeverKept() {
        let responses = [get("/"), get("/page.js"), get("/page.css"), get("/favicon.svg"), get("/nothing"), get("/", host: "x"),
                         post(#"{"text":"hi"}"#), post("not json"), server.refusal(431, "too long")]
        for response in responses {
            #expect(response.header("Content-Security-Policy") == PageServer.contentSecurityPolicy)
            #expect(response.header("Cache-Control") == "no-store")
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(response.header("X-Frame-Options") == "DENY")
        }
        let policy = PageServer.contentSecurityPolicy
        for directive in ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
                          "form-action 'none'", "require-trusted-types-for 'script'"] {
            #expect(policy.contains(directive))
        }
        #expect(!policy.contains("unsafe"))
        #expect(get("/page.js").header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(server.respond(to: HTTPRequest(method: "PUT", path: "/", headers: [("Host", "127.0.0.1:\(Self.port)")])).status == 405)
        #expect(server.respond(to: HTTPRequest(method: "GET", path: "/check", headers: [("Host", "127.0.0.1:\(Self.port)")])).status == 405)
    }

    /// The policy forbids inline script and style, and the page must not need them: no `<style>`,
    /// no `style=` or `on…=` attributes, no HTML strings in the script, nothing fetched from
    /// anywhere, nothing stored in the browser.
    @Test func thePageNeedsNothingThePolicyForbids() {
        let html = PageAssets.html, script = PageAssets.script
        #expect(!html.contains("<style") && !html.contains(" style=") && !html.contains("javascript:"))
        #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)
        #expect(html.range(of: #"<script(?![^>]*src="/page\.js")"#, options: .regularExpression) == nil)
        for asset in [html, PageAssets.css, script] {
            #expect(!asset.contains("http://") && !asset.contains("https://") && !asset.contains("//cdn") && !asset.contains("@import"))
        }
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "localStorage",
                     "sessionStorage", "indexedDB", "document.cookie", "setAttribute('style'"] {
            #expect(!script.contains(sink), "\(sink)")
        }
        // Every resource the page names is one the server has.
        for resource in ["/page.css", "/page.js", "/favicon.svg"] {
            #expect(html.contains("\"\(resource)\""))
            #expect(get(resource).status == 200)
        }
    }

    @Test func theJSONIsCheckOutputPlusWhatABrowserNeeds() throws {
        let page = try check(["text": Self.note, "minutes": 30, "service": "individual"])
        var note = Note(id: "note", text: Self.note)
        note.metadata.minutes = 30
        note.metadata.service = .individual
        let analysis = try Analyzer(lexicon: bundledLexicon).analyze(note)
        let own = try #require(try JSONSerialization.jsonObject(with: Data(JSONFormat().encoded(analysis, note: note))) as? [String: Any])
        let findings = try #require(page["findings"] as? [[String: Any]])
        let ownFindings = try #require(own["findings"] as? [[String: Any]])
        #expect(findings.count == ownFindings.count && findings.count == analysis.findings.count)
        let added: Set<String> = ["utf16_start", "utf16_end", "about_wording", "rewrites", "keep"]
        for (shown, expected) in zip(findings, ownFindings) {
            #expect(NSDictionary(dictionary: shown.filter { !added.contains($0.key) }) == NSDictionary(dictionary: expected))
        }
        #expect(NSDictionary(dictionary: page["score"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: own["score"] as? [String: Any] ?? [:]))
        let utf16 = Self.note as NSString
        for (shown, finding) in zip(findings, analysis.findings) {
            let start = try #require(shown["utf16_start"] as? Int), end = try #require(shown["utf16_end"] as? Int)
            // The UTF-16 range holds exactly the bytes of the UTF-8 range.
            #expect(utf16.substring(with: NSRange(location: start, length: end - start)) == String(decoding: Array(Self.note.utf8)[finding.range], as: UTF8.self))
            #expect(shown["about_wording"] as? Bool == finding.isAboutWording)
            guard finding.isAboutWording && finding.severity > .hint else {
                #expect(shown["rewrites"] == nil && shown["keep"] == nil)
                continue
            }
            // Each edit is one of Rewriter's, applied in UTF-16 to the same text as Rewriter applies it.
            let rewrites = Rewriter.rewrites(for: finding, in: Self.note)
            let edits = try #require(shown["rewrites"] as? [[String: Any]])
            #expect(edits.map { $0["replacement"] as? String } == rewrites.map(\.replacement))
            for (edit, rewrite) in zip(edits, rewrites) {
                #expect(Self.apply([edit], to: Self.note) == Rewriter.apply([rewrite], to: Self.note))
            }
            let keep = try #require(shown["keep"] as? [String: Any])
            #expect(Self.apply([keep], to: Self.note) == Rewriter.apply([Rewriter.keep(finding)], to: Self.note))
        }
        // "Apply all safe" gives what `fix` gives.
        let safe = try #require((page["page"] as? [String: Any])?["safe_rewrites"] as? [[String: Any]])
        // Pt, c/o and refused; the first sentence names José, so its "pt" is left to the writer.
        #expect(safe.count == 3)
        let fixed = NoteFixer(analyzer: try Analyzer(lexicon: bundledLexicon)).fixed(Array(Self.note.utf8))
        #expect(Self.apply(safe, to: Self.note) == String(decoding: fixed, as: UTF8.self))
        let facts = try #require((page["page"] as? [String: Any])?["facts"] as? [String: Any])
        #expect(facts["minutes"] as? Int == 30 && facts["units"] as? Int == 2 && facts["service"] as? String == "individual")
    }

    @Test func offsetsAfterEmojiAccentsAndLineBreaks() throws {
        let text = "👩🏽‍⚕️ Ñandú\r\nthe pt 😊 said the pt was ok.\n"
        let page = try check(["text": text])
        let findings = try #require(page["findings"] as? [[String: Any]]).filter { $0["rule"] as? String == "jargon-pt" }
        #expect(findings.count == 2)
        for finding in findings {
            let start = try #require(finding["utf16_start"] as? Int), end = try #require(finding["utf16_end"] as? Int)
            #expect((text as NSString).substring(with: NSRange(location: start, length: end - start)) == "pt")
        }
    }

    @Test func factsAreReadAsFrontMatterIsAndWinOverIt() throws {
        let text = "Group peer support at the library. The group talked about goal G1 and each person shared a step.\n"
        let group = try check(["text": text, "service": "group", "minutes": 45, "group_size": 14, "goals": [["id": "G1", "text": "Find a job"]]])
        let rules = try #require(group["findings"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        #expect(rules.contains("billing-group-size") && rules.contains("billing-group-modifier"))
        #expect((group["thread"] as? [String: Any])?["goals"] as? [String] == ["G1"])
        #expect((group["thread"] as? [String: Any])?["units"] as? Int == 3)
        // Front matter is read as `check` reads it; a fact the page gives takes its place.
        let withFrontMatter = "---\nservice: individual\nminutes: 20\n---\n" + text
        let facts = try #require((try check(["text": withFrontMatter, "minutes": 60])["page"] as? [String: Any])?["facts"] as? [String: Any])
        #expect(facts["service"] as? String == "individual" && facts["minutes"] as? Int == 60 && facts["units"] as? Int == 4)
        // A fact that is not one is a finding, as in a JSON Lines record, and never quoted back.
        let bad = try check(["text": text, "minutes": -5])
        let invalid = try #require(bad["findings"] as? [[String: Any]]).filter { $0["rule"] as? String == "metadata-invalid" }
        #expect(invalid.count == 1)
        // The page never has PeerNote read a file.
        let plan = post(#"{"text":"We met.","plan":"/etc/passwd"}"#)
        #expect(plan.status == 400)
        #expect(!String(decoding: plan.body, as: UTF8.self).contains("passwd"))
        #expect(post("not json").status == 400)
        #expect(post(#"{"note":"no text field"}"#).status == 400)
    }

    /// Edits as the page's script applies them: UTF-16 ranges, from the end, overlaps skipped.
    static func apply(_ edits: [[String: Any]], to text: String) -> String {
        var units = Array(text.utf16)
        var lastStart = Int.max
        for edit in edits.sorted(by: { ($0["utf16_start"] as! Int) > ($1["utf16_start"] as! Int) }) {
            let start = edit["utf16_start"] as! Int, end = edit["utf16_end"] as! Int
            guard end <= lastStart else { continue }
            units.replaceSubrange(start..<end, with: Array((edit["replacement"] as! String).utf16))
            lastStart = start
        }
        return String(decoding: units, as: UTF16.self)
    }
}
