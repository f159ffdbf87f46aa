import Foundation

/// Every loaded lexicon entry, compiled into one matcher.
///
/// Files apply in order: an entry replaces one loaded earlier with the same id, and a
/// file's `disable:` list switches earlier entries off.
public struct Lexicon: Sendable {
    /// The active entries, in load order.
    public let entries: [LexiconEntry]
    /// The files they came from.
    public let files: [String]
    /// Each entry's rule (its id and words, shared by its findings), in entry order.
    public internal(set) var rules: [Rule]
    /// The index of each `side: check` entry, by id: the words of the note-level checks.
    let checks: [String: Int]
    let matcher: Matcher
    /// Each entry's context phrases as normalized words, in entry order.
    let contexts: [ContextWords]
    /// Section headings (normalized) and the golden-thread element each states.
    let headings: [String: String]
    /// The words of the `role:` entries, for the subject and speaker rules.
    private(set) var roles: RoleWords
    /// The labels and phrases plain-text notes state their facts with.
    let facts: FactWords
    /// The negations and prepositions the rewriter reads a sentence with.
    let grammar: GrammarWords
    /// The language of its bundled files (`en`, `es`); see `Lexicon+Languages.swift`.
    public internal(set) var language = LanguageGuess.english {
        // Spanish drops its subjects after a phrase of time ("La semana pasada se negó"): an
        // unlisted noun phrase before the verb is read as a subject in English only.
        didSet { roles.readsUnlistedSubjects = language == LanguageGuess.english }
    }
    /// The lexicons of the other languages, each for the notes and sentences written in it.
    public internal(set) var otherLanguages: [Lexicon] = []

