/// Who the subject of a verb is, read from the words before it in its clause, as far as a
/// word list can tell: the nearest noun the role words know, or a capitalized name, that is
/// not the object of a preposition ("the worker at the pharmacy refused": the worker).
/// After "and" right before the verb, the sentence's first subject before a comma ("Sanjay
/// smiled and said").
enum Subject: Equatable {
    /// No word before the verb in its sentence but auxiliaries and adverbs: a note's
    /// "Told Rosalie, …" is the writer's own sentence.
    case none
    /// Words the role lists do not know ("the client", "her ex").
    case unknown
    /// A noun phrase the role lists do not know, led by an article or a possessive right
    /// before the verb: "the vending machine refused", "her old phone kept refusing". The
    /// person is named by a name, a pronoun or a person word, so it is someone or something
    /// else to a labelling verb; to everything else it is unknown.
    case unlisted
    /// The person, by pronoun, "the person" or a name.
    case person
    /// The writer ("I", "we", "this writer").
    case writer
    /// Staff ("the nurse", "her therapist").
    case staff
    /// Someone or something else: a landlord, an office, an insurer, a court.
    case other
    /// A record: a chart, a note, a file, a letter.
    case record

    /// The subject of the verb whose first token is `verb`.
    static func of(verb: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, roles: RoleWords) -> Subject {
        let tokens = sentence.tokens
        var index = verb - 1
        // Words seen (or a clause break reached) before any subject: unknown, not left out.
        var sawWords = false, coordinated = false, afterRelative = false
        var leftmost: Subject? = nil
        // Unknown words right before the verb, past auxiliaries and adverbs only: the head of
        // an unlisted noun phrase when an article or a possessive comes next.
        var unlistedWords = 0, onlyUnlisted = roles.readsUnlistedSubjects
        scan: while index >= 0 {
            let token = tokens[index]
            guard token.isWordLike else {
                if token.kind == .punctuation {
                    let form = sentence.form(index)
                    if form.elementsEqual(",".utf8) && afterRelative {
                        afterRelative = false
                    } else if form.elementsEqual(",".utf8) && coordinated && leftmost == nil {
                        // A list of verbs: "got down to his level, and let him pick".
                    } else if Self.endsClause(form) || Quotations.isQuotationMark(bytes[token.range]) {
                        sawWords = true
                        break scan
                    }
                }
                index -= 1
                continue
            }
            // A possessive is a determiner: "the landlord's attorney", "Maeve's ex"; "he's" is a pronoun.
            if token.possessiveLength > 0 && roles.role(endingAt: index, in: sentence) == nil {
                if onlyUnlisted && (1...3).contains(unlistedWords) && !coordinated && leftmost == nil { return .unlisted }
                onlyUnlisted = false
                sawWords = true
                index -= 1
                continue
            }
            var candidate: (subject: Subject, first: Int)? = nil
            if let (role, first) = roles.role(endingAt: index, in: sentence) {
                switch role {
                case .determiner where onlyUnlisted && unlistedWords > 0:
                    // "the vending machine refused"; "in the morning refused" is no subject.
                    if let preposition = Self.preposition(before: first, in: sentence, roles: roles) {
                        unlistedWords = 0
                        index = preposition - 1
                        continue scan
                    }
                    // An object, not a subject: a verb the roles do not know right before the
                    // article ("had a big meltdown", "gave a vague, rambling story"); its own
                    // subject is read on.
                    if Self.isObject(articleAt: first, in: sentence, bytes: bytes, roles: roles) {
                        onlyUnlisted = false
                        sawWords = true
                        index = first - 1
                        continue scan
                    }
                    if unlistedWords <= 3 && !coordinated && leftmost == nil { return .unlisted }
                    onlyUnlisted = false
                    index = first - 1
                    continue scan
                case .skip, .determiner, .preposition, .negation, .degree:
                    if role == .preposition || role == .negation { onlyUnlisted = false }
                    index = first - 1
                    continue scan
                case .boundary where coordinated, .clausePreposition where coordinated:
                    // A second verb's subject is its clause's first: "denies use since intake and claims".
                    index = first - 1
                    continue scan
                case .boundary, .clausePreposition, .speech:
                    sawWords = true
                    break scan
                case .relative:
                    onlyUnlisted = false
                    afterRelative = true
                    index = first - 1
                    continue scan
                case .conjunction:
                    // "smiled and said": the verb shares the first verb's subject.
                    if !sawWords && leftmost == nil { coordinated = true }
                    onlyUnlisted = false
                    index = first - 1
                    continue scan
                case .person: candidate = (.person, first)
                case .writer: candidate = (.writer, first)
                case .staff: candidate = (.staff, first)
                case .other: candidate = (.other, first)
                case .record: candidate = (.record, first)
                }
            } else if Self.isCapitalized(token, bytes: bytes) {
                candidate = Self.name(endingAt: index, in: sentence, bytes: bytes, roles: roles)
            }
            guard var found = candidate else {
                if onlyUnlisted { unlistedWords += 1 }
                // After "and", the first predicate's words are passed over ("se mostró agradable y
                // colaboradora"); a noun, with its article, is someone or something named.
                if !coordinated || Self.followsDeterminer(index, in: sentence, roles: roles) { sawWords = true }
                index -= 1
                continue
            }
            // A role noun's capitalized modifiers are its own words, not a second subject: "the
            // WIC office", "the Target manager".
            if found.subject != .person { found.first = Self.nameWords(before: found.first, in: sentence, bytes: bytes) }
            // The object of a preposition is not the subject: "the worker at the pharmacy". A
            // subject pronoun never is one: "in group she said".
            if !subjectPronouns.contains(sentence.normalized(found.first)),
               let preposition = Self.preposition(before: found.first, in: sentence, roles: roles) {
                sawWords = true
                unlistedWords = 0
                onlyUnlisted = roles.readsUnlistedSubjects
                index = preposition - 1
                continue
            }
            if !coordinated { return found.subject }
            leftmost = found.subject
            index = found.first - 1
        }
        return leftmost ?? (sawWords ? .unknown : .none)
    }

