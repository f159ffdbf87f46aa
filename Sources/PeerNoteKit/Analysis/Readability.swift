/// How easy a note is to read: the Flesch–Kincaid grade level, from ICU's sentences and words
/// and `Syllables`' count,
///
///     grade = 0.39 · words / sentences + 11.8 · syllables / words − 15.59
///
/// (Kincaid, Fishburne, Rogers and Chissom, 1975, Naval Technical Training Command Research
/// Branch Report 8-75). Under the 21st Century Cures Act people can read their own notes;
/// health writing guides ask for grade 8 or lower.
public struct Readability: Sendable, Hashable {
    /// Words (ICU word tokens with letters).
    public var words: Int
    /// Sentences with at least one word.
    public var sentences: Int
    /// Syllables in those words.
    public var syllables: Int

    /// A reading of `words`, `sentences` and `syllables`.
    public init(words: Int, sentences: Int, syllables: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
    }

    /// The Flesch–Kincaid grade level, rounded to one decimal and never below 0; nil for a
    /// note without words.
    public var grade: Double? {
        guard words > 0, sentences > 0 else { return nil }
        let grade = 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
        return (max(0, grade) * 10).rounded() / 10
    }

    /// The grade the guides ask for, or lower.
    public static let targetGrade = 8.0
}