    /// Compiles parsed files into one lexicon.
    public init(files: [LexiconFile]) throws(InputErrors) {
        var entries: [LexiconEntry] = []
        var position: [String: Int] = [:]
        var problems: [InputError] = []
        // Spanish entries also match their words without stress marks; see `Accents`.
        var foldsAccents: Set<String> = []
        var accentsMatter: Set<String> = []
        for file in files {
            accentsMatter.formUnion(file.accentsMatter.map(Normalizer.normalize))
            for entry in file.entries {
                if file.language == LanguageGuess.spanish { foldsAccents.insert(entry.id) } else { foldsAccents.remove(entry.id) }
            }
            for id in file.disabled {
                guard let index = position.removeValue(forKey: id) else {
                    problems.append(InputError(file: file.path, message: "disable: no entry '\(id)' was loaded before this file"))
                    continue
                }
                entries[index].id = ""   // tombstone; dropped below so later indexes stay valid
            }
            for entry in file.entries {
                if let index = position[entry.id] { entries[index] = entry } else {
                    position[entry.id] = entries.count
                    entries.append(entry)
                }
            }
        }
        entries.removeAll { $0.id.isEmpty }

        let tokenizer: Tokenizer
        do { tokenizer = try Tokenizer() } catch {
            throw InputErrors([InputError(file: files.first?.path ?? "lexicon", message: "\(error)")])
        }
        var keyed: [(key: [UInt8], pattern: Matcher.Pattern)] = []
        // A `role:` entry is a word list the subject rules look words up in: it matches no text.
        // Facts are read line by line, not matched: their phrases overlap the thread's cues.
        for (index, entry) in entries.enumerated() where entry.role == nil && entry.side != .fact {
            let phrases = entry.terms.map {
                ($0.text, Matcher.Pattern(entry: index, form: $0.form, isException: false, requiresCapitals: Self.isAbbreviation($0.text),
                                          requiresSlash: Self.isSlashed($0.text)))
            } + entry.exceptions.map {
                ($0, Matcher.Pattern(entry: index, form: .literal, isException: true, requiresCapitals: Self.isAbbreviation($0),
                                     requiresSlash: Self.isSlashed($0)))
            }
            for (phrase, pattern) in phrases {
                guard let key = Self.key(for: phrase, tokenizer: tokenizer) else {
                    problems.append(entry.problem(
                        "'\(phrase)' in '\(entry.id)' has punctuation other than spaces, hyphens or slashes between its words, so it can never match"))
                    continue
                }
                keyed.append((key, pattern))
            }
        }
        // The accentless and spoken spellings come after every written one and never claim a key
        // that one holds: "rechazo" the noun, written in an exception, is not "rechazó" without its mark.
        var claimed = Set(keyed.map(\.key))
        for (index, entry) in entries.enumerated() where entry.role == nil && entry.side != .fact && foldsAccents.contains(entry.id) {
            let phrases = entry.terms.map { ($0.text, $0.form, false) } + entry.exceptions.map { ($0, Form.literal, true) }
            for (phrase, form, isException) in phrases {
                // A word as an English keyboard types it, ñ as n ("la regane", "acompane"), is the same word, and so is
                // a concern word as Caribbean Spanish says it, its -ado dropping the d ("arrebatao", "castigao").
                let spoken = entry.side == .concern ? Accents.spoken(phrase) : nil
                let variants = Accents.typed(phrase, keeping: accentsMatter)
                    + (spoken.map { [$0] + Accents.typed($0, keeping: accentsMatter) } ?? [])
                for variant in variants {
                    guard let key = Self.key(for: variant, tokenizer: tokenizer), claimed.insert(key).inserted else { continue }
                    keyed.append((key, Matcher.Pattern(entry: index, form: form, isException: isException,
                                                       requiresCapitals: Self.isAbbreviation(phrase), requiresSlash: Self.isSlashed(phrase))))
                }
            }
        }
        keyed += Self.degreeVariants(of: entries, claimed: &claimed, tokenizer: tokenizer)
        var contexts: [ContextWords] = []
        for entry in entries {
            let fold = foldsAccents.contains(entry.id)
            let words = { (phrases: [String]) in
                // "[start]" and "[label]" stand for a place, not for words: kept as they are.
                phrases.filter(ContextWords.places.contains).map { [$0] }
                    + (phrases + (fold ? phrases.flatMap { Accents.typed($0, keeping: accentsMatter) } : []))
                    .filter { !ContextWords.places.contains($0) }
                    .map { Self.words(of: $0, tokenizer: tokenizer) }.filter { !$0.isEmpty }
            }
            let context = entry.context
            contexts.append(ContextWords(
                notAfter: words(context.notAfter), notBefore: words(context.notBefore),
                onlyAfter: words(context.onlyAfter), onlyBefore: words(context.onlyBefore),
                senses: context.senses.map { (name: $0.name, before: words($0.before), after: words($0.after)) },
                between: Set(words(context.between.filter { $0 != ContextWords.name }).joined())
                    .union(context.between.contains(ContextWords.name) ? [ContextWords.name] : [])))
        }
        // Cues of different kinds may share words: "said" states a response (thread) and, after
        // "her chart", reports a label (context); "working toward" is a strength and, before a
        // goal, the contact's purpose (thread). A concern term is claimed by one entry only.
        let sides = entries.map(\.side)
        let (matcher, collisions) = Matcher.build(keyed) { first, second in
            let kinds: Set<LexiconEntry.Side> = [sides[first.entry], sides[second.entry]]
            return !first.isException && !second.isException && !kinds.contains(.concern)
                && (kinds.contains(.context) || kinds == [.strength, .thread])
        }
        for collision in collisions {
            let first = entries[collision.first.entry], second = entries[collision.second.entry]
            let what = collision.second.isException ? "exception" : "term"
            problems.append(second.problem(
                "\(what) '\(String(decoding: collision.key, as: UTF8.self))' of '\(second.id)' is already claimed by '\(first.id)' (\(first.origin))"))
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        self.entries = entries
        self.files = files.map(\.path)
        (self.rules, self.checks) = Self.rules(of: entries)
        self.matcher = matcher
        self.contexts = contexts
        var headings: [String: String] = [:]
        for entry in entries where entry.side == .thread {
            for heading in entry.headings { headings[HeadingLabel.key(heading)] = entry.category }
        }
        // A Spanish heading typed without its marks ("Proposito:") is the same heading; a written one keeps its key.
        for entry in entries where entry.side == .thread && foldsAccents.contains(entry.id) {
            for heading in entry.headings {
                for spelling in Accents.typed(heading) where headings[HeadingLabel.key(spelling)] == nil {
                    headings[HeadingLabel.key(spelling)] = entry.category
                }
            }
        }
        self.headings = headings
        roles = RoleWords(entries.flatMap { entry in
            entry.role.map { role in
                let phrases = entry.terms.map(\.text)
                    + (foldsAccents.contains(entry.id) ? entry.terms.flatMap { Accents.typed($0.text, keeping: accentsMatter) } : [])
                return phrases.map { (Self.words(of: $0, tokenizer: tokenizer), role) }
            } ?? []
        })
        facts = FactWords(entries)
        grammar = GrammarWords(entries)
    }

    /// A concern term of one degree word and one more word ("so needy", "kinda OCD") said with
    /// each other degree word of the `role: degree` entries ("super needy", "really OCD"):
    /// writers reach for their own intensifier. The variants never claim a key another term or
    /// exception holds, and a term whose last word fires alone has none.
    private static func degreeVariants(of entries: [LexiconEntry], claimed: inout Set<[UInt8]>, tokenizer: Tokenizer)
        -> [(key: [UInt8], pattern: Matcher.Pattern)] {
        let degrees = entries.filter { $0.role == .degree }
            .flatMap { $0.terms.map { words(of: $0.text, tokenizer: tokenizer) } }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        guard !degrees.isEmpty else { return [] }
        var keyed: [(key: [UInt8], pattern: Matcher.Pattern)] = []
        for (index, entry) in entries.enumerated() where entry.side == .concern && entry.role == nil {
            let termWords = entry.terms.map { words(of: $0.text, tokenizer: tokenizer) }
            let singleWords = Set(termWords.filter { $0.count == 1 }.map { $0[0] })
            for (term, words) in zip(entry.terms, termWords) {
                guard let degree = degrees.first(where: { words.count == $0.count + 1 && words.starts(with: $0) }),
                      let word = words.last, !singleWords.contains(word) else { continue }
                for other in degrees where other != degree {
                    guard let key = key(for: (other + [word]).joined(separator: " "), tokenizer: tokenizer),
                          claimed.insert(key).inserted else { continue }
                    keyed.append((key, Matcher.Pattern(entry: index, form: term.form, isException: false)))
                }
            }
        }
        return keyed
    }

    /// Whether a phrase is an abbreviation spelled in capitals: two capital letters or more and
    /// no lowercase one ("AMA", "SI/HI", "A&Ox3" is not: its "x" is lowercase).
    static func isAbbreviation(_ phrase: String) -> Bool {
        var capitals = 0
        for scalar in phrase.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { capitals += 1 }
        }
        return capitals >= 2
    }

