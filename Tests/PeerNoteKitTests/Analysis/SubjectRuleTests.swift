import Foundation
import Testing
import PeerNoteKit

/// Who does what: a labelling verb is coached only when the person is its subject, a quotation
/// is the person's voice unless the writer or staff speak it, and a cue of others' labels counts
/// only when someone other than the writer labels. The words are the bundled `roles.yml`.
@Suite struct SubjectRuleTests {
    private func flags(_ text: String) throws -> [String] {
        try Analyzer(lexicon: bundledLexicon).analyze(Note(id: "t", text: text)).findings
            .filter { $0.isAboutWording && !$0.isQuoted && $0.severity > .hint }.map(\.text)
    }

    @Test func aLabellingVerbSaidOfSomeoneElseIsNotCoached() throws {
        for text in ["The landlord refused to fix the heat until the inspector came.",
                     "Her insurer insists the ride was out of network.",
                     "The county DSS denied the emergency grant.",
                     "The Department of Labor claims the form came in late.",
                     "The worker at the pharmacy refused to fill it early.",
                     // "In juvie" is a place: "the staff" after it is the subject, not its object.
                     "Back in juvie the staff refused to let him call home.",
                     "The principal, who refused to meet, sent an email instead.",
                     "The van was a no-show again, so we took the bus.",
                     "I failed to send the form on time, and I said so."] {
            #expect(try flags(text).isEmpty, "\(text)")
        }
    }

    @Test func theSameVerbSaidOfThePersonIsCoached() throws {
        #expect(try flags("Terrence refused the ride to the clinic.") == ["refused"])
        #expect(try flags("She claims she took every dose.") == ["claims"])
        #expect(try flags("Refused meds this morning.") == ["Refused meds"])
        // A second verb shares the first one's subject.
        #expect(try flags("Dana called the landlord and refused to pay the late fee.") == ["refused"])
        #expect(try flags("The landlord said she refused the inspection.") == ["refused"])
        // A parent is the person's side in family peer support, not someone else.
        #expect(try flags("Mom admitted she missed the school meeting.") == ["admitted"])
    }

    @Test func aNounPhraseTheRolesDoNotKnowIsSomethingElse() throws {
        for text in ["The vending machine refused his dollar bills, so we walked to the bodega.",
                     "Her old phone kept refusing the update, so we went to the store.",
                     "The card reader at the laundromat denied her card twice.",
                     "The trazodone failed to help her sleep, so she is asking about other options."] {
            #expect(try flags(text).isEmpty, "\(text)")
        }
        // A prepositional phrase or a pronoun's "he's" is no subject: the person's verb stays coached.
        #expect(try flags("In the morning refused meds again.") == ["refused meds"])
        #expect(try flags("He's basically refusing every ride we offer.") == ["refusing"])
        #expect(try flags("The gentleman in room 4 refused the ride.") == ["refused"])
    }

    @Test func othersPastWordsAndTheirCallsAreReported() throws {
        for text in ["The last agency wrote in her file that she was resistant, which she disputes.",
                     "At his old program they kept saying he was unmotivated, and he stopped going.",
                     "Growing up, Tamsin was the kid everyone called lazy, until a tutor found her dyslexia.",
                     "Tom, an alcoholic by his own account, asked about meetings near his job."] {
            #expect(try flags(text).isEmpty, "\(text)")
        }
        // The writer's own words, and a label with the person named after the verb, stay coached.
        #expect(try flags("I told him that he was lazy about the forms.") == ["lazy"])
        #expect(try flags("The house manager calls Jordan a troublemaker.") == ["troublemaker"])
    }

    @Test func aPronounsContractionIsThePersonAndAPassiveStaffVerbIsDoneToThem() throws {
        #expect(try flags("He's a little slow with the forms, so we went line by line.") == ["a little slow"])
        #expect(try flags("Consumer was handled by security after the visit.").contains("handled"))
        #expect(try flags("The principal claims the incident was handled.").isEmpty)
    }

    @Test func aLabelSaidOfSomeoneElseIsNotCoached() throws {
        for text in ["Her landlord was hostile on the phone, so Aisha asked for a supervisor.",
                     "Dana left a manipulative boyfriend last spring.",
                     "The caseworker was very rude to her at the window.",
                     "Her son refuses to let her babysit, which hurts."] {
            #expect(try flags(text).isEmpty, "\(text)")
        }
        // The person, a pronoun or a word the roles do not know keeps the label on the person.
        #expect(try flags("Dana was hostile at the front desk.") == ["hostile"])
        #expect(try flags("I found him hostile today.") == ["hostile"])
        #expect(try flags("The shelter called it manipulation when he asked twice.") == ["manipulation"])
    }

    @Test func aLabelsSubjectIsReadPastPrepositionsPairsAndArticles() throws {
        for text in ["A security guard at the senior center was rude and aggressive when Pearl asked.",
                     "Two teenagers in the building were hostile toward him in the elevator.",
                     "The supervisor at Target was hostile when he asked for Thursdays off.",
                     "Her uncle, a troublemaker, came by for money again."] {
            #expect(try flags(text).isEmpty, "\(text)")
        }
        #expect(try flags("Pearl was rude and aggressive at the front desk.") == ["rude", "aggressive"])
        #expect(try flags("The meeting with her landlord was hostile.") == ["hostile"])
    }

