import Testing
import PeerNoteKit

@Suite struct InflectionTests {
    @Test func regularAndIrregularVerbs() {
        func forms(_ spec: String) -> [String] { WordClass.verb.inflections(of: spec)!.map(\.text) }
        #expect(forms("refuse") == ["refuse", "refuses", "refused", "refusing"])
        #expect(forms("deny") == ["deny", "denies", "denied", "denying"])
        #expect(forms("admit") == ["admit", "admits", "admitted", "admitting"])
        #expect(forms("choose not to") == ["choose not to", "chooses not to", "chose not to", "choosing not to"])
        #expect(forms("insist") == ["insist", "insists", "insisted", "insisting"])
        #expect(forms("see|sees|saw|seeing") == ["see", "sees", "saw", "seeing"])
        #expect(WordClass.verb.inflections(of: "a|b") == nil)
    }

    @Test func nounsInflectTheLastWord() {
        #expect(WordClass.noun.inflections(of: "drug abuser")!.map(\.text) == ["drug abuser", "drug abusers"])
        #expect(WordClass.noun.inflections(of: "frequent flyer")!.map(\.text) == ["frequent flyer", "frequent flyers"])
        #expect(WordClass.noun.inflect("person who uses drugs|people who use drugs", to: .plural) == "people who use drugs")
        #expect(WordClass.noun.inflect("crutch", to: .plural) == "crutches")
    }
}
