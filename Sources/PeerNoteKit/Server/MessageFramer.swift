import Foundation

/// Splits a byte stream into Language Server Protocol messages: `Content-Length` headers,
/// a blank line, then exactly that many bytes of JSON.
///
/// A wrong `Content-Length` must not cost more than its own message, however the bytes arrive:
/// - a header without a usable length is reported, and its body skipped;
/// - bytes before a header (the rest of a body that was shorter than said) are skipped, and
///   reported once;
/// - a length longer than the body: JSON never holds a raw `Content-Length: N` header line, so
///   where one appears inside the bytes said to be the body, the body ends there.
public struct MessageFramer: Sendable {
    /// One unit read from the stream.
    public enum Frame: Equatable, Sendable {
        /// A message body (JSON, not yet parsed).
        case message(Data)
        /// A header block that could not be framed, or bytes that were not a message, and why.
        case malformed(String)
    }

    private var buffer: [UInt8] = []
    /// Where the unread bytes start in `buffer`.
    private var start = 0
    /// Whether skipped bytes were reported since the last message: one report per stretch,
    /// however the bytes arrive.
    private var skipReported = false

    /// Larger messages are refused: a note is at most a few hundred kilobytes.
    public static let maximumLength = 64 << 20
    /// Header blocks are a line or two; a longer one is not a header.
    private static let maximumHeaderBytes = 8192
    private static let separator: [UInt8] = Array("\r\n\r\n".utf8)

    /// An empty framer.
    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        // What was read is dropped before appending, once it is most of the buffer.
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        guard start < buffer.count else { return nil }
        // A message starts with a header line; anything before one is not a message.
        guard let header = Self.headerStart(in: buffer, from: start) else {
            // Keep a tail that could be the start of a header cut in two.
            let keep = max(start, buffer.count - Self.headerNames[0].count)
            let skipped = buffer[start..<keep].contains { !Self.isBlank($0) }
            start = keep
            return skipped ? skippedBytes() : nil
        }
        if header > start {
            let skipped = buffer[start..<header].contains { !Self.isBlank($0) }
            start = header
            if skipped, let report = skippedBytes() { return report }
        }
        guard let end = Self.find(Self.separator, in: buffer, from: start) else {
            if buffer.count - start > Self.maximumHeaderBytes {
                start = buffer.count
                return .malformed("a message header longer than \(Self.maximumHeaderBytes) bytes")
            }
            return nil
        }
        let bodyStart = end + Self.separator.count
        guard let length = Self.contentLength(buffer[start..<end]), length <= Self.maximumLength else {
            // Nothing says where this body ends: it is skipped as bytes before the next header,
            // already reported here.
            start = bodyStart
            skipReported = true
            return .malformed("a message header without a valid Content-Length")
        }
        let available = buffer.count - bodyStart
        // A header inside the bytes said to be this body means the length was too long.
        let next = Self.nextHeader(in: buffer, from: bodyStart, before: bodyStart + min(length, available))
        guard available >= length || next != nil else { return nil }
        let bodyEnd = next ?? (bodyStart + length)
        let body = Data(buffer[bodyStart..<bodyEnd])
        start = bodyEnd
        skipReported = false
        return .message(body)
    }

    /// The report of skipped bytes, once per stretch of them.
    private mutating func skippedBytes() -> Frame? {
        defer { skipReported = true }
        return skipReported ? nil : .malformed("bytes that are not part of a message were skipped")
    }

    /// `body` with its `Content-Length` header, ready to write.
    public static func frame(_ body: Data) -> Data {
        Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// The length a header block gives, if it gives exactly one valid one.
    private static func contentLength(_ header: ArraySlice<UInt8>) -> Int? {
        var length: Int?
        for line in header.split(separator: 0x0A) {
            let line = line.last == 0x0D ? line.dropLast() : line
            guard let colon = line.firstIndex(of: 0x3A) else { return nil }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            guard name == "content-length" else { continue }
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard length == nil, !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.utf8.count <= 10 else { return nil }
            length = Int(value)
        }
        return length
    }

    /// Where the first header line at or after `from` starts: `Content-Length:` or
    /// `Content-Type:`, in any case.
    private static func headerStart(in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + headerNames[1].count <= bytes.count {
            if Normalizer.lowercasedASCII(bytes[index]) == 0x63, headerNames.contains(where: { matches($0, bytes, at: index) }) { return index }
            index += 1
        }
        return nil
    }

    /// Where a whole header block with a valid length starts between `from` and `end`, if one
    /// does: bytes no JSON body can hold.
    private static func nextHeader(in bytes: [UInt8], from: Int, before end: Int) -> Int? {
        var index = from
        while let found = headerStart(in: bytes, from: index), found < end {
            if let blockEnd = find(separator, in: bytes, from: found), blockEnd - found <= maximumHeaderBytes,
               contentLength(bytes[found..<blockEnd]) != nil {
                return found
            }
            index = found + 1
        }
        return nil
    }

    private static let headerNames: [[UInt8]] = [Array("content-length:".utf8), Array("content-type:".utf8)]

    private static func matches(_ name: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= bytes.count else { return false }
        for offset in 0..<name.count where Normalizer.lowercasedASCII(bytes[index + offset]) != name[offset] { return false }
        return true
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count - from >= needle.count else { return nil }
        var index = from
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
