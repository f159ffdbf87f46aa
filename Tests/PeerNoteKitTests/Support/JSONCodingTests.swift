import Foundation
import Testing
@testable import PeerNoteKit

/// `Codable` values through the one JSON writer and reader: the streaming encoder writes what
/// `JSONEncoder` writes where partial files need it, and the decoder reads it back.
@Suite struct JSONCodingTests {
    private struct Mixed: Codable, Equatable {
        var name: String
        var count: Int
        var big: UInt64
        var share: Double
        var flag: Bool
        var maybe: String?
        var list: [Int?]
        var map: [String: [String]]
        var period: Caseload.Period
    }

    private let tricky = ["plain", "c/o \"pt\" \\ back", "tab\there\nline", "\u{08}\u{0C}\u{01}\u{7F}", "line\u{2028}sep", "é 😊 “curly”", ""]

    private func written(_ value: some Encodable, foundation: Bool = false, sorted: Bool = false) throws -> String {
        var json = JSONWriter()
        if foundation { json.escaping = .foundation }
        try json.encode(value, sortingKeys: sorted)
        return String(decoding: json.finish(), as: UTF8.self)
    }

    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func sortedAndEscapedAsFoundationItIsJSONEncodersBytes() throws {
        for text in tricky {
            let mixed = Mixed(name: text, count: -42, big: .max, share: 0.1, flag: true, maybe: text.isEmpty ? nil : text,
                              list: [1, nil, 3], map: [text: [text], "B": [], "a/b": ["x"], "a": []], period: .week)
            #expect(try written(mixed, foundation: true, sorted: true) == encoded(mixed), "\(text.debugDescription)")
            let skipped = [Caseload.Skipped(file: text, line: nil, reason: "r"), Caseload.Skipped(file: "f", line: 3, reason: text)]
            #expect(try written(skipped, foundation: true, sorted: true) == encoded(skipped))
            let example = Caseload.Example(note: text, offset: 7, sentence: text, words: text, suggestion: nil, message: text)
            #expect(try written(example, foundation: true, sorted: true) == encoded(example))
        }
        var tally = Caseload.Tally()
        tally.concerns = ["jargon": 2, "compliance": 1, "Zeta": 4]
        tally.terms = ["refuse\tc/o": 1, "pt\tpt": 3]
        #expect(try written(tally, foundation: true, sorted: true) == encoded(tally))
        #expect(try written(Caseload.Numbers(tally), foundation: true, sorted: true) == encoded(Caseload.Numbers(tally)))
    }

    /// Members in encode order; a nested container is closed once its parent writes on.
    private struct Nested: Encodable {
        enum Keys: String, CodingKey { case first, inner, list, last }
        enum InnerKeys: String, CodingKey { case x }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("one", forKey: .first)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            try inner.encode([Int]?.none, forKey: .x)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encodeNil()
            try list.encode(["k": 2])
            try container.encodeIfPresent(String?.none, forKey: .last)
            try container.encode(Empty(), forKey: .last)
        }
    }
    private struct Empty: Encodable { func encode(to encoder: Encoder) throws {} }

    @Test func containersAreWrittenInEncodeOrder() throws {
        #expect(try written(Nested()) == #"{"first":"one","inner":{"x":null},"list":[1,[null],{"k":2}],"last":{}}"#)
        #expect(try written(["b": 1, "a": 2], sorted: true) == #"{"a":2,"b":1}"#)
        #expect(try written([Mixed?.none, nil]) == "[null,null]")
        #expect(try written("line\u{2028}") == "\"line\\u2028\"")
        #expect(try written([1.5, 2, 0.1]) == "[1.5,2,0.1]")
    }

    @Test func theDecoderReadsBackWhatWasWritten() throws {
        for text in tricky {
            let mixed = Mixed(name: text, count: -42, big: .max, share: 0.1, flag: false, maybe: nil,
                              list: [nil, 2], map: [text: [text, "b"]], period: .month)
            #expect(try JSONValueDecoder().decode(Mixed.self, from: Array(written(mixed).utf8)) == mixed)
            #expect(try JSONValueDecoder().decode(Mixed.self, from: Array(encoded(mixed).utf8)) == mixed)
        }
        var caseload = Caseload(period: .week)
        caseload.overall.notes = 3
        caseload.peers["Ana / \"Bo\""] = caseload.overall
        caseload.noteIDs.ids = [1, .max]
        caseload.skip(InputError(file: "a.txt", line: 2, message: "why"))
        var part = ""
        try caseload.writePartial(to: &part)
        #expect(try JSONValueDecoder().decode(Caseload.self, from: Array(part.utf8)) == caseload)
        // A whole number written with a point is still whole; one too large for its type is not.
        #expect(try JSONValueDecoder().decode([Int].self, from: Array("[1.0, -0, 2e2]".utf8)) == [1, 0, 200])
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode([Int8].self, from: Array("[300]".utf8)) }
    }

    @Test func theWrongShapeIsADecodingError() throws {
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Caseload.Tally.self, from: Array(#"{"notes": "many"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Caseload.Skipped.self, from: Array(#"{"file": "f"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(String.self, from: Array("null".utf8)) }
        #expect(try JSONValueDecoder().decode(String?.self, from: Array("null".utf8)) == nil)
    }

    @Test func theReaderReadsOneValueAndNothingAfterIt() throws {
        #expect(try JSONReader.document(Array(#" {"a": [1, true, null, "x"]} "#.utf8))
                == .object([.init(key: "a", value: .array([.number("1"), .bool(true), .null, .string("x")]))]))
        for bad in ["{} {}", "[1,]", "{\"a\" 1}", "tru", "\"open", String(repeating: "[", count: 600)] {
            #expect(throws: JSONError.self, "\(bad.prefix(12))") { try JSONReader.document(Array(bad.utf8)) }
        }
    }
}
