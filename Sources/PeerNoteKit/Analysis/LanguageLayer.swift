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
        // Matches in one sentence share its stretch: each stretch is read once.
        var read: [Range<Int>: Bool] = [:]
        func isOwn(_ match: NoteEvidence.Match) -> Bool {
            guard match.range.upperBound <= bytes.count else { return true }
            let stretch = segment(around: match.range, in: bytes)
            if let own = read[stretch] { return own }
            let found = Self.language(of: bytes, range: stretch, minimum: 2)
            read[stretch] = found == nil || found == language
            return found == nil || found == language
        }
        evidence.concerns.removeAll { !isOwn($0) }
        evidence.strengths.removeAll { !isOwn($0) }
    }
}
