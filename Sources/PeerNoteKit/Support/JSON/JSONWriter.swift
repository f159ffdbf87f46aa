import Foundation

/// The escaping of JSON strings, shared by `JSONWriter` and the tests.
enum JSON {
    /// A JSON string literal, escaped as `JSONWriter` escapes it.
    static func quote(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Most text needs no escapes: one scan, one copy.
            if nextSpecial(in: bytes, from: 0, orE2: true) == bytes.count {
                return String(unsafeUninitializedCapacity: bytes.count + 2) { buffer in
                    buffer[0] = 0x22
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: bytes)
                    buffer[bytes.count + 1] = 0x22
                    return bytes.count + 2
                }
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            appendQuoted(bytes, to: &result)
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Appends `bytes` (UTF-8) as a JSON string literal: the one place that escapes. Runs of
    /// bytes that need no escape are found eight at a time and copied whole: JSON output is
    /// several times the size of the notes, so this is on `check`'s hot path.
    static func appendQuoted<Sink: JSONSink & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, to result: inout Sink) {
        result.write(0x22)
        var runStart = 0, index = 0
        while true {
            index = nextSpecial(in: bytes, from: index, orE2: true)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            // U+2028 and U+2029 end lines in JavaScript; any other E2 sequence is copied as it is.
            if byte == 0xE2 && !(index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) {
                index += 1
                continue
            }
            result.write(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case 0x22: result.write(0x5C); result.write(0x22)
            case 0x5C: result.write(0x5C); result.write(0x5C)
            case 0x0A: result.write(0x5C); result.write(0x6E)
            case 0x0D: result.write(0x5C); result.write(0x72)
            case 0x09: result.write(0x5C); result.write(0x74)
            case 0xE2:
                result.write(static: bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                let hex: StaticString = "0123456789abcdef"
                result.write(static: "\\u00")
                result.write(hex.utf8Start[Int(byte >> 4)])
                result.write(hex.utf8Start[Int(byte & 0x0F)])
            }
            index += 1
            runStart = index
        }
        result.write(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        result.write(0x22)
    }

    /// The index of the first byte from `start` on that JSON text treats specially — a control
    /// byte, `"` or `\\`, and with `orE2` the lead byte 0xE2 (of U+2028 and U+2029) — or
    /// `bytes.count`. Eight bytes are tested at once (SWAR), then the one found byte by byte.
    static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, orE2: Bool) -> Int {
        var index = ByteScan.skip(bytes, from: start) { word in
            ByteScan.controlLanes(word) | ByteScan.lanes(word, equalTo: 0x22) | ByteScan.lanes(word, equalTo: 0x5C)
                | (orE2 ? ByteScan.lanes(word, equalTo: 0xE2) : 0)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || (orE2 && byte == 0xE2) { return index }
            index += 1
        }
        return index
    }

    /// Appends `bytes` (UTF-8) as a JSON string literal escaped as Foundation's `JSONEncoder`
    /// escapes it: `\/`, `\b` and `\f`, and U+2028 and U+2029 as they are. Partial files were
    /// written that way, and a part must be the same bytes whichever version wrote it.
    static func appendQuotedAsFoundation<Sink: JSONSink & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, to result: inout Sink) {
        result.write(0x22)
        var runStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F else { continue }
            result.write(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case 0x22: result.write(static: "\\\"")
            case 0x5C: result.write(static: "\\\\")
            case 0x2F: result.write(static: "\\/")
            case 0x0A: result.write(static: "\\n")
            case 0x0D: result.write(static: "\\r")
            case 0x09: result.write(static: "\\t")
            case 0x08: result.write(static: "\\b")
            case 0x0C: result.write(static: "\\f")
            default:
                let hex: StaticString = "0123456789abcdef"
                result.write(static: "\\u00")
                result.write(hex.utf8Start[Int(byte >> 4)])
                result.write(hex.utf8Start[Int(byte & 0x0F)])
            }
            runStart = index + 1
        }
        result.write(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        result.write(0x22)
    }
}