    /// Whether a phrase is a slashed abbreviation ("c/o", "d/o", "SI/HI"): one whose words are
    /// no longer than two letters each, with a slash between them.
    static func isSlashed(_ phrase: String) -> Bool {
        guard phrase.contains("/") else { return false }
        return phrase.split(whereSeparator: { $0 == "/" || $0 == " " }).allSatisfy { $0.count <= 2 }
    }

    /// The matcher key of a phrase: its normalized word tokens, joined without separators.
    /// Nil when other punctuation sits between its words.
    static func key(for phrase: String, tokenizer: Tokenizer) -> [UInt8]? {
        var key: [UInt8] = []
        var phrase = phrase
        let sentence = phrase.withUTF8 { tokenizer.sentence(in: $0, range: 0..<$0.count) }
        for (index, token) in sentence.tokens.enumerated() {
            if token.isWordLike { key.append(contentsOf: sentence.form(index)) }
            else if !token.joinsWords { return nil }
        }
        return key.isEmpty ? nil : key
    }

    /// The compiled lexicon as bytes (the snapshot PeerNote caches between runs).
    public func compiled() -> Data {
        var writer = SnapshotWriter()
        write(to: &writer)
        return Data(writer.bytes)
    }

    /// A lexicon read back from `compiled()`; nil when the bytes are not a whole snapshot.
    public init?(compiled: Data) {
        var reader = SnapshotReader(data: compiled)
        self.init(snapshot: &reader)
    }

