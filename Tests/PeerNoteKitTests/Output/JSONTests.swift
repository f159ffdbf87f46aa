import Foundation
import Testing
@testable import PeerNoteKit

/// JSON strings escaped eight bytes at a time come out as escaping byte by byte gives.
@Suite struct JSONTests {
    /// The escaping rules, one byte at a time: the reference the fast path must equal.
    func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func everySpecialByteAtEveryOffsetIsEscaped() throws {
        let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "“", "é", "😊", " ", "~", "\u{7F}"]
        for special in specials {
            for offset in 0..<20 {
                for length in [offset + 1, offset + 9, 24] {
                    let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: max(0, length - offset - 1))
                    #expect(JSON.quote(text) == reference(text), "\(offset) \(special.unicodeScalars.map(\.value))")
                    // Decodes back to the same text.
                    let decoded = try JSONDecoder().decode(String.self, from: Data(JSON.quote(text).utf8))
                    #expect(decoded == text)
                }
            }
        }
        var record = [UInt8]()
        Array("x\"y\\z".utf8).withUnsafeBufferPointer { JSON.appendQuoted($0, to: &record) }
        #expect(String(decoding: record, as: UTF8.self) == #""x\"y\\z""#)
    }

    @Test func recordStringsWithAndWithoutEscapesReadBack() throws {
        for text in ["plain text that runs past eight bytes", "tab\there", "quote \" inside", "curly “quotes” and é", "\u{1}", ""] {
            let line = "{\"text\": " + JSON.quote(text) + "}"
            #expect(try JSONRecord(line: Array(line.utf8)).text == text)
        }
        // A record's text is decoded a stretch at a time between escapes: every escape, at
        // every offset, two in a row or apart, decodes back to the text that was encoded.
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{2028}", "é", "😊", "/"]
        for first in specials {
            for second in specials {
                for offset in 0..<10 {
                    let text = String(repeating: "a", count: offset) + first + String(repeating: "b", count: offset % 3) + second + "c"
                    let record = try JSONRecord(line: Array("{\"text\":\(JSON.quote(text))}".utf8))
                    #expect(record.text == text, "\(text.debugDescription)")
                }
            }
        }
        // And the escapes PeerNote never writes: \/, \b, \f, \u and a surrogate pair.
        let record = try JSONRecord(line: Array(#"{"text":"a\/b\bc\fd\u00e9\ud83d\ude0ae\n"}"#.utf8))
        #expect(record.text == "a/b\u{08}c\u{0C}dé😊e\n")
    }
}
