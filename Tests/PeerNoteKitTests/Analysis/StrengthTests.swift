import Testing
import PeerNoteKit

/// Strengths are the person's: not the peer's own story, not the words of a group's name.
@Suite struct StrengthTests {
    let analyzer = try! Analyzer(lexicon: bundledLexicon)

    func strengths(_ text: String) -> [String] {
        analyzer.analyze(Note(id: "note.txt", text: text)).findings.filter { $0.severity == .hint && $0.rule != "quoted-voice" }.map(\.text)
    }

    @Test func thePeersSelfDisclosureIsNotThePersonsStrength() {
        #expect(strengths("Dana called her daughter. I shared how my own daughter helped me.") == ["daughter"])
        // In the person's own quoted words, "my daughter" is theirs.
        #expect(strengths("Dana said, \"I called my daughter and she came over.\"").contains("daughter"))
        // A plan goal in the person's voice is theirs too.
        #expect(strengths("Goal 2: Keep my job at the bakery.").contains("job"))
    }

    @Test func aGroupsNameIsNotAStrength() {
        #expect(!strengths("Dana came to the Coping Skills Group on Tuesday.").contains { $0.lowercased().contains("coping") })
        #expect(strengths("Dana used her coping skills on the bus.").contains { $0.lowercased().contains("coping") })
    }
}
