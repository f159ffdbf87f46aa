extension Lexicon {
    /// The bundled lexicons of `language` with `extraFiles`, and those of every other bundled
    /// language: an analyzer made from it reads each note, and each sentence or quotation in
    /// it, with the lexicons of the language it is written in. Extra files apply to `language`.
    /// `messages` is the language PeerNote speaks in: its `messages/` files (the checks' words)
    /// load after each language's own, so every note gets them; English has none.
    public static func loadLanguages(_ language: String = LanguageGuess.english, extraFiles: [String] = [],
                                     messages: String = LanguageGuess.english) throws(InputErrors) -> Lexicon {
        let spoken = BundledLexicons.messageFiles(language: messages)
        var lexicon = try load(language: language, extraFiles: spoken + extraFiles)
        for other in BundledLexicons.languages where other != language && BundledLexicons.directory(language: other) != nil {
            lexicon.otherLanguages.append(try load(language: other, extraFiles: spoken))
        }
        return lexicon
    }

    /// The language of PeerNote's messages: `option` when given, else Spanish when the locale
    /// (`LANG`) starts with `es`, else English.
    public static func messageLanguage(option: String?, locale: String?) -> String {
        let asked = (option ?? locale ?? "").lowercased()
        return asked.hasPrefix(LanguageGuess.spanish) ? LanguageGuess.spanish : LanguageGuess.english
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
