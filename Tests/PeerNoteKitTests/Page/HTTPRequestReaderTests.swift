import Testing
@testable import PeerNoteKit

/// The page server's request reader: whole requests however the bytes arrive, and a refusal
/// with its status for anything it does not accept.
@Suite struct HTTPRequestReaderTests {
    static let body = #"{"text":"José 😊 met the pt."}"#
    static let stream = "GET / HTTP/1.1\r\nHost: 127.0.0.1:8\r\nAccept: */*\r\n\r\n"
        + "POST /check?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        + "\r\nHEAD /page.js HTTP/1.1\r\nHost: 127.0.0.1:8\r\nConnection: close\r\n\r\n"

    func read(_ text: String, by size: Int, maximumBodyBytes: Int = 1 << 20) -> [String] {
        var reader = HTTPRequestReader(maximumBodyBytes: maximumBodyBytes)
        let bytes = Array(text.utf8)
        var seen: [String] = []
        var index = 0
        while index < bytes.count {
            reader.append(bytes[index..<min(index + size, bytes.count)])
            index += size
            while let next = reader.next() {
                switch next {
                case .request(let request):
                    seen.append("\(request.method) \(request.path) \(request.header("host") ?? "-") \(request.body.count) \(request.keepsAlive)")
                case .refused(let status, _):
                    seen.append("refused \(status)")
                }
            }
        }
        return seen
    }

    @Test func pipelinedRequestsComeWholeHoweverTheBytesArrive() {
        let expected = ["GET / 127.0.0.1:8 0 true", "POST /check 127.0.0.1:8 \(Self.body.utf8.count) true", "HEAD /page.js 127.0.0.1:8 0 false"]
        for size in [1, 2, 3, 7, 64, 4096] {
            #expect(read(Self.stream, by: size) == expected, "read \(size) at a time")
        }
        var reader = HTTPRequestReader(maximumBodyBytes: 1 << 20)
        reader.append(Array(Self.stream.utf8))
        _ = reader.next()
        guard case .request(let post)? = reader.next() else { Issue.record("no POST"); return }
        #expect(String(decoding: post.body, as: UTF8.self) == Self.body)
        #expect(post.header("content-type") == "application/json")
    }

    @Test func whatItRefusesAndWithWhichStatus() {
        let cases: [(String, Int)] = [
            ("POST /check HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 501),
            ("POST /check HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
            ("POST /check HTTP/1.1\r\nHost: a\r\nContent-Length: -3\r\n\r\n", 400),
            ("POST /check HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", 400),
            ("POST /check HTTP/1.1\r\nHost: a\r\nContent-Length: 2000\r\n\r\n", 413),
            ("GET / HTTP/1.1\r\nHost: a\r\nX-Long: " + String(repeating: "a", count: 20_000) + "\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: a\r\nX-Long: " + String(repeating: "a", count: 20_000), 431),
            ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: a\r\n folded: value\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505),
            ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400),
            ("GET http://attacker.example/ HTTP/1.1\r\nHost: a\r\n\r\n", 400),
            ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400),
            ("\u{16}\u{3}\u{1}\r\n\r\n", 400),
        ]
        for (text, status) in cases {
            #expect(read(text, by: 5, maximumBodyBytes: 1000) == ["refused \(status)"], "\(text.prefix(60))")
        }
    }

    @Test func afterARefusalNothingMoreIsRead() {
        var reader = HTTPRequestReader(maximumBodyBytes: 100)
        reader.append(Array("GET / HTTP/9\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        guard case .refused? = reader.next() else { Issue.record("not refused"); return }
        #expect(reader.next() == nil)
        reader.append(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        #expect(reader.next() == nil)
    }

    @Test func aPartialRequestIsKnownAsOne() {
        var reader = HTTPRequestReader(maximumBodyBytes: 100)
        #expect(!reader.hasPartialRequest)
        reader.append(Array("\r\n".utf8))
        #expect(!reader.hasPartialRequest)
        reader.append(Array("GET / HT".utf8))
        #expect(reader.next() == nil && reader.hasPartialRequest)
        reader.append(Array("TP/1.0\r\nHost: a\r\n\r\n".utf8))
        guard case .request(let request)? = reader.next() else { Issue.record("no request"); return }
        #expect(!request.keepsAlive && !reader.hasPartialRequest)
    }

    @Test func responsesSayTheirLengthAndWhetherTheConnectionEnds() {
        let response = HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Array("héllo".utf8))
        #expect(String(decoding: response.encoded(), as: UTF8.self) == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nhéllo")
        var closing = response
        closing.closesConnection = true
        #expect(String(decoding: closing.encoded(includingBody: false), as: UTF8.self)
            == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\nConnection: close\r\n\r\n")
    }
}