    /// Whether the indefinite article at token `article` leads an object: an auxiliary or a
    /// lower-case word the roles do not know stands right before it, a verb ("had a big
    /// meltdown", "gave a vague, rambling story"), not a clause's start, a preposition or a
    /// conjunction ("a car alarm went off", "and a neighbor refused").
    private static func isObject(articleAt article: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, roles: RoleWords) -> Bool {
        guard articles.contains(sentence.normalized(article)), let verb = wordBefore(article, in: sentence) else { return false }
        let token = sentence.tokens[verb]
        guard token.possessiveLength == 0 else { return false }
        if let (role, _) = roles.role(endingAt: verb, in: sentence) { return role == .skip }
        return !isCapitalized(token, bytes: bytes)
    }

    /// Whether the word before token `index` is an article or a possessive ("la cocina", "her room").
    private static func followsDeterminer(_ index: Int, in sentence: Sentence, roles: RoleWords) -> Bool {
        var previous = index - 1
        while previous >= 0 && !sentence.tokens[previous].isWordLike { previous -= 1 }
        guard previous >= 0, let (role, _) = roles.role(endingAt: previous, in: sentence) else { return false }
        return role == .determiner
    }

    /// Whether a label at `words` describes someone other than the person: an adjective right
    /// before their noun ("a manipulative boyfriend", "the hostile landlord"), or the predicate
    /// of their noun with only auxiliaries and adverbs between ("her landlord was very hostile").
    /// Anything else, a pronoun, a name or a word the roles do not know, leaves the label on the
    /// person: "I found him hostile" is the writer's label.
    static func describesSomeoneElse(_ words: ClosedRange<Int>, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>,
                                     roles: RoleWords) -> Bool {
        let tokens = sentence.tokens
        var next = words.upperBound + 1
        while next < tokens.count && tokens[next].kind == .space { next += 1 }
        if next < tokens.count && tokens[next].isWordLike {
            for last in next..<min(tokens.count, next + 6) where tokens[last].isWordLike {
                if let (role, first) = roles.role(endingAt: last, in: sentence), first == next, isSomeoneElse(role) { return true }
            }
        }
        // The predicate needs a verb between ("was", "has been"): "called it manipulation" and
        // "found him hostile" label what the person did. A term that starts with its verb ("is
        // bipolar", "was drunk") has passed it already.
        var index = words.lowerBound - 1
        var passedVerb = roles.role(endingAt: words.lowerBound, in: sentence).map { $0.role == .skip && $0.first == words.lowerBound } ?? false
        // The first word of the verb group passed, whose subject the label describes.
        var verb = passedVerb ? words.lowerBound : -1
        // A noun label's article, right before it: "her mother is an alcoholic", "her mother, an alcoholic".
        var passedArticle = false
        while index >= 0 {
            let token = tokens[index]
            guard token.isWordLike else {
                if token.kind == .punctuation && !token.joinsWords {
                    // An apposition: "her uncle, a hoarder, …" describes the uncle.
                    guard passedArticle && !passedVerb && sentence.form(index).elementsEqual(",".utf8) else { return false }
                    return nounBefore(index, isSomeoneElseIn: sentence, roles: roles)
                }
                index -= 1
                continue
            }
            guard token.possessiveLength == 0, let (role, first) = roles.role(endingAt: index, in: sentence) else {
                // A word the roles do not know before the verb: the verb's subject, read past a
                // preposition's object as for a labelling verb ("the guard at the senior center
                // was rude", "the supervisor at Target was hostile").
                guard passedVerb, verb >= 0 else { return false }
                return isSomeoneElse(subjectRole(of(verb: verb, in: sentence, bytes: bytes, roles: roles)))
            }
            if role == .skip {
                passedVerb = true
                verb = first
                index = first - 1
                continue
            }
            // A pair of labels: "was rude and aggressive", "rude, aggressive".
            if role == .conjunction && !passedVerb && !passedArticle, let other = wordBefore(first, in: sentence) {
                index = other - 1
                continue
            }
            if role == .determiner && !passedVerb && !passedArticle && articles.contains(sentence.normalized(first)) {
                passedArticle = true
                index = first - 1
                continue
            }
            // "Her cousin, who is an addict": the relative word stands for the noun before it.
            if role == .relative && passedVerb { return nounBefore(first, isSomeoneElseIn: sentence, roles: roles) }
            // "It was manipulative" is said of what the person did.
            guard passedVerb, !actWords.contains(sentence.normalized(first)) else { return false }
            // The object of a preposition is not who the label describes: "two teenagers in the
            // building were hostile" describes the teenagers.
            if preposition(before: first, in: sentence, roles: roles) != nil {
                return isSomeoneElse(subjectRole(of(verb: verb, in: sentence, bytes: bytes, roles: roles)))
            }
            return isSomeoneElse(role)
        }
        return false
    }

