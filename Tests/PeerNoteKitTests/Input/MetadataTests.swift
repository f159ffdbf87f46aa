import Foundation
import Testing
import Yams
@testable import PeerNoteKit

/// Metadata read the same way from front matter, JSON Lines records and CSV rows.
@Suite struct MetadataTests {
    /// What Yams makes of `yaml`, in the reader's shape.
    func composed(_ yaml: String) throws -> MetadataValue? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(MetadataValue.init)
    }

    /// Every front matter and plan file in the Corpus.
    func corpusDocuments() throws -> [String] {
        var documents: [String] = []
        let root = packageRoot.appendingPathComponent("Corpus")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for file in files where ["txt", "md"].contains(file.pathExtension) || file.path.contains("/plans/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            if file.pathExtension == "yml" { documents.append(text) } else if let yaml = FrontMatter(text).yaml { documents.append(yaml) }
        }
        return documents
    }

    @Test func plainFrontMatterIsReadAsYamsReadsIt() throws {
        let edgeCases = [
            "person: Dana\r\nminutes: 30\r\n", "# a comment\nperson: Dana\n\nminutes: 15\n", "minutes:\ndate: 2026-01-05", "date:",
            "program: North {Clinic} [east]", "link: http://example.org/a", "time: 10:30", "a-b_c: x#y", "name: Dana's  plan  ",
            "empty:   \nnext: y", "yes: no", "lpha_cosign: Dr. Rivera, LCSW", "minutes: 45\n\n\n# done", "person: José Núñez 😊",
            "# Día\nprogram: Niños", "person: 'Dana'", "peer: \"Marcus: Lee # ok\"", "goals:\n  - id: G1\n    text: \"Work part time\"\n    own_words: 'a job'\n  - id: 2\n\n    text: Sleep\nminutes: 30",
            "goals:\n- id: G1\n  text: Work\n- id: G2\n  text: Rest", "goals:\n  - id:\n    text:\nplan: p.yml",
            "goals: [{id: G1, text: \"Work, part time\", own_words: 'a job'}, {id: 2 , text: Sleep well }]", "goals: [ {id: G1,text: x} ]",
        ]
        var flat = 0
        let documents = try corpusDocuments()
        for yaml in documents + edgeCases {
            guard let read = FlatYAML.mapping(yaml) else {
                Issue.record("Yams reads this Corpus document: \(yaml)")
                continue
            }
            flat += 1
            #expect(read == (try composed(yaml)), "\(yaml)")
        }
        #expect(documents.count > 250 && flat == documents.count + edgeCases.count)
    }

    @Test func anythingElseIsLeftToYams() {
        let declined = [
            "person: 'It''s'", "person: \"Dana \\\"D\\\"\"", "person: \"Dana\" # note", "person: Dana # note", "peer: Marcus: Lee", "peer: Marcus:",
            "person:Dana", "  person: Dana", "goal:\n  Return to work", "goals:\n  - id: G1\n      text: deeper",
            "goals:\n  - id: G1\n  - [x]", "goals:\n  - id: G1\n    id: G2", "goals:\n  - id: G1\n    text: a\n   # indented comment",
            "goals:\n  - G1\n  - G2", "goals:\n  -   id: G1", "goals: [G1, G2]", "goals: [{id: G1}] x", "goals: [{id: G1, id: G2}]",
            "goals: [{id: G1, text: a: b}]", "goals: [{id: G1, text: [x]}]", "goals: [{id: G1}", "goals: [{id:G1}]", "goals: []",
            "goals: [{id: \"G1}]", "goals: [{id: G1}, ]", "person: Dana\u{85}Lee", "person: Dana\u{2028}", "person: \u{FEFF}Dana", "person: Dana\u{9F}",
            "# comment\u{85}person: Dana", "person: [Dana]", "person: Dana\nperson: Lee",
            "person: Dana\tLee", "person: >\n  folded", "minutes: -5", "person: &a Dana", "? person\n: Dana", "%YAML 1.2\n",
            "person: Dana\rminutes: 5", "# only a comment", "", "person: |", "key with space: x",
        ]
        for yaml in declined { #expect(FlatYAML.mapping(yaml) == nil, "\(yaml)") }
    }

    @Test func aRecordReadsLikeFrontMatter() throws {
        let record = try JSONRecord(line: Array(#"{"id": "r1", "text": "We met.", "person": "Dana", "minutes": 45, "preadmission": false, "goals": [{"id": "G1", "text": "Work part time"}, {"id": 2, "text": "Sleep well"}]}"#.utf8))
        let fromRecord = NoteReader().note(from: record, id: "r1").metadata
        let fromYAML = MetadataReader.read(yaml: "person: Dana\nminutes: 45\npreadmission: false\ngoals:\n  - id: G1\n    text: Work part time\n  - id: 2\n    text: Sleep well", file: "r1")
        #expect(fromRecord.person == "Dana" && fromRecord.minutes == 45 && fromRecord.preadmission == false)
        #expect(fromRecord.goals.map(\.id) == ["G1", "2"] && fromRecord.goals == fromYAML.goals)
        #expect(fromRecord.problems.isEmpty)
    }

    @Test func aRepeatedKeyIsReportedAndNeitherValueTaken() throws {
        let record = try JSONRecord(line: Array(#"{"text": "We met.", "person": "Dana", "person": "Lee", "minutes": 30}"#.utf8))
        let metadata = NoteReader().note(from: record, id: "r2").metadata
        #expect(metadata.person == nil && metadata.minutes == 30)
        #expect(metadata.problems.map(\.description) == ["r2:1: `person:` is given more than once; give it once"])
    }

    @Test func nullMeansNotFilledIn() throws {
        let record = try JSONRecord(line: Array(#"{"text": "We met.", "minutes": null, "preadmission": null, "service": null, "person": null, "goals": null}"#.utf8))
        let fromRecord = NoteReader().note(from: record, id: "r3").metadata
        let fromYAML = MetadataReader.read(yaml: "minutes:\npreadmission: ~\nservice: null\nperson:\ngoals:", file: "n.txt")
        for metadata in [fromRecord, fromYAML] {
            #expect(metadata.problems.isEmpty && metadata.minutes == nil && metadata.preadmission == nil && metadata.service == nil)
            #expect(metadata.person == nil && metadata.goals.isEmpty && metadata.fieldLines["minutes"] == 1)
        }
        // Quoted, "null" is text: a person may be called that, and a number may not.
        #expect(MetadataReader.read(yaml: "minutes: 'null'", file: "n.txt").problems.map(\.message) == ["`minutes:` must be a whole number of minutes, 0 or more"])
    }

    @Test func numbersMayHaveSpacesAroundThemOnly() {
        for (yaml, minutes) in [("minutes: 45", 45), ("minutes: \" 45\t\"", 45), ("minutes: \"\u{A0}30\u{2009}\"", 30), ("minutes: \"4 5\"", nil), ("minutes: \"45m\"", nil)] {
            #expect(MetadataReader.read(yaml: yaml, file: "n.txt").minutes == minutes, "\(yaml)")
        }
    }
}