    /// Writes everything compiled, for a `LexiconCache` snapshot.
    func write(to writer: inout SnapshotWriter) {
        writer.int(entries.count)
        for entry in entries { entry.write(to: &writer) }
        writer.strings(files)
        matcher.write(to: &writer)
        for context in contexts {
            for list in [context.notAfter, context.notBefore, context.onlyAfter, context.onlyBefore] { writer.phrases(list) }
            writer.int(context.senses.count)
            for sense in context.senses {
                writer.string(sense.name)
                writer.phrases(sense.before)
                writer.phrases(sense.after)
            }
            writer.strings(context.between.sorted())
        }
        let headings = self.headings.sorted { $0.key < $1.key }
        writer.strings(headings.map(\.key))
        writer.strings(headings.map(\.value))
        let roles = self.roles.all
        writer.phrases(roles.map(\.words))
        writer.strings(roles.map(\.role.rawValue))
    }

    /// Reads a snapshot written by `write(to:)`; nil when it does not read back exactly.
    init?(snapshot reader: inout SnapshotReader) {
        var entries: [LexiconEntry] = []
        for _ in 0..<reader.count() {
            guard let entry = LexiconEntry(reading: &reader) else { return nil }
            entries.append(entry)
        }
        let files = reader.strings()
        guard let matcher = Matcher(reading: &reader, entryCount: entries.count) else { return nil }
        var contexts: [ContextWords] = []
        for _ in entries {
            let lists = (0..<4).map { _ in reader.phrases() }
            let senses = (0..<reader.count()).map { _ in (name: reader.string(), before: reader.phrases(), after: reader.phrases()) }
            contexts.append(ContextWords(notAfter: lists[0], notBefore: lists[1], onlyAfter: lists[2], onlyBefore: lists[3], senses: senses,
                                         between: Set(reader.strings())))
        }
        let keys = reader.strings(), values = reader.strings()
        let roleWords = reader.phrases(), roleNames = reader.strings().compactMap(LexiconEntry.Role.init(rawValue:))
        guard reader.isComplete, keys.count == values.count, roleWords.count == roleNames.count else { return nil }
        self.entries = entries
        self.files = files
        (self.rules, self.checks) = Self.rules(of: entries)
        self.matcher = matcher
        self.contexts = contexts
        self.headings = Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first })
        self.roles = RoleWords(Array(zip(roleWords, roleNames)))
        facts = FactWords(entries)
        grammar = GrammarWords(entries)
    }

    /// Each entry's rule, and where the check entries are.
    private static func rules(of entries: [LexiconEntry]) -> ([Rule], [String: Int]) {
        var checks: [String: Int] = [:]
        let rules = entries.enumerated().map { index, entry in
            if entry.side == .check { checks[entry.id] = index }
            return Rule(id: entry.id, kind: Rule.Kind(entry.side), category: entry.category, severity: entry.severity,
                        message: entry.message, rationale: entry.rationale, source: entry.source)
        }
        return (rules, checks)
    }

    /// The normalized words of a phrase.
    static func words(of phrase: String, tokenizer: Tokenizer) -> [String] {
        var phrase = phrase
        let sentence = phrase.withUTF8 { tokenizer.sentence(in: $0, range: 0..<$0.count) }
        return sentence.tokens.indices.filter { sentence.tokens[$0].isWordLike }.map(sentence.normalized)
    }

}

