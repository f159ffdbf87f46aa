import Foundation
import Testing
import PeerNoteKit

/// The shipped word lists: breadth, completeness, and every entry's own examples.
@Suite struct BundledLexiconTests {
    let concerns = bundledLexicon.entries.filter { $0.side == .concern }
    let strengths = bundledLexicon.entries.filter { $0.side == .strength }

    @Test func coversTheRequiredCategoriesWithBreadth() {
        let categories = Set(concerns.map(\.category))
        for required in ["compliance", "deficit-label", "diagnosis-identity", "substance-use", "credibility", "suicide-language",
                         "provider-centered", "jargon", "infantilizing", "judgment"] {
            #expect(categories.contains(required), "no concern entries in \(required)")
        }
        #expect(concerns.count >= 250)
        #expect(concerns.flatMap(\.terms).count >= 600)
        let strengthCategories = Set(strengths.map(\.category))
        for required in ["recovery", "hope", "choice", "own-goals", "strengths", "collaboration", "natural-supports", "community"] {
            #expect(strengthCategories.contains(required), "no strength entries in \(required)")
        }
        #expect(strengths.count >= 100)
    }

    @Test func everyConcernEntryIsComplete() {
        for entry in concerns {
            #expect(!entry.examples.isEmpty, "\(entry.origin) \(entry.id) has no example")
            #expect(!entry.rationale.isEmpty, "\(entry.origin) \(entry.id) has no rationale")
            #expect(!entry.alternatives.isEmpty || !entry.guidance.isEmpty, "\(entry.origin) \(entry.id) has neither alternatives nor guidance")
            #expect(entry.message.count <= 90, "\(entry.origin) \(entry.id) message is long")
        }
        for entry in strengths { #expect(!entry.examples.isEmpty, "\(entry.origin) \(entry.id) has no example") }
    }

    @Test func everySourceIsListedInSourcesFile() throws {
        let sources = try String(contentsOf: packageRoot.appendingPathComponent("Lexicons/SOURCES.md"), encoding: .utf8)
        let names = Set(sources.split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return cells.count >= 2 ? cells[0] : nil
        })
        // `findings-limit` is about PeerNote's own listing, which no guide covers.
        for entry in bundledLexicon.entries where entry.id != "findings-limit" {
            #expect(names.contains(entry.source), "\(entry.origin) \(entry.id) cites unknown source '\(entry.source)'")
        }
    }

    @Test func everyExampleAndCounterexampleBehaves() throws {
        let problems = bundledLexicon.exampleProblems(using: try Analyzer(lexicon: bundledLexicon))
        #expect(problems.isEmpty, "\(problems.count) examples misbehave:\n\(problems.prefix(40).map(\.description).joined(separator: "\n"))")
        #expect(bundledLexicon.entries.map(\.examples.count).reduce(0, +) >= 350)
    }

    @Test func ourOwnWordsAreRespectful() {
        // Messages and rationales are shown to peers: they must not use the labels they coach against
        // (naming a word in quotation marks, to talk about it, is fine).
        let labels = ["addict ", "junkie", "noncompliant", "manipulative", "crazy", "the mentally ill"]
        for entry in concerns {
            let ours = (entry.message + " " + entry.rationale).lowercased()
                .split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
            for label in labels where ours.contains(label) && !entry.terms.contains(where: { ours.contains($0.text) }) {
                Issue.record("\(entry.origin) \(entry.id) uses '\(label)' in its own words")
            }
        }
    }

    @Test func theCompiledSnapshotReadsBackExactly() throws {
        let data = bundledLexicon.compiled()
        let copy = try #require(Lexicon(compiled: data))
        #expect(copy.entries == bundledLexicon.entries)
        #expect(copy.files == bundledLexicon.files)
        let note = Note(id: "n", text: try String(contentsOf: packageRoot.appendingPathComponent("Corpus/notes/014-rushed-clinical-language.txt"), encoding: .utf8))
        #expect(try Analyzer(lexicon: copy).analyze(note).findings == Analyzer(lexicon: bundledLexicon).analyze(note).findings)
        // A damaged or cut snapshot is refused, never trusted.
        #expect(Lexicon(compiled: data.prefix(data.count - 1)) == nil)
        var damaged = data
        damaged[damaged.count / 2] ^= 0xFF
        damaged[damaged.count / 3] ^= 0xFF
        _ = Lexicon(compiled: damaged)  // must not crash, whatever it returns
        #expect(Lexicon(compiled: Data("not a snapshot".utf8)) == nil)
    }
}
