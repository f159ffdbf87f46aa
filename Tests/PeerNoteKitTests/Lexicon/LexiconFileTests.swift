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
