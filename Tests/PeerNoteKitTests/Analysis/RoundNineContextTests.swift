import Testing
import PeerNoteKit

/// Issue 21's ninth round: places a context phrase can name ("[start]", "[label]"), and an
/// article that leads an object rather than a subject.
@Suite struct RoundNineContextTests {
    private let lexicon: Lexicon = {
        let yaml = """
        lexicon: places-test
        side: concern
        entries:
          - id: t-chronic
            category: deficit-label
            terms: [chronic]
            message: Defines the person by how long they have been unwell
            window: 1
            only_after: [a, "[start]"]
            only_before: [who, "[label]"]
          - id: t-addict
            category: substance-use
            noun: [addict]
            message: Names the person by a substance
        """
        return try! PeerNoteKitTests.lexicon(yaml, path: "places.yml")
    }()

    private func flags(_ text: String, lexicon: Lexicon) throws -> [String] {
        try Analyzer(lexicon: lexicon).analyze(Note(id: "t", text: text)).findings
            .filter { $0.isAboutWording && !$0.isQuoted }.map(\.text)
    }

    private func bundledFlags(_ text: String) throws -> [String] {
        let concerns = bundledLexicon.concernIDs
        return try Analyzer(lexicon: bundledLexicon).analyze(Note(id: "t", text: text)).findings
            .filter { $0.isAboutWording && !$0.isQuoted && concerns.contains($0.rule) }.map(\.text)
    }

    @Test func labelAfterATermIsAPlaceForOnlyBefore() throws {
        // Another entry's term right after: the word is a label on the person too.
        #expect(try flags("He is a chronic addict, staff said.", lexicon: lexicon) == ["chronic", "addict"])
        #expect(try flags("Manny is a chronic who knows everyone.", lexicon: lexicon) == ["chronic"])
        // No label after it: an illness, not a person.
        #expect(try flags("She has a chronic illness.", lexicon: lexicon) == [])
    }

    @Test func startIsAPlaceForOnlyAfter() throws {
        #expect(try flags("Chronic addict, many admissions.", lexicon: lexicon) == ["Chronic", "addict"])
        // Words before it in its clause that are not listed: silent.
        #expect(try flags("His chronic addict label followed him.", lexicon: lexicon) == ["addict"])
        #expect(try flags("Chronic pain keeps her home.", lexicon: lexicon) == [])
    }

    @Test func theBundledChronicReadsTheLabelAfterIt() throws {
        #expect(try bundledFlags("Chronic schizophrenic, 30 years in system, many hospital.") == ["Chronic", "schizophrenic"])
        #expect(try bundledFlags("He has a chronic cough that keeps him up at night.") == [])
    }

    @Test func personIsAPlaceForOnlyBefore() throws {
        // The roles' words for the person, or a capitalized name, right after the verb.
        #expect(try bundledFlags("Writer educated guest on the difference between voices and reality.") == ["educated"])
        #expect(try bundledFlags("Educated caller on pressing 1 for the Veterans Crisis Line.") == ["Educated"])
        #expect(try bundledFlags("Educated Marisol on the new bus app before she left.") == ["Educated"])
        // Someone else, or the person themself: not the peer teaching a pupil.
        #expect(try bundledFlags("We educated the landlord on the voucher rules.") == [])
        #expect(try bundledFlags("She educated herself about her rights as a tenant.") == [])
    }

    @Test func aJudgmentBeforeAnotherLabelIsReportedBesideIt() throws {
        #expect(try bundledFlags("Lionel is a difficult patient and the front desk asked me to sit in.") == ["difficult", "patient"])
        #expect(try bundledFlags("Marine vet, high-functioning alcoholic, still holds his union job.") == ["high-functioning", "alcoholic"])
        #expect(try bundledFlags("It was a difficult week for Rosa after the eviction notice.") == [])
    }

    @Test func anArticleAfterAVerbLeadsAnObjectNotASubject() throws {
        // "had a big meltdown": the article is the label's own, and Darla is the subject.
        #expect(try bundledFlags("Darla had a big meltdown at the pharmacy, I waited with her in the car.") == ["meltdown"])
        // A noun phrase that opens the clause is still something else's: "a car alarm went off".
        #expect(try bundledFlags("A car alarm went off at 3am and woke the whole floor.") == [])
        #expect(try bundledFlags("The vending machine refused his dollar bills, so we walked to the bodega.") == [])
    }
}
