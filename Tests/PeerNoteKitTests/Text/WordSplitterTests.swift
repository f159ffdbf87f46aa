import Foundation
import Testing
@testable import PeerNoteKit

/// `WordSplitter` stands in for ICU's word breaker on ASCII sentences, so its tokens must be
/// ICU's exactly: the same ranges and the same kinds, on real notes, on every ASCII character in
/// every position that matters, and on generated text.
@Suite struct WordSplitterTests {
    let splitting = Self.tokenizer(splitsASCIIWords: true)
    let icu = Self.tokenizer(splitsASCIIWords: false)

    /// An English tokenizer with the splitter forced on or off, whatever its own check decided.
    static func tokenizer(splitsASCIIWords: Bool) -> Tokenizer {
        let tokenizer = try! Tokenizer()
        tokenizer.splitsASCIIWords = splitsASCIIWords
        return tokenizer
    }

    /// The tokens of `text` taken as one sentence, from the splitter and from ICU.
    func both(_ text: String) -> (splitter: [Token], icu: [Token]) {
        var text = text
        return text.withUTF8 { bytes in
            (splitting.sentence(in: bytes, range: 0..<bytes.count).tokens, icu.sentence(in: bytes, range: 0..<bytes.count).tokens)
        }
    }

    @Test func agreesWithICUOnEveryCorpusNote() throws {
        var sentences = 0, ascii = 0
        for (name, text) in try corpusTexts() {
            let (mine, theirs) = (splitting.sentences(of: text), icu.sentences(of: text))
            #expect(mine.map(\.tokens) == theirs.map(\.tokens), "\(name)")
            #expect(mine.map(\.normalizedBytes) == theirs.map(\.normalizedBytes), "\(name)")
            sentences += mine.count
            ascii += mine.filter { sentence in text.utf8.dropFirst(sentence.range.lowerBound).prefix(sentence.range.count).allSatisfy { $0 < 0x80 } }.count
        }
        #expect(ascii * 10 > sentences * 8, "\(ascii) of \(sentences) sentences are ASCII")   // the splitter is doing the work
    }

    @Test(arguments: [
        "Met at 3 p.m. today.", "She doesn't want to. He won't.", "It cost $3,500.50; fine.", "Call 555-1234 or 555.1234.",
        "Email kim@example.org now", "goal_2 and __init__ and _ alone", "a:b 10:30 a.b.c 1.2.3 a..b 1,,2", "x.1 1.x 1'000 o'clock '90s",
        "Two  spaces\tand a tab\r\nCRLF\rCR\nLF\u{0B}VT\u{0C}FF", "Peer's goal. Peers' goals. 's", "c/o non-compliant and/or", "@@ @1 1@ a@1",
        "A1 1A a1b 1a2 a1.5 1.5a a_1 1_a 1__ _1_ __1 a1_ 1a_", "end.", "'", "_", ".", " ", "  ", "\r", "\r\n", "\u{00}\u{01}\u{1F}\u{7F}",
    ])
    func agreesWithICUOnHardCases(_ text: String) {
        let (mine, theirs) = both(text)
        #expect(mine == theirs, "\(text.debugDescription)")
    }

    @Test func agreesWithICUOnEveryASCIICharacterBetweenLettersAndDigits() {
        for byte in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(byte))
            for context in ["a\(character)b", "1\(character)2", "a\(character)2", "1\(character)b", "\(character)\(character)", character,
                            "_\(character)_", " \(character) ", "a\(character)", "\(character)1"] {
                let (mine, theirs) = both(context)
                #expect(mine == theirs, "\(context.debugDescription)")
            }
        }
    }

    @Test func agreesWithICUOnGeneratedText() {
        // Every class ICU gives an ASCII character, several times over, and words to join.
        // Long words too, so that runs of eight letters and digits and their ends meet every class.
        let pieces = ["a", "B", "z", "@", "1", "0", "9", ".", "'", ",", ";", ":", "_", " ", "  ", "\t", "\n", "\r", "\r\n", "-", "/",
                      "\"", "(", ")", "$", "%", "#", "\u{0B}", "\u{0C}", "\u{1F}", "\u{7F}", "[", "`", "{", "~", "don", "t", "s", "p.m", "3.50",
                      "recovery", "Wellness2026", "abcdefghij", "0123456789", "ZYXWVUTSRQ", "goal7b"]
        var generator = SplitMix64(state: 41)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let (mine, theirs) = both(text)
            #expect(mine == theirs, "\(text.debugDescription)")
        }
    }

    @Test func isTrustedOnThisICU() {
        // The tokenizer checks the splitter against ICU when it opens; here they agree, so it is on.
        #expect(try! Tokenizer().splitsASCIIWords)
        #expect(try! Tokenizer(locale: "es").splitsASCIIWords == false)
    }

    @Test func agreesWithICUAroundOtherCharacters() {
        // In a sentence with other characters ICU reads only the stretches around them, cut
        // where a space meets an ASCII character; the tokens and their normalized forms must be
        // those of ICU over the whole sentence. Pieces: letters ICU joins to ASCII ones, marks
        // and format characters that join a space to what follows, curly quotes and apostrophes
        // (MidNumLet), dashes, emoji with joiners and skin tones, flags, Thai (split by ICU's
        // dictionary), CJK, other spaces, and ASCII words, numbers and punctuation between.
        let pieces = ["é", "É", "ñ", "José", "café", "“", "”", "’", "‘", "—", "–", "…", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{200B}", "\u{AD}",
                      "😊", "👍🏽", "👩‍👩‍👧", "🇺🇸🇲🇽", "ภาษาไทย", "日本語", "\u{00A0}", "\u{3000}", "ﬁ", "Ｗ", "ß",
                      "a", "B", "1", "3.50", "don", "t", "s", ".", "'", ",", ":", "_", "-", "/", "\"", "(", " ", " ", " ", "  ", "\t", "\n",
                      "recovery", "goal7b", "p.m",
                      // Longer than the 64 bytes after which ICU's stretches are read apart.
                      " she walked to the job center and filled out the application with her sister "]
        var generator = SplitMix64(state: 43)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var bytes = text
            let (mine, theirs) = bytes.withUTF8 { bytes in
                (splitting.sentence(in: bytes, range: 0..<bytes.count), icu.sentence(in: bytes, range: 0..<bytes.count))
            }
            #expect(mine.tokens == theirs.tokens, "\(text.debugDescription)")
            #expect(mine.normalizedBytes == theirs.normalizedBytes, "\(text.debugDescription)")
        }
    }

    @Test func leavesOtherCharactersToICU() {
        // "é" is a letter to ICU: the splitter, which knows ASCII only, must not see it, nor the
        // words it is joined to.
        let (mine, theirs) = both("Café’s menu—fine")
        #expect(mine == theirs)
        #expect(mine.map(\.kind) == [.word, .space, .word, .punctuation, .word])   // "Café’s" is one word
    }
}