/// Where JSON text goes: an array of bytes, or `JSONWriter`'s own buffer.
protocol JSONSink: ~Copyable {
    /// Appends one byte.
    mutating func write(_ byte: UInt8)
    /// Appends bytes as they are.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension JSONSink where Self: ~Copyable {
    /// Appends fixed text as it is.
    mutating func write(static text: StaticString) {
        write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

extension Array: JSONSink where Element == UInt8 {
    mutating func write(_ byte: UInt8) { append(byte) }
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// Writes JSON into one byte buffer, commas placed for it: the only JSON writer of the library.
/// Check output, reports, partial files and language-server messages all go through it, the
/// last two through `JSONWriterEncoder` for `Codable` values.
///
/// The buffer is the writer's own, not an array: an array checks that it is uniquely referenced
/// and goes through a generic copy on every append, and a finding is a score of small appends.
/// Output too large to hold (a report on a million notes) is handed on in pieces with `flush`.
struct JSONWriter: ~Copyable, JSONSink {
    /// How string values and keys are escaped.
    enum Escaping {
        /// PeerNote's own: `\uXXXX` for control characters, and U+2028 and U+2029 escaped
        /// so that a line of JSON is a line of JavaScript too.
        case standard
        /// As Foundation's `JSONEncoder` escapes: the bytes partial files have always had.
        case foundation
    }

    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// For each open object or array, whether nothing has been written in it yet.
    private var empty: [Bool] = []
    private var afterKey = false
    /// How strings are escaped from here on.
    var escaping = Escaping.standard

    /// An empty writer with room for `capacity` bytes to start with.
    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The number of bytes written and not yet flushed.
    var byteCount: Int { count }

    /// The JSON written, as an array, with `extra` more bytes appended (a line break).
    consuming func finish(appending extra: UInt8? = nil) -> [UInt8] {
        if let extra { write(extra) }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Hands what is written so far to `out` and empties the buffer, once it holds at least
    /// `threshold` bytes; open objects and arrays stay open.
    mutating func flush(into out: inout some TextOutputStream, over threshold: Int = 0) {
        guard count > 0, count >= threshold else { return }
        out.write(String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self))
        count = 0
    }

    /// Appends one byte as it is.
    mutating func write(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends bytes as they are.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Room for at least `needed` bytes, doubling.
    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Opens an object where a value is due.
    mutating func openObject() { separate(); write(0x7B); empty.append(true) }
    /// Closes the innermost object.
    mutating func closeObject() { write(0x7D); empty.removeLast() }
    /// Opens an array where a value is due.
    mutating func openArray() { separate(); write(0x5B); empty.append(true) }
    /// Closes the innermost array.
    mutating func closeArray() { write(0x5D); empty.removeLast() }

    /// One of PeerNote's own keys; its value comes next. Written as it is, without the scan
    /// for characters to escape: keys are a third of the strings in `check --format jsonl`.
    mutating func key(_ name: StaticString) {
        separate()
        write(0x22)
        literal(name)
        write(0x22)
        write(0x3A)
        afterKey = true
    }

    /// A key that comes from data (a record's own field, a category): escaped.
    mutating func key(escaping name: String) {
        string(name)
        write(0x3A)
        afterKey = true
    }

    /// The same, returning where the member starts (after its comma): an object whose
    /// members are sorted afterwards needs to know where each one begins.
    mutating func memberStart(escaping name: String) -> Int {
        separate()
        let start = count
        quoted(name)
        write(0x3A)
        afterKey = true
        return start
    }

    /// A string value, escaped.
    mutating func string(_ text: String) {
        separate()
        quoted(text)
    }

    /// A string value from UTF-8 bytes.
    mutating func string(bytes text: UnsafeBufferPointer<UInt8>) {
        separate()
        quoted(bytes: text)
    }

    /// A whole number, its digits written straight into the bytes.
    mutating func number(_ value: Int) {
        separate()
        digits(value)
    }

    /// A whole number of any width.
    mutating func number(_ value: some BinaryInteger) {
        if let small = Int(exactly: value) { number(small) } else { raw(String(value)) }
    }

    /// A number with exactly `places` decimals, rounded as `printf` rounds (`%.2f`): reports
    /// give shares and means with fixed decimals, so the same notes give the same bytes.
    mutating func number(_ value: Double, places: Int) {
        raw(String(format: "%.\(places)f", value))
    }

    /// A number as Swift prints it (`0.1`, `2` for 2.0): `JSONEncoder`'s form. Not finite
    /// numbers have no JSON form and are written as null.
    mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        if value.rounded() == value, let whole = Int(exactly: value) { number(whole) } else { raw(value.description) }
    }

    /// Starts an element whose members are written with `literal`, `quoted` and `digits`: the
    /// comma before it, if one is due. For objects whose keys never change (a finding), the
    /// fixed text between values goes out in one append instead of a key, quotes and a comma.
    mutating func element() { separate() }

    /// Fixed JSON text, written as it is and with no separator.
    mutating func literal(_ text: StaticString) { write(static: text) }

    /// A string value, quoted and escaped, with no separator.
    mutating func quoted(_ text: String) {
        var text = text
        text.withUTF8 { quoted(bytes: $0) }
    }

    private mutating func quoted(bytes: UnsafeBufferPointer<UInt8>) {
        switch escaping {
        case .standard: JSON.appendQuoted(bytes, to: &self)
        case .foundation: JSON.appendQuotedAsFoundation(bytes, to: &self)
        }
    }

    /// A whole number's digits, with no separator.
    mutating func digits(_ value: Int) {
        if value < 0 { write(0x2D) }
        var magnitude = value.magnitude
        // Written from the right into a word-sized scratch, then appended at once: appending
        // digit by digit and reversing them in place is slower.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { scratch in
            var start = 20
            repeat {
                start -= 1
                scratch[start] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            write(UnsafeBufferPointer(rebasing: scratch[start...]))
        }
    }

    /// `true` or `false`.
    mutating func bool(_ value: Bool) { separate(); literal(value ? "true" : "false") }
    /// `null`.
    mutating func null() { separate(); literal("null") }

    /// JSON text already encoded (a record's own field).
    mutating func raw(_ json: String) {
        separate()
        var json = json
        json.withUTF8 { write($0) }
    }

    /// A key and its string value.
    mutating func member(_ name: StaticString, _ text: String) { key(name); string(text) }
    /// A key and its number.
    mutating func member(_ name: StaticString, _ value: Int) { key(name); number(value) }
    /// A key and its string value, or null.
    mutating func member(_ name: StaticString, _ text: String?) {
        key(name)
        if let text { string(text) } else { null() }
    }
    /// A key and an array of strings.
    mutating func member(_ name: StaticString, strings: [String]) {
        key(name)
        openArray()
        for text in strings { string(text) }
        closeArray()
    }

    /// Puts the members of the object being written in key order (by UTF-8 bytes, as
    /// `JSONEncoder`'s sorted keys): `members` gives each one's key and where it starts, in the
    /// order written; the object runs to the end of the buffer and is not closed yet.
    mutating func sortMembers(_ members: [(key: String, start: Int)]) {
        guard members.count > 1 else { return }
        let order = members.indices.sorted { members[$0].key.utf8.lexicographicallyPrecedes(members[$1].key.utf8) }
        guard order != Array(members.indices) else { return }
        let first = members[0].start
        // Each member ends where the comma before the next one is.
        let ends = members.indices.map { $0 + 1 < members.count ? members[$0 + 1].start - 1 : count }
        let copy = Array(UnsafeBufferPointer(start: base + first, count: count - first))
        var at = first
        for (position, index) in order.enumerated() {
            if position > 0 { base[at] = 0x2C; at += 1 }
            let length = ends[index] - members[index].start
            copy.withUnsafeBufferPointer { (base + at).update(from: $0.baseAddress! + (members[index].start - first), count: length) }
            at += length
        }
    }

    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if let last = empty.last {
            if !last { write(0x2C) }
            empty[empty.count - 1] = false
        }
    }
}
