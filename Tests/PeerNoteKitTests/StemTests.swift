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
    }
}
