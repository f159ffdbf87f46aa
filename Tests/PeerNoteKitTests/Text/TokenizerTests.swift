import Testing
@testable import PeerNoteKit

@Suite struct TokenizerTests {
    let tokenizer = try! Tokenizer()

    /// Every token of `text` with its normalized form.
    func tokens(_ text: String) -> [(kind: Token.Kind, range: Range<Int>, normalized: String)] {
        tokenizer.sentences(of: text).flatMap { sentence in
            sentence.tokens.indices.map { (sentence.tokens[$0].kind, sentence.tokens[$0].range, sentence.normalized($0)) }
        }
    }

    @Test func kindsAndExactByteRanges() {
        let text = "Don't panic: it's 3.50 — café!"
        let found = tokens(text)
        let bytes = Array(text.utf8)
        // Every byte is covered exactly once, in order.
        #expect(found.first?.range.lowerBound == 0)
        #expect(found.last?.range.upperBound == bytes.count)
        for (a, b) in zip(found, found.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
        let words = found.filter { $0.kind == .word }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(words == ["Don't", "panic", "it's", "café"])
        #expect(found.filter { $0.kind == .number }.map(\.normalized) == ["3.50"])
        #expect(found.contains { $0.kind == .punctuation && $0.normalized == "—" })
        #expect(found.contains { $0.kind == .space })
    }

    @Test func normalizationFoldsCaseWidthAndApostrophes() {
        #expect(tokens("DON’T").first?.normalized == "don't")
        #expect(tokens("Ｃafé").first?.normalized == "café")
        #expect(tokens("STRASSE Straße").filter { $0.kind == .word }.map(\.normalized) == ["strasse", "strasse"])
        #expect(tokens("non‐compliant").contains { $0.normalized == "-" })   // U+2010 hyphen becomes ASCII
    }

    @Test func sentencesKeepTitlesAndSplitLines() {
        let text = "Mr. Smith arrived at 10 a.m. today. He left.\nGoal: work"
        let sentences = tokenizer.sentences(of: text).map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
        #expect(sentences == ["Mr. Smith arrived at 10 a.m. today. ", "He left.\n", "Goal: work"])
    }

    @Test func wrappedLinesStayOneSentence() {
        let text = "Dana talked about the job\nfair and her hopes.\r\nNext steps"
        let sentences = tokenizer.sentences(of: text)
        #expect(sentences.count == 2)
        // The tokens still point at the original bytes, line break included.
        #expect(sentences[0].tokens.contains { $0.kind == .space && $0.range.count == 1 && Array(text.utf8)[$0.range.lowerBound] == 0x0A })
    }

    @Test func longSentencesAreCutWithoutSplittingCharacters() {
        let text = String(repeating: "é word ", count: 10_000)
        let sentences = tokenizer.sentences(of: text)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.range.count <= Tokenizer.maximumSentenceBytes })
        #expect(sentences.map(\.range.count).reduce(0, +) == text.utf8.count)
        for sentence in sentences { #expect(String(validating: Array(text.utf8)[sentence.range], as: UTF8.self) != nil) }
    }
}
