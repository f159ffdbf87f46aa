extension Lexicon {
    /// The bundled lexicons of `language` with `extraFiles`, and those of every other bundled
    /// language: an analyzer made from it reads each note, and each sentence or quotation in
    /// it, with the lexicons of the language it is written in. An extra file applies to the
    /// language its `language:` names ("es": the Spanish notes), one that names none to
    /// `language`. `messages` is the language PeerNote speaks in: its `messages/` files (the
    /// checks' words) load after each language's own, so every note gets them; English has none.
    public static func loadLanguages(_ language: String = LanguageGuess.english, extraFiles: [String] = [],
                                     messages: String = LanguageGuess.english) throws(InputErrors) -> Lexicon {
        let spoken = BundledLexicons.messageFiles(language: messages)
        let others = BundledLexicons.languages.filter { $0 != language && BundledLexicons.directory(language: $0) != nil }
        let declared = extraFiles.map { declaredLanguage(ofFile: $0) }
        let own = zip(extraFiles, declared).filter { $0.1 == nil || !others.contains($0.1!) }.map(\.0)
        var lexicon = try load(language: language, extraFiles: spoken + own)
        if language == messages { lexicon.dropGlosses() }
        for other in others {
            let theirs = zip(extraFiles, declared).filter { $0.1 == other }.map(\.0)
            var loaded = try load(language: other, extraFiles: spoken + theirs)
            if other == messages { loaded.dropGlosses() }
            lexicon.otherLanguages.append(loaded)
        }
        return lexicon
    }

    /// Drops the English gloss that ends the message of each word entry in another language
    /// ("Etiqueta a la persona por su consumo (labels the person by their substance use)"):
    /// the gloss is for English readers, and PeerNote speaking that language says its own words.
    mutating func dropGlosses() {
        guard language != LanguageGuess.english else { return }
        rules = rules.map { rule in
            guard rule.kind == .concern || rule.kind == .strength, rule.message.hasSuffix(")"),
                  let open = rule.message.range(of: " (", options: .backwards),
                  rule.message[open.upperBound...].allSatisfy({ $0.isASCII }) else { return rule }
            return Rule(id: rule.id, kind: rule.kind, category: rule.category, severity: rule.severity,
                        message: String(rule.message[..<open.lowerBound]), rationale: rule.rationale, source: rule.source)
        }
    }

    /// The `language:` a lexicon file declares at its top level, read from its lines without
    /// parsing it (the load that follows reports any problem with the file), or nil.
    static func declaredLanguage(ofFile path: String) -> String? {
        guard case .success(let bytes) = FileBytes.read(path), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("language:") {
            let value = line.dropFirst("language:".count).split(separator: "#").first?.trimmingSpaces() ?? ""
            let unquoted = String(value.filter { $0 != "\"" && $0 != "'" })
            return unquoted.isEmpty ? nil : unquoted.lowercased()
        }
        return nil
    }

    /// The language of PeerNote's messages: `option` when given, else Spanish when the locale
    /// (`LANG`) starts with `es`, else English.
    public static func messageLanguage(option: String?, locale: String?) -> String {
        let asked = (option ?? locale ?? "").lowercased()
        return asked.hasPrefix(LanguageGuess.spanish) ? LanguageGuess.spanish : LanguageGuess.english
    }

    /// The id of the `side: check` entry whose variants are the words PeerNote fills into its
    /// suggestions and output in the language it speaks (`es/messages/checks.yml`): `name`
    /// ("[Nombre]"), `goal`, each service and setting, and `try`. English has none: its words
    /// are the code's own.
    public static let suggestionWordsID = "suggestion-words"

    /// The words the messages give (see `suggestionWordsID`), by key; empty in English.
    public var suggestionWords: [String: String] {
        guard let index = checks[Self.suggestionWordsID] else { return [:] }
        return entries[index].variants.compactMapValues(\.suggestion)
    }

    /// The ids of the concern entries, in every language.
    public var concernIDs: Set<String> {
        Set(([self] + otherLanguages).flatMap { $0.entries.lazy.filter { $0.side == .concern }.map(\.id) })
    }

    /// `plainWordList()` of this lexicon and of each of its other languages.
    public func plainWordLists() throws(InputErrors) -> Lexicon {
        var plain = try plainWordList()
        plain.language = language
        for other in otherLanguages {
            var list = try other.plainWordList()
            list.language = other.language
            plain.otherLanguages.append(list)
        }
        return plain
    }
}
