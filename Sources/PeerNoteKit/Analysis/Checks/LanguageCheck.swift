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
    private let cache: Cache

    /// What a language check makes once per analyzer: suggestions per pattern, and the
    /// rule a quotation of each entry is reported under.
    private final class Cache {
        var suggestions: [[String]?]
        var quotedRules: [Rule?]
        init(patterns: Int, entries: Int) {
            suggestions = Array(repeating: nil, count: patterns)
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
        cache = Cache(patterns: lexicon.matcher.patterns.count, entries: lexicon.entries.count)
    }

    func check(_ note: CheckContext, into findings: inout FindingList) {
        let maker = note.maker
        // "Pt" becomes the person's own name when the note gives it.
        let name = note.metadata.person == nil ? nil : note.suggestions.values["name"]
        let (strengths, concerns) = (note.evidence.strengths, note.evidence.concerns)
        findings.reserve(min(strengths.count, maximumFindings) + min(concerns.count, maximumFindings) + 8)
        for match in strengths {
            if findings.strengthCount < maximumFindings { findings.append(strength: finding(match, maker, name: name)) }
            else { findings.omitted.add(lexicon.rules[match.entry], range: match.range, isConcern: false) }
        }
        // The person's quoted words are reported after every concern: they are a group of their own.
        var quoted: [NoteEvidence.Match] = []
        for match in concerns {
            guard match.isQuoted, quotedMode[match.entry] != .flag else {
                if findings.concernCount < maximumFindings { findings.append(concern: finding(match, maker, name: name)) }
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

    private func finding(_ match: NoteEvidence.Match, _ maker: FindingMaker, name: String?) -> Finding {
        var suggestions = suggestions(match)
        if let name, suggestions.contains(where: { $0.contains("[Name]") }) { suggestions = Self.named(suggestions, name) }
        return maker.finding(lexicon.rules[match.entry], range: match.range, suggestions: suggestions, safe: isSafe[match.entry], aboutWording: true)
    }

    /// Suggestions with `[Name]` filled in, those that name the person first: their name is
    /// better than "the person".
    static func named(_ suggestions: [String], _ name: String) -> [String] {
        let filled = suggestions.map { $0.replacingOccurrences(of: "[Name]", with: name) }
        let naming = suggestions.indices.filter { suggestions[$0].contains("[Name]") }
        return naming.map { filled[$0] } + filled.indices.filter { !naming.contains($0) }.map { filled[$0] }
    }

    /// An entry's alternatives inflected to the matched form, made once per pattern.
    private func suggestions(_ match: NoteEvidence.Match) -> [String] {
        if let made = cache.suggestions[match.pattern] { return made }
        let made = lexicon.entries[match.entry].suggestions(for: lexicon.matcher.patterns[match.pattern].form)
        cache.suggestions[match.pattern] = made
        return made
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
