/// What an editor's document needs to be analyzed again after a change: the evidence of each
/// of its paragraphs, kept by the paragraph's text. A change touches a paragraph or two, so
/// `Analyzer.analyze(_:reusing:)` reads only those again and takes the others from here. The
/// result is the same as analyzing the note whole: sentences, quotations and context never
/// reach across a blank line, and the checks run on the whole note's evidence.
public struct ParagraphCache {
    /// What every paragraph's evidence depended on: the person's names and plan goals.
    fileprivate struct Inputs: Equatable {
        var names: [String]
        var goalIDs: Set<String>
        var goalStems: [Set<String>]
        var language: String
    }
    fileprivate var inputs: Inputs?
    /// Each paragraph's evidence, its ranges counted from the paragraph's start.
    fileprivate var paragraphs: [Paragraph: NoteEvidence] = [:]

    /// A paragraph's bytes, hashed as bytes: a `String` key would be hashed in normalized form,
    /// which for text with accents or dashes was most of re-reading a large document.
    fileprivate struct Paragraph: Hashable {
        let bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// An empty cache.
    public init() {}

    /// How many paragraphs it holds.
    public var count: Int { paragraphs.count }
}

extension Analyzer {
    /// `analyze(note)`, reading only the paragraphs `cache` does not hold; the cache keeps the
    /// note's paragraphs for the next call (and only those, so it never outgrows the note).
    public func analyze(_ note: Note, reusing cache: inout ParagraphCache) -> NoteAnalysis {
        analyze(note) { inputs, read in
            let key = ParagraphCache.Inputs(names: inputs.names, goalIDs: inputs.goalIDs, goalStems: inputs.goalStems, language: inputs.language)
            var previous = cache.inputs == key ? cache.paragraphs : [:]
            var kept: [ParagraphCache.Paragraph: NoteEvidence] = [:]
            var evidence = NoteEvidence()
            var text = note.text
            let paragraphs = text.withUTF8 { Self.paragraphs(in: $0, body: note.body) }
            for paragraph in paragraphs {
                let words = text.withUTF8 { ParagraphCache.Paragraph(bytes: Array($0[paragraph])) }
                let relative = previous.removeValue(forKey: words) ?? kept[words]
                    ?? read(paragraph).shifted(by: -paragraph.lowerBound)
                kept[words] = relative
                evidence.append(relative.shifted(by: paragraph.lowerBound))
            }
            cache.inputs = key
            cache.paragraphs = kept
            return evidence
        }
    }

    /// The narrative cut into paragraphs at blank lines: each runs from the start of a line to
    /// the start of the line after its blank lines, so that every sentence the whole narrative
    /// has lies in one paragraph, with the same bounds.
    static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = body.lowerBound, lineStart = body.lowerBound
        var blankLines = 0, lineHasText = false
        var index = body.lowerBound
        while index < body.upperBound {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0A || byte == 0x0D else {
                if byte != 0x20 && byte != 0x09 {
                    // Text after blank lines starts a new paragraph, at its line's start.
                    if blankLines > 0 && !lineHasText && lineStart > start {
                        paragraphs.append(start..<lineStart)
                        start = lineStart
                    }
                    blankLines = 0
                    lineHasText = true
                }
                continue
            }
            if byte == 0x0D && index < body.upperBound && bytes[index] == 0x0A { index += 1 }
            if !lineHasText { blankLines += 1 }
            lineHasText = false
            lineStart = index
        }
        if start < body.upperBound { paragraphs.append(start..<body.upperBound) }
        return paragraphs
    }
}
