import Foundation
import PeerNoteKit

/// The package's top folder, for the Corpus and the built binary.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every readable text file of the Corpus's notes, plans and labelled sentences, by name, in a
/// fixed order: the real text that stand-ins for ICU are held equal to ICU on.
func corpusTexts() throws -> [(name: String, text: String)] {
    try ["Corpus/notes", "Corpus/notes/plans", "Corpus/eval"].map { packageRoot.appendingPathComponent($0) }.flatMap { folder in
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }
}

/// A lexicon made from YAML text, as an agency file would be, with the bundled words of the
/// note-level checks (an analyzer needs them).
func lexicon(_ yaml: String, path: String = "test.yml") throws -> Lexicon {
    try Lexicon(files: [checksFile, LexiconFile(path: path, contents: yaml)])
}

/// The bundled words of the note-level checks, `Lexicons/en/checks.yml`.
let checksFile: LexiconFile = {
    let path = packageRoot.appendingPathComponent("Lexicons/en/checks.yml").path
    do { return try LexiconFile(path: path, contents: String(contentsOfFile: path, encoding: .utf8)) }
    catch { fatalError("checks.yml does not load:\n\(error)") }
}()

/// The bundled lexicons, loaded once for the whole test run.
let bundledLexicon: Lexicon = {
    do { return try Lexicon.load() } catch { fatalError("bundled lexicons do not load:\n\(error)") }
}()

/// A small concern lexicon that exercises every matcher feature.
let sampleLexiconYAML = """
lexicon: sample
side: concern
entries:
  - id: refuse
    category: compliance
    verb: [refuse]
    message: Describes a choice as defiance
    alternatives: [decline, choose not to]
    except: [refuse truck]
  - id: noncompliant
    category: compliance
    terms: [non-compliant]
    message: Frames choices as disobedience
    alternatives: [chose not to]
  - id: jargon-pt
    category: jargon
    terms: [pt, c/o, si/hi]
    message: Clinical shorthand
  - id: patient
    category: provider-centered
    noun: [patient]
    except: [was patient, be patient, patient with]
    message: Peers do not have patients
    alternatives: ["person|people"]
  - id: suffers-from
    category: diagnosis-identity
    verb: [suffer from]
    message: Casts the person as a victim
    alternatives: [live with]
  - id: substance-abuse
    category: substance-stigma
    terms: [substance abuse]
    message: Abuse implies wrongdoing
    alternatives: [substance use]
    safe: true
"""

/// Analyzes `text` with `lexicon` and returns the findings' texts.
func flagged(_ text: String, with lexicon: Lexicon) throws -> [String] {
    try Analyzer(lexicon: lexicon).analyze(Note(id: "t", text: text)).findings.filter(\.isAboutWording).map(\.text)
}

/// Runs the built `peernote` binary.
func runPeerNote(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    try run(peernoteBinary, arguments, stdin: stdin)
}

/// The `peernote` binary built with the tests.
let peernoteBinary: URL = {
    let binary = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("peernote")
    return FileManager.default.fileExists(atPath: binary.path) ? binary : packageRoot.appendingPathComponent(".build/debug/peernote")
}()

/// Runs a program in the package's folder and collects its output.
func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
         environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try runForBytes(executable, arguments, stdin: stdin, environment: environment)
    return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
}

/// Runs the built `peernote` binary and keeps standard output as bytes.
func runPeerNoteBytes(_ arguments: [String], stdin: Data) throws -> (status: Int32, stdout: Data, stderr: String) {
    try runForBytes(peernoteBinary, arguments, stdin: stdin)
}

/// Runs a program in the package's folder; standard output comes back as it was written.
func runForBytes(_ executable: URL, _ arguments: [String], stdin: Data? = nil,
                 environment: [String: String] = [:]) throws -> (status: Int32, stdout: Data, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    process.currentDirectoryURL = packageRoot
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read before waiting, so a large output cannot fill the pipe and stall the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
}
