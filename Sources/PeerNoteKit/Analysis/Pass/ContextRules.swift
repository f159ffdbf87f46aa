/// Decides, from the words around a concern match, whether it is the writer's own wording:
/// the entry's `not_after`/`only_after` phrases and senses, context cues such as "no longer"
/// earlier in the sentence, capitalized names ("the Compliance Office"), and a writer's
/// `{>>PeerNote ok<<}` right after the words. All of it comes from lexicon data; the code only
/// knows how to look.
struct ContextRules {
    /// One sentence and the note's bytes.
    private(set) var sentence = Sentence(range: 0..<0, tokens: [], normalizedBytes: [])
    /// The sentence's tokens.
    var tokens: [Token] { sentence.tokens }
    private(set) var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The sentence's first word-like token, if any.
    private var firstWord: Int?
    /// The words before and after a match, storage kept from match to match.
    private var wordsBefore: [String] = [], wordsAfter: [String] = []
    /// The lexicon's role words, for the subjects of labelling verbs and cues.
    var roles = RoleWords()
    /// The first tokens of the sentence's concern terms, for `only_before: ["[label]"]`; nil
    /// until an entry asks (see `NotePass`).
    var labelStarts: [Int]? = nil

    /// Rules for no sentence yet: `read` gives them one. One value serves sentence after
    /// sentence.
    init() {}

    /// Reads `sentence`. Nothing is precomputed over the whole sentence: each match looks at
    /// most a window of words to each side, so a 16 KB sentence with hundreds of matches still
    /// costs its matches' windows, and a sentence with one match does not pay for all its tokens.
    mutating func read(_ sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>) {
        self.sentence = sentence
        self.bytes = bytes
        firstWord = tokens.firstIndex { $0.isWordLike }
        labelStarts = nil
    }

    /// Lets go of the sentence, so that the tokenizer can refill its storage in place.
    mutating func forget() {
        sentence = Sentence(range: 0..<0, tokens: [], normalizedBytes: [])
    }

    /// A context cue found in the sentence: the last token it covers, and its entry's index.
    struct Cue {
        var firstToken: Int
        var lastToken: Int
        var entry: Int
    }

    /// Why a match is silenced, and the entry (a cue, a subject) that silenced it, if any.
    struct Silence {
        var reason: SilenceReason
        var by: Int?
        init(_ reason: SilenceReason, by: Int? = nil) {
            self.reason = reason
            self.by = by
        }
    }