    /// The word token right before token `index`, past spaces, if nothing else stands between.
    private static func wordBefore(_ index: Int, in sentence: Sentence) -> Int? {
        var token = index - 1
        while token >= 0 && sentence.tokens[token].kind == .space { token -= 1 }
        return token >= 0 && sentence.tokens[token].isWordLike ? token : nil
    }

    /// Whether the word right before token `index` (past a comma) ends a role noun for someone
    /// other than the person, who is not the object of a preposition: "her cousin" in "her
    /// cousin, who is …" or "her uncle, a …".
    private static func nounBefore(_ index: Int, isSomeoneElseIn sentence: Sentence, roles: RoleWords) -> Bool {
        var token = index - 1
        while token >= 0 && !sentence.tokens[token].isWordLike {
            let form = sentence.form(token)
            guard sentence.tokens[token].kind == .space || form.elementsEqual(",".utf8) else { return false }
            token -= 1
        }
        guard token >= 0, let (role, first) = roles.role(endingAt: token, in: sentence) else { return false }
        return isSomeoneElse(role) && preposition(before: first, in: sentence, roles: roles) == nil
    }

    /// The articles a noun label may take ("an alcoholic", "a hoarder").
    private static let articles: Set<String> = ["a", "an"]

    /// Whether the verb at token `verb` is a past participle after a form of "be" or "get"
    /// ("was denied", "got refused", "has been rejected"), with one adverb between at most ("is
    /// easily handled", "was never told"): the passive, whose doer is someone else. "Was
    /// refusing" and "had refused" are the person's own doing.
    static func isPassive(_ verb: Int, in sentence: Sentence) -> Bool {
        guard sentence.tokens[verb].isWordLike, sentence.normalized(verb).hasSuffix("ed"),
              let before = wordBefore(verb, in: sentence) else { return false }
        if passiveAuxiliaries.contains(sentence.normalized(before)) { return true }
        let word = sentence.normalized(before)
        guard passiveAdverbs.contains(word) || (word.count > 3 && word.hasSuffix("ly")),
              let auxiliary = wordBefore(before, in: sentence) else { return false }
        return passiveAuxiliaries.contains(sentence.normalized(auxiliary))
    }

