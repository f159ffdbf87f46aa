import Foundation

/// One run over the notes of a `NoteSource`: every note read and analyzed on several threads,
/// one `Analyzer` each, and handed back in input order, with the one rule that spans notes —
/// the daily unit limit, kept in one `DayLedger` — applied as if the notes were checked one by
/// one. `check`, `report` and `eval` are runs, and so is a library user that wants `check`'s
/// exact behaviour: the results are the same whatever the number of jobs.
///
/// A class: the analyzers, made as batches need them, belong to the run and serve each of its
/// `run` calls. One call at a time.
public final class NoteRun {
    /// How many notes are analyzed at once.
    public let jobs: Int
    /// Notes read and analyzed together before their results are handed back: a first batch,
    /// then twice as many each batch up to `largestBatch`. Results are held until handed back,
    /// so memory grows with the batches, never with the input.
    public var firstBatch = 256
    /// The largest batch. Every batch ends with the workers waiting for each other, so with
    /// several jobs batches grow to 1,024 notes; one job has no one to wait for, and keeps 256,
    /// whose results are still warm in cache when written.
    public var largestBatch: Int
    @usableFromInline let workers: Workers<Analyzer>
    @usableFromInline let makeAnalyzer: () throws -> Analyzer
    /// Analyzes again, on the calling thread, a note that takes its person's day over the unit
    /// limit: rare, so made only then.
    @usableFromInline var dayLimitAnalyzer: Analyzer?

    /// A run of `jobs` workers (at least one), each analyzing with an analyzer `analyzer` makes.
    /// The first analyzer is made here, so one that cannot be made fails here.
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, analyzer: @escaping () throws -> Analyzer) throws {
        self.jobs = max(1, jobs)
        makeAnalyzer = analyzer
        workers = try Workers(count: self.jobs, make: analyzer)
        largestBatch = self.jobs > 1 ? 1024 : firstBatch
    }

    /// A run of `jobs` workers that analyze with `lexicon`.
    public convenience init(lexicon: Lexicon, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        try self.init(jobs: jobs) { try Analyzer(lexicon: lexicon) }
    }

    /// Reads, analyzes and hands back every note of `source`, in input order.
    ///
    /// - `prepare` turns a note and its analysis into what `write` takes. It runs on the
    ///   workers, several at once, so it must not change shared state; the analysis is freed
    ///   on the worker that made it, while it is still in that core's cache.
    /// - `counts`, on the calling thread in input order, says whether a note counts: one it
    ///   refuses is not written, and its units do not count toward its person's day.
    /// - `write`, on the calling thread in input order, takes each note that counts, or the
    ///   reason one could not be read.
    ///
    /// The note that takes its person's day over the limit is analyzed again before it is
    /// prepared, with the `billing-day-limit` finding added.
    ///
    /// Inlinable, so that it is specialized for `Output`: unspecialized, handing each result on
    /// looked its types up at run time.
    @inlinable public func run<Output>(_ source: NoteSource,
                                       prepare: @escaping (SourcedNote, NoteAnalysis) -> Output,
                                       counts: (Output) -> Bool = { _ in true },
                                       write: (Result<Output, NoteSource.Failure>) -> Void) {
        var ledger = DayLedger()
        let batches = source.makeIterator().batches(of: firstBatch, growingTo: largestBatch)
        workers.pipeline(batches) { analyzer, unread -> Result<AnalyzedNote<Output>, NoteSource.Failure> in
            switch source.read(unread) {
            case .success(let sourced):
                // Only a note with units on a day is kept, in case it is the one to check again.
                // The day is the analysis's: the note's own words can state its person, date and minutes.
                let analysis = analyzer.analyze(sourced.note)
                let day = DayLedger.Entry(analysis.metadata)
                return .success(AnalyzedNote(output: prepare(sourced, analysis), day: day, sourced: day == nil ? nil : sourced))
            case .failure(let failure):
                return .failure(failure)
            }
        } consume: { results in
            for result in results {
                switch result {
                case .failure(let failure):
                    write(.failure(failure))
                case .success(let analyzed):
                    guard counts(analyzed.output) else { continue }
                    guard let day = analyzed.day, let sourced = analyzed.sourced, let total = ledger.add(day) else {
                        write(.success(analyzed.output))
                        continue
                    }
                    do {
                        write(.success(try overDayLimit(sourced, total: total, prepare: prepare)))
                    } catch {
                        // The workers made their analyzers the same way, so this cannot fail where
                        // they did not; if it does, the note is written as analyzed, and why.
                        write(.success(analyzed.output))
                        write(.failure(NoteSource.Failure(InputError(file: sourced.note.id, message: "the daily unit limit could not be checked: \(error)"))))
                    }
                }
            }
        }
    }

    /// The note that takes its person's day to `total` units, analyzed again with the finding
    /// that says so, and prepared.
    @inlinable func overDayLimit<Output>(_ sourced: SourcedNote, total: Int, prepare: (SourcedNote, NoteAnalysis) -> Output) throws -> Output {
        if dayLimitAnalyzer == nil { dayLimitAnalyzer = try makeAnalyzer() }
        var analysis = dayLimitAnalyzer!.analyze(sourced.note)
        analysis.add(DayLedger.dayLimitFinding(for: sourced.note, metadata: analysis.metadata, total: total))
        return prepare(sourced, analysis)
    }
}

/// One note's prepared result, with what the day ledger needs of it.
@usableFromInline struct AnalyzedNote<Output> {
    @usableFromInline var output: Output
    @usableFromInline var day: DayLedger.Entry?
    @usableFromInline var sourced: SourcedNote?

    @inlinable init(output: Output, day: DayLedger.Entry?, sourced: SourcedNote?) {
        self.output = output
        self.day = day
        self.sourced = sourced
    }
}
