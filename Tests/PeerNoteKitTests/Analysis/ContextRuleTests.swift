import Foundation
import Testing
import PeerNoteKit

/// Context rules: the words around a term decide whether it is the writer's own wording.
@Suite struct ContextRuleTests {
    let lexicon: Lexicon = {
        let yaml = """
        lexicon: context-test
        side: concern
        entries:
          - id: manipulative
            category: deficit-label
            terms: [manipulative]
            message: Labels a motive
          - id: patient
            category: provider-centered
            noun: [patient]
            message: Peers do not have patients
            senses:
              - sense: adjective
                before: [was, be, very, so]
                after: [with, about]
          - id: refuse
            category: compliance
            verb: [refuse]
            message: Describes a choice as defiance
            alternatives: [decline]
            senses:
              - {sense: garbage, before: [the]}
          - id: clean
            category: substance-stigma
            terms: [clean]
            message: Implies the person was dirty
            only_after: [been, stayed, got]
          - id: addict
            category: substance-stigma
            noun: [addict]
            message: Defines a person by a condition
            not_after: [no longer]
            window: 3
          - id: crazy
            category: diagnosis-identity
            terms: [crazy]
            message: Slur
            quoted: flag
        """
        let cues = """
        lexicon: cues
        side: context
        entries:
          - id: ctx-history
            category: history
            window: 4
            terms: [was once told, the chart called]
          - id: ctx-judgment-only
            category: reported
            applies_to: [compliance]
            terms: [her mother said]
          - id: ctx-attributed
            category: self-description
            window: 6
            reaches_back: true
            terms: [in her words]
        """
        let allow = "lexicon: north-county\nside: concern\nallow: [Refuse Recovery Fund]\n"
        return try! Lexicon(files: [checksFile, LexiconFile(path: "terms.yml", contents: yaml), LexiconFile(path: "cues.yml", contents: cues),
                                    LexiconFile(path: "allow.yml", contents: allow)])
    }()

    private func flags(_ text: String) throws -> [String] {
        try Analyzer(lexicon: lexicon).analyze(Note(id: "t", text: text)).findings
            .filter { $0.isAboutWording && !$0.isQuoted }.map(\.text)
    }

    @Test func quotationsOfThePersonsWordsAreTheirVoice() throws {
        let analyzer = try Analyzer(lexicon: lexicon)
        for text in ["Dana said, \"They called me manipulative at the hospital.\"",
                     "Dana said, “They called me manipulative.”",
                     "Dana said, «They called me manipulative».",
                     "Dana told them, 'They were wrong, I was not manipulative.'",
                     "Dana said, \"I am not\n manipulative, I was scared.\""] {
            let findings = analyzer.analyze(Note(id: "t", text: text)).findings.filter(\.isAboutWording)
            #expect(findings.map(\.rule) == ["manipulative"], "\(text)")
            #expect(findings.allSatisfy { $0.isQuoted && $0.severity == .info && $0.suggestions.isEmpty }, "\(text)")
        }
        // A single quoted word is a scare quote: the writer's label after all.
        #expect(try flags("He was \"manipulative\" in group.") == ["manipulative"])
        // A quote left open does not run past a blank line.
        #expect(try flags("Dana said \"I need a minute.\n\nShe was manipulative.") == ["manipulative"])
        // An entry can ask to be flagged even inside quotes.
        #expect(try flags("Dana said, \"My brother thinks I am crazy.\"") == ["crazy"])
    }

    @Test func sensesAndNeighbouringWordsDecide() throws {
        #expect(try flags("She was patient with her son. Be patient. The patient left.") == ["patient"])
        #expect(try flags("He took the refuse to the curb, then refused the ride.") == ["refused"])
        #expect(try flags("Her room was clean. She has been clean for a year.") == ["clean"])
        #expect(try flags("He is no longer an addict, he said. Another addict came by.") == ["addict"])
        // The window is counted in words: far enough away, the cue no longer applies.
        #expect(try flags("No longer do we say that about the man the staff called an addict.") == ["addict"])
    }

    @Test func contextCuesCoverTheWordsAfterThem() throws {
        #expect(try flags("Dana was once told she was manipulative.").isEmpty)
        #expect(try flags("The chart called her manipulative; she is manipulative.") == ["manipulative"])
        // A cue applies only to its categories.
        #expect(try flags("Her mother said she refused to eat and was manipulative.") == ["manipulative"])
    }

