import Foundation
import Testing
@testable import PeerNoteKit

/// The compiled-lexicon cache: an edited lexicon is never served stale, and old snapshots
/// do not pile up.
@Suite struct LexiconCacheTests {
    @Test func anEditedAgencyFileIsReadAgainEvenAtTheSameSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("agency.yml").path
        func flagged(_ text: String) throws -> [String] {
            let lexicon = try Lexicon.load(extraFiles: [file])
            return try Analyzer(lexicon: lexicon).analyze(Note(id: "n", text: text)).findings.filter { $0.rule == "agency-term" }.map(\.text)
        }
        let entry = "side: concern\nentries:\n  - {id: agency-term, category: jargon, noun: [%@], message: Say it in everyday words}\n"
        try entry.replacingOccurrences(of: "%@", with: "zorblax").write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try flagged("We met about the zorblax and the quibbex.") == ["zorblax"])
        // Same length, same second: a key made of sizes and times would serve the old snapshot.
        try entry.replacingOccurrences(of: "%@", with: "quibbex").write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try flagged("We met about the zorblax and the quibbex.") == ["quibbex"])
    }

    @Test func onlyTheNewestSnapshotsAreKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-cache-\(UUID().uuidString)").path
        let lexicon = try lexicon("side: concern\nentries:\n  - {id: x, category: jargon, noun: [widget], message: Say it plainly}\n", path: "small.yml")
        for key in 0..<(LexiconCache.kept + 4) {
            LexiconCache.store(lexicon, key: "k\(key)", folder: folder)
            // File times tick every few milliseconds: date each snapshot a second apart.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(key - 100))],
                                                  ofItemAtPath: "\(folder)/lexicon-k\(key).bin")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bin") }
        #expect(left.count == LexiconCache.kept)
        #expect(left.contains("lexicon-k\(LexiconCache.kept + 3).bin"))
        #expect(LexiconCache.load(key: "k\(LexiconCache.kept + 3)", folder: folder)?.entries == lexicon.entries)
        #expect(LexiconCache.load(key: "k0", folder: folder) == nil)
    }

    @Test func snapshotsAreKeptWithinASizeBudget() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lexicon = try lexicon("side: concern\nentries:\n  - {id: x, category: jargon, noun: [widget], message: Say it plainly}\n", path: "small.yml")
        LexiconCache.store(lexicon, key: "k0", folder: folder)
        let size = try #require(FileManager.default.attributesOfItem(atPath: "\(folder)/lexicon-k0.bin")[.size] as? Int)
        for key in 0..<4 {
            // Room for two and a half: the newest is always kept, then the newest others that fit.
            LexiconCache.store(lexicon, key: "k\(key)", folder: folder, keptBytes: size * 5 / 2)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(key - 100))],
                                                  ofItemAtPath: "\(folder)/lexicon-k\(key).bin")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bin") }.sorted()
        #expect(left == ["lexicon-k2.bin", "lexicon-k3.bin"])
        // A snapshot larger than the budget is still kept when it is the newest.
        LexiconCache.store(lexicon, key: "big", folder: folder, keptBytes: size / 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bin") } == ["lexicon-big.bin"])
    }
}
