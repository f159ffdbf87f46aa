// Measures the pipeline's stages on a JSON Lines corpus, for Benchmarks/run:
//
//   peernote-bench icu corpus.jsonl        ICU's word break iterator alone, over each note
//   peernote-bench tokenize corpus.jsonl   PeerNote's tokenizer: sentences, words, normalized forms
//   peernote-bench analyze corpus.jsonl    the whole analysis, no output
//
// All read and parse the same records, so the differences are the stages themselves. Prints
// one line: `stage seconds note-megabytes MB/s notes`.
import CNoteICU
import Foundation
import PeerNoteKit

let arguments = CommandLine.arguments
guard arguments.count == 3, ["icu", "tokenize", "analyze"].contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: peernote-bench icu|tokenize|analyze FILE.jsonl\n".utf8))
    exit(2)
}
let stage = arguments[1]
let reader = try JSONLinesReader(path: arguments[2], maximumLineBytes: 16 << 20)
let tokenizer = try Tokenizer()
let analyzer = try Analyzer(lexicon: Lexicon.load())
let breaker = pn_breaker_open(PN_WORDS, "en")!
var bytes = 0, notes = 0, sink = 0
let clock = ContinuousClock()
let start = clock.now
while let (_, line) = reader.next() {
    guard case .success(let raw) = line, let record = try? JSONRecord(line: raw) else { continue }
    var text = record.text
    bytes += text.utf8.count
    notes += 1
    if stage == "icu" {
        text.withUTF8 { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { _ = pn_breaker_set_text(breaker, $0, Int64(buffer.count)) }
            var status: Int32 = 0
            while pn_breaker_next(breaker, &status) >= 0 { sink &+= 1 }
        }
    } else if stage == "tokenize" {
        text.withUTF8 { buffer in
            for sentence in tokenizer.sentences(in: buffer) { sink &+= tokenizer.tokens(in: buffer, range: sentence).count }
        }
    } else {
        sink &+= analyzer.analyze(NoteReader.note(from: record, id: record.id)).findings.count
    }
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let megabytes = Double(bytes) / 1_000_000
print(String(format: "%@ %.3f %.1f %.1f %d", stage, seconds, megabytes, megabytes / seconds, notes) + (sink == -1 ? "!" : ""))