    @Test func anAttributionThatClosesItsClauseCoversTheWordsBeforeIt() throws {
        #expect(try flags("She was manipulative as a teen, in her words, and now she runs the group.").isEmpty)
        #expect(try flags("In her words she was manipulative as a teen.").isEmpty)
        // Not when the clause goes on past it, nor beyond its window.
        #expect(try flags("She was manipulative, in her words of last week.") == ["manipulative"])
        #expect(try flags("She was manipulative with the staff at the old program for years, in her words.") == ["manipulative"])
    }

    @Test func reachesBackIsTrueOrFalse() {
        let yaml = "lexicon: bad\nside: context\nentries:\n  - id: x\n    category: c\n    terms: [x]\n    reaches_back: sometimes\n"
        do { _ = try LexiconFile(path: "bad.yml", contents: yaml); Issue.record("accepted") } catch {
            #expect(error.problems.map(\.description).contains { $0.hasPrefix("bad.yml:7: `reaches_back:`") })
        }
    }

    @Test func namesTitlesAndTheWritersOwnOK() throws {
        #expect(try flags("She called the Patient Advocacy Office.").isEmpty)
        #expect(try flags("Patient Advocacy Office called her back.").isEmpty)
        #expect(try flags("Patient Dana left early.") == ["Patient"])
        #expect(try flags("The Patient was late.") == ["Patient"])
        #expect(try flags("He refused {>>PeerNote ok<<} the ride. She refused.") == ["refused"])
        #expect(try flags("The Refuse Recovery Fund paid. He refuses.") == ["refuses"])
        // Days and months are capitalized, but they are not names: "Patient Friday" is the term.
        #expect(try flags("We will see Patient Friday.") == ["Patient"])
        #expect(try flags("We saw the Patient in March.") == ["Patient"])
        #expect(try flags("She called the Patient Friday Fund.") .isEmpty)
    }

    @Test func aCapitalPtBeforeAWeekdayIsFlagged() throws {
        let findings = try Analyzer(lexicon: bundledLexicon).analyze(Note(id: "t", text: "We will see Pt Friday.")).findings
        #expect(findings.filter(\.isAboutWording).map(\.rule) == ["jargon-pt"])
    }

    @Test func annotateKeepsTheWritersOKAndStripRemovesIt() throws {
        let fixer = NoteFixer(analyzer: try Analyzer(lexicon: lexicon))
        let draft = Array("He refused {>>PeerNote ok<<} the ride. She refused.\n".utf8)
        let annotated = String(decoding: fixer.annotated(draft), as: UTF8.self)
        #expect(annotated.contains("He refused {>>PeerNote ok<<} the ride."))
        #expect(annotated.contains("She refused{>>PeerNote warning [refuse]"))
        let twice = fixer.annotated(Array(annotated.utf8))
        #expect(String(decoding: twice, as: UTF8.self) == annotated)
        #expect(String(decoding: Annotations.strip(twice), as: UTF8.self) == "He refused  the ride. She refused.\n")
    }

    @Test func thePlainWordListIgnoresContext() throws {
        let plain = try Analyzer(lexicon: lexicon.plainWordList(), useContext: false)
        let findings = plain.analyze(Note(id: "t", text: "She was patient with her son. Dana was once told she was manipulative."))
            .findings.filter(\.isAboutWording).map(\.text)
        #expect(findings == ["patient", "manipulative"])
    }

    @Test func badContextRulesAreReportedWithTheirLine() {
        let yaml = "lexicon: bad\nside: concern\nentries:\n  - id: x\n    category: c\n    terms: [x]\n    message: m\n    window: 0\n    quoted: sometimes\n    senses: [{before: [a]}]\n"
        #expect(throws: InputErrors.self) { try LexiconFile(path: "bad.yml", contents: yaml) }
        do { _ = try LexiconFile(path: "bad.yml", contents: yaml) } catch {
            let lines = error.problems.map(\.description)
            #expect(lines.contains { $0.hasPrefix("bad.yml:8: `window:`") })
            #expect(lines.contains { $0.hasPrefix("bad.yml:9: `quoted:`") })
            #expect(lines.contains { $0.hasPrefix("bad.yml:10:") && $0.contains("sense") })
        }
        let strength = "lexicon: bad\nside: strength\nentries:\n  - id: x\n    category: c\n    terms: [x]\n    only_quoted: true\n"
        do { _ = try LexiconFile(path: "bad.yml", contents: strength); Issue.record("accepted") } catch {
            #expect(error.problems.map(\.description).contains { $0.hasPrefix("bad.yml:7: `only_quoted:`") })
        }
    }
}
