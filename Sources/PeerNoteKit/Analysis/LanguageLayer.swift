extension LanguageGuess {
    /// Drops the concern and strength matches that sit in a sentence or quotation written in
    /// another language than `language`: a Spanish quotation in an English note is the person's
    /// voice, not English to coach ("yo" is not "y/o"), and an English one in a Spanish note
    /// is not Spanish. Stretches too short to tell keep their matches.
    static func keepOwnLanguage(_ evidence: inout NoteEvidence, language: String, in bytes: UnsafeBufferPointer<UInt8>) {
        guard !evidence.concerns.isEmpty || !evidence.strengths.isEmpty else { return }
        // A note with no stretch in the other language (nearly all) is not read match by match.
        let (english, spanish) = counts(in: bytes, range: 0..<bytes.count)
        guard (language == Self.english ? spanish : english) >= 2 else { return }
        func isOwn(_ match: NoteEvidence.Match) -> Bool {
            guard match.range.upperBound <= bytes.count else { return true }
            let found = Self.language(of: bytes, range: segment(around: match.range, in: bytes), minimum: 2)
            return found == nil || found == language
        }
        evidence.concerns.removeAll { !isOwn($0) }
        evidence.strengths.removeAll { !isOwn($0) }
    }
}
