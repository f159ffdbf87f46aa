/// Gentle suggestions that keep the note about the person: one of their strengths, their own
/// words or goal, the person (not staff) as the subject of the story.
struct VoiceCheck: NoteCheck {
    static let ruleIDs = ["voice-strength-missing", "voice-own-words-missing", "voice-staff-centered"]

    private let strength: CheckRule
    private let ownWords: CheckRule
    private let staffCentered: CheckRule
    /// Whether each lexicon entry is strength language that names one of the person's
    /// strengths, or their own goal (the rules' `categories:`).
    private let namesStrength: [Bool], namesOwnGoal: [Bool]

    init(words: CheckWords) {
        strength = words("voice-strength-missing")
        ownWords = words("voice-own-words-missing")
        staffCentered = words("voice-staff-centered")
        let entries = words.lexicon.entries
        namesStrength = entries.map { [strength] in $0.side == .strength && strength.categories.contains($0.category) }
        namesOwnGoal = entries.map { [ownWords] in $0.side == .strength && ownWords.categories.contains($0.category) }
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let (maker, evidence) = (note.maker, note.evidence)
        if !evidence.strengths.contains(where: { namesStrength[$0.entry] }) {
            findings.append(maker.finding(strength.rule, range: maker.bodyAnchor, suggestions: note.suggestions(strength)))
        }
        if evidence.quotationMarks < 2 && !evidence.strengths.contains(where: { namesOwnGoal[$0.entry] }) {
            findings.append(maker.finding(ownWords.rule, range: maker.bodyAnchor, suggestions: note.suggestions(ownWords)))
        }
        let staffLed = evidence.cues.count(where: { $0.kind == .staffSubject && $0.startsSentence })
        if staffLed >= 3 && staffLed * 2 > evidence.sentencesWithWords {
            findings.append(maker.finding(staffCentered.rule, range: maker.bodyAnchor, suggestions: note.suggestions(staffCentered)))
        }
    }
}
