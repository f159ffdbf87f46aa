/// A problem with something PeerNote was given, located as `file:line: message`.
///
/// Messages never quote the text of a note: notes are protected health information.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or `<stdin>`, or a record id) that has the problem.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Every problem found in a file, or in several read together (lexicons, evaluation sets).
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [InputError]

    /// Wraps `problems`.
    public init(_ problems: [InputError]) { self.problems = problems }

    /// One `file:line: what` per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
