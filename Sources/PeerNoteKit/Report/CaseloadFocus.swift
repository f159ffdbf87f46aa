/// Which notes a report is about: a date range, some peers, some programs. Notes outside it
/// are still read, and their units still count toward their person's day (the daily limit
/// spans every note), but they are not reported.
public struct CaseloadFocus: Sendable, Equatable {
    /// The first and last service dates, ISO, both included; a note with no date is outside
    /// a focus that has either.
    public var from: String?
    public var to: String?
    /// Peers and programs, compared without regard to case; empty takes every one.
    public var peers: Set<String> = []
    public var programs: Set<String> = []

    /// A focus on every note.
    public init() {}

    /// A focus from ISO dates (see `ServiceDate.iso`), peers and programs.
    public init(from: String?, to: String?, peers: [String] = [], programs: [String] = []) {
        self.from = from
        self.to = to
        self.peers = Set(peers.map { $0.lowercased() })
        self.programs = Set(programs.map { $0.lowercased() })
    }

    /// Whether every note is in focus.
    public var isEverything: Bool { from == nil && to == nil && peers.isEmpty && programs.isEmpty }

    /// Whether a note with these facts (as analyzed) is in focus.
    public func admits(_ metadata: NoteMetadata) -> Bool {
        if from != nil || to != nil {
            guard let date = metadata.date else { return false }
            if let from, date < from { return false }
            if let to, date > to { return false }
        }
        if !peers.isEmpty, !peers.contains((metadata.peer ?? "").lowercased()) { return false }
        if !programs.isEmpty, !programs.contains((metadata.program ?? "").lowercased()) { return false }
        return true
    }
}
