// Measures the pipeline's stages on a JSON Lines corpus, for Benchmarks/run:
//
//   peernote-bench icu corpus.jsonl        ICU's word break iterator alone, over each note
//   peernote-bench tokenize corpus.jsonl   PeerNote's tokenizer: sentences, words, normalized forms
//   peernote-bench analyze corpus.jsonl    the whole analysis, no output
//   peernote-bench stages corpus.jsonl     the three, in five alternating rounds, with their ratios to ICU
//   peernote-bench load                    loading the lexicons from the compiled cache (ms per load)
//
// Records are read and parsed before the clock starts, so each figure is the stage alone and
// the ratios between stages are true; a stage alone reports the best of three rounds. Prints one line per stage: `stage seconds note-megabytes MB/s notes` (and, for `stages`, `ratio stage x` per stage after ICU).
import CNoteICU
import Foundation
import PeerNoteKit

let arguments = CommandLine.arguments
if arguments.count == 2, arguments[1] == "load" {
    _ = try Lexicon.load()   // fills the cache
    let clock = ContinuousClock()
    var best = Duration.seconds(1 << 40)
    for _ in 0..<50 {
        let start = clock.now
        _ = try Lexicon.load()
        best = min(best, clock.now - start)
    }
    print(String(format: "load %.2f ms", Double(best.components.attoseconds) / 1e15 + Double(best.components.seconds) * 1000))
    exit(0)
}
let stages = ["icu", "tokenize", "analyze"]
guard arguments.count == 3, stages.contains(arguments[1]) || arguments[1] == "stages" else {
    FileHandle.standardError.write(Data("usage: peernote-bench icu|tokenize|analyze|stages FILE.jsonl, or peernote-bench load\n".utf8))
    exit(2)
}
let reader = try JSONLinesReader(path: arguments[2], maximumLineBytes: 16 << 20)
let tokenizer = try Tokenizer()
let analyzer = try Analyzer(lexicon: Lexicon.load())
let breaker = pn_breaker_open(PN_WORDS, "en")!
var records: [JSONRecord] = []
while let (_, line) = reader.next() {
    if case .success(let raw) = line, let record = try? JSONRecord(line: raw) { records.append(record) }
}
let bytes = records.reduce(0) { $0 + $1.text.utf8.count }, notes = records.count
let megabytes = Double(bytes) / 1_000_000
var sink = 0
let clock = ContinuousClock()

/// One pass of `stage` over every record, in seconds.
@MainActor func pass(_ stage: String) -> Double {
    let start = clock.now
    for record in records {
        var text = record.text
        if stage == "icu" {
            text.withUTF8 { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { _ = pn_breaker_set_text(breaker, $0, Int64(buffer.count)) }
                var status: Int32 = 0
                while pn_breaker_next(breaker, &status) >= 0 { sink &+= 1 }
            }
        } else if stage == "tokenize" {
            text.withUTF8 { buffer in
                for sentence in tokenizer.sentences(in: buffer) { sink &+= tokenizer.sentence(in: buffer, range: sentence).tokens.count }
            }
        } else {
            sink &+= analyzer.analyze(NoteReader().note(from: record, id: record.id)).findings.count
        }
    }
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

@MainActor func line(_ stage: String, _ seconds: Double) -> String {
    String(format: "%@ %.3f %.1f %.1f %d", stage, seconds, megabytes, megabytes / seconds, notes) + (sink == -1 ? "!" : "")
}

if arguments[1] == "stages" {
    // Rounds of the three stages back to back: on a shared machine the speed drifts within a
    // minute, and stages timed minutes apart would read the drift as their ratio. Each stage's
    // best round, then the median over rounds of its speed against ICU's in the same round.
    var rounds: [[String: Double]] = []
    for _ in 0..<5 { rounds.append(Dictionary(uniqueKeysWithValues: stages.map { ($0, pass($0)) })) }
    for stage in stages { print(line(stage, rounds.map { $0[stage]! }.min()!)) }
    for stage in stages.dropFirst() {
        let ratios = rounds.map { $0["icu"]! / $0[stage]! }.sorted()
        print(String(format: "ratio %@ %.3f", stage, ratios[ratios.count / 2]))
    }
} else {
    // The best of three rounds: the fastest round is the one least disturbed.
    print(line(arguments[1], (0..<3).map { _ in pass(arguments[1]) }.min()!))
}
