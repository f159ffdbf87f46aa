import Foundation
import Testing
@testable import PeerNoteKit

/// The note-level checks' words are data held to the registry: a rule cannot lose its words,
/// or words their rule, without an error that names the file and line.
@Suite struct CheckRegistryTests {
    /// The bundled words, with one entry's YAML replaced.
    private func checks(replacing old: String, with new: String) throws -> LexiconFile {
        let yaml = try String(contentsOfFile: checksFile.path, encoding: .utf8)
        #expect(yaml.contains(old))
        return try LexiconFile(path: "checks.yml", contents: yaml.replacingOccurrences(of: old, with: new))
    }

    @Test func everyCheckRuleHasWordsAndExampleNotes() {
        let ids = CheckRegistry.ruleIDs
        #expect(Set(ids).count == ids.count, "a rule id is declared twice")
        #expect(Analyzer.checkProblems(in: bundledLexicon).isEmpty)
        for id in ids {
            let entry = bundledLexicon.entries.first { $0.id == id && $0.side == .check }
            #expect(entry != nil, "\(id) has no words")
            // Only the rules about PeerNote's own output go without example notes.
            if !["quoted-voice", "findings-limit"].contains(id) {
                #expect(entry?.examples.isEmpty == false && entry?.counterexamples.isEmpty == false, "\(id) needs example notes")
            }
        }
    }

    @Test func aRenamedRuleIsAnErrorNotASilentlyMissingCheck() throws {
        let renamed = try checks(replacing: "id: voice-staff-centered", with: "id: voice-staff-led")
        let lexicon = try Lexicon(files: [renamed])
        let problems = Analyzer.checkProblems(in: lexicon).map(\.description)
        #expect(problems.contains { $0.contains("the rule 'voice-staff-centered' has no words") })
        #expect(problems.contains { $0.hasPrefix("checks.yml:") && $0.contains("'voice-staff-led' is not a rule of any check") })
        #expect(throws: InputErrors.self) { try Analyzer(lexicon: lexicon) }
    }

    @Test func aPlaceholderNoCheckFillsIsAnError() throws {
        let file = try checks(replacing: "message: The group size is not recorded", with: "message: The group of {size} has no {color}")
        let problems = Analyzer.checkProblems(in: try Lexicon(files: [file])).map(\.description)
        #expect(problems.count == 1 && problems[0].contains("'billing-group-size-missing' uses {color} in its message"))
        // A message has only its check's values; the person's name is for suggestions.
        let named = try checks(replacing: "message: The person's response is not described", with: "message: How did {name} respond?")
        #expect(Analyzer.checkProblems(in: try Lexicon(files: [named])).map(\.description).contains { $0.contains("uses {name} in its message") })
    }

    /// Thread cues are typed: a category the checks do not know is a lint error, so renaming
    /// `staff-subject` cannot switch the staff-centered check off.
    @Test func aThreadCueWithAnUnknownCategoryIsRefused() {
        let yaml = "lexicon: t\nside: thread\nentries:\n  - {id: cue-staff, category: staff-subjects, terms: [staff]}\n"
        #expect(throws: InputErrors.self) { try LexiconFile(path: "t.yml", contents: yaml) }
        do { _ = try LexiconFile(path: "t.yml", contents: yaml) } catch {
            #expect(error.problems.first?.message.contains("must be one of type, purpose, response, progress, goal-reference, goal-number, rationale, staff-subject") == true)
        }
    }

    /// An agency rewords a rule with an entry of the same id: no rebuild.
    @Test func anAgencyRewordsACheck() throws {
        let agency = try LexiconFile(path: "agency.yml", contents: """
            lexicon: agency
            side: check
            entries:
              - id: element-response-missing
                category: element
                severity: info
                message: Tell us how the member responded
                rationale: Our reviewers look for the member's response.
                suggestion: "{name} said, “…”"
            """)
        let analyzer = try Analyzer(lexicon: try Lexicon(files: [checksFile, agency]))
        let finding = analyzer.analyze(Note(id: "n", text: "We practiced the bus route.")).findings.first { $0.rule == "element-response-missing" }
        #expect(finding?.severity == .info && finding?.message == "Tell us how the member responded" && finding?.suggestions == ["[Name] said, “…”"])
    }

    /// Messages and suggestions are shown on one line by editors, the page and the CLI: a line
    /// break in one would break the output (a one-line suggestion stands in for front matter).
    @Test func noMessageOrSuggestionSpansLines() {
        for entry in bundledLexicon.entries {
            let texts = [entry.message, entry.suggestion, entry.guidance] + entry.alternatives.map(\.text)
                + entry.variants.values.flatMap { [$0.message, $0.suggestion].compactMap { $0 } }
            #expect(texts.allSatisfy { !$0.contains("\n") }, "\(entry.id)")
        }
    }

    /// The table of note-level rules in docs/checking.md and docs/rules.md are `peernote rules` output.
    @Test func theRuleTablesAreGeneratedFromTheRules() throws {
        let checking = try String(contentsOf: packageRoot.appendingPathComponent("docs/checking.md"), encoding: .utf8)
        let table = RuleTable.markdown(bundledLexicon.rules.filter { $0.kind == .check })
        #expect(checking.contains("<!-- rules:begin -->\n" + table + "<!-- rules:end -->"),
                "docs/checking.md's rule table is stale: paste `peernote rules --kind check --format markdown` between its markers")
        let docs = try String(contentsOf: packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(docs.hasSuffix(RuleTable.markdown(bundledLexicon.rules)), "docs/rules.md is stale: regenerate it with `peernote rules --format markdown`")
    }
}
