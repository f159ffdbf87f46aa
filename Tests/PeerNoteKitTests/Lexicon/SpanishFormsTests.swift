import Foundation
import Testing
@testable import PeerNoteKit

/// Spanish word forms made when a lexicon loads: verb paradigms, gender and number, and the
/// spellings without stress marks that hurried notes use.
@Suite struct SpanishFormsTests {
    @Test func aReflexiveVerbGivesItsThirdPersonsAndItsCliticGerund() throws {
        let forms = try #require(SpanishForms.verbForms("negarse a|niega"))
        for form in ["se niega a", "se niegan a", "se negó a", "se negaron a", "se negaba a", "se negará a", "se ha negado a",
                     "se sigue negando a", "negándose a"] {
            #expect(forms.contains(form), "\(form)")
        }
        #expect(!forms.contains("se nega a"))
    }

    @Test func aTransitiveVerbTakesItsObjectPronounOnTheGerund() throws {
        let forms = try #require(SpanishForms.verbForms("rechazar"))
        #expect(["rechaza", "rechazó", "rechazaron", "rechazando", "rechazándolo", "ha rechazado"].allSatisfy(forms.contains))
        let lying = try #require(SpanishForms.verbForms("mentir|miente|mintió"))
        #expect(["miente", "mintió", "mintieron", "mintiendo", "mentía", "ha mentido"].allSatisfy(lying.contains))
        let said = try #require(SpanishForms.verbForms("la decir|dice|dijo"))
        #expect(["la dice", "la dijo", "la dijeron", "la decía", "la decían"].allSatisfy(said.contains))
        #expect(!said.contains { $0.contains("diciéndola") })
    }

    @Test func wordsAroundTheVerbStay() throws {
        let forms = try #require(SpanishForms.verbForms("no cumplir con"))
        #expect(["no cumple con", "no cumplió con", "no cumplían con", "no ha cumplido con"].allSatisfy(forms.contains))
        #expect(SpanishForms.verbForms("con la cita") == nil)
        #expect(SpanishForms.verbForms("negarse||") == nil)
    }

    @Test func anAdjectiveAgreesInGenderAndNumber() {
        #expect(SpanishForms.adjectiveForms("manipulador") == ["manipulador", "manipuladora", "manipuladores", "manipuladoras"])
        #expect(SpanishForms.adjectiveForms("poco motivado") == ["poco motivado", "poco motivada", "poco motivados", "poco motivadas"])
        #expect(SpanishForms.adjectiveForms("resistente") == ["resistente", "resistentes"])
        #expect(SpanishForms.adjectiveForms("cabezón") == ["cabezón", "cabezona", "cabezones", "cabezonas"])
        #expect(SpanishForms.adjectiveForms("hostil") == ["hostil", "hostiles"])
        #expect(SpanishForms.adjectiveForms("idiota") == ["idiota", "idiotas"])
    }

    @Test func aSpanishTermMatchesWithoutItsStressMarksUnlessTheMarkMakesTheWord() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agency-es-\(UInt32.random(in: 0...UInt32.max)).yml").path
        try """
            lexicon: agency-es
            language: es
            side: concern
            accents_matter: [él]
            entries:
              - id: agency-es-recaida
                category: judgment
                verbo: [tropezar|tropieza|tropezó]
                adjetivo: [regañón]
                terms: [según él dice]
                message: Juzga a la persona
                alternatives: [volvió a consumir]
            """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lexicon = try Lexicon.load(language: LanguageGuess.spanish, extraFiles: [path])
        let text = "Dice que tropezo y que es una regañona, segun él dice. Segun el dice el medico, no."
        let analysis = try Analyzer(lexicon: lexicon).analyze(Note(id: "n", text: text))
        let bytes = Array(text.utf8)
        let found = analysis.findings.filter { $0.rule == "agency-es-recaida" }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(found == ["tropezo", "regañona", "segun él dice"])
    }

    @Test func anAgencyFileInSpanishAppliesToSpanishNotes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agency-es-\(UInt32.random(in: 0...UInt32.max)).yml").path
        try """
            lexicon: agency-es
            language: es  # Spanish notes
            side: concern
            entries:
              - {id: agency-es-conflictivo, category: judgment, adjetivo: [pleitero], message: Juzga a la persona, alternatives: [dijo]}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // English is the primary language; the file says it is Spanish, so Spanish notes get it.
        let lexicon = try Lexicon.loadLanguages(extraFiles: [path])
        #expect(!lexicon.entries.contains { $0.id == "agency-es-conflictivo" })
        let analysis = try Analyzer(lexicon: lexicon).analyze(Note(id: "n", text: "Dice su hermana que ella es muy pleitera con los vecinos del edificio."))
        #expect(analysis.findings.contains { $0.rule == "agency-es-conflictivo" })
        #expect(Lexicon.declaredLanguage(ofFile: path) == "es")
    }

    @Test func anEnglishFileCannotUseSpanishForms() {
        #expect(throws: InputErrors.self) {
            try LexiconFile(path: "x.yml", contents: "lexicon: x\nside: concern\nentries:\n  - {id: x, category: judgment, verbo: [negarse], message: m}\n")
        }
    }
}