/// An entry's context phrases, tokenized and normalized once at load time.
struct ContextWords: Sendable {
    var notAfter: [[String]]
    var notBefore: [[String]]
    var onlyAfter: [[String]]
    var onlyBefore: [[String]]
    var senses: [(name: String, before: [[String]], after: [[String]])]
    /// For a cue: the only words that may stand between it and the concern words.
    var between: Set<String> = []

    /// In `between:`, a capitalized word, as a name is written: "a nurse called {Rosalind} a …".
    static let name = "[Name]"
    /// In `only_after:`, the start of the clause: nothing before the term in it ("Chronic
    /// schizophrenic, 30 years in system").
    static let start = "[start]"
    /// In `only_before:`, another concern entry's term: "a chronic {alcoholic}", "Chronic {heroin user}".
    static let label = "[label]"
    /// In `only_before:`, the person: a word `roles.yml` knows as the person, or a capitalized
    /// name ("educated {guest}", "educated {Maria}").
    static let person = "[person]"
    /// The places a context phrase may name instead of words.
    static let places: Set<String> = [start, label, person]

    /// Whether `only_before:` names another entry's term as a place.
    var needsLabels: Bool { onlyBefore.contains { $0.count == 1 && $0[0] == Self.label } }

    /// Whether there are no phrases to look for around a match.
    var isEmpty: Bool { notAfter.isEmpty && notBefore.isEmpty && onlyAfter.isEmpty && onlyBefore.isEmpty && senses.isEmpty }
}

extension Lexicon {
    /// The same terms as a plain word list, the way a context-free linter works: no
    /// exceptions, no context rules, no context cues. The baseline of `peernote eval`.
    public func plainWordList() throws(InputErrors) -> Lexicon {
        let plain = entries.filter { $0.side != .context }.map { entry -> LexiconEntry in
            var entry = entry
            entry.exceptions = []
            entry.context = LexiconEntry.Context()
            entry.context.quoted = .flag
            entry.context.inNames = true
            return entry
        }
        return try Lexicon(files: [LexiconFile(path: "plain word list", name: "plain", language: "en", disabled: [], entries: plain)])
    }

    /// Loads the bundled lexicons for `language`, then each extra file in order.
    public static func load(language: String = "en", extraFiles: [String] = []) throws(InputErrors) -> Lexicon {
        guard let directory = BundledLexicons.directory(language: language) else {
            throw InputErrors([InputError(file: "Lexicons/\(language)", message:
                "the bundled lexicons were not found; set PEERNOTE_LEXICONS to the Lexicons folder, or install the peernote_PeerNoteKit.resources folder beside the binary")])
        }
        var contents: [(path: String, contents: [UInt8])] = []
        var problems: [InputError] = []
        for path in BundledLexicons.files(language: language, in: directory) + extraFiles {
            switch FileBytes.read(path) {
            case .success(let bytes): contents.append((path, bytes))
            case .failure(let failure): problems.append(InputError(file: path, message: failure.message))
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        // Unchanged files: the compiled snapshot from an earlier run.
        let key = LexiconCache.key(for: contents)
        if var cached = LexiconCache.load(key: key) { cached.language = language; return cached }
        var parsed: [LexiconFile] = []
        for (path, data) in contents {
            guard let text = String(validating: data, as: UTF8.self) else {
                problems.append(InputError(file: path, message: "the file is not valid UTF-8"))
                continue
            }
            do { parsed.append(try LexiconFile(path: path, contents: text)) }
            catch { problems += error.problems }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        var lexicon = try Lexicon(files: parsed)
        LexiconCache.store(lexicon, key: key)
        lexicon.language = language
        return lexicon
    }
}

extension Rule.Kind {
    /// The kind of rule a lexicon entry of `side` is.
    init(_ side: LexiconEntry.Side) {
        switch side {
        case .concern: self = .concern
        case .strength: self = .strength
        case .thread: self = .thread
        case .context: self = .context
        case .check: self = .check
        case .fact: self = .fact
        }
    }
}
