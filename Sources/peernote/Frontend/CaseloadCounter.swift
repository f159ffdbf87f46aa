import Foundation
import PeerNoteKit

/// Counts a run's notes into a caseload, in input order, and writes notes-csv rows as it goes.
struct CaseloadCounter {
    /// A note as the workers hand it on: with its analysis, and whether it is blank (worked out
    /// off the thread that counts).
    typealias Note = (sourced: SourcedNote, analysis: NoteAnalysis, isBlank: Bool)

    private(set) var caseload: Caseload
    /// Inputs, and note files, that could not be read at all: each said on standard error as
    /// well as listed under Skipped, and the run exits 2. (Rows that could be read but not used
    /// are only listed under Skipped.)
    private(set) var unreadable = 0
    private let strengthRules: Set<String>
    private let excerpts: Excerpts
    private let notesCSV: FileHandle?
    private let focus: CaseloadFocus
    private var progress = Progress()

    /// Counts into `caseload` with `lexicon`'s strength rules; one row per note to `notesCSV`.
    init(_ caseload: Caseload, lexicon: Lexicon, focus: CaseloadFocus = CaseloadFocus(), notesCSV: FileHandle?) {
        self.caseload = caseload
        self.focus = focus
        self.notesCSV = notesCSV
        strengthRules = Set(lexicon.entries.filter { $0.side == .strength }.map(\.id))
        excerpts = Excerpts(redact: caseload.redacted, lexicon: lexicon)
        notesCSV?.write(Data(CaseloadReport.noteCSVHeader.utf8))
    }

    /// What the workers make of a note.
    static func prepare(_ sourced: SourcedNote, _ analysis: NoteAnalysis) -> Note { (sourced, analysis, sourced.isBlank) }

    /// Whether a note is counted. A blank note and a repeated id are listed as skipped instead,
    /// and their units do not count toward a person's day either.
    mutating func counts(_ note: Note) -> Bool {
        if note.isBlank {
            caseload.skip(note.sourced.blankError)
        } else if caseload.admits(note.sourced.note) {
            return true
        } else {
            // notes-csv has always listed a repeated id's row too.
            writeRow(note.analysis, note: note.sourced.note)
        }
        progress.tick()
        return false
    }

    /// Counts one note, or the reason it could not be read.
    mutating func add(_ result: Result<Note, NoteSource.Failure>) {
        switch result {
        case .success(let (sourced, analysis, _)):
            // Out of focus: read, and its units counted toward the day by the run, but not reported.
            guard focus.admits(analysis.metadata) else {
                caseload.countDay(analysis.metadata)
                break
            }
            let note = sourced.note, bytes = Array(note.text.utf8)
            caseload.count(analysis, note: note, strengthRules: strengthRules,
                           rewritten: { [excerpts] in excerpts.rewrittenSentence(of: $0, in: note, bytes: bytes) },
                           excerpt: { [excerpts] in excerpts.sentence(of: $0, in: note, bytes: bytes) },
                           redact: { [excerpts] in excerpts.redact ? excerpts.redacted($0, person: note.metadata.person) : $0 })
            writeRow(analysis, note: note)
        case .failure(let failure):
            caseload.skip(failure.error)
            if failure.isUnreadable {
                unreadable += 1
                printError("\(failure)")
            }
        }
        progress.tick()
    }

    /// Ends the progress line.
    func finish() { progress.finish() }

    private func writeRow(_ analysis: NoteAnalysis, note: PeerNoteKit.Note) {
        notesCSV?.write(Data(CaseloadReport.noteCSVRow(analysis, note: note, redact: caseload.redacted, strengthRules: strengthRules).utf8))
    }
}
