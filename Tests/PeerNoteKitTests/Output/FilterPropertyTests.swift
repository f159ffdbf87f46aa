import Foundation
import Testing
@testable import PeerNoteKit

/// A small deterministic generator, so a failing input can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Notes made of risky pieces: lexicon terms, articles, CRLF and lone CR, tabs, trailing
/// spaces, emoji and accents, quotes, markers, and bytes that are not UTF-8.
func generatedNote(seed: UInt64) -> [UInt8] {
    var random = SplitMix64(state: seed)
    let pieces: [[UInt8]] = [
        "The pt", " refused", " an addict", " An addict's", " substance abuse", " SUBSTANCE ABUSE", " client", " Client",
        " noncompliant", " was patient with", " the refuse truck", " Dana", " chose", " her goal", " José", " 😊", " café",
        " “quoted”", ".", ",", "\r\n", "\n", "\r", "\t", "   ", "\n\n", " Goal: ", "Response:", " {>>PeerNote x<<}",
        "---\nminutes: 30\n---\n",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x00]]
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 0...40, using: &random) { bytes += pieces.randomElement(using: &random)! }
    return bytes
}

@Suite struct FilterPropertyTests {
    let fixer = NoteFixer(analyzer: try! Analyzer(lexicon: bundledLexicon))
    let seeds = (0..<300).map { UInt64($0) &* 7919 }

    @Test func fixChangesOnlyTheRewrittenRangesAndIsIdempotent() {
        for seed in seeds {
            let input = generatedNote(seed: seed).filter { $0 != 0 }
            let (raw, note, analysis) = fixer.analyze(input, id: "t")
            let rewrites = Rewriter.safeRewrites(for: analysis.findings, in: note.text)
            let output = fixer.fixed(input)
            // Rebuild the expected output from the input and the rewrites alone.
            var expected: [UInt8] = []
            var cursor = 0
            for rewrite in rewrites.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where rewrite.range.lowerBound >= cursor {
                expected += input[cursor..<rewrite.range.lowerBound] + Array(rewrite.replacement.utf8)
                cursor = rewrite.range.upperBound
            }
            expected += input[cursor...]
            #expect(output == expected, "seed \(seed)")
            #expect(raw.bytes == input)
            #expect(fixer.fixed(output) == output, "seed \(seed): fixing twice differs from once")
        }
    }

    @Test func stripUndoesAnnotateExactly() {
        let open = Array(Marker.open.utf8)
        for seed in seeds {
            let input = generatedNote(seed: seed).filter { $0 != 0 }
            guard !input.indices.contains(where: { input[$0...].starts(with: open) }) else { continue }
            let annotated = fixer.annotated(input)
            #expect(Annotations.strip(annotated) == input, "seed \(seed)")
            #expect(fixer.annotated(annotated) == annotated, "seed \(seed): annotating twice differs")
        }
    }

    @Test func findingRangesAreInsideTheTextOnCharacterBoundariesWithMatchingPositions() {
        for seed in seeds {
            let (raw, note, analysis) = fixer.analyze(generatedNote(seed: seed), id: "t")
            let bytes = Array(note.text.utf8)
            #expect(bytes.count == raw.bytes.count)
            let lines = LineIndex(bytes: bytes)
            for finding in analysis.findings {
                #expect(finding.range.lowerBound >= 0 && finding.range.upperBound <= bytes.count)
                for edge in [finding.range.lowerBound, finding.range.upperBound] where edge < bytes.count {
                    #expect(bytes[edge] & 0xC0 != 0x80, "seed \(seed): \(finding.rule) splits a character")
                }
                #expect(lines.location(of: finding.range.lowerBound) == .init(line: finding.line, column: finding.column))
                #expect(Array(finding.text.utf8) == Array(bytes[finding.range]))
            }
        }
    }

    @Test func jsonOutputAlwaysParses() throws {
        for seed in seeds.prefix(100) {
            let (_, note, analysis) = fixer.analyze(generatedNote(seed: seed), id: "t\u{1}\"")
            let json = JSONFormat().object(analysis, note: note)
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
        }
    }

    @Test func theFilterCommandRoundTripsAnyBytes() throws {
        for seed in seeds.prefix(12) {
            let input = Data(generatedNote(seed: seed))
            let exact = try runPeerNoteBytes(["filter"], stdin: input)
            #expect(exact.stdout == input, "seed \(seed)")
            let stripped = try runPeerNoteBytes(["filter", "--strip"], stdin: try runPeerNoteBytes(["filter", "--annotate"], stdin: input).stdout)
            if !input.contains(0), !String(decoding: input, as: UTF8.self).contains(Marker.open) {
                #expect(stripped.stdout == input, "seed \(seed)")
            }
        }
    }

    @Test func aFailingFilterHandsTheTextBack() throws {
        let input = Data("The pt refused.\r\n\u{1F60A} end".utf8)
        let broken = try runPeerNoteBytes(["filter", "--fix", "--lexicon", "/no/such/agency.yml"], stdin: input)
        #expect(broken.status == 2)
        #expect(broken.stdout == input)
        #expect(broken.stderr.contains("/no/such/agency.yml: no such file"))
        #expect(!broken.stderr.contains("refused"))
    }
}
