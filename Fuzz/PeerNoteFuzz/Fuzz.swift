// libFuzzer targets for PeerNote, one binary, the target chosen by PEERNOTE_FUZZ_TARGET:
//
//   analyzer    a note's bytes through the whole analysis, fix, annotate and strip
//   metadata    front matter and plan YAML
//   jsonl       JSON Lines records
//   csv         a CSV export, through the streaming reader
//   lexicon     a lexicon file
//   lsp         a byte stream into the language server's framing and handler
//
// Built and run by Scripts/fuzz, with -sanitize=fuzzer,address. Any crash, trap or
// invariant failure below is a bug.
import Foundation
import PeerNoteKit

enum Fuzz {
    static let target = ProcessInfo.processInfo.environment["PEERNOTE_FUZZ_TARGET"] ?? "analyzer"
    static let targets = ["analyzer", "metadata", "jsonl", "csv", "lexicon", "lsp"]
    static let lexicon = try! Lexicon.load()
    /// The note-level checks' words, which an analyzer needs beside a fuzzed lexicon (the
    /// fuzzer runs from the package folder).
    static let checks: [LexiconFile] = (try? String(contentsOfFile: "Lexicons/en/checks.yml", encoding: .utf8))
        .flatMap { try? LexiconFile(path: "Lexicons/en/checks.yml", contents: $0) }.map { [$0] } ?? []
    nonisolated(unsafe) static let analyzer = try! Analyzer(lexicon: lexicon)
    nonisolated(unsafe) static let fixer = NoteFixer(analyzer: analyzer)

    static func run(_ bytes: [UInt8], target: String = Fuzz.target) {
        switch target {
        case "analyzer": analyze(bytes)
        case "metadata": metadata(bytes)
        case "jsonl": jsonl(bytes)
        case "csv": csv(bytes)
        case "lexicon": lexiconFile(bytes)
        case "lsp": languageServer(bytes)
        default: fatalError("unknown PEERNOTE_FUZZ_TARGET \(target)")
        }
    }

    static func analyze(_ bytes: [UInt8]) {
        let (raw, note, analysis) = fixer.analyze(bytes, id: "fuzz")
        let text = Array(note.text.utf8)
        precondition(text.count == bytes.count, "RawText changed the length")
        let lines = LineIndex(bytes: text)
        for finding in analysis.findings {
            precondition(finding.range.lowerBound >= 0 && finding.range.upperBound <= text.count, "range outside the text")
            precondition(finding.range.lowerBound == text.count || text[finding.range.lowerBound] & 0xC0 != 0x80, "range starts inside a character")
            precondition(finding.range.upperBound == text.count || text[finding.range.upperBound] & 0xC0 != 0x80, "range ends inside a character")
            let location = lines.location(of: finding.range.lowerBound)
            precondition(location.line == finding.line && location.column == finding.column, "line/column disagree with the range")
        }
        let fixed = fixer.fixed(bytes)
        precondition(fixer.fixed(fixed) == fixed, "fix is not idempotent")
        let annotated = fixer.annotated(bytes)
        if Annotations.strip(bytes) == bytes { precondition(Annotations.strip(annotated) == bytes, "strip(annotate(x)) != x") }
        _ = raw
    }

    static func metadata(_ bytes: [UInt8]) {
        let yaml = String(decoding: bytes, as: UTF8.self)
        _ = MetadataReader.read(yaml: yaml, file: "fuzz.yml")
        _ = Note(id: "fuzz", text: "---\n" + yaml + "\n---\nShe said hello.")
    }

    static func jsonl(_ bytes: [UInt8]) {
        for line in bytes.split(separator: 0x0A) {
            if let record = try? JSONRecord(line: Array(line)) { _ = analyzer.analyze(NoteReader().note(from: record, id: "fuzz")) }
        }
    }

    /// The reader streams from a file, so the input goes through one (in memory where /dev/shm is).
    static func csv(_ bytes: [UInt8]) {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(folder)/peernote-fuzz-\(getpid()).csv"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { unlink(path) }
        guard let reader = try? CSVReader(path: path, maximumRecordBytes: 4096) else { return }
        var last = 0, records = 0
        while let (line, _) = reader.next() {
            precondition(line >= last, "records out of line order")
            last = line
            records += 1
            precondition(records <= bytes.count + 1, "more records than bytes: the reader is not moving on")
        }
    }

    static func lexiconFile(_ bytes: [UInt8]) {
        guard let file = try? LexiconFile(path: "fuzz.yml", contents: String(decoding: bytes, as: UTF8.self)) else { return }
        if let lexicon = try? Lexicon(files: checks + [file]), let analyzer = try? Analyzer(lexicon: lexicon) {
            _ = analyzer.analyze(Note(id: "fuzz", text: "The pt refused. She said \"I am fine.\" Drug Court."))
            if let copy = Lexicon(compiled: lexicon.compiled()) { precondition(copy.entries == lexicon.entries, "snapshot round trip") }
        }
    }

    static func languageServer(_ bytes: [UInt8]) {
        guard let server = try? LanguageServer(lexicon: lexicon, loadLexicon: { (_: [String]) throws(InputErrors) -> Lexicon in lexicon }) else { return }
        var framer = MessageFramer()
        // Start it, so document messages are handled too.
        _ = server.handle(Data(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#.utf8))
        framer.append(bytes)
        while let frame = framer.next() {
            if case .message(let body) = frame, case .exit = server.handle(body).control { return }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Fuzz.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("peernote_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without libFuzzer (an ordinary build), the binary replays inputs: `peernote-fuzz FILE...`,
/// e.g. a crash file or the regression inputs in Fuzz/regressions. A file named `TARGET-…` runs
/// through that target; any other through PEERNOTE_FUZZ_TARGET (default analyzer).
@main enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot read"); exit(2) }
            let name = (path as NSString).lastPathComponent
            let target = Fuzz.targets.first { name.hasPrefix($0 + "-") } ?? Fuzz.target
            Fuzz.run([UInt8](data), target: target)
            print("\(path): ok")
        }
    }
}
#endif
