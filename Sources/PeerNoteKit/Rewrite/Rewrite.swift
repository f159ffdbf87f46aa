/// One concrete edit that replaces a finding's words with a person-centered alternative,
/// adapted to the text around it.
public struct Rewrite: Sendable, Hashable {
    /// UTF-8 byte range replaced: the finding's words, or more when words around them change
    /// with them ("an addict" → "a person who uses drugs", "is bipolar" → "has bipolar disorder").
    public var range: Range<Int>
    /// The replacement text.
    public var replacement: String
    /// The finding's rule.
    public var rule: String
    /// Whether the lexicon marks it safe to apply without a human choice.
    public var isSafe: Bool
}

/// Turns findings into rewrites and applies them. Pure functions over the note's text.
///
/// A finding's suggestions were fitted to its sentence when the note was analyzed (`SlotFitter`):
/// each is worded as it reads there, with the bytes it replaces. So `fix`, `filter --fix`, the
/// language server's quick fixes and the report's examples all apply the same rewrite.
public enum Rewriter {
    /// Every rewrite a finding offers, one per suggestion that fits its sentence, best first.
    public static func rewrites(for finding: Finding, in text: String) -> [Rewrite] {
        guard finding.isAboutWording, !finding.isQuoted else { return [] }
        return finding.suggestions.enumerated().map { index, suggestion in
            let range = index < finding.suggestionRanges.count ? finding.suggestionRanges[index] : finding.range
            return Rewrite(range: range, replacement: suggestion, rule: finding.rule, isSafe: finding.isSafeToApply && index == 0)
        }
    }

    /// The text with `rewrites` applied. Overlapping rewrites after the first are skipped.
    public static func apply(_ rewrites: [Rewrite], to text: String) -> String {
        var bytes = Array(text.utf8)
        var lastStart = Int.max
        for rewrite in rewrites.sorted(by: { $0.range.lowerBound > $1.range.lowerBound })
        where rewrite.range.upperBound <= lastStart && rewrite.range.upperBound <= bytes.count {
            bytes.replaceSubrange(rewrite.range, with: Array(rewrite.replacement.utf8))
            lastStart = rewrite.range.lowerBound
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The safe rewrite of each finding that has one.
    public static func safeRewrites(for findings: [Finding], in text: String) -> [Rewrite] {
        findings.filter(\.isSafeToApply).compactMap { rewrites(for: $0, in: text).first }
    }
}