    @Test func othersLabelsNamedInQuotationMarksAreReported() throws {
        #expect(try flags("The ACS report from 2023 says she was \"uncooperative,\" which she disputes.").isEmpty)
        #expect(try flags("A psychiatrist told Mrs. Lam she was hysterical when she reported chest pain.").isEmpty)
        #expect(try flags("In group she introduced herself as an alcoholic, as she does at AA.").isEmpty)
        // The writer's own scare quotes, and a label told to a third party, stay coached.
        #expect(try flags("She was \"noncompliant\" again today.") == ["noncompliant"])
        #expect(try flags("I wrote \"noncompliant\" in the chart.") == ["noncompliant"])
        #expect(try flags("Her neighbor told the landlord she is dangerous.") == ["she is dangerous"])
        #expect(try flags("He told the usual sob story about his check.") == ["sob story"])
    }

    @Test func scareQuotesAroundThePersonsAccountAreTheWritersDoubt() throws {
        // An `only_quoted` concern entry: the word alone in quotation marks, even after "says".
        #expect(try flags("Nobuhle says she “lost” her MetroCard again.") == ["lost"])
        #expect(try flags("Marcus \"forgot\" the SSA phone interview again.") == ["forgot"])
        // The same word unquoted, or inside the person's own quotation, is no doubt.
        #expect(try flags("Nobuhle lost her MetroCard again, so we called the MTA.").isEmpty)
        #expect(try flags("Dana said, \"I lost my card on the bus,\" and we ordered a new one.").isEmpty)
    }

    @Test func aPassiveLabellingVerbIsSomeoneElsesDoing() throws {
        #expect(try flags("Her housing application was denied for the second time.").isEmpty)
        #expect(try flags("She was refused a bed because she came after curfew.").isEmpty)
        #expect(try flags("She was refusing the ride to the clinic.") == ["refusing"])
        #expect(try flags("He had refused the ride twice.") == ["refused"])
        // One adverb may stand inside the passive: "was repeatedly denied", "is easily handled".
        #expect(try flags("Her application was repeatedly denied by the county.").isEmpty)
        #expect(try flags("She was never refused a bed at that shelter.").isEmpty)
        #expect(try flags("Mr. Quist is easily handled if staff approach him slowly.") == ["handled"])
        #expect(try flags("She had already refused the ride twice.") == ["refused"])
    }

    @Test func theWritersOwnQuotedSpeechIsChecked() throws {
        #expect(try flags("I told him, \"You keep being noncompliant with the plan.\"") == ["noncompliant"])
        #expect(try flags("Told Rosalie, \"OK sweetie, let's get your coat on.\"") == ["sweetie"])
        #expect(try flags("“You are being noncompliant again,” I told him.") == ["noncompliant"])
        // The person's words stay their voice, before or after the quotation, across a clause.
        #expect(try flags("Dana told me, \"The docs say I'm noncompliant, but I can't stand those pills.\"").isEmpty)
        #expect(try flags("“I'm not noncompliant,” Dana said, “I'm broke.”").isEmpty)
        #expect(try flags("Sanjay smiled and said, \"My sponsor calls me stubborn,\" then added, \"a stubborn man, I mean.\"").isEmpty)
        #expect(try flags("His text read: “im not resistant im broke, cant afford the copay”.").isEmpty)
        // Staff words the person reports are part of the person's account.
        #expect(try flags("She said the nurse told her, \"You are noncompliant and it shows.\"").isEmpty)
    }
}

/// The `role:` and `subject:` keys are checked like any other.
@Suite struct RoleLexiconTests {
    @Test func rolesAndSubjectsAreCheckedWithTheirLine() {
        let yaml = """
            lexicon: bad
            side: concern
            entries:
              - {id: x, category: c, terms: [x], message: m, subject: landlord}
              - {id: y, category: c, terms: [y], message: m, role: other}
            """
        do { _ = try LexiconFile(path: "bad.yml", contents: yaml); Issue.record("accepted a bad file") } catch {
            let lines = error.problems.map(\.description)
            #expect(lines.contains { $0.hasPrefix("bad.yml:4:") && $0.contains("`subject:`") })
            #expect(lines.contains { $0.hasPrefix("bad.yml:5:") && $0.contains("`role:`") })
        }
        let words = "lexicon: roles\nside: context\nentries:\n  - {id: r, category: role, role: boss, terms: [boss]}\n"
        #expect(throws: InputErrors.self) { try LexiconFile(path: "roles.yml", contents: words) }
    }

    @Test func anAgencyAddsItsOwnSubjects() throws {
        let agency = try LexiconFile(path: "agency.yml", contents: """
            lexicon: north-county
            side: context
            entries:
              - {id: role-north-county, category: role, role: other, terms: [the Annex]}
            """)
        let lexicon = try Lexicon(files: bundledLexicon.files.map { path in
            try LexiconFile(path: path, contents: String(contentsOfFile: path, encoding: .utf8))
        } + [agency])
        let text = "The Annex refused the transfer, so Dana is staying put."
        let before = try Analyzer(lexicon: bundledLexicon).analyze(Note(id: "t", text: text)).findings.filter(\.isAboutWording)
        let after = try Analyzer(lexicon: lexicon).analyze(Note(id: "t", text: text)).findings.filter(\.isAboutWording)
        #expect(before.map(\.text) == ["refused"] && after.isEmpty)
    }
}
