/// The JSON text of Swift values; written by hand so that key order is stable and fast.
enum JSON {
    /// A JSON string literal.
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
    /// several times the size of the notes, and byte by byte this was a tenth of `check`.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        result.append(0x22)
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
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case 0x22: result.append(0x5C); result.append(0x22)
            case 0x5C: result.append(0x5C); result.append(0x5C)
            case 0x0A: result.append(0x5C); result.append(0x6E)
            case 0x0D: result.append(0x5C); result.append(0x72)
            case 0x09: result.append(0x5C); result.append(0x74)
            case 0xE2:
                result.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: result.append(contentsOf: String(format: "\\u%04x", Int(byte)).utf8)
            }
            index += 1
            runStart = index
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        result.append(0x22)
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

    /// A JSON array of strings.
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quote).joined(separator: ",") + "]"
    }

    /// Writes a JSON object to `out` a member at a time, for objects too large to hold as one
    /// string: `member` gives each element's key and its already-encoded value, in order.
    static func write<Element>(object elements: some Sequence<Element>, to out: inout some TextOutputStream,
                               member: (Element) throws -> (key: String, value: String)) rethrows {
        out.write("{")
        var first = true
        for element in elements {
            let (key, value) = try member(element)
            out.write((first ? "" : ",") + quote(key) + ":" + value)
            first = false
        }
        out.write("}")
    }

    /// A JSON object from already-encoded values, in the order given.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}

/// Writes JSON into one byte buffer, commas placed for it: rendering a note's findings with a
/// string per value was a third of `check --format jsonl`.
struct JSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// For each open object or array, whether nothing has been written in it yet.
    private var empty: [Bool] = []
    private var afterKey = false

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// The JSON as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func openObject() { separate(); bytes.append(0x7B); empty.append(true) }
    mutating func closeObject() { bytes.append(0x7D); empty.removeLast() }
    mutating func openArray() { separate(); bytes.append(0x5B); empty.append(true) }
    mutating func closeArray() { bytes.append(0x5D); empty.removeLast() }

    /// One of PeerNote's own keys; its value comes next. Written as it is, without the scan
    /// for characters to escape: keys are a third of the strings in `check --format jsonl`.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        literal(name)
        bytes.append(0x22)
        bytes.append(0x3A)
        afterKey = true
    }

    /// A key that comes from data (a record's own field, a category): escaped.
    mutating func key(escaping name: String) {
        string(name)
        bytes.append(0x3A)
        afterKey = true
    }

    mutating func string(_ text: String) {
        separate()
        quoted(text)
    }

    /// A string value from UTF-8 bytes.
    mutating func string(bytes text: UnsafeBufferPointer<UInt8>) {
        separate()
        JSON.appendQuoted(text, to: &bytes)
    }

    /// A whole number, its digits written straight into the bytes.
    mutating func number(_ value: Int) {
        separate()
        digits(value)
    }

    /// Starts an element whose members are written with `literal`, `quoted` and `digits`: the
    /// comma before it, if one is due. For objects whose keys never change (a finding), the
    /// fixed text between values goes out in one append instead of a key, quotes and a comma.
    mutating func element() { separate() }

    /// Fixed JSON text, written as it is and with no separator.
    mutating func literal(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A string value, quoted and escaped, with no separator.
    mutating func quoted(_ text: String) {
        var text = text
        text.withUTF8 { JSON.appendQuoted($0, to: &bytes) }
    }

    /// A whole number's digits, with no separator.
    mutating func digits(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        // Written from the right into a word-sized scratch, then appended at once: appending
        // digit by digit and reversing them in place cost a tenth of writing a finding.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { scratch in
            var start = 20
            repeat {
                start -= 1
                scratch[start] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[start...]))
        }
    }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    mutating func null() { raw("null") }

    /// JSON text already encoded (a number, or a record's own field).
    mutating func raw(_ json: String) {
        separate()
        bytes.append(contentsOf: json.utf8)
    }

    /// A key and its string value.
    mutating func member(_ name: StaticString, _ text: String) { key(name); string(text) }
    /// A key and its number.
    mutating func member(_ name: StaticString, _ value: Int) { key(name); number(value) }
    /// A key and an array of strings.
    mutating func member(_ name: StaticString, strings: [String]) {
        key(name)
        openArray()
        for text in strings { string(text) }
        closeArray()
    }

    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if let last = empty.last {
            if !last { bytes.append(0x2C) }
            empty[empty.count - 1] = false
        }
    }
}