    /// Why `match` of entry `index` is silenced here, or nil when it is the writer's wording:
    /// marked ok by the writer, part of a name, an entry's phrases or senses around it, or a
    /// context cue before it in its clause.
    mutating func silence(_ match: Matcher.Match, entry index: Int, words phrases: UnsafePointer<ContextWords>, cues: [Cue],
                          entries: UnsafeBufferPointer<LexiconEntry>, contexts: UnsafeBufferPointer<ContextWords>) -> Silence? {
        // The entry and its context words are read in place: passing them copies all of them.
        let entry = entries.baseAddress! + index
        if Self.isMarkedOK(after: match.range.upperBound, in: bytes) { return Silence(.markedOK) }
        if !entry.pointee.context.inNames && isInName(match) { return Silence(.name) }
        guard tokens[match.tokens.lowerBound].isWordLike else { return nil }
        // Scare quotes: an everyday word is a doubt only in quotation marks of its own.
        if entry.pointee.context.onlyQuoted && !isQuotedAlone(match) { return Silence(.words) }
        if let reason = phrasesSilence(match, words: phrases, window: entry.pointee.context.window) { return Silence(reason) }
        // A labelling verb said of someone else ("the landlord refused"), an everyday word said
        // of a thing ("the kitchen is clean"), staff's word for what someone else does.
        if entry.pointee.context.subject == .label {
            if Subject.describesSomeoneElse(match.tokens, in: sentence, bytes: bytes, roles: roles) { return Silence(.subject) }
        } else if entry.pointee.context.subject == .person && Subject.isPassive(match.tokens.lowerBound, in: sentence) {
            // "Her application was denied", "she was refused a bed": someone else did it, unless
            // the passive names the person as the doer ("services were refused by pt").
            if Subject.agent(ofPassive: match.tokens.upperBound, in: sentence, roles: roles) != .person { return Silence(.subject) }
        } else if let rule = entry.pointee.context.subject {
            let subject = Subject.of(verb: match.tokens.lowerBound, in: sentence, bytes: bytes, roles: roles)
            let fires: Bool
            switch rule {
            case .person: fires = subject == .person || subject == .unknown || subject == .none
            case .knownPerson: fires = subject == .person || subject == .none
            case .staff:
                // In the passive the person is who it is done to: "Consumer was handled by security".
                if Subject.isPassive(match.tokens.lowerBound, in: sentence) {
                    fires = subject == .person || subject == .none
                } else {
                    fires = subject == .writer || subject == .staff || subject == .unknown || subject == .none
                }
            case .notWriter, .record, .label, .someoneElse: fires = true
            }
            if !fires { return Silence(.subject) }
        }
        for cue in cues where cue.firstToken > match.tokens.upperBound {
            // An attribution after the words: "…, she says.", "an alcoholic by his own account".
            let cueEntry = entries.baseAddress! + cue.entry
            guard cueEntry.pointee.context.reachesBack, closesClause(after: cue.lastToken),
                  cueEntry.pointee.context.appliesTo.isEmpty || cueEntry.pointee.context.appliesTo.contains(entry.pointee.category)
            else { continue }
            var between = 0, index = match.tokens.upperBound + 1
            while index < cue.firstToken && between <= cueEntry.pointee.context.window && !Self.endsClause(index, in: sentence) {
                if tokens[index].isWordLike { between += 1 }
                index += 1
            }
            if index == cue.firstToken && between <= cueEntry.pointee.context.window { return Silence(.cue, by: cue.entry) }
        }
        for cue in cues where cue.lastToken < match.tokens.lowerBound {
            let cueEntry = entries.baseAddress! + cue.entry
            guard cueEntry.pointee.context.appliesTo.isEmpty || cueEntry.pointee.context.appliesTo.contains(entry.pointee.category) else { continue }
            // A label named as a word, in quotation marks of its own: "says “noncompliant”". Scare
            // quotes are the writer's own marks ("says she “lost” it"), not a label named.
            if cueEntry.pointee.context.onlyQuoted && (entry.pointee.context.onlyQuoted || !isQuotedAlone(match)) { continue }
            // A cue that needs words before it: "as" after "describe" ("described Zbigniew as").
            // Its subject is the subject of those words: "court papers describe Zbigniew as".
            var verb = cue.firstToken
            if !contexts[cue.entry].onlyAfter.isEmpty {
                guard let start = onlyAfterStart(before: cue.firstToken, phrases: contexts[cue.entry].onlyAfter,
                                                 window: cueEntry.pointee.context.window) else { continue }
                verb = start
            }
            // Others' labels, not the writer's own: "ER staff used to call him …", not "I called her …".
            // The person's words for themselves: "Yelena says she's …", not "the ER note says he …".
            if let rule = cueEntry.pointee.context.subject {
                let subject = Subject.of(verb: verb, in: sentence, bytes: bytes, roles: roles)
                switch rule {
                case .notWriter: guard subject != .writer && subject != .none else { continue }
                case .someoneElse: guard subject != .writer && subject != .none && subject != .person else { continue }
                case .person, .knownPerson: guard subject == .person || subject == .none else { continue }
                case .staff: guard subject == .writer || subject == .staff else { continue }
                case .record: guard subject == .record else { continue }
                case .label: continue
                }
            }
            // The words between the cue and the match, if no clause ends from the cue on: walked
            // only as far as the cue's window reaches, so a long sentence full of cues stays cheap.
            let window = cueEntry.pointee.context.window
            let allowed = contexts[cue.entry].between
            var between = 0, index = cue.lastToken
            while index < match.tokens.lowerBound && between <= window && !Self.endsClause(index, in: sentence) {
                index += 1
                if index < match.tokens.lowerBound && tokens[index].isWordLike {
                    between += 1
                    // Told to a third party, the label is passed on: "her neighbor told the landlord she is …".
                    if cueEntry.pointee.context.subject == .someoneElse, let (role, _) = roles.role(endingAt: index, in: sentence),
                       role == .other || role == .staff || role == .record {
                        between = window + 1
                    }
                    // Only the listed words may stand between ("not an addict", not "not rent to addicts").
                    if !allowed.isEmpty && !allowed.contains(sentence.normalized(index))
                        && !(allowed.contains(ContextWords.name) && Subject.isCapitalized(tokens[index], bytes: bytes)) {
                        between = window + 1
                    }
                }
            }
            if index == match.tokens.lowerBound && between <= window { return Silence(.cue, by: cue.entry) }
        }
        return nil
    }

