import Foundation

/// Splits a byte stream into Language Server Protocol messages: `Content-Length` headers,
/// a blank line, then exactly that many bytes of JSON.
///
/// A header block without a usable `Content-Length` cannot be framed; it is dropped and
/// reported, and reading goes on with the next header block, so one bad message never
/// stops the server.
public struct MessageFramer: Sendable {
    /// One unit read from the stream.
    public enum Frame: Equatable, Sendable {
        /// A message body (JSON, not yet parsed).
        case message(Data)
        /// A header block that could not be framed, and why.
        case malformed(String)
    }

    private var buffer: [UInt8] = []
    private static let separator: [UInt8] = Array("\r\n\r\n".utf8)
    private static let headerName: [UInt8] = Array("content-length:".utf8)

    /// Larger messages are refused: a note is at most a few hundred kilobytes.
    public static let maximumLength = 64 << 20

    /// An empty framer.
    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        guard let end = Self.find(Self.separator, in: buffer) else { return nil }
        let header = String(decoding: buffer[..<end], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingCharacters(in: .whitespaces))
        }
        guard let length, length >= 0, length <= Self.maximumLength else {
            // Nothing says where this message's body ends: resume at the next header.
            let next = Self.find(Self.headerName, in: Array(buffer[(end + Self.separator.count)...]).map(Normalizer.lowercasedASCII))
            buffer.removeSubrange(..<(next.map { $0 + end + Self.separator.count } ?? (end + Self.separator.count)))
            return .malformed("a message header without a valid Content-Length")
        }
        let start = end + Self.separator.count
        guard buffer.count >= start + length else { return nil }
        let body = Data(buffer[start..<(start + length)])
        buffer.removeSubrange(..<(start + length))
        return .message(body)
    }

    /// `body` with its `Content-Length` header, ready to write.
    public static func frame(_ body: Data) -> Data {
        Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<(index + needle.count)]) == needle { return index }
        }
        return nil
    }
}
