import Foundation
import Testing
@testable import PeerNoteKit

/// The byte rules for stems give what the character rules give, on every word of the Corpus.
@Suite struct StemTests {
    @Test func byteStemsMatchCharacterStemsOnTheCorpus() throws {
        let folder = packageRoot.appendingPathComponent("Corpus/notes")
        var words = Set(["jobs", "housing", "planned", "running", "parties", "tried", "boxes", "class", "glass's", "calls", "buzz", "moved"])
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) { words.insert(String(word)) }
        }
        #expect(words.count > 1_000)
        for word in words { #expect(ContentWords.stem(word) == ContentWords.stemByCharacters(word), "\(word)") }
        #expect(ContentWords.stem("planned") == "plan" && ContentWords.stem("housing") == "hous" && ContentWords.stem("café") == "café")
        // A plural of an -ing word meets its singular; a short -ing word keeps its stem.
        #expect(ContentWords.stem("mornings") == ContentWords.stem("morning") && ContentWords.stem("meetings") == ContentWords.stem("meeting"))
        #expect(ContentWords.stem("things") == ContentWords.stem("thing") && ContentWords.stem("thing") == "thing")
        // What lets a note pass over words before making them: a stem of two bytes or more
        // starts with its word's first two bytes.
        for word in words.union(["flies", "ébène", "ñañes", "a's", "it's", "éé's"]) where word.utf8.count > 2 {
            let stem = ContentWords.stem(word)
            #expect(stem.utf8.count < 2 || stem.utf8.prefix(2).elementsEqual(word.utf8.prefix(2)), "\(word) → \(stem)")
        }
    }

    @Test func wantedStemsAreFoundAndOthersPassedOver() throws {
        let tokenizer = try Tokenizer()
        let sentence = tokenizer.sentences(of: "She applied for two jobs and is moving into housing near the café.")[0]
        let ignored = bundledLexicon.facts.notGoalContent
        #expect(ContentWords.stems(of: sentence, ignoring: ignored, among: .init(["job", "hous", "café", "garden"])) == ["job", "hous", "café"])
        #expect(ContentWords.stems(of: sentence, ignoring: ignored, among: .init(["job", "a"])) == ["job"])   // a one-byte stem: nothing passed over
        #expect(ContentWords.stems(of: sentence, ignoring: ignored) == ["apply", "job", "hous", "near", "mov", "café"])
        #expect(ContentWords.stems(of: sentence, ignoring: ignored.union(["near"])) == ["apply", "job", "hous", "mov", "café"])
    }
}
