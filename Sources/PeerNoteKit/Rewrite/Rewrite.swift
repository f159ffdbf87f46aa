/// One concrete edit that replaces a finding's words with a person-centered alternative,
/// adapted to the text around it.
public struct Rewrite: Sendable, Hashable {
    /// UTF-8 byte range replaced (may include an article before the finding: "an addict").
    public var range: Range<Int>
    /// The replacement text.
    public var replacement: String
    /// The finding's rule.
    public var rule: String
    /// Whether the lexicon marks it safe to apply without a human choice.
    public var isSafe: Bool
}

/// Turns findings into rewrites and applies them. Pure functions over the note's text.
public enum Rewriter {
    /// Every rewrite a finding offers, one per alternative, adapted to the text: the form was
    /// chosen by the matcher ("refused" → "declined"); here the case follows the original
    /// ("Patient" → "Person", "PT" → "THE PERSON") and an article before it agrees ("an addict"
    /// → "a person who uses drugs").
    public static func rewrites(for finding: Finding, in text: String) -> [Rewrite] {
        guard finding.isAboutWording else { return [] }
        let bytes = Array(text.utf8)
        return finding.suggestions.enumerated().map { index, suggestion in
            var range = finding.range
            var replacement = suggestion
            guard let before = wordBefore(range.lowerBound, in: bytes), determiners.contains(before.word.lowercased()) else {
                return Rewrite(range: range, replacement: matchCase(of: finding.text, in: replacement), rule: finding.rule,
                               isSafe: finding.isSafeToApply && index == 0)
            }
            // The writer's determiner stays: "the pt" → "the person", not "the the person".
            if let space = replacement.firstIndex(of: " "), determiners.contains(replacement[..<space].lowercased()) {
                replacement = String(replacement[replacement.index(after: space)...])
            }
            replacement = matchCase(of: finding.text, in: replacement)
            let article = before.word.lowercased()
            if article == "a" || article == "an" {
                let wanted = startsWithVowelSound(replacement) ? "an" : "a"
                if article != wanted {
                    range = before.range.lowerBound..<range.upperBound
                    replacement = matchCase(of: before.word, in: wanted) + " " + replacement
                }
            }
            return Rewrite(range: range, replacement: replacement, rule: finding.rule, isSafe: finding.isSafeToApply && index == 0)
        }
    }

    private static let determiners: Set<String> = ["a", "an", "the", "this", "that", "my", "our", "your", "his", "her", "their"]

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

    /// `replacement` in the case of `original`: ALL CAPS kept, a capital first letter kept.
    static func matchCase(of original: String, in replacement: String) -> String {
        let letters = original.filter(\.isLetter)
        if letters.count > 1 && letters.allSatisfy(\.isUppercase) { return replacement.uppercased() }
        guard let first = original.first(where: \.isLetter), first.isUppercase, let head = replacement.first else { return replacement }
        return head.uppercased() + replacement.dropFirst()
    }

    /// The ASCII word just before `offset`, separated from it by one space.
    private static func wordBefore(_ offset: Int, in bytes: [UInt8]) -> (word: String, range: Range<Int>)? {
        var end = offset
        guard end > 0, bytes[end - 1] == 0x20 else { return nil }
        end -= 1
        var start = end
        while start > 0, (bytes[start - 1] | 0x20) >= 0x61, (bytes[start - 1] | 0x20) <= 0x7A { start -= 1 }
        guard start < end else { return nil }
        // Only a whole word: "a" in "Ana" is not an article.
        if start > 0, ![0x20, 0x0A, 0x0D, 0x09, 0x28, 0x22].contains(bytes[start - 1]) { return nil }
        return (String(decoding: bytes[start..<end], as: UTF8.self), start..<offset)
    }

    private static func startsWithVowelSound(_ text: String) -> Bool {
        let lower = text.lowercased()
        for exception in ["one", "use", "user", "uni", "eu", "once"] where lower.hasPrefix(exception) { return false }
        for exception in ["hour", "honest", "heir"] where lower.hasPrefix(exception) { return true }
        return lower.first.map { "aeiou".contains($0) } ?? false
    }
}
