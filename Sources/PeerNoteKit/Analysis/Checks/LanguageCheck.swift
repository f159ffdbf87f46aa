/// Concern and strength language as findings: each match the pass kept, with its entry's
/// words and its alternatives in the matched form. Words inside a quotation of the person are
/// their voice: reported as information (or not at all, or as anywhere else, as the entry says).
/// A note lists at most `maximumFindings` of each kind; the rest are scored, and summed up in
/// one `findings-limit` finding.
struct LanguageCheck: NoteCheck {
    static let ruleIDs = ["quoted-voice", "findings-limit"]
    static let placeholders = ["count", "limit"]
    static let needsWords = false

    private let quoted: CheckRule
    private let limit: CheckRule
    private let maximumFindings: Int
    private let lexicon: Lexicon
    /// Each entry's `safe:` and `quoted:`, looked up once: reading them from the entry for every
    /// match copied the whole entry.
    private let isSafe: [Bool]
    private let quotedMode: [LexiconEntry.Quoted]
    /// Each concern entry's guidance, for a finding no alternative fits.
    private let guidance: [String]
    private let cache: Cache

    /// What a language check makes once per analyzer: the rule a quotation of each entry is
    /// reported under.
    private final class Cache {
        var quotedRules: [Rule?]
        init(entries: Int) {
            quotedRules = Array(repeating: nil, count: entries)
        }
    }

    init(words: CheckWords) {
        quoted = words("quoted-voice")
        limit = words("findings-limit")
        maximumFindings = words.maximumFindings
        lexicon = words.lexicon
        isSafe = lexicon.entries.map(\.isSafe)
        quotedMode = lexicon.entries.map(\.context.quoted)
        guidance = lexicon.entries.map(\.guidance)
        cache = Cache(entries: lexicon.entries.count)
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let maker = note.maker
        // "Pt" becomes the person's own name when the note gives it; `fix` writes it in only
        // when a label or the front matter gives it, never a name guessed from a sentence.
        let name = note.metadata.person == nil ? nil : note.suggestions.values["name"]
        let nameIsStated = note.metadata.fromText["person"]?.isGuess != true
        let (strengths, concerns) = (note.evidence.strengths, note.evidence.concerns)
        findings.reserve(min(strengths.count, maximumFindings) + min(concerns.count, maximumFindings) + 8)
        for match in strengths {
            if findings.strengthCount < maximumFindings { findings.append(strength: finding(match, maker, name: name)) }
            else { findings.omitted.add(lexicon.rules[match.entry], range: match.range, isConcern: false) }
        }
        // The person's quoted words are reported after every concern: they are a group of their own.
        var quoted: [NoteEvidence.Match] = []
        let whole = Self.sentencesLeftWhole(concerns, bytes: maker.bytes) { match in
            isSafe[match.entry] && (name.map { Self.named(match.fitted, $0, isStated: nameIsStated) } ?? match.fitted).first?.canApply == true
        }
        for (index, match) in concerns.enumerated() {
            guard match.isQuoted, quotedMode[match.entry] != .flag else {
                if findings.concernCount < maximumFindings {
                    var made = finding(match, maker, name: name, nameIsStated: nameIsStated)
                    if whole.contains(index) { made.isSafeToApply = false }
                    findings.append(concern: made)
                }
                else { findings.omitted.add(lexicon.rules[match.entry], range: match.range, isConcern: true) }
                continue
            }
            if quotedMode[match.entry] == .info { quoted.append(match) }
        }
        for (count, match) in quoted.enumerated() {
            guard count < maximumFindings else { findings.omitted.add(quoted: match.range); continue }
            var finding = maker.finding(quotedRule(match.entry), range: match.range, aboutWording: true)
            finding.isQuoted = true
            findings.append(finding)
        }
    }

    /// The summary of what was left out, once the score has counted it.
    func limitFinding(_ omitted: RecoveryScore.Omitted, maker: FindingMaker) -> Finding? {
        guard let first = omitted.first else { return nil }
        return maker.finding(limit.rule, range: first,
                             message: limit.message(nil, ["count": String(omitted.count), "limit": String(maximumFindings)]))
    }

    /// A concern or strength finding: a concern's alternatives as they fit its sentence, or, where
    /// none fits, its entry's guidance. `name` is the person's, when the note gives it.
    private func finding(_ match: NoteEvidence.Match, _ maker: FindingMaker, name: String?, nameIsStated: Bool = true) -> Finding {
        let fitted = name.map { Self.named(match.fitted, $0, isStated: nameIsStated) } ?? match.fitted
        var finding = maker.finding(lexicon.rules[match.entry], range: match.range, suggestions: fitted.map(\.text),
                                    safe: isSafe[match.entry] && fitted.first?.canApply == true, aboutWording: true)
        if fitted.contains(where: { $0.range != match.range }) { finding.suggestionRanges = fitted.map(\.range) }
        if fitted.isEmpty && !guidance[match.entry].isEmpty { finding.guidance = guidance[match.entry] }
        return finding
    }

    /// Fitted suggestions with `[Name]` filled in, those that name the person first: their name
    /// is better than "the person". The fitter places `[Name]` only where a bare name reads
    /// right, so once filled it can be applied, when the name is stated (not guessed).
    static func named(_ fitted: [SlotFitter.Fitted], _ name: String, isStated: Bool = true) -> [SlotFitter.Fitted] {
        guard fitted.contains(where: { $0.text.contains("[Name]") }) else { return fitted }
        var naming: [SlotFitter.Fitted] = [], others: [SlotFitter.Fitted] = []
        for var fit in fitted {
            guard fit.text.contains("[Name]") else { others.append(fit); continue }
            fit.text = fit.text.replacingOccurrences(of: "[Name]", with: name)
            fit.canApply = isStated && !fit.isRefused
            naming.append(fit)
        }
        return naming + others
    }

    /// The concerns (by index) whose sentence holds another concern of the writer's that has no
    /// safe rewrite: such a sentence is the writer's to rewrite whole, and a safe edit beside
    /// the words they must change anyway ("Pt was noncompliant") would be half a rewrite.
    static func sentencesLeftWhole(_ concerns: [NoteEvidence.Match], bytes: UnsafeBufferPointer<UInt8>,
                                   isSafe: (NoteEvidence.Match) -> Bool) -> Set<Int> {
        var whole: Set<Int> = []
        var start = 0
        while start < concerns.count {
            // One sentence's concerns: those with no sentence end between them.
            var end = start + 1
            while end < concerns.count, !Self.sentenceEnds(between: concerns[end - 1].range.upperBound, concerns[end].range.lowerBound, in: bytes) { end += 1 }
            let own = (start..<end).filter { !concerns[$0].isQuoted }
            if own.contains(where: { !isSafe(concerns[$0]) }) { whole.formUnion(own) }
            start = end
        }
        return whole
    }

    /// Whether a sentence ends between two offsets: a line break, or ".", "!" or "?" before a space.
    private static func sentenceEnds(between start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start < end else { return false }
        for index in start..<min(end, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { return true }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";"),
               index + 1 < bytes.count, bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A { return true }
        }
        return false
    }

    /// The rule a quotation of entry `index` is reported under: the entry's id and category,
    /// the quoted words' message and rationale, as information.
    private func quotedRule(_ index: Int) -> Rule {
        if let made = cache.quotedRules[index] { return made }
        let entry = lexicon.rules[index]
        let made = Rule(id: entry.id, kind: entry.kind, category: entry.category, severity: .info,
                        message: quoted.rule.message, rationale: quoted.rule.rationale, source: quoted.rule.source)
        cache.quotedRules[index] = made
        return made
    }
}