    /// Whether the clause ends right after token `index`: punctuation or the sentence's end.
    private func closesClause(after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count && tokens[next].kind == .space { next += 1 }
        return next == tokens.count || tokens[next].kind == .punctuation
    }

    /// The first token of the nearest of `phrases` within `window` words before token `index`
    /// in its clause, if one is there.
    private func onlyAfterStart(before index: Int, phrases: [[String]], window: Int) -> Int? {
        var positions: [Int] = []
        var token = index - 1
        while token >= 0 && positions.count < window && !Self.endsClause(token, in: sentence) {
            if tokens[token].isWordLike { positions.append(token) }
            token -= 1
        }
        // Nearest first: positions run right to left.
        for (offset, start) in positions.enumerated() {
            for phrase in phrases where phrase.count <= offset + 1 {
                var matched = true
                for (word, expected) in phrase.enumerated() where sentence.normalized(positions[offset - word]) != expected {
                    matched = false
                    break
                }
                if matched { return start }
            }
        }
        return nil
    }

    /// Whether `match` stands alone in quotation marks ("“noncompliant,”"): a word named, not used.
    /// Read on the bytes: a closing mark may share a token with the comma before it.
    private func isQuotedAlone(_ match: Matcher.Match) -> Bool {
        var start = match.range.lowerBound
        guard let open = Self.quotationMark(endingAt: start, in: bytes) else { return false }
        start = open
        var end = match.range.upperBound
        // A comma or period inside the closing mark: “uncooperative,”.
        if end < bytes.count, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end]) { end += 1 }
        return Self.quotationMark(startingAt: end, in: bytes) != nil
    }

    /// The first byte of a quotation mark that ends right before `offset`, if one does.
    private static func quotationMark(endingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for length in [1, 2, 3] where offset - length >= 0 {
            let mark = bytes[(offset - length)..<offset]
            if Quotations.isQuotationMark(mark) { return offset - length }
        }
        return nil
    }

    /// The end of a quotation mark that starts at `offset`, if one does.
    private static func quotationMark(startingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for length in [1, 2, 3] where offset + length <= bytes.count {
            if Quotations.isQuotationMark(bytes[offset..<(offset + length)]) { return offset + length }
        }
        return nil
    }

    /// Why an entry's own phrases around `match` silence it, or nil: a concern's "not_after",
    /// or a goal cue's "not part of his treatment plan".
    mutating func phrasesSilence(_ match: Matcher.Match, words phrases: UnsafePointer<ContextWords>, window: Int) -> SilenceReason? {
        // Context reaches across the clause, not past a semicolon, colon or dash.
        // The words around are made only for an entry that has phrases to look for: most have none.
        guard !phrases.pointee.isEmpty else { return nil }
        // Swapped out while filled, so that they stay uniquely referenced.
        var before: [String] = [], after: [String] = []
        swap(&before, &wordsBefore)
        swap(&after, &wordsAfter)
        defer {
            swap(&before, &wordsBefore)
            swap(&after, &wordsAfter)
        }
        words(before: match.tokens.lowerBound, upTo: window, into: &before)
        words(after: match.tokens.upperBound, upTo: window, into: &after)
        let labelFollows = labelStarts.map { labelWithin(window, after: match.tokens.upperBound, starts: $0) } ?? false
        let personFollows = phrases.pointee.onlyBefore.contains { $0.count == 1 && $0[0] == ContextWords.person }
            && personWithin(window, after: match.tokens.upperBound)
        return Self.phrasesSilence(phrases, before: before, after: after, labelFollows: labelFollows, personFollows: personFollows)
    }

    /// Whether the person is named within `count` words after token `index`, in its clause: a
    /// phrase the roles know as the person, or a capitalized word that is no one else's role.
    private func personWithin(_ count: Int, after index: Int) -> Bool {
        guard !Self.endsClause(index, in: sentence) else { return false }
        var seen = 0, token = index + 1
        while token < tokens.count && seen < count && !Self.endsClause(token, in: sentence) {
            if tokens[token].isWordLike {
                // The longest role phrase that starts here: "the client", "this member".
                var last = token, words = 0
                var found: LexiconEntry.Role? = nil
                while last < tokens.count && words < 3 && !Self.endsClause(last, in: sentence) {
                    if tokens[last].isWordLike {
                        if let (role, first) = roles.role(endingAt: last, in: sentence), first == token { found = role }
                        words += 1
                    }
                    last += 1
                }
                if let found, found != .determiner && found != .skip { return found == .person }
                if found == nil && Subject.isCapitalized(tokens[token], bytes: bytes) { return true }
                seen += 1
            }
            token += 1
        }
        return false
    }

    /// Whether another concern term starts within `count` words after token `index`, in its clause.
    private func labelWithin(_ count: Int, after index: Int, starts: [Int]) -> Bool {
        guard !starts.isEmpty, !Self.endsClause(index, in: sentence) else { return false }
        var seen = 0, token = index + 1
        while token < tokens.count && seen < count && !Self.endsClause(token, in: sentence) {
            if tokens[token].isWordLike {
                if starts.contains(token) { return true }
                seen += 1
            }
            token += 1
        }
        return false
    }

    /// The normalized words before token `index`, nearest last, written over `found`: at
    /// most `count`, none past the start of the clause.
    private func words(before index: Int, upTo count: Int, into found: inout [String]) {
        found.removeAll(keepingCapacity: true)
        var token = index - 1
        while token >= 0 && found.count < count && !Self.endsClause(token, in: sentence) {
            if tokens[token].isWordLike { found.append(sentence.normalized(token)) }
            token -= 1
        }
        found.reverse()
    }

    /// The normalized words after token `index`, written over `found`: at most `count`, none
    /// past the end of its clause.
    private func words(after index: Int, upTo count: Int, into found: inout [String]) {
        found.removeAll(keepingCapacity: true)
        guard !Self.endsClause(index, in: sentence) else { return }
        var token = index + 1
        while token < tokens.count && found.count < count && !Self.endsClause(token, in: sentence) {
            if tokens[token].isWordLike { found.append(sentence.normalized(token)) }
            token += 1
        }
    }

    /// Whether an entry's `not_after`/`not_before`/`only_…` phrases or senses silence a match
    /// with these words around it, and which of them.
    /// `labelFollows`: another entry's term starts within the window after the match;
    /// `personFollows`: the person is named there.
    private static func phrasesSilence(_ phrases: UnsafePointer<ContextWords>, before: [String], after: [String],
                                       labelFollows: Bool, personFollows: Bool) -> SilenceReason? {
        if phrases.pointee.notAfter.contains(where: { contains(before, $0) }) { return .words }
        if phrases.pointee.notBefore.contains(where: { contains(after, $0) }) { return .words }
        // "[start]": nothing before the term in its clause.
        if !phrases.pointee.onlyAfter.isEmpty && !phrases.pointee.onlyAfter.contains(where: {
            $0.count == 1 && $0[0] == ContextWords.start ? before.isEmpty : contains(before, $0)
        }) { return .words }
        if !phrases.pointee.onlyBefore.isEmpty && !phrases.pointee.onlyBefore.contains(where: {
            $0.count == 1 && $0[0] == ContextWords.label ? labelFollows
                : $0.count == 1 && $0[0] == ContextWords.person ? personFollows : contains(after, $0)
        }) { return .words }
        // A sense: its words right before the match, or right after it.
        let isSense = phrases.pointee.senses.contains { sense in
            sense.before.contains { $0.count <= before.count && before[(before.count - $0.count)...].elementsEqual($0) }
                || sense.after.contains { after.starts(with: $0) }
        }
        return isSense ? .sense : nil
    }

    /// Whether `phrase` occurs in `words`, word for word.
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        let length = phrase.count
        guard length <= words.count, let head = phrase.first else { return length == 0 }
        // Indexes and the first word first: an entry can list dozens of phrases for each match.
        for start in 0...(words.count - length) where words[start] == head {
            var matched = 1
            while matched < length && words[start + matched] == phrase[matched] { matched += 1 }
            if matched == length { return true }
        }
        return false
    }

    private static let okMarker = Array((Marker.open + "ok").utf8)

    /// A writer's `{>>PeerNote ok<<}` (or `{>>PeerNote ok: …<<}`) right after the words.
    static func isMarkedOK(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset
        if index < bytes.count && bytes[index] == 0x20 { index += 1 }
        guard index + okMarker.count <= bytes.count else { return false }
        for (offset, byte) in okMarker.enumerated() where Normalizer.lowercasedASCII(bytes[index + offset]) != Normalizer.lowercasedASCII(byte) {
            return false
        }
        let next = index + okMarker.count
        return next < bytes.count && (bytes[next] == UInt8(ascii: "<") || bytes[next] == UInt8(ascii: ":"))
    }

    /// Whether the match sits in a run of capitalized words that reads as a name or title:
    /// "Drug Court", "the Patient Advocacy Office". At the start of a sentence, where every
    /// word is capitalized, the run needs two more capitalized words.
    func isInName(_ match: Matcher.Match) -> Bool {
        // Most matches start lowercase: answered before anything is made. A leading "the" is
        // part of a name's words ("the Homeless" in "Coalition for the Homeless").
        let leadingArticle = match.tokens.count > 1 && sentence.form(match.tokens.lowerBound).elementsEqual("the".utf8)
        guard leadingArticle || isTitleCase(match.tokens.lowerBound) || !tokens[match.tokens.lowerBound].isWordLike else { return false }
        // Every matched word capitalized; read in place (sentences start with capitals, so
        // this is asked often).
        // A name's small words may stand inside the match ("Abuso de Sustancias"); capitalized
        // words joined by one are a title, and each after the first counts toward the name as
        // one beside it would ("Non Compliant" alone is no title).
        var firstMatched: Int? = nil
        var capitalized = 0, connected = false
        for index in match.tokens where tokens[index].isWordLike && !(leadingArticle && index == match.tokens.lowerBound) {
            if !isTitleCase(index) {
                guard firstMatched != nil, index != match.tokens.upperBound,
                      Self.nameConnectors.contains(sentence.normalized(index)) else { return false }
                connected = true
                continue
            }
            if firstMatched == nil { firstMatched = index }
            capitalized += 1
        }
        guard let firstMatched else { return false }
        var others = connected ? capitalized - 1 : 0
        // Leftwards and rightwards across single spaces or hyphens, over capitalized words
        // and the small words inside names ("Center of Queens").
        for direction in stride(from: -1, through: 1, by: 2) {
            var index = direction < 0 ? match.tokens.lowerBound : match.tokens.upperBound
            while true {
                let gap = index + direction
                let next = index + 2 * direction
                guard next >= 0, next < tokens.count, tokens[gap].joinsWords, tokens[gap].range.count == 1 else { break }
                // The first word of a sentence is capitalized anyway, and so are days and months
                // ("see Pt Friday"): they say nothing about names, though a name may go on past
                // them ("the Patient Friday Fund").
                if isTitleCase(next) && next != firstWord {
                    if !Grammar.calendarWords.contains(sentence.normalized(next)) { others += 1 }
                    index = next
                    continue
                }
                let after = next + 2 * direction
                if Self.nameConnectors.contains(sentence.normalized(next)), after >= 0, after < tokens.count,
                   tokens[next + direction].joinsWords, isTitleCase(after) {
                    index = next
                    continue
                }
                break
            }
        }
        let startsSentence = firstWord == firstMatched
        return startsSentence ? others >= 2 : others >= 1
    }

    private static func endsClause(_ index: Int, in sentence: Sentence) -> Bool {
        guard sentence.tokens[index].kind == .punctuation else { return false }
        let form = sentence.form(index)
        switch form.count {
        case 1:
            switch form.first! {
            case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"): return true
            default: return false
            }
        case 3: return form.elementsEqual("—".utf8) || form.elementsEqual("–".utf8)
        default: return false
        }
    }

    private static let nameConnectors: Set<String> = ["of", "for", "and", "the", "on", "in", "de", "la", "del", "y", "para", "los", "las", "el"]

    /// A word with a capital first letter and at least one lowercase letter ("Court", not "PT").
    private func isTitleCase(_ index: Int) -> Bool {
        guard tokens[index].isWordLike else { return false }
        let bytes = UnsafeBufferPointer(rebasing: self.bytes[tokens[index].range])
        // ASCII by bytes: this is asked of every concern match, and most start lowercase.
        if let first = bytes.first, first < 0x80 {
            guard first >= 0x41 && first <= 0x5A else { return false }
            if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.dropFirst().contains { $0 >= 0x61 && $0 <= 0x7A } }
        }
        let word = String(decoding: bytes, as: UTF8.self)
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return word.unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }
}
