/// Runs the pipeline on one note: sentences and tokens (ICU), lexicon matches, findings, score.
///
/// An analyzer owns ICU iterators, which are not thread-safe: use one per thread.
public final class Analyzer {
    /// The lexicon it matches.
    public let lexicon: Lexicon
    private let tokenizer: Tokenizer

    /// An analyzer for `lexicon`.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        self.tokenizer = try Tokenizer()
    }

    /// Everything PeerNote has to say about `note`.
    public func analyze(_ note: Note) -> NoteAnalysis {
        var text = note.text
        return text.withUTF8 { bytes in
            let lines = LineIndex(bytes: Array(bytes))
            var concerns: [Finding] = []
            var strengths: [Finding] = []
            var words = 0
            let body = UnsafeBufferPointer(rebasing: bytes[note.body])
            for sentence in tokenizer.sentences(in: body) {
                let range = (sentence.lowerBound + note.body.lowerBound)..<(sentence.upperBound + note.body.lowerBound)
                let tokens = tokenizer.tokens(in: bytes, range: range)
                words += tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
                for match in lexicon.matcher.matches(in: tokens) where !match.pattern.isException {
                    let entry = lexicon.entries[match.pattern.entry]
                    let finding = Self.finding(entry, form: match.pattern.form, range: match.range, in: bytes, lines: lines)
                    if entry.side == .strength { strengths.append(finding) } else { concerns.append(finding) }
                }
            }
            let findings = (concerns + strengths).sorted { $0.range.lowerBound < $1.range.lowerBound }
            return NoteAnalysis(id: note.id, findings: findings,
                                score: RecoveryScore(concerns: concerns, strengths: strengths, words: words))
        }
    }

    private static func finding(_ entry: LexiconEntry, form: Form, range: Range<Int>,
                                in bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex) -> Finding {
        let location = lines.location(of: range.lowerBound)
        return Finding(
            rule: entry.id, category: entry.category, severity: entry.severity, range: range,
            line: location.line, column: location.column,
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
            message: entry.message, rationale: entry.rationale,
            suggestions: entry.suggestions(for: form), isSafeToApply: entry.isSafe)
    }
}

/// The result of analyzing one note.
public struct NoteAnalysis: Sendable {
    /// The note's id (path or record id).
    public var id: String
    /// Findings in text order.
    public var findings: [Finding]
    /// The recovery-language score.
    public var score: RecoveryScore

    /// The most severe finding, if any.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }
}