    /// The role of the doer a passive names after "by" ("services were refused by pt"), when
    /// the roles know the words right after "by"; nil otherwise.
    static func agent(ofPassive verb: Int, in sentence: Sentence, roles: RoleWords) -> LexiconEntry.Role? {
        let tokens = sentence.tokens
        var words: [Int] = []
        var index = verb + 1
        while index < tokens.count && words.count < 4 {
            if tokens[index].isWordLike { words.append(index) } else if tokens[index].kind != .space { break }
            index += 1
        }
        guard words.count >= 2, sentence.normalized(words[0]) == "by" else { return nil }
        // The longest phrase the roles know: "the participant", not its "the".
        for end in words.dropFirst().reversed() {
            if let (role, first) = roles.role(endingAt: end, in: sentence), first == words[1] { return role }
        }
        return nil
    }

    /// Adverbs without "-ly" that stand inside a passive: "was never told", "got just placed".
    private static let passiveAdverbs: Set<String> = ["not", "never", "also", "just", "then", "already", "still", "again", "once"]

    private static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "am", "get", "gets",
                                                          "got", "getting", "gotten"]

    /// Pronouns that are only ever subjects.
    private static let subjectPronouns: Set<String> = ["i", "we", "she", "he", "they"]

    /// Words that stand for an act or a situation, not someone else.
    private static let actWords: Set<String> = ["it", "this", "that", "which", "what"]

    /// The role a subject stands for (the person's for a name, a pronoun, or one not known).
    private static func subjectRole(_ subject: Subject) -> LexiconEntry.Role {
        switch subject {
        case .other: return .other
        case .staff: return .staff
        case .writer: return .writer
        case .record: return .record
        case .person, .unknown, .unlisted, .none: return .person
        }
    }

    private static func isSomeoneElse(_ role: LexiconEntry.Role) -> Bool {
        role == .other || role == .staff || role == .writer || role == .record
    }

    /// A run of capitalized words ending at `index` ("Bronx Housing Court", "Department of
    /// Labor", "Terrence"): someone else when a role word in it says so, else a person.
    private static func name(endingAt index: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>,
                             roles: RoleWords) -> (subject: Subject, first: Int) {
        let tokens = sentence.tokens
        var first = index
        var subject = Subject.person
        var current = index
        while true {
            if let (role, _) = roles.role(endingAt: current, in: sentence) {
                switch role {
                case .other: subject = .other
                case .staff: subject = .staff
                case .record: subject = .record
                default: break
                }
            }
            first = current
            // Leftwards across one space or hyphen, over capitalized words and "of", "for", "the".
            var next = current - 1
            guard next >= 1, tokens[next].joinsWords else { break }
            next -= 1
            if tokens[next].isWordLike && isCapitalized(tokens[next], bytes: bytes) && tokens[next].possessiveLength == 0 {
                current = next
                continue
            }
            if tokens[next].isWordLike, nameConnectors.contains(sentence.normalized(next)), next >= 2, tokens[next - 1].joinsWords,
               tokens[next - 2].isWordLike, isCapitalized(tokens[next - 2], bytes: bytes) {
                current = next - 2
                continue
            }
            break
        }
        return (subject, first)
    }

    private static let nameConnectors: Set<String> = ["of", "for", "the", "and", "on", "de"]

    /// The first of the capitalized words joined by single spaces right before token `first`,
    /// or `first` itself when there are none.
    private static func nameWords(before first: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let tokens = sentence.tokens
        var start = first
        while start >= 2, tokens[start - 1].kind == .space, tokens[start - 1].range.count == 1,
              tokens[start - 2].possessiveLength == 0, isCapitalized(tokens[start - 2], bytes: bytes) {
            start -= 2
        }
        return start
    }

    /// The preposition a noun at `first` follows, past determiners and one other word ("at
    /// the sober dorm"), if any. A word before the determiner ends the preposition's object:
    /// in "back in juvie the staff", "the staff" is no object of "in".
    private static func preposition(before first: Int, in sentence: Sentence, roles: RoleWords) -> Int? {
        var index = first - 1, others = 0, pastDeterminer = false
        while index >= 0 {
            let token = sentence.tokens[index]
            guard token.isWordLike else {
                if token.kind == .punctuation && !token.joinsWords { return nil }
                index -= 1
                continue
            }
            if token.possessiveLength > 0 { index -= 1; continue }
            switch roles.role(endingAt: index, in: sentence) {
            case let (role, start)? where role == .preposition: return start
            case let (role, start)? where role == .determiner:
                pastDeterminer = true
                index = start - 1
            case .some: return nil
            case nil:
                others += 1
                guard others <= 1, !pastDeterminer else { return nil }
                index -= 1
            }
        }
        return nil
    }

    /// The words before a quotation's opening mark at token `mark`, read for who speaks:
    /// the subject of a speech verb just before it ("I told him, '…'", "Told Rosalie, '…'",
    /// "Dana said: '…'"), or nil when no speech verb is there.
    static func speaker(beforeQuotationAt mark: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, roles: RoleWords) -> Subject? {
        var index = mark - 1, words = 0
        while index >= 0 && words < 6 {
            let token = sentence.tokens[index]
            if token.isWordLike {
                words += 1
                if let (role, first) = roles.role(endingAt: index, in: sentence) {
                    if role == .speech {
                        let speaker = of(verb: first, in: sentence, bytes: bytes, roles: roles)
                        // Staff words the person reports: "she said the nurse told her, '…'".
                        if speaker == .staff && isReported(before: first, in: sentence, bytes: bytes, roles: roles) { return .person }
                        return speaker
                    }
                    if role == .boundary { return nil }
                    index = first - 1
                    continue
                }
            } else if token.kind == .punctuation {
                let form = sentence.form(index)
                if form.elementsEqual(";".utf8) || Quotations.isQuotationMark(bytes[token.range]) { return nil }
            }
            index -= 1
        }
        return nil
    }

    /// Whether a speech verb with someone other than the writer or staff as subject comes
    /// earlier in the sentence, before token `index`: what follows is their report.
    private static func isReported(before index: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, roles: RoleWords) -> Bool {
        var token = index - 1
        while token >= 0 {
            if sentence.tokens[token].isWordLike, let (role, first) = roles.role(endingAt: token, in: sentence) {
                if role == .speech {
                    let speaker = of(verb: first, in: sentence, bytes: bytes, roles: roles)
                    return speaker == .person || speaker == .unknown || speaker == .unlisted || speaker == .other
                }
                token = first - 1
                continue
            }
            token -= 1
        }
        return false
    }

    /// The words after a quotation's closing mark at token `mark`: "…,” Kemar told me",
    /// "…,” said the nurse", "…,” I told him". Nil when no speech verb follows.
    static func speaker(afterQuotationAt mark: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, roles: RoleWords) -> Subject? {
        let tokens = sentence.tokens
        var index = mark + 1, words = 0
        while index < tokens.count && words < 5 {
            let token = tokens[index]
            if token.isWordLike {
                words += 1
                if let (role, _) = roles.role(endingAt: index, in: sentence), role == .speech {
                    // "said Jon": the subject after the verb; "Jon said": before it.
                    let before = of(verb: index, in: sentence, bytes: bytes, roles: roles)
                    if before != .none && before != .unknown && before != .unlisted { return before }
                    return subject(after: index, in: sentence, bytes: bytes, roles: roles) ?? before
                }
            } else if token.kind == .punctuation {
                if Quotations.isQuotationMark(bytes[token.range]) || endsClause(sentence.form(index)) { return nil }
            }
            index += 1
        }
        return nil
    }

    /// The subject right after a verb ("said the nurse", "asked Dana").
    private static func subject(after verb: Int, in sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, roles: RoleWords) -> Subject? {
        let tokens = sentence.tokens
        var index = verb + 1
        while index < tokens.count {
            let token = tokens[index]
            if token.isWordLike {
                // The longest role phrase starting here ("the nurse", "this writer").
                var end = index
                var found: LexiconEntry.Role? = nil
                for last in index..<min(tokens.count, index + 6) where tokens[last].isWordLike {
                    if let (role, first) = roles.role(endingAt: last, in: sentence), first == index { found = role; end = last }
                }
                switch found {
                case .determiner?, .skip?: index = end + 1; continue
                case .person?: return .person
                case .writer?: return .writer
                case .staff?: return .staff
                case .other?: return .other
                case .record?: return .record
                case nil: return isCapitalized(token, bytes: bytes) ? .person : .unknown
                default: return nil
                }
            }
            if token.kind == .punctuation { return nil }
            index += 1
        }
        return nil
    }

    private static func endsClause(_ form: ArraySlice<UInt8>) -> Bool {
        switch form.count {
        case 1:
            switch form.first! {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            default: return false
            }
        case 3: return form.elementsEqual("—".utf8) || form.elementsEqual("–".utf8)
        default: return false
        }
    }

    /// A word whose first letter is a capital: a name, an acronym, or the sentence's first word.
    static func isCapitalized(_ token: Token, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.isWordLike, let first = bytes[token.range].first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
        return word.unicodeScalars.first?.properties.isUppercase ?? false
    }
}
