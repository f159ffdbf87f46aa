import Testing
import PeerNoteKit

/// What `safe` promises: `fix` applies a rewrite only where it is certain to read right and keep
/// the meaning; everywhere else the rewrite stays a suggestion. Sentences from the development
/// sets and notes (`Corpus/eval/blind/*-dev*`), where a careless rewrite went wrong.
@Suite struct SafeRewriteTests {
    let analyzer = try! Analyzer(lexicon: bundledLexicon)

    func fixed(_ text: String) -> String {
        String(decoding: NoteFixer(analyzer: analyzer).fixed(Array(text.utf8)), as: UTF8.self)
    }

    func firstSuggestion(_ rule: String, in text: String) -> String? {
        analyzer.analyze(Note(id: "t", text: text)).findings.first { $0.rule == rule }?.suggestions.first
    }

    /// `text` is flagged, offers a rewrite, and `fix` leaves it as it is.
    func offeredNotApplied(_ text: String, _ rule: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(fixed(text) == text, sourceLocation: sourceLocation)
        let finding = analyzer.analyze(Note(id: "t", text: text)).findings.first { $0.rule == rule }
        #expect(finding != nil && finding?.isSafeToApply == false, "\(text)", sourceLocation: sourceLocation)
    }

    @Test func negationAroundTheTermIsLeftToTheWriter() {
        // "was not noncompliant" would become "was not not taking"; "denies SI" is the person's own account.
        #expect(fixed("She was not noncompliant with her meds.") == "She was not noncompliant with her meds.")
        #expect(fixed("Pt denies SI today.") == "Pt denies SI today.")
        #expect(fixed("He didn't c/o pain this week.") == "He didn't c/o pain this week.")
        // Without a negation the same words are fixed.
        #expect(fixed("Dwayne c/o tooth pain and asked for a dentist.") == "Dwayne talked about tooth pain and asked for a dentist.")
    }

    @Test func quotationMarksAroundTheTermAreLeftAlone() {
        for text in ["Her sister calls him an \"addict\" when they argue.", "He said the 'clean' test was a mistake."] {
            #expect(fixed(text) == text)
        }
        // The person's own word, named as such after it.
        let own = "Priya (a recovering addict, as she puts it) offered to share her story at the family night."
        #expect(fixed(own) == own)
    }

    @Test func aNameComesFromALabelNeverFromAGuess() {
        // The sentence names someone: the name is offered first, not written in.
        #expect(firstSuggestion("jargon-pt", in: "Met with Oksana by phone; pt said the food stamps arrived on time.") == "Oksana")
        offeredNotApplied("Met with Oksana by phone; pt said the food stamps arrived on time.", "jargon-pt")
        // A labelled header gives the name: it is written in, and the label itself stays.
        #expect(fixed("Pt: Víctor Peña\nPt refused to sign the release.\n") == "Pt: Víctor Peña\nVíctor declined to sign the release.\n")
        #expect(fixed("---\nperson: Oksana Petrenko\n---\nPt said the food stamps arrived on time.\n")
                == "---\nperson: Oksana Petrenko\n---\nOksana said the food stamps arrived on time.\n")
    }

    @Test func aTenselessAbbreviationKeepsTheSentencesTense() {
        // "c/o" after the clause's own verb reads "complaining of".
        offeredNotApplied("Pt called the peer line c/o feeling off after his shift change.", "jargon-c-o")
        // A sentence told in the present does not get a past verb.
        offeredNotApplied("She c/o headaches and says the new dose makes her dizzy.", "jargon-c-o")
    }

    @Test func wordsThatFollowedTheTermMustStillBelongToIt() {
        // "a person who uses drugs who has been…", "a person with schizophrenia with a history of…".
        offeredNotApplied("Ines is an addict who has been in and out of detox.", "sub-addict")
        offeredNotApplied("Jerome is an alcoholic with twelve years of sobriety.", "sub-alcoholic")
        // One clause after "with" reads.
        #expect(fixed("Imani is a schizophrenic who lives alone in the Bronx.") == "Imani is a person with schizophrenia who lives alone in the Bronx.")
    }

    @Test func anIntentionIsNotADeath() {
        #expect(fixed("Her uncle committed suicide when she was fourteen.") == "Her uncle died by suicide when she was fourteen.")
        let text = "Rashida said her ex used to threaten to commit suicide whenever she tried to leave."
        #expect(fixed(text) == text)
        let finding = analyzer.analyze(Note(id: "t", text: text)).findings.first { $0.rule == "dx-commit-suicide" }
        #expect(finding?.suggestions == [] && finding?.guidance?.isEmpty == false)
    }

    @Test func aSentenceWithAWordOnlyTheWriterCanChangeIsLeftWhole() {
        // "MDD" has no safe rewrite, so "Dx" beside it waits for the writer.
        #expect(fixed("Dx: MDD, recurrent, per the intake from last spring.") == "Dx: MDD, recurrent, per the intake from last spring.")
        // The next sentence is its own.
        #expect(fixed("Pt was noncompliant with meds. Each pt got a card.") == "Pt was noncompliant with meds. Each person got a card.")
    }

    @Test func aRewriteThatDropsWordsSaysSo() throws {
        let finding = try #require(analyzer.analyze(Note(id: "t", text: "Malia brought her so-called fiancé to the meeting.")).findings
            .first { $0.rule == "cred-so-called" })
        #expect(finding.suggestions.first == "")
        #expect(finding.suggestionsToRead(open: "\"", close: "\"").first == "leaving out \"so-called\"")
        #expect(fixed("Malia brought her so-called fiancé to the meeting.") == "Malia brought her fiancé to the meeting.")
    }
}
