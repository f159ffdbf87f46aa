import Testing
import PeerNoteKit

@Suite struct MatcherTests {
    let sample = try! lexicon(sampleLexiconYAML)

    @Test func hyphensSpacesAndSlashesAreInterchangeable() throws {
        #expect(try flagged("He was non-compliant, noncompliant, Non Compliant and NON‑COMPLIANT.", with: sample)
            == ["non-compliant", "noncompliant", "Non Compliant", "NON‑COMPLIANT"])
        #expect(try flagged("Pt c/o pain; PT C/O pain; c / o; SI/HI denied; si hi", with: sample)
            == ["Pt", "c/o", "PT", "C/O", "c / o", "SI/HI"])
    }

    @Test func abbreviationsKeepTheirCapitalsSlashesAndAmpersands() throws {
        let terms = try lexicon("""
            side: concern
            entries:
              - {id: ama, category: compliance, terms: [AMA], message: m}
              - {id: d-o, category: jargon, terms: [d/o, h/o], message: m}
              - {id: aox3, category: jargon, terms: [AOx3], message: m}
            """)
        // In capitals in the lexicon, in capitals in the text: "Ama" is a name.
        #expect(try flagged("Ama left AMA on Friday.", with: terms) == ["AMA"])
        // With a slash in the lexicon, with a slash in the text: "do" is a word, "Ji-ho" a name.
        #expect(try flagged("Schizoaffective d/o; we do h/o notes with Ji-ho.", with: terms) == ["d/o", "h/o"])
        // An ampersand joins an abbreviation into one term, digits and spaces included.
        #expect(try flagged("A&Ox3 at intake, A & O x 3 later, AOx3 now.", with: terms) == ["A&Ox3", "A & O x 3", "AOx3"])
    }

    @Test func aPhraseOverASpaceDoesNotEndInsideASlashedWord() throws {
        let terms = try Lexicon(files: [checksFile, LexiconFile(path: "concern.yml", contents: """
            side: concern
            entries:
              - {id: pt, category: jargon, terms: [pt], message: m}
              - {id: pts, category: jargon, terms: [pts], message: m}
              - {id: s-p, category: jargon, terms: [s/p, h/o], message: m}
            """)])
        // "Pt s/p" is "Pt" and "s/p": the longer "pts" would take half of the slashed word.
        #expect(try flagged("Pt s/p hospitalization, first contact since.", with: terms) == ["Pt", "s/p"])
        #expect(try flagged("Four pts came; one has a h/o falls.", with: terms) == ["pts", "h/o"])
    }

    @Test func aDegreeWordBeforeOneWordMayBeAnyDegreeWord() throws {
        let terms = try Lexicon(files: [checksFile, LexiconFile(path: "concern.yml", contents: """
            side: concern
            entries:
              - {id: needy, category: judgment, terms: [so needy, so sweet on], message: m}
              - {id: slow, category: judgment, terms: [slow, pretty slow], message: m}
            """), LexiconFile(path: "roles.yml", contents: """
            side: context
            entries:
              - {id: degree, category: role, role: degree, terms: [so, super, kind of]}
            """)])
        // "so needy" as the writer's own intensifier says it; a longer phrase keeps its words.
        #expect(try flagged("She was super needy, kind of needy, so needy; super sweet on him.", with: terms)
            == ["super needy", "kind of needy", "so needy"])
        // A word that fires alone needs no variants: the bare word is the finding.
        #expect(try flagged("It was super slow.", with: terms) == ["slow"])
    }

    @Test func neverInsideALongerWord() throws {
        #expect(try flagged("The outpatient clinic; inpatients; patiently waiting; ptsd", with: sample).isEmpty)
        // Nor at the front of a hyphenated compound, though a phrase may run across the hyphen.
        #expect(try flagged("A patient-centered plan, her co-signature, and a patient - then non-compliant.", with: sample)
                == ["patient", "non-compliant"])
    }

    @Test func inflectedFormsAndPossessive() throws {
        #expect(try flagged("She refuses, refused, is refusing, will refuse.", with: sample)
            == ["refuses", "refused", "refusing", "refuse"])
        #expect(try flagged("The pt's sister and the patients' rides.", with: sample) == ["pt", "patients"])
        // A curly apostrophe is three bytes: the term still ends before it, on a character boundary.
        #expect(try flagged("The pt’s sister and the PT’S ride.", with: sample) == ["pt", "PT"])
    }

    @Test func longestMatchWinsAndExceptionsSilence() throws {
        #expect(try flagged("She was patient with her son. Be patient. The patient left.", with: sample) == ["patient"])
        #expect(try flagged("The refuse truck came. He refused.", with: sample) == ["refused"])
        #expect(try flagged("She suffers from anxiety; suffering from pain", with: sample) == ["suffers from", "suffering from"])
    }

    @Test func longWordsMatchWholeAndOnlyWhole() throws {
        // Past a word's last branch in the trie its bytes are one run (a chain node): text that
        // leaves the run part-way, ends inside it or goes on past it is not the term, and a
        // run goes on across a hyphen or a space as single bytes do.
        let words = try lexicon("""
            side: concern
            entries:
              - {id: institution, category: jargon, terms: [institution, institutionalized], message: Say where the person lives}
              - {id: decompensating, category: jargon, terms: [decompensating], message: Say what happened}
            """)
        #expect(try flagged("""
            institution, institutionalized, Institution-alized, institutional, institutionalised, institutionalizedly, \
            decompensatin, decompensating, DE COMPENSATING, decompensatingly, decompensating's
            """, with: words) == ["institution", "institutionalized", "Institution-alized", "decompensating", "DE COMPENSATING",
                                   "decompensating"])
    }

    @Test func phrasesDoNotCrossOtherPunctuationOrSentences() throws {
        #expect(try flagged("Substance, abuse. Substance. Abuse", with: sample).isEmpty)
        #expect(try flagged("non. compliant", with: sample).isEmpty)
    }

    @Test func suggestionsFollowTheMatchedForm() throws {
        let analyzer = try Analyzer(lexicon: sample)
        let findings = analyzer.analyze(Note(id: "t", text: "He refused. She refuses. Patients arrived.")).findings
            .filter(\.isAboutWording)
        // Worded as they read where they stand: "Patients" starts its sentence.
        #expect(findings.map(\.suggestions) == [["declined", "chose not to"], ["declines", "chooses not to"], ["People"]])
    }

    @Test func findingsCarryExactRangesAndPositions() throws {
        let text = "---\nperson: Ana\n---\r\nJosé 😊 said the pt\r\nrefused."
        let finding = try Analyzer(lexicon: sample).analyze(Note(id: "n", text: text)).findings.filter(\.isAboutWording)
        #expect(finding.map(\.text) == ["pt", "refused"])
        let bytes = Array(text.utf8)
        for f in finding { #expect(String(decoding: bytes[f.range], as: UTF8.self) == f.text) }
        #expect(finding.map(\.line) == [4, 5])
        #expect(finding.map(\.column) == [17, 1])
    }

    @Test func frontMatterIsNotChecked() throws {
        #expect(try flagged("---\nnote: the pt refused\n---\nAll good.", with: sample).isEmpty)
        #expect(try flagged("---\nunclosed front matter, the pt refused", with: sample) == ["pt", "refused"])
    }
}
