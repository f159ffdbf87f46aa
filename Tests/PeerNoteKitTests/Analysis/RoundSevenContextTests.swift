import Testing
import PeerNoteKit

/// Issue 21's seventh round, on the bundled lexicons: each mechanism fires where the blind
/// writers circle the words and stays quiet where they call the sentence tricky.
@Suite struct RoundSevenContextTests {
    private func flags(_ text: String) throws -> [String] {
        let concerns = bundledLexicon.concernIDs
        return try Analyzer(lexicon: bundledLexicon).analyze(Note(id: "t", text: text)).findings
            .filter { $0.isAboutWording && !$0.isQuoted && concerns.contains($0.rule) }.map(\.text)
    }

    @Test func stableIsSaidOfThePersonOnly() throws {
        #expect(try flags("Raul has been stable on his current meds.") == ["stable"])
        #expect(try flags("IPS is on hold until his housing is stable, so we looked at listings.") == [])
    }

    @Test func courtOrderedBeforeAProgramStatesTheLegalFact() throws {
        #expect(try flags("He attends group because it is court-ordered.") == ["court-ordered"])
        #expect(try flags("The court-ordered program failed to send her attendance letters to her lawyer.") == [])
    }

    @Test func aPastPlaceOfCareIsHistory() throws {
        #expect(try flags("At his previous facility Bertrand was secluded for days at a time.") == [])
        #expect(try flags("Bertrand was secluded for days at a time.") == ["was secluded"])
    }

    @Test func aDiagnosisSomeoneGaveIsReported() throws {
        #expect(try flags("Jae's first hospital in 2009 diagnosed him with psychosis NOS; the current team revised it.") == [])
        #expect(try flags("Jae has psychosis NOS and a new prescriber.") == ["psychosis NOS"])
    }

    @Test func introducingOneselfAsReadsAcrossAPlace() throws {
        #expect(try flags("Ezekiel introduces himself at meetings as a grateful addict.") == [])
        #expect(try flags("Ezekiel is a grateful addict.") == ["addict"])
    }

    @Test func suicideTalkCalledNotSeriousByItsNeighbours() throws {
        #expect(try flags("Teo's talk about jumping is not serious, and the caseworker agrees with me.") == ["not serious"])
        #expect(try flags("Pretty sure she is not serious about the pills but I did the safety screen anyway.") == ["not serious about"])
        #expect(try flags("She is not serious about the job in Albany and wants to stay near her kids.") == [])
    }

    @Test func guideTermsOfTheRoundFireOnThePerson() throws {
        #expect(try flags("Sammy was sketchy today and kept looking around the room.") == ["sketchy"])
        #expect(try flags("Lucia wants to move out of a sketchy part of the Bronx.") == [])
        #expect(try flags("Hal is a degenerate gambler, the team says.") == ["degenerate gambler"])
        #expect(try flags("Keith calls himself a compulsive gambler.") == [])
        #expect(try flags("Felix is now allowed to keep his own razor in his room.") == ["is now allowed to"])
        #expect(try flags("Reggie had a slip on the ice outside the center.") == [])
    }
}
