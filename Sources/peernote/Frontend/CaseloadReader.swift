import Foundation
import PeerNoteKit

/// Reads every kind of input into a caseload: analysis in parallel batches, counting in order.
struct CaseloadReader {
    let lexicon: Lexicon
    let redact: Bool
    let columns: ColumnMapping
    let notesCSV: FileHandle?
    /// Reads note files and records.
    let reader: NoteReader
    /// Inputs, and note files, that could not be read at all: each said on standard error as
    /// well as listed under Skipped, and the run exits 2. (Rows that could be read but not used
    /// are only listed under Skipped.)
    private(set) var unreadable = 0
    private let workers: Workers<Analyzer>
    private let strengthRules: Set<String>
    private let excerpts: Excerpts
    private var progress = Progress()
    /// Notes analyzed together: each batch's analyses are held until counted, so a report's
    /// memory grows with it.
    static let batchSize = 256

    init(lexicon: Lexicon, jobs: Int, redact: Bool, columns: ColumnMapping, notes: NoteReader, notesCSV: FileHandle?) throws {
        self.lexicon = lexicon
        self.reader = notes
        self.redact = redact
        self.columns = columns
        self.notesCSV = notesCSV
        workers = try Workers(count: jobs) { try Analyzer(lexicon: lexicon) }
        strengthRules = Set(lexicon.entries.filter { $0.side == .strength }.map(\.id))
        excerpts = Excerpts(redact: redact)
        notesCSV?.write(Data(CaseloadReport.noteCSVHeader.utf8))
    }

    mutating func read(_ input: String, into caseload: inout Caseload) {
        let batches = notes(in: input).batches(of: Self.batchSize)
        let workers = self.workers
        var progress = self.progress, unreadable = self.unreadable
        let (excerpts, strengthRules, notesCSV, redact) = (self.excerpts, self.strengthRules, self.notesCSV, self.redact)
        workers.pipeline(batches) { analyzer, source in source().map { ($0, analyzer.analyze($0)) } } consume: { analyses in
            for result in analyses {
                switch result {
                case .success(let (note, analysis)):
                    let bytes = Array(note.text.utf8)
                    caseload.add(analysis, note: note, strengthRules: strengthRules,
                                 rewritten: { excerpts.rewrittenSentence(of: $0, in: note, bytes: bytes) }) { excerpts.sentence(of: $0, in: note, bytes: bytes) }
                    notesCSV?.write(Data(CaseloadReport.noteCSVRow(analysis, note: note, redact: redact, strengthRules: strengthRules).utf8))
                case .failure(let skipped):
                    caseload.skip(skipped.error)
                    if skipped.isUnreadable {
                        unreadable += 1
                        printError("\(skipped.error)")
                    }
                }
                progress.tick()
            }
        }
        self.progress = progress
        self.unreadable = unreadable
    }

    /// A note that is not counted: a row or record that could not be used, or (`isUnreadable`)
    /// an input or file that could not be read at all.
    struct Skip: Error {
        var error: InputError
        var isUnreadable = false
    }

    /// One note of an input, read when a worker calls it: parsing records, files and rows
    /// stays off the thread that merges the results (on it, reading was half of a 2-job report).
    typealias NoteSource = () -> Result<Note, Skip>

    /// The notes of one input (a CSV or JSON Lines export, or a folder), one by one.
    private func notes(in input: String) -> AnyIterator<NoteSource> {
        if input.lowercased().hasSuffix(".csv") { return csvNotes(input) }
        if input.lowercased().hasSuffix(".jsonl") {
            let lines: JSONLinesReader
            do { lines = try JSONLinesReader(path: input) } catch { return Self.failing(error) }
            let reader = self.reader
            return AnyIterator {
                lines.next().map { line, result in {
                    result.flatMap { reader.record($0, source: input, line: line) }.mapError { Skip(error: $0) }.flatMap { _, note in
                        Self.isBlank(note.text[...]) ? .failure(Skip(error: InputError(file: input, line: line, message: "the note text is empty"))) : .success(note)
                    }
                } }
            }
        }
        let reader = self.reader
        var paths = reader.expand([input]).makeIterator()
        return AnyIterator {
            paths.next().map { path in {
                path.flatMap(reader.read).mapError { Skip(error: $0, isUnreadable: true) }.flatMap { note in
                    Self.isBlank(note.text[note.text.utf8.index(note.text.startIndex, offsetBy: note.body.lowerBound)...])
                        ? .failure(Skip(error: InputError(file: note.id, message: "the note has no text"))) : .success(note)
                }
            } }
        }
    }

    private func csvNotes(_ input: String) -> AnyIterator<NoteSource> {
        let reader: CSVReader
        do { reader = try CSVReader(path: input) } catch { return Self.failing(error) }
        guard let (_, headerResult) = reader.next() else {
            return Self.failing(InputError(file: input, line: 1, message: "the file is empty"))
        }
        let resolved: ColumnMapping.Resolved
        do { resolved = try columns.resolve(header: try headerResult.get(), file: input) } catch {
            return Self.failing(error)
        }
        return AnyIterator { reader.next().map { line, record in { record.flatMap { resolved.note(from: $0, file: input, line: line) }.mapError { Skip(error: $0) } } } }
    }

    /// An input that gives one error and no notes: it could not be read.
    private static func failing(_ error: InputError) -> AnyIterator<NoteSource> {
        AnyIterator([{ .failure(Skip(error: error, isUnreadable: true)) }].makeIterator())
    }

    /// Whether text is only white space. Stops at the first character that is not: trimming
    /// with Foundation made a UTF-16 copy of every note (a tenth of a report).
    private static func isBlank(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    mutating func finish() { progress.finish() }
}
