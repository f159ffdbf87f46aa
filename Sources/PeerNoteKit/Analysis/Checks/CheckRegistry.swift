/// Every note-level check, in the order they run, and the rules each reports: the one list a
/// new check is added to. The checks' words are data (`side: check` entries, `checks.yml`),
/// held to this list when an analyzer is made, so a rule cannot lose its words, or words their
/// rule, without an error that names the file and line.
enum CheckRegistry {
    /// The checks, in the order they run.
    static var checks: [any NoteCheck.Type] {
        [LanguageCheck.self, MetadataCheck.self, GoalLinkCheck.self, ElementCheck.self, VoiceCheck.self, ReadabilityCheck.self,
         BillingCheck.self]
    }

    /// Every note-level rule id, in check order.
    static var ruleIDs: [String] { checks.flatMap { $0.ruleIDs } }

    /// What is wrong with a lexicon's check words: a rule with none, words for no rule, a
    /// `{placeholder}` no check fills, a category no entry has.
    static func problems(in lexicon: Lexicon) -> [InputError] {
        var problems: [InputError] = []
        let declared = Set(ruleIDs + [Lexicon.suggestionWordsID])
        // Categories are held to the entries only where there are some to hold them to (a
        // word list for a test may have no strength language at all).
        let strengths = Set(lexicon.entries.lazy.filter { $0.side == .strength }.map(\.category))
        let concerns = Set(lexicon.entries.lazy.filter { $0.side == .concern }.map(\.category))
        let categories = strengths.isEmpty || concerns.isEmpty ? [] : strengths.union(concerns)
        for check in checks {
            // Messages take the check's own values; suggestions also the person's name, goal and service.
            let ownValues = Set(check.placeholders), known = Set(CheckSuggestions.placeholders + check.placeholders)
            for id in check.ruleIDs {
                guard let index = lexicon.checks[id] else {
                    problems.append(InputError(file: lexicon.files.last ?? "lexicons", message:
                        "the rule '\(id)' has no words: add a `side: check` entry with this id (see Lexicons/en/checks.yml)"))
                    continue
                }
                let entry = lexicon.entries[index]
                let messages = [entry.message] + entry.variants.values.compactMap(\.message)
                let suggestions = [entry.suggestion] + entry.variants.values.compactMap(\.suggestion)
                for (templates, allowed, what) in [(messages, ownValues, "message"), (suggestions, known, "suggestion")] {
                    for name in Set(templates.flatMap(CheckTemplate.placeholders)).sorted() where !allowed.contains(name) {
                        let fills = allowed.isEmpty ? "nothing" : allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                        problems.append(entry.problem("'\(id)' uses {\(name)} in its \(what), which its check does not fill; it fills \(fills)"))
                    }
                }
                for category in entry.categories where !categories.isEmpty && !categories.contains(category) {
                    problems.append(entry.problem("'\(id)' counts on the category '\(category)', which no entry has"))
                }
            }
        }
        for (id, index) in lexicon.checks.sorted(by: { $0.value < $1.value }) where !declared.contains(id) {
            problems.append(lexicon.entries[index].problem("'\(id)' is not a rule of any check; the rules are \(ruleIDs.joined(separator: ", "))"))
        }
        return problems
    }

    /// The checks for `lexicon`, or its problems.
    static func make(for lexicon: Lexicon, maximumFindings: Int) throws(InputErrors) -> [any NoteCheck] {
        let problems = problems(in: lexicon)
        guard problems.isEmpty else { throw InputErrors(problems) }
        let words = CheckWords(lexicon: lexicon, maximumFindings: maximumFindings)
        return checks.map { $0.init(words: words) }
    }
}
