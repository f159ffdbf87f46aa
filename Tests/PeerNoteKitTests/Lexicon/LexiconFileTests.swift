import Testing
import PeerNoteKit

@Suite struct LexiconFileTests {
    func problems(_ yaml: String) -> [String] {
        do { _ = try lexicon(yaml, path: "agency.yml"); return [] } catch let error as InputErrors {
            return error.problems.map(\.description)
        } catch { return ["\(error)"] }
    }

    @Test func malformedYAMLNamesFileAndLine() {
        let found = problems("side: concern\nentries:\n  - id: x\n    terms: [a\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("agency.yml:"))
        #expect(found[0].contains("invalid YAML"))
    }

    @Test func everyEntryProblemIsListedWithItsLine() {
        let found = problems("""
        side: concern
        entries:
          - id: Bad Id
            category: jargon
            terms: [x]
            message: m
          - id: ok
            category: jargon
            message: m
          - id: sev
            category: jargon
            terms: [y]
            severity: loud
            message: m
            colour: red
        """)
        #expect(found.contains("agency.yml:3: id 'Bad Id' must be kebab-case: lowercase letters, digits and '-'"))
        #expect(found.contains("agency.yml:7: entry 'ok' needs `terms:`, `verb:` or `noun:`"))
        #expect(found.contains("agency.yml:13: `severity:` must be one of error, warning, info, hint"))
        #expect(found.contains { $0.hasPrefix("agency.yml:15: unknown key 'colour'") })
    }

    @Test func aLifeAreaTakesSingleWords() {
        let yaml = { (terms: String) in "side: fact\nentries:\n  - id: area\n    category: life-area\n    terms: [\(terms)]\n" }
        #expect(problems(yaml("voucher, section 8")) == ["agency.yml:5: a life area's terms are single words; 'section 8' is not"])
        #expect(problems(yaml("voucher, nycha")).isEmpty)
    }

    @Test func alternativesSayWhatTheyStandForAndProblemsNameTheirLine() {
        let found = problems("""
        side: concern
        entries:
          - id: a
            category: jargon
            terms: [pt]
            message: m
            slot: sentence
            alternatives:
              - {text: "the person", for: [pts]}
              - {text: "has", slot: verb, be: have}
              - {text: "", slot: noun-phrase}
              - {text: "x", hue: red}
            rewrites:
              - {in: "Pt came."}
        """)
        #expect(found.contains { $0.hasPrefix("agency.yml:7: unknown slot 'sentence'") })
        #expect(found.contains("agency.yml:9: `for:` names 'pts', which is not one of the entry's terms"))
        #expect(found.contains("agency.yml:10: `be:` belongs to predicate and noun-phrase alternatives"))
        #expect(found.contains { $0.hasPrefix("agency.yml:11: an alternative that leaves the words out") })
        #expect(found.contains { $0.hasPrefix("agency.yml:12: unknown key 'hue' in an alternative") })
        #expect(found.contains { $0.hasPrefix("agency.yml:14: each rewrite is {in:") })
    }

    @Test func aSafeEntryPromisesWhatItsRewritesShow() throws {
        let agency = try lexicon("""
        side: concern
        entries:
          - id: pt-word
            category: jargon
            terms: [pt]
            message: m
            slot: noun-phrase
            alternatives: ["the person"]
            safe: true
            rewrites:
              - {in: "Each pt got a card.", out: "Each the person got a card."}
              - {in: "Pt education.", out: null}
          - id: refuse-word
            category: compliance
            verb: [refuse]
            message: m
            alternatives: [decline]
            safe: true
        """, path: "agency.yml")
        let problems = agency.exampleProblems(using: try Analyzer(lexicon: agency), ids: ["pt-word", "refuse-word"]).map(\.description)
        #expect(problems.contains("agency.yml:3: 'pt-word': rewrite \"Each pt got a card.\" gave \"Each person got a card.\", not \"Each the person got a card.\""))
        #expect(problems.contains("agency.yml:13: 'refuse-word' is `safe: true` but has no `rewrites:` showing a sentence it rewrites"))
        #expect(problems.count == 2)
    }

    @Test func termsClaimedTwiceAndUnmatchableTermsAreRejected() {
        let found = problems("""
        side: concern
        entries:
          - {id: one, category: c, terms: [non-compliant], message: m}
          - {id: two, category: c, terms: [noncompliant], message: m}
          - {id: three, category: c, terms: ["pt: note"], message: m}
        """)
        #expect(found.count == 2)
        #expect(found.contains { $0.hasPrefix("agency.yml:4:") && $0.contains("already claimed by 'one'") })
        #expect(found.contains { $0.hasPrefix("agency.yml:5:") && $0.contains("can never match") })
    }

    @Test func laterFilesReplaceAndDisableEntries() throws {
        let base = try LexiconFile(path: "base.yml", contents: sampleLexiconYAML)
        let agency = try LexiconFile(path: "agency.yml", contents: """
        side: concern
        disable: [patient]
        entries:
          - {id: refuse, category: compliance, severity: info, terms: [declined treatment], message: Say what the person chose}
          - {id: agency-consumer, category: provider-centered, noun: [consumer], message: Our agency says people}
        """)
        let merged = try Lexicon(files: [checksFile, base, agency])
        #expect(!merged.entries.contains { $0.id == "patient" })
        #expect(merged.entries.first { $0.id == "refuse" }?.severity == .info)
        #expect(try flagged("The patient refused. She declined treatment. Consumers met.", with: merged) == ["declined treatment", "Consumers"])
    }

    @Test func disablingAnUnknownIdIsAnError() {
        #expect(problems("side: concern\ndisable: [nothing-here]\n") == ["agency.yml: disable: no entry 'nothing-here' was loaded before this file"])
    }
}
