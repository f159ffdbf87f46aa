import Foundation
import Testing
import PeerNoteKit

@Suite struct JSONRecordTests {
    @Test func keepsOtherFieldsRawAndInOrder() throws {
        let record = try JSONRecord(line: Array(#"{"id": 42, "text": "Caf\u00e9 \ud83d\ude0a\nok", "meta": {"a": [1, 2.5e3, null]}, "b": true}"#.utf8))
        #expect(record.id == "42")
        #expect(record.text == "Café 😊\nok")
        #expect(record.fields.map(\.key) == ["id", "text", "meta", "b"])
        #expect(record.fields[2].rawValue == #"{"a": [1, 2.5e3, null]}"#)
        #expect(record.fields[0].rawValue == "42")
        // The text is kept once, decoded: its field's raw value is left empty.
        #expect(record.fields[1].rawValue.isEmpty)
    }

    @Test func malformedRecordsSayWhereWithoutQuotingText() {
        for (line, expected) in [
            (#"["not", "an object"]"#, "expected a JSON object"),
            (#"{"id": "x"}"#, "the record has no \"text\" string"),
            (#"{"text": "secret note text"#, "unterminated string"),
            (#"{"text": "a"} trailing"#, "unexpected data after the object"),
            (#"{"text": 5}"#, "expected a string"),
        ] {
            do {
                _ = try JSONRecord(line: Array(line.utf8))
                Issue.record("accepted \(line)")
            } catch {
                #expect(error.message == expected)
                #expect(!error.message.contains("secret"))
            }
        }
    }
}
