/// Fits a concern entry's alternatives to the sentence its term is in. It reads the slot the
/// term fills from the words around it — ICU's tokens and `Grammar`'s light rules: a form of
/// *be* before it, a determiner, a noun after it, a possessive — and words each alternative
/// that fits that slot with the words that must change with it: "each {pt}" → "each person",
/// "was {noncompliant} with meds" → "was not taking meds", "the {mentally ill} man" → "the man
/// with a mental health condition", "is {bipolar}" → "has bipolar disorder". An alternative
/// that does not fit is not offered. Capitals follow the place in the sentence, not the
/// matched word.
///
/// This is the one rewriter: findings carry what it fits, and `fix`, `filter --fix`, the
/// language server's quick fixes, the report's examples and `eval --rewrites` apply that.
struct SlotFitter {
    /// One alternative as it reads in the sentence: the bytes it replaces (the term's, or more
    /// when words around it change) and the words that take their place.
    struct Fitted: Sendable, Hashable {
        var range: Range<Int>
        var text: String
        /// Whether `fix` may apply it on its own: not a placeholder for the writer to fill
        /// ("[Name]"), nor an alternative the lexicon offers as a suggestion only.
        var canApply: Bool
        /// Whether the check of what `fix` may apply (`SafeRewrite`) refused it where it stands:
        /// then even a stated name does not take the place of "[Name]".
        var isRefused = false
        /// The slot it was fitted to, where one was read (a dropped word has none).
        var slot: Slot? = nil
    }

    /// The alternatives that fit `match` in `sentence`, in the lexicon's order, as they read there.
    /// `acronyms` are the keys of the entry's terms the lexicon writes in capitals ("AMA"): the
    /// same letters written as a name ("Ama") are not rewritten.
    /// `facts` tell a name from an everyday word, for the check of what `fix` may apply (`SafeRewrite`);
    /// `grammar` holds the lexicon's negations and prepositions.
    /// `verify` is false for an entry that is not `safe`, whose rewrites are never applied on their own.
    static func fit(_ alternatives: [Alternative], match: Matcher.Match, in sentence: Sentence,
                    bytes: UnsafeBufferPointer<UInt8>, acronyms: Set<String> = [], facts: FactWords? = nil,
                    grammar: GrammarWords, verify: Bool = true) -> [Fitted] {
        guard !alternatives.isEmpty else { return [] }
        var around = Surroundings(match: match, sentence: sentence, bytes: bytes, grammar: grammar, acronyms: acronyms,
                                  needsKey: !acronyms.isEmpty || alternatives.contains { !$0.terms.isEmpty })
        around.commonWords = facts?.commonWords
        if !acronyms.isEmpty, around.isWrittenAsName, acronyms.contains(around.termKey) { return [] }
        var fitted: [Fitted] = [], placeholders: [Fitted] = []
        let check = SafeRewrite(sentence: sentence, bytes: bytes, match: match, facts: facts, grammar: grammar)
        let namesPerson = alternatives.contains { $0.text == "[Name]" }
        for alternative in alternatives {
            var alternative = alternative
            // "[Name]" is the person the sentence names, where it seems to name one: offered,
            // never applied on its own (a name read from a sentence is a guess).
            var guessedName = false
            if alternative.text == "[Name]", let name = around.sentenceName { alternative.text = name; guessedName = true }
            guard var made = around.fit(alternative), !(fitted + placeholders).contains(where: { $0.range == made.range && $0.text == made.text }) else { continue }
            if guessedName { made.canApply = false }
            // A first wording that would break the sentence around it ("is person with …",
            // "decided not to with …") is not offered at all: the next one, or guidance, comes
            // first. Only until one passes: a note with thousands of findings stays fast.
            var read: SafeRewrite.Reading? = nil
            if fitted.isEmpty, !alternative.isPlaceholder, !guessedName {
                let (breaks, reading) = check.breaksSentence(made)
                if breaks { continue }
                read = reading
            }
            // Only the first wording (or "[Name]", which a stated name moves first) can be applied
            // on its own: the others are checked by the writer who picks them.
            if verify && (alternative.isPlaceholder || fitted.isEmpty) {
                made = check.verified(made, namesPerson: namesPerson, isPlaceholder: alternative.isPlaceholder, read: read)
            }
            // A placeholder left to fill comes after the wordings that can stand as they are.
            if alternative.isPlaceholder { placeholders.append(made) } else { fitted.append(made) }
        }
        return fitted + placeholders
    }
}

/// The words around one match, read once: what its alternatives are fitted to.
private struct Surroundings {
    let sentence: Sentence
    let bytes: UnsafeBufferPointer<UInt8>
    let match: Matcher.Match
    /// Prepositions before a noun ("for f/u"); "to" is left out, as the infinitive's ("to f/u").
    let prepositions: Set<String>
    var tokens: [Token] { sentence.tokens }
    var first: Int { match.tokens.lowerBound }
    var last: Int { match.tokens.upperBound }

    /// The start of the sentence's first word: a rewrite from here starts with a capital.
    let sentenceStart: Int?
    /// Whether the sentence around the term is written in capitals ("PEER TO F/U WITH PT").
    let inCapitals: Bool
    /// A determiner that is part of the term itself ("the mentally ill"): its token.
    let ownDeterminer: Int?
    /// The writer's determiner before the term, what it is, and whether it is right before it
    /// (not "the new pt").
    let determiner: (token: Int, kind: Grammar.Determiner, adjacent: Bool)?
    /// A word before the term, without a determiner, that is likely an adjective ("Met new pt").
    let bareAdjectiveBefore: Bool
    /// *Be* or a linking verb before the term, with only adverbs between.
    let linking: (token: Int, form: Form?, isBe: Bool, contracted: Bool, adverbs: [Int])?
    /// Whether a possessive 's follows the term ("pt's"), or a plural's apostrophe ("clients'").
    let isPossessive: Bool
    /// The apostrophe token after a plural possessive ("clients'").
    let pluralApostrophe: Int?
    /// The word right after the term, separated by one space.
    let nextWord: Int?
    /// What that word is likely to be.
    let nextGuess: Grammar.NounGuess
    /// Whether the term reads as plural ("pts", "addicts", "the mentally ill").
    let isPlural: Bool
    /// Whether the term is a plural noun by its form ("pts", "addicts"; not "the mentally ill").
    let isPluralNoun: Bool
    /// The words of a heading label the term is part of ("PT GOALS:", "Pt's response:"): the
    /// word tokens from the sentence's start to a colon, no more than four, with the term among
    /// them. Empty when the term is not in one.
    let labelWords: [Int]

    init(match: Matcher.Match, sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, grammar: GrammarWords, acronyms: Set<String>, needsKey: Bool) {
        self.match = match
        prepositions = grammar.prepositionsBeforeNoun
        self.sentence = sentence
        self.bytes = bytes
        let tokens = sentence.tokens
        let first = match.tokens.lowerBound, last = match.tokens.upperBound
        sentenceStart = tokens.first(where: \.isWordLike)?.range.lowerBound
        let termWords = (first...last).filter { tokens[$0].isWordLike }
        let previous = Self.word(before: first, in: tokens, bytes)
        let next = tokens[last].possessiveLength > 0 && match.range.upperBound < tokens[last].range.upperBound ? nil : Self.word(after: last, in: tokens, bytes)
        // "pt's", and a plural's bare apostrophe: "clients' coats".
        isPossessive = (tokens[last].possessiveLength > 0 && match.range.upperBound < tokens[last].range.upperBound)
            || (last + 1 < tokens.count && tokens[last + 1].range.lowerBound == match.range.upperBound
                && Self.isApostrophe(UnsafeBufferPointer(rebasing: bytes[tokens[last + 1].range])))
        pluralApostrophe = isPossessive && tokens[last].possessiveLength == 0 ? last + 1 : nil
        nextWord = next

        // Capitals: the term and most of the sentence in capitals ("PEER TO F/U WITH PT"); one
        // abbreviation beside another ("the ER AMA") is not a sentence in capitals.
        let termCase = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[match.range]))
        let termUpper = termCase.letters > 0 && termCase.upper == termCase.letters
        // The rest of the sentence is read for capitals only for a term written in them.
        var words: [Bool] = []
        if termUpper {
            for index in tokens.indices where tokens[index].kind == .word && !(first...last).contains(index) {
                let letters = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]))
                if letters.letters >= 2 { words.append(letters.upper == letters.letters) }
            }
        }
        termKey = needsKey ? termWords.map { sentence.normalized($0) }.joined() : ""
        let isAcronym = termUpper && acronyms.contains(termKey)
        var label: [Int] = []
        // Four words, their spaces and joins come before a heading's colon: only those tokens are read.
        if last < 16, let colon = tokens.prefix(16).firstIndex(where: { $0.kind == .punctuation && bytes[$0.range.lowerBound] == UInt8(ascii: ":") }), colon > last,
           tokens[last + 1..<colon].allSatisfy({ $0.isWordLike || $0.kind == .space }) {
            label = tokens[..<colon].indices.filter { tokens[$0].isWordLike }
            if label.count > 4 || tokens[..<colon].contains(where: { !$0.isWordLike && $0.kind != .space && !$0.joinsWords }) { label = [] }
        }
        labelWords = label
        // "PT'S RESPONSE:": a heading written in capitals is written in capitals throughout.
        let labelInCapitals = termUpper && !label.isEmpty && label.allSatisfy { index in
            let letters = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]))
            return letters.letters > 0 && letters.upper == letters.letters
        } && label.count > termWords.count
        inCapitals = labelInCapitals || (termUpper && ((!words.isEmpty && words.filter { $0 }.count * 10 >= words.count * 6) || (termCase.letters > 3 && !isAcronym)))
        let form = { (index: Int) in sentence.normalized(index) }
        ownDeterminer = termWords.count > 1 && Grammar.determiner(form(termWords[0])) != nil ? termWords[0] : nil

        // The determiner: right before the term, or before one adjective ("the new pt").
        var determiner: (Int, Grammar.Determiner, Bool)? = nil
        var bareAdjective = false
        let previousForm = previous.map(form)
        if let previous, let previousForm {
            if let kind = Grammar.determiner(previousForm) { determiner = (previous, kind, true) }
            else if tokens[previous].kind == .number { determiner = (previous, .definite, true) }
            else if tokens[previous].possessiveLength > 0 && !Grammar.beContractions.contains(previousForm) {
                determiner = (previous, .possessive, true)
            } else if Grammar.nounGuess(previousForm, original: "", capitalsMeanNothing: true) != .other
                        || Grammar.commonAdjectives.contains(previousForm)
                        // "a convicted felon", "a registered sex offender": a participle describing the term.
                        || (previousForm.hasSuffix("ed") && previousForm.count > 4
                            && Self.word(before: previous, in: tokens, bytes).map { Grammar.determiner(form($0)) != nil } == true) {
                if let before = Self.word(before: previous, in: tokens, bytes), let kind = Grammar.determiner(form(before)) {
                    determiner = (before, kind, false)
                } else if Grammar.commonAdjectives.contains(previousForm) {
                    bareAdjective = true
                }
            }
        }
        self.determiner = determiner.map { (token: $0.0, kind: $0.1, adjacent: $0.2) }
        bareAdjectiveBefore = bareAdjective

        // *Be* or a linking verb, over up to three adverbs.
        var linking: (Int, Form?, Bool, Bool, [Int])? = nil
        if determiner == nil, ownDeterminer == nil {
            var index = previous, adverbs: [Int] = []
            while let current = index, adverbs.count <= 3 {
                let word = current == previous ? previousForm! : form(current)
                if let beForm = Grammar.beForms[word] { linking = (current, beForm, true, false, adverbs.reversed()); break }
                if Grammar.beContractions.contains(word) { linking = (current, nil, true, true, adverbs.reversed()); break }
                if Grammar.linkingVerbs.contains(word) { linking = (current, nil, false, false, adverbs.reversed()); break }
                guard Grammar.adverbs.contains(word) || (word.hasSuffix("ly") && !Grammar.nounsWithOtherEndings.contains(word)) else { break }
                adverbs.append(current)
                index = Self.word(before: current, in: tokens, bytes)
            }
        }
        self.linking = linking.map { (token: $0.0, form: $0.1, isBe: $0.2, contracted: $0.3, adverbs: $0.4) }

        nextGuess = next.map { Grammar.nounGuess(form($0), original: termUpper ? "" : Self.text($0, tokens, bytes)[...], capitalsMeanNothing: termUpper) } ?? .other
        var lastWord = form(termWords.last ?? last)
        if tokens[last].possessiveLength > 0, let apostrophe = lastWord.lastIndex(where: { $0 == "'" || $0 == "’" }) { lastWord = String(lastWord[..<apostrophe]) }
        isPluralNoun = match.pattern.form == .plural || (match.pattern.form == .literal && Grammar.looksPlural(lastWord))
        isPlural = isPluralNoun || (match.pattern.form == .literal && ownDeterminer != nil && lastWord.hasSuffix("ill"))
    }

    // MARK: Fitting

    func fit(_ alternative: Alternative) -> SlotFitter.Fitted? {
        if !alternative.terms.isEmpty && !alternative.terms.contains(termKey) { return nil }
        // "+SI", "#pt": a sign stuck to the term is part of what it says.
        if first > 0, tokens[first - 1].kind == .punctuation, tokens[first - 1].range.upperBound == match.range.lowerBound,
           !"\"'“‘([".contains(Character(UnicodeScalar(bytes[tokens[first - 1].range.lowerBound]))) { return nil }
        if !alternative.onlyBefore.isEmpty && !followedByAny(alternative.onlyBefore) { return nil }
        if !alternative.onlyAfter.isEmpty && !(previousWord.map { alternative.onlyAfter.contains(sentence.normalized($0)) } ?? false) { return nil }
        // "the homeless man's dog": a noun before its possessive 's is still that noun.
        if let next = nextWordForm, alternative.notBefore.contains(next) || alternative.notBefore.contains(Self.withoutPossessive(next)) { return nil }
        if !alternative.notAfter.isEmpty, let previous = previousWord, alternative.notAfter.contains(sentence.normalized(previous)) { return nil }
        // An alternative the lexicon does not place stands where the term stands, never before a noun.
        let slots = alternative.slots.isEmpty ? [Slot.nounPhrase, .predicate, .verb, .clause] : alternative.slots
        for slot in slots {
            if let fitted = fit(alternative, as: slot) { return fitted }
        }
        return nil
    }

    private func fit(_ alternative: Alternative, as slot: Slot) -> SlotFitter.Fitted? {
        var range = match.range
        var text: String
        switch slot {
        case .nounPhrase:
            if let named = nameInApposition(alternative) { return named }
            if let owned = ofPhrase(alternative) { return owned }
            guard let made = nounPhrase(alternative, range: &range) else { return nil }
            text = made
            // "clients'" → "people's": a plural without -s takes 's.
            if let apostrophe = pluralApostrophe, !text.hasSuffix("s") {
                range = range.lowerBound..<tokens[apostrophe].range.upperBound
                text += "'s"
            }
            if followsPastBe(range.lowerBound) { text = Self.pastRelative(text) }
            // "has been an addict since …" keeps its perfect on "been": the clause stays present.
            else if durationFollows(range.upperBound), !followsBeen(range.lowerBound) { text = Self.perfectRelative(text) }
        case .predicate:
            guard let made = predicate(alternative, range: &range) else { return nil }
            text = made
            // "she's still senile about the stove": what the adjective took ("about", "of") does
            // not follow a condition or a verb's object ("living with dementia about the stove").
            if let next = nextWord, ["about", "of"].contains(sentence.normalized(next)), alternative.next.isEmpty,
               made.split(separator: " ").count > 1,
               alternative.be != nil || made.split(separator: " ").contains("with") || made.hasPrefix("experiencing") { return nil }
        case .attributive:
            // "d/c plan", "f/u calls": a noun that is also a common verb, which the alternative
            // names as a word it goes before.
            guard !isPossessive, nextGuess != .other || nextWordForm.map(alternative.onlyBefore.contains) == true else { return nil }
            if alternative.text.isEmpty { return dropped(range) }
            text = number(of: alternative.text, plural: false)
            // "a 35 y/o mother" → "a 35-year-old mother": a wording that starts with a hyphen
            // joins the word before it.
            if text.hasPrefix("-") {
                guard let previous = previousWord else { return nil }
                range = tokens[previous].range.upperBound..<range.upperBound
                return SlotFitter.Fitted(range: range, text: inCapitals ? text.uppercased() : text,
                                         canApply: alternative.canApply && !alternative.isPlaceholder, slot: slot)
            }
            if let own = ownDeterminer {
                text = (["a", "an"].contains(sentence.normalized(own)) ? (Grammar.takesAn(text) ? "an" : "a") : original(own)) + " " + text
            }
            else if let det = determiner, det.adjacent, det.kind == .indefinite { range = tokens[det.token].range.lowerBound..<range.upperBound; text = (Grammar.takesAn(text) ? "an " : "a ") + text }
        case .afterNoun:
            guard let made = afterNoun(alternative, range: &range) else { return nil }
            text = made
        case .verb:
            // Not a noun: no determiner before it, nor a preposition ("for f/u"; "to" is the
            // infinitive's). A determiner a word before ("her son committed", "the OB f/u") leaves
            // room for a verb that agrees with that word as its subject, not for a bare base form.
            guard determiner?.adjacent != true, ownDeterminer == nil else { return nil }
            if determiner != nil, Self.isBaseForm(alternative.text) { return nil }
            // "poor f/u with housing": an adjective before it makes the term a noun.
            if bareAdjectiveBefore { return nil }
            // "Her chief c/o was back pain": right before *be* or a modal the term is the
            // subject, not a verb.
            if let next = nextWord, Self.finiteAfterSubject.contains(sentence.normalized(next)) { return nil }
            // "to review d/c plan": the infinitive has its verb; a second one cannot follow it.
            if let previous = previousWord, let to = Self.word(before: previous, in: tokens, bytes), sentence.normalized(to) == "to",
               !Grammar.adverbs.contains(sentence.normalized(previous)), !sentence.normalized(previous).hasSuffix("ly") { return nil }
            // "F/u with the podiatrist is set for the 14th": the clause has its own verb, and
            // the term that starts it is its subject.
            if match.range.lowerBound == sentenceStart, clauseHasVerb(after: last) { return nil }
            if auxiliaryAfterVerb(alternative.text) { return nil }
            // After *be* ("she is crippled by anxiety") the term is a participle: a verb that
            // shows its subject cannot stand there ("she is spends most days in bed").
            if let linking, linking.isBe, Self.showsSubject(alternative.text) { return nil }
            if let previous = previousWord, prepositions.contains(sentence.normalized(previous)) { return nil }
            // "w/ d/c plan": shorthand for a preposition, written with its slash.
            if let shorthand = slashWordBefore, prepositions.contains(shorthand) { return nil }
            text = number(of: alternative.text, plural: false)
            // "alleged harassment": "say" takes what was said, not a thing ("said harassment").
            // "claims bus broke down": a noun and its verb are a clause, what was said.
            if let verb = text.split(separator: " ").first, text.split(separator: " ").count == 1,
               ["say", "says", "said"].contains(verb.lowercased()), nextGuess == .noun, !clauseFollows { return nil }
            // "says using crack", "shares drinking": a verb of saying takes no gerund as its object.
            if let verb = text.split(separator: " ").first, text.split(separator: " ").count == 1,
               ["say", "says", "said", "share", "shares", "shared"].contains(verb.lowercased()),
               let next = nextWord, Self.isGerundAfterVerb(sentence.normalized(next)) { return nil }
            if match.pattern.form == .past, afterPerfectAuxiliary, let space = text.firstIndex(of: " ") ?? Optional(text.endIndex) {
                text = Grammar.participle(ofPast: String(text[..<space])) + text[space...]
            }
        case .clause:
            // "She supposedly went" → "She said she went": a word of doubt after its subject
            // becomes who said it, in the tense of the verb it stood before.
            if alternative.text.contains(Self.subjectSlot) { return reportedSpeech(alternative) }
            guard linking == nil, determiner?.adjacent != true else { return nil }
            if alternative.text.isEmpty { return dropped(range) }
            text = number(of: alternative.text, plural: false)
            if auxiliaryAfterVerb(text) { return nil }
        }
        guard followingWord(alternative, range: &range, text: &text) else { return nil }
        // "He is bipolar man": an adjective said without its article before a person noun
        // describes that noun; "has bipolar disorder man" does not read.
        if slot == .predicate || (slot == .clause && replacesBe(alternative)), let next = nextWord,
           range.upperBound <= tokens[next].range.lowerBound, Grammar.isPersonNoun(sentence.normalized(next)) { return nil }
        // "Per pt, she slept …" → "She said she slept …": a verb of saying takes what was said
        // as its object, and the comma that set the phrase off goes with it.
        if let verb = text.lowercased().split(separator: " ").last, Self.speechVerbs.contains(String(verb)),
           let comma = tokens.firstIndex(where: { $0.range.lowerBound == range.upperBound }), tokens[comma].kind == .punctuation,
           bytes[tokens[comma].range.lowerBound] == UInt8(ascii: ","), tokens[comma].range.count == 1,
           // A quotation after it keeps its comma: "She said, “…”".
           !(comma + 2 < tokens.count && tokens[comma + 2].kind == .punctuation && !tokens[comma + 2].joinsWords) {
            range = range.lowerBound..<tokens[comma].range.upperBound
        }
        // "is SPMI and eligible" cannot become "has a serious mental illness and eligible": *be*
        // stays when another predicate shares it.
        // "is bipolar and kind" → "has bipolar disorder and is kind": *be* goes on with the
        // predicate that shares it, in its own form; where that form is not known, nothing fits.
        // A rewrite that reaches into the next predicate is offered, not applied on its own (on
        // the test parts the one sentence `fix` would gain was not the writer's).
        var carried = false
        if replacesBe(alternative) || keepsBeBeforeVerb(alternative) {
            switch sharedBe(after: range.upperBound, keepsBe: !replacesBe(alternative)) {
            case .none: break
            case .refuse: if replacesBe(alternative) { return nil }
            case .carry(let conjunction):
                guard let be = replacedBeWord else { return nil }
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[range.upperBound..<tokens[conjunction].range.upperBound]), as: UTF8.self) + " " + be
                range = range.lowerBound..<tokens[conjunction].range.upperBound
                carried = true
            }
        }
        return SlotFitter.Fitted(range: range, text: capitalized(text, at: range),
                                 canApply: alternative.canApply && !alternative.isPlaceholder && !carried, slot: slot)
    }

    /// A noun phrase: the writer's determiner stays and the alternative's goes ("each pt" → "each
    /// person"); a bare noun takes the alternative's ("Pt arrived" → "The person arrived") unless
    /// it is plural ("pts who came" → "people who came"); "a"/"an" agrees.
    private func nounPhrase(_ alternative: Alternative, range: inout Range<Int>) -> String? {
        // "PT GOALS:": a heading has no verb, so the word after a person's label is a noun it
        // owns ("THE PERSON'S GOALS").
        if let next = nextWord, labelWords.contains(next), !isPossessive, !isPlural, !alternative.isPlaceholder,
           alternative.be == nil, !alternative.text.contains(" who "), determiner == nil,
           ["person", "people"].contains(Grammar.head(of: number(of: alternative.text, plural: false))) {
            return nounPhrase(alternative, range: &range, modifier: true).map { $0 + "'s" }
        }
        return nounPhrase(alternative, range: &range, modifier: false)
    }

    private func nounPhrase(_ alternative: Alternative, range: inout Range<Int>, modifier: Bool) -> String? {
        // A modifier ("client files") is singular: after a plural noun, the word is its verb ("clients love").
        if !modifier && ((nextGuess == .noun && !isPluralNoun) || (nextGuess == .nounOrVerb && isPlural)) { return nil }
        // "My client Jorge": a name in apposition, which the rewrite would leave dangling.
        if let next = nextWord, Self.isName(original(next)) { return nil }
        var made = number(of: alternative.text, plural: isPlural)
        // A plural noun takes the plural of an alternative the lexicon gives in the singular only.
        // A term listed in its plural ("suicide victims") takes the plural of a person noun too;
        // not of a thing ("special needs" stays "a disability").
        if match.pattern.form == .plural || (isPluralNoun && ["person", "man", "woman", "child"].contains(Grammar.head(of: made))),
           !alternative.text.contains("|"), !alternative.isPlaceholder, !made.isEmpty,
           !Grammar.isPluralPhrase(made), let plural = Grammar.plural(of: made) {
            made = plural
        }
        // After a singular *be* ("she is bed-bound") a word in -s is a verb, not a plural noun:
        // "she is spends most days in bed" is no noun phrase.
        if alternative.be == nil, let linking, linking.isBe, linking.contracted || ["is", "was", "am"].contains(sentence.normalized(linking.token)),
           Self.showsSubject(made) { return nil }
        var words = made.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return nil }
        // "has thought about suicide for a long time" is a predicate, never a noun phrase (unless
        // the term holds its own auxiliary: "has been clean" → "has been sober").
        if alternative.be == nil, Self.verbsNoNounStartsWith.contains(words[0].lowercased()),
           !Self.verbsNoNounStartsWith.contains(sentence.normalized(first)) { return nil }
        // "her not taking meds", "his taking medication": a gerund takes no determiner.
        if determiner != nil || ownDeterminer != nil, Self.isGerund(words[0]) { return nil }
        let ownArticle = ["the", "a", "an"].contains(words[0]) ? words[0] : nil
        // "pt's": only a plain noun takes a possessive ("person who uses drugs's" does not read).
        if isPossessive && (words.count > (ownArticle == nil ? 2 : 3) || words.contains(where: { Self.postModifiers.contains($0) })) { return nil }
        // "repeat suicide attempters" cannot become "repeat people who survived …": a word before
        // the term that may describe it leaves room for a plain noun only.
        // "a chronic alcoholic" is not "a chronic person with …": the adjective was about the condition.
        if ownDeterminer == nil, determiner?.adjacent == false || (determiner == nil && previousWord.map { tokens[$0].kind == .word && Grammar.nounGuess(sentence.normalized($0), original: original($0)[...], capitalsMeanNothing: false) == .noun } == true),
           ["person", "people"].contains(words.first { !["the", "a", "an"].contains($0) } ?? ""), words.count > (ownArticle == nil ? 1 : 2) { return nil }
        if determiner?.adjacent != true, ownDeterminer == nil, let previous = previousWord, tokens[previous].kind == .word,
           !Grammar.startsWithCapital(original(previous)),
           Grammar.nounGuess(sentence.normalized(previous), original: original(previous)[...], capitalsMeanNothing: true) == .noun,
           words.contains(where: { Self.clausePostModifiers.contains($0) }) { return nil }
        if alternative.isPlaceholder {
            if determinerBeforePreviousWord { return nil }
            // "Chronic pain pt", "Bipolar pt": a describing word before the label stays before a name too.
            if let previous = previousWord, tokens[previous].kind == .word,
               Grammar.nounGuess(sentence.normalized(previous), original: "", capitalsMeanNothing: true) == .noun { return nil }
            return determiner == nil && ownDeterminer == nil && linking == nil ? words.joined(separator: " ") : nil
        }
        if let be = alternative.be {
            // "was a drunk" → "had an alcohol use disorder": *be* and the article go with the noun.
            let article = ownDeterminer.map { ["a", "an"].contains(sentence.normalized($0)) } ?? false
            let before = article ? match.tokens.lowerBound : (determiner?.adjacent == true && determiner?.kind == .indefinite ? determiner!.token : nil)
            // After *be* with an article ("was a drunk"), a plural ("are alcoholics") or a bare noun ("was SI").
            guard let start = before ?? (determiner == nil && ownDeterminer == nil ? match.tokens.lowerBound : nil),
                  let linking = beBefore(start), linking.isBe, !linking.contracted, linking.adverbs.isEmpty, let form = linking.form else { return nil }
            range = tokens[linking.token].range.lowerBound..<range.upperBound
            return ([Self.verb(be, like: form)].filter { !$0.isEmpty } + words).joined(separator: " ")
        }
        if ownDeterminer != nil { return words.joined(separator: " ") }
        if let det = determiner {
            if ownArticle != nil { words.removeFirst() }
            if det.kind == .possessive && ownArticle == "the" { return nil }   // "my client" is not "my person"
            if det.adjacent && det.kind == .indefinite {
                if isPlural || Grammar.looksPlural(words.last ?? "") && words.count == 1 { return nil }
                range = tokens[det.token].range.lowerBound..<range.upperBound
                return (Grammar.takesAn(words.joined(separator: " ")) ? "an " : "a ") + words.joined(separator: " ")
            }
            return words.joined(separator: " ")
        }
        if bareAdjectiveBefore && ownArticle != nil { return nil }   // "Met new pt": the article would go before "new"
        // "Homeless pt at bus stn": a word before the bare term that is no verb, preposition or
        // conjunction describes it, and "the person" cannot stand after it.
        if ownArticle != nil, !isPlural, let previous = previousWord, tokens[previous].kind == .word,
           Grammar.nounGuess(sentence.normalized(previous), original: "", capitalsMeanNothing: true) == .noun { return nil }
        if ownArticle != nil, determinerBeforePreviousWord { return nil }
        if isPlural && ownArticle == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// "addicts' families" → "families of people who use drugs": a plural possessive whose
    /// wording goes on after its noun ("people who use drugs'" does not read) is said after
    /// what it owns, with "of". Only one noun owned, and a determiner that can go with the owner
    /// ("other addicts' families" → "families of other people …") or stay in front ("the").
    private func ofPhrase(_ alternative: Alternative) -> SlotFitter.Fitted? {
        guard let apostrophe = pluralApostrophe, isPluralNoun, !alternative.isPlaceholder, alternative.be == nil,
              let owned = Self.word(after: apostrophe, in: tokens, bytes), tokens[owned].possessiveLength == 0 else { return nil }
        var made = number(of: alternative.text, plural: true)
        if !alternative.text.contains("|"), ["person", "man", "woman", "child"].contains(Grammar.head(of: made)),
           !Grammar.isPluralPhrase(made), let plural = Grammar.plural(of: made) { made = plural }
        var words = made.split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        guard words.count > 2 || words.contains(where: { Self.postModifiers.contains($0) }) else { return nil }
        // The owned noun is one word, and the noun phrase ends with it.
        let ownedWord = sentence.normalized(owned)
        guard Grammar.nounGuess(ownedWord, original: original(owned)[...], capitalsMeanNothing: inCapitals) != .other else { return nil }
        if owned + 1 < tokens.count, tokens[owned + 1].joinsWords, tokens[owned + 1].kind == .punctuation { return nil }
        if let after = Self.word(after: owned, in: tokens, bytes) {
            let word = sentence.normalized(after)
            if Grammar.nounGuess(word, original: original(after)[...], capitalsMeanNothing: inCapitals) == .noun,
               !(word.hasSuffix("ed") && word.count >= 4) { return nil }
        }
        var start = match.range.lowerBound
        var front = ""
        if ownDeterminer != nil { return nil }
        if let det = determiner {
            guard det.adjacent else { return nil }
            let word = sentence.normalized(det.token)
            if word == "the" { front = original(det.token) + " " }
            else if Self.ownerQuantifiers.contains(word) { words.insert(original(det.token), at: 0) }
            else { return nil }
            start = tokens[det.token].range.lowerBound
        }
        let range = start..<tokens[owned].range.upperBound
        let text = front + original(owned) + " of " + words.joined(separator: " ")
        return SlotFitter.Fitted(range: range, text: capitalized(text, at: range), canApply: alternative.canApply, slot: .nounPhrase)
    }

    /// Determiners that go with the owner when a possessive is said with "of" ("other addicts'
    /// families" → "families of other people who use drugs").
    private static let ownerQuantifiers: Set<String> = ["other", "some", "many", "most", "several", "all", "both", "these", "those"]

    /// "The following pt", "the drug-seeking pt": a determiner a word (or a hyphened compound)
    /// before the bare term is the term's own, which no second determiner nor a name can follow.
    private var determinerBeforePreviousWord: Bool {
        guard determiner == nil, ownDeterminer == nil, var head = previousWord, tokens[head].kind == .word else { return false }
        while head >= 2, tokens[head - 1].kind == .punctuation, tokens[head - 1].joinsWords, tokens[head - 2].isWordLike { head -= 2 }
        guard let before = Self.word(before: head, in: tokens, bytes) else { return false }
        return Grammar.determiner(sentence.normalized(before)) != nil
    }

    /// Whether `text` starts with an auxiliary right after a verb of the writer's ("honored has
    /// thought about suicide"): after a verb comes its object, not a second verb. A term that
    /// holds its own auxiliary, and an auxiliary or "to" before the term, are another matter.
    private func auxiliaryAfterVerb(_ text: String) -> Bool {
        guard let head = text.split(separator: " ").first.map({ $0.lowercased() }), Self.verbsNoNounStartsWith.contains(head),
              !Self.verbsNoNounStartsWith.contains(sentence.normalized(first)),
              let previous = previousWord else { return false }
        let word = sentence.normalized(previous)
        guard !Grammar.auxiliaries.contains(word), Grammar.beForms[word] == nil, !Self.verbsNoNounStartsWith.contains(word), word != "to" else { return false }
        return isVerb(previous)
    }

    /// Where a wording takes the subject of the term's clause: "says {subject}|said {subject}".
    static let subjectSlot = "{subject}"

    /// A word of doubt between a subject pronoun and its verb said as who said it: "She has
    /// {supposedly} been going" → "She says she has been going", "he {allegedly} paid" → "he said
    /// he paid". The wording's two forms are for a verb in the present and in the past; the
    /// tense is read from an auxiliary before the term, or the verb right after it. Nil where the
    /// subject is no pronoun (a name does not tell which pronoun the person uses) or the tense
    /// is not shown.
    private func reportedSpeech(_ alternative: Alternative) -> SlotFitter.Fitted? {
        guard let previous = previousWord, !isPossessive else { return nil }
        var subject = previous, auxiliary: Int? = nil
        let before = sentence.normalized(previous)
        if Self.reportingPronouns[before] == nil {
            guard Grammar.beForms[before] != nil || ["has", "have", "had", "does", "do", "did"].contains(before),
                  let pronoun = Self.word(before: previous, in: tokens, bytes) else { return nil }
            subject = pronoun
            auxiliary = previous
        }
        guard let plural = Self.reportingPronouns[sentence.normalized(subject)] else { return nil }
        // Only at the start of the clause: a pronoun after a verb is its object ("told her").
        if let earlier = Self.word(before: subject, in: tokens, bytes),
           !["and", "but", "so", "because", "since", "though", "although", "while", "when", "that"].contains(sentence.normalized(earlier)) { return nil }
        let past: Bool
        if let auxiliary {
            let word = sentence.normalized(auxiliary)
            past = ["was", "were", "had", "did"].contains(word)
        } else {
            guard let next = nextWord else { return nil }
            let word = sentence.normalized(next)
            if ["has", "is", "does", "have", "are", "do"].contains(word) || Grammar.past(ofThirdPerson: word) != nil { past = false }
            else if ["had", "was", "were", "did"].contains(word) || (word.hasSuffix("ed") && word.count > 3)
                        || WordClass.irregularVerbs.contains(where: { $0.value.1 == word && $0.key != word }) { past = true }
            else { return nil }
        }
        let forms = alternative.text.split(separator: "|").map(String.init)
        guard forms.count == 2 else { return nil }
        var verb = forms[past ? 1 : 0]
        // "they supposedly have": the plural takes "say".
        if plural && !past, verb.hasPrefix("says ") { verb = "say " + verb.dropFirst(5) }
        let pronoun = sentence.normalized(subject) == "i" ? "I" : sentence.normalized(subject)
        var text = verb.replacingOccurrences(of: Self.subjectSlot, with: pronoun)
        var range = match.range
        if let auxiliary {
            text += " " + original(auxiliary)
            range = tokens[auxiliary].range.lowerBound..<range.upperBound
        }
        return SlotFitter.Fitted(range: range, text: text, canApply: alternative.canApply, slot: .clause)
    }

    /// Verbs that take a subject before them and never follow a verb: "is", "will".
    private static let finiteAfterSubject: Set<String> = [
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "might", "shall",
    ]

    /// Subject pronouns a reported wording repeats, and whether each is plural.
    private static let reportingPronouns: [String: Bool] = ["she": false, "he": false, "they": true, "we": true, "i": true]

    /// Verbs of saying that end a wording: the words said follow them without a comma.
    private static let speechVerbs: Set<String> = ["said", "says", "say", "shared", "shares", "reported", "reports", "mentioned", "mentions"]

    /// Auxiliaries: a wording that starts with one is no noun phrase, nor follows a verb.
    private static let verbsNoNounStartsWith: Set<String> = [
        "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "does", "do", "did", "will", "would", "can",
        "could", "should", "may", "might", "must",
    ]

    /// Words that make a noun phrase longer than its noun: no possessive 's after them.
    private static let postModifiers: Set<String> = ["who", "that", "with", "in", "of", "living", "experiencing", "receiving", "using",
                                                     "on", "for", "without", "from", "having", "who's"]

    /// Words that start a clause after a noun: "repeat people who survived" does not read.
    private static let clausePostModifiers: Set<String> = ["who", "that", "living", "experiencing", "receiving", "using", "having"]

    /// After *be*: the alternative in place of the term, or in place of *be* and the term.
    private func predicate(_ alternative: Alternative, range: inout Range<Int>) -> String? {
        guard let linking else { return nil }
        let firstWord = alternative.text.split(separator: " ").first { $0 != "not" }.map(String.init) ?? ""
        let needsBe = alternative.be != nil || firstWord.hasSuffix("ing")
        if needsBe && !linking.isBe { return nil }
        let text = number(of: alternative.text, plural: ["are", "were"].contains(sentence.normalized(linking.token)))
        guard let be = alternative.be else {
            // A verb that shows its subject cannot follow *be*: "is spends most days in bed".
            if Self.showsSubject(text) { return nil }
            // "has been noncompliant" → "has not been taking": the negation goes before "been".
            if text.hasPrefix("not "), let form = linking.form, form == .past || form == .base,
               ["been", "be"].contains(sentence.normalized(linking.token)), !linking.contracted {
                guard linking.adverbs.isEmpty else { return nil }
                range = tokens[linking.token].range.lowerBound..<range.upperBound
                return "not " + original(linking.token) + " " + text.dropFirst(4)
            }
            return text
        }
        // *Be* gives way to another verb in the same tense: is → has, was → had.
        guard !linking.contracted, let form = linking.form else { return nil }
        var moved: [String] = []
        for adverb in linking.adverbs {
            guard Grammar.movableAdverbs.contains(sentence.normalized(adverb)) else { return nil }
            moved.append(original(adverb))
        }
        range = tokens[linking.token].range.lowerBound..<range.upperBound
        // "he is wheelchair-bound since the fall" → "he has used a wheelchair since the fall": a
        // state up to now, said with *be* in the present, takes the perfect once it is a verb.
        if !be.isEmpty, form == .thirdPerson || (form == .base && sentence.normalized(linking.token) != "be"),
           durationFollows(range.upperBound) {
            let participle = Grammar.participle(ofPast: Self.verb(be, like: .past))
            return (moved + [form == .thirdPerson ? "has" : "have", participle, text].filter { !$0.isEmpty }).joined(separator: " ")
        }
        return (moved + [Self.verb(be, like: form), text].filter { !$0.isEmpty }).joined(separator: " ")
    }

    /// An adjective before its noun said after the noun: "the mentally ill man" → "the man with a
    /// mental health condition". Only when the noun is one word and what follows it ends the
    /// noun phrase.
    private func afterNoun(_ alternative: Alternative, range: inout Range<Int>) -> String? {
        // "addicts hold the money": a plural is a noun of its own, not a word before one.
        guard !isPossessive, match.pattern.form != .plural, let noun = nextWord, tokens[noun].possessiveLength == 0 else { return nil }
        // "the diabetic Elder", "two schizophrenic Vets": a person noun the writer capitalizes is
        // still a noun; so is a capitalized word before one ("a homeless Army vet").
        if nextGuess == .other {
            let capitalized = Grammar.startsWithCapital(original(noun))
                && Grammar.nounGuess(sentence.normalized(noun), original: original(noun)[...], capitalsMeanNothing: true) != .other
            let personAfter = Self.word(after: noun, in: tokens, bytes).map { Grammar.isPersonNoun(sentence.normalized($0)) } ?? false
            guard capitalized && (Grammar.isPersonNoun(sentence.normalized(noun)) || personAfter) else { return nil }
        }
        // "the addicted mothers' group": the words would land between the noun and its apostrophe.
        if noun + 1 < tokens.count, tokens[noun + 1].range.lowerBound == tokens[noun].range.upperBound,
           Self.isApostrophe(UnsafeBufferPointer(rebasing: bytes[tokens[noun + 1].range])) { return nil }
        let nounText = original(noun)
        var head = nounText, end = tokens[noun].range.upperBound
        var last = noun
        if let after = Self.word(after: noun, in: tokens, bytes) {
            var word = sentence.normalized(after)
            var guess = Grammar.nounGuess(word, original: Self.text(after, tokens, bytes)[...], capitalsMeanNothing: inCapitals)
            // "a psychotic young man", "an alcoholic construction worker": a person noun after
            // the first word ends the noun phrase, and the words go after it.
            if Grammar.isPersonNoun(word), !Grammar.isPersonNoun(sentence.normalized(noun)), tokens[after].possessiveLength == 0,
               Grammar.nounGuess(word, original: Self.text(after, tokens, bytes)[...], capitalsMeanNothing: true) == .noun,
               !(after + 1 < tokens.count && tokens[after + 1].joinsWords && tokens[after + 1].kind == .punctuation) {
                head += " " + original(after)
                end = tokens[after].range.upperBound
                last = after
                if let further = Self.word(after: after, in: tokens, bytes) {
                    word = sentence.normalized(further)
                    guess = Grammar.nounGuess(word, original: Self.text(further, tokens, bytes)[...], capitalsMeanNothing: inCapitals)
                } else { guess = .other; word = "" }
            }
            // "his alcoholic father used to": a past in -ed is the verb after the noun phrase.
            let past = word.hasSuffix("ed") && word.count >= 4
            if (guess == .noun && !past) || (guess == .nounOrVerb && Grammar.looksPlural(sentence.normalized(last))) { return nil }
        } else if noun + 1 < tokens.count, tokens[noun + 1].joinsWords, tokens[noun + 1].kind == .punctuation {
            return nil   // "the mentally ill man-child": the noun goes on
        }
        // "a mentally ill mother of two," → "a mother of two with a mental illness": a one-word
        // "of" phrase that ends the noun phrase stays with its noun; a longer one is left alone.
        if let of = Self.word(after: last, in: tokens, bytes), sentence.normalized(of) == "of" {
            guard let object = Self.word(after: of, in: tokens, bytes), object + 1 < tokens.count,
                  tokens[object + 1].kind == .punctuation, !tokens[object + 1].joinsWords,
                  tokens[object + 1].range.lowerBound == tokens[object].range.upperBound else { return nil }
            head += " " + original(of) + " " + original(object)
            end = tokens[object].range.upperBound
        }
        let phrase = head + " " + number(of: alternative.text, plural: Grammar.looksPlural(sentence.normalized(last)))
        range = range.lowerBound..<end
        if let own = ownDeterminer {
            range = tokens[own].range.lowerBound..<range.upperBound
            let article = sentence.normalized(own)
            return (["a", "an"].contains(article) ? (Grammar.takesAn(nounText) ? "an" : "a") : original(own)) + " " + phrase
        }
        if let det = determiner, det.adjacent, det.kind == .indefinite {
            range = tokens[det.token].range.lowerBound..<range.upperBound
            return (Grammar.takesAn(nounText) ? "an " : "a ") + phrase
        }
        return phrase
    }

    /// The term left out, with the space after it; "an unsuccessful attempt" → "a … attempt".
    /// "My client Jorge" → "Jorge": where the name follows the label, "[Name]" is the name alone,
    /// the label and its determiner left out. Only after "my", "the" and the like (or with them
    /// in the term: "my client"), or at the
    /// start of a sentence ("gave pt Tylenol" names a thing), and offered, never applied on its
    /// own: a capitalized word may still be a thing.
    private func nameInApposition(_ alternative: Alternative) -> SlotFitter.Fitted? {
        guard alternative.isPlaceholder, number(of: alternative.text, plural: false) == "[Name]",
              !isPossessive, !isPluralNoun,
              let next = nextWord, Self.isName(original(next)), !Grammar.nonNames.contains(sentence.normalized(next)) else { return nil }
        let start: Int
        // "{My client} Jorge": the determiner is part of the term.
        if let own = ownDeterminer, Grammar.determiner(sentence.normalized(own)) != .indefinite { start = match.range.lowerBound }
        else if let det = determiner, det.adjacent, det.kind != .indefinite { start = tokens[det.token].range.lowerBound }
        else if determiner == nil, match.range.lowerBound == sentenceStart { start = match.range.lowerBound }
        else { return nil }
        return SlotFitter.Fitted(range: start..<tokens[next].range.upperBound, text: original(next), canApply: false)
    }

    private func dropped(_ range: Range<Int>) -> SlotFitter.Fitted? {
        guard let next = nextWord else { return nil }
        var range = range.lowerBound..<tokens[next].range.lowerBound
        var text = ""
        if let det = determiner, det.adjacent, det.kind == .indefinite {
            range = tokens[det.token].range.lowerBound..<range.upperBound
            text = Grammar.takesAn(original(next)) ? "an " : "a "
        }
        if range.lowerBound == sentenceStart, text.isEmpty {
            // The next word now starts the sentence.
            range = range.lowerBound..<tokens[next].range.upperBound
            text = original(next)
        }
        return SlotFitter.Fitted(range: range, text: capitalized(text, at: range), canApply: true)
    }

    /// The `next:` words: the word right after the term replaced or dropped, or the alternative
    /// refused when an unlisted word follows and `*` is not a key.
    private func followingWord(_ alternative: Alternative, range: inout Range<Int>, text: inout String) -> Bool {
        guard !alternative.next.isEmpty else { return true }
        // ".": no word follows in the clause.
        if nextWord == nil, let replacement = alternative.next["."] {
            if !replacement.isEmpty { text += " " + replacement }
            return true
        }
        // "on +noun", "on -ing": the word, and whether a gerund comes after it ("insisted on a
        // copy" → "asked for a copy"; "insisted on taking" → "felt strongly about taking").
        if let nextWord, let key = nextWordForm, alternative.next.keys.contains(where: { $0.hasPrefix(key + " ") }) {
            let gerund = Self.word(after: nextWord, in: tokens, bytes).map { Self.isGerundAfterVerb(sentence.normalized($0)) }
            let form = gerund == true ? key + " -ing" : gerund == false ? key + " +noun" : nil
            if let form, let replacement = alternative.next[form] {
                guard range.upperBound <= tokens[nextWord].range.lowerBound else { return false }
                range = range.lowerBound..<nextWordEnd(nextWord)
                if !replacement.isEmpty { text += " " + replacement }
                return true
            }
        }
        if let nextWord, let key = nextWordForm, let replacement = alternative.next[key] {
            guard range.upperBound <= tokens[nextWord].range.lowerBound else { return false }
            range = range.lowerBound..<nextWordEnd(nextWord)
            if !replacement.isEmpty { text += " " + replacement }
            return true
        }
        // "-ing": a gerund may follow, and stays ("admits using" → "talks about using").
        if let nextWord, alternative.next["-ing"] != nil, Self.isGerundAfterVerb(sentence.normalized(nextWord)) { return true }
        return alternative.next["*"] != nil
    }

    /// The word after the term as `next:` and `not_before:` name it; chart shorthand written
    /// with a slash is one word there ("w/", "w/o").
    private var nextWordForm: String? {
        guard let nextWord else { return nil }
        let end = nextWordEnd(nextWord)
        guard end != tokens[nextWord].range.upperBound else { return sentence.normalized(nextWord) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[nextWord].range.lowerBound..<end]), as: UTF8.self).lowercased()
    }

    /// Where the word at token `index` ends, with a slash and the letters after it ("w/", "w/o").
    private func nextWordEnd(_ index: Int) -> Int {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .punctuation, tokens[index + 1].joinsWords,
              bytes[tokens[index + 1].range.lowerBound] == 0x2F else { return tokens[index].range.upperBound }
        if index + 2 < tokens.count, tokens[index + 2].isWordLike { return tokens[index + 2].range.upperBound }
        return tokens[index + 1].range.upperBound
    }

    /// Whether the alternative takes the place of *be*: by `be:`, or as a term that holds it ("is bipolar").
    private func replacesBe(_ alternative: Alternative) -> Bool {
        if alternative.be != nil { return true }
        let word = sentence.normalized(first)
        return Grammar.beForms[word] != nil || Grammar.beContractions.contains(word)
    }

    /// What the words after a rewrite of *be* ask of it.
    private enum SharedBe {
        /// Nothing shares the *be*.
        case none
        /// Something may share it and cannot take it ("is a schizophrenic who lives alone", "is bipolar, kind and funny").
        case refuse
        /// A predicate joined by the conjunction at this token shares it ("is SPMI and eligible").
        case carry(Int)
    }

    /// The form of *be* the term replaces or stands after ("is", "was", "are"), for a predicate
    /// joined after it; nil for "been", "be" and "being", whose auxiliary would go too.
    private var replacedBeWord: String? {
        let word = sentence.normalized(first)
        let be: String
        if Grammar.beForms[word] != nil || Grammar.beContractions.contains(word) { be = word }
        else if let linking, linking.isBe { be = sentence.normalized(linking.token) }
        else { return nil }
        switch be {
        case "is", "am", "are", "was", "were": return be
        case "i'm": return "am"
        case "you're", "we're", "they're": return "are"
        default: return Grammar.beContractions.contains(be) ? "is" : nil
        }
    }

    /// Whether *be* stays before a wording that is a verb's form ("is experiencing
    /// homelessness", "was not taking"): a predicate joined after it needs its own *be*.
    private func keepsBeBeforeVerb(_ alternative: Alternative) -> Bool {
        guard alternative.be == nil, let linking, linking.isBe else { return false }
        let words = alternative.text.lowercased().split(separator: " ")
        guard let head = words.first(where: { $0 != "not" }) else { return false }
        return head.hasSuffix("ing") && head.count > 4
    }

    /// Whether a predicate after "and"/"or"/"but" shares the *be* the rewrite takes away
    /// ("is SPMI and eligible", "is bipolar, and kind"), a new verb or subject follows ("is
    /// bipolar and takes lithium", "and her sister is too"), or a list of predicates after a
    /// comma does ("is bipolar, kind and funny").
    private func sharedBe(after offset: Int, keepsBe: Bool) -> SharedBe {
        guard let end = tokens.lastIndex(where: { $0.range.upperBound <= offset }) else { return .none }
        var anchor = end
        var comma = false
        if end + 1 < tokens.count, tokens[end + 1].kind == .punctuation, tokens[end + 1].range.count == 1,
           bytes[tokens[end + 1].range.lowerBound] == UInt8(ascii: ",") { anchor = end + 1; comma = true }
        guard let conjunction = Self.word(after: anchor, in: tokens, bytes) else { return .none }
        let joined = sentence.normalized(conjunction)
        // "is a schizophrenic who lives alone": the clause after belongs to the noun.
        if ["who", "that", "which", "whose"].contains(joined) { return comma ? .none : .refuse }
        guard ["and", "or", "but"].contains(joined) else {
            // "is bipolar, kind and funny": a list of predicates, which one *be* cannot carry.
            guard comma, !Grammar.closedClass.contains(joined), !Grammar.adverbs.contains(joined), !isVerb(conjunction),
                  conjunction + 1 < tokens.count else { return .none }
            if let after = Self.word(after: conjunction, in: tokens, bytes), ["and", "or"].contains(sentence.normalized(after)) { return .refuse }
            if tokens[conjunction + 1].kind == .punctuation, bytes[tokens[conjunction + 1].range.lowerBound] == UInt8(ascii: ","),
               tokens[conjunction + 1].range.count == 1 { return .refuse }
            return .none
        }
        guard let next = Self.word(after: conjunction, in: tokens, bytes) else { return comma ? .none : .refuse }
        let nextWord = sentence.normalized(next)
        if ["she", "he", "they", "i", "we", "it", "there", "then", "you"].contains(nextWord) { return .none }
        // Past adverbs ("and also takes lithium") to the word that says what the predicate is.
        var head = next
        var skipped = 0
        while skipped < 3, Grammar.adverbs.contains(sentence.normalized(head)) || sentence.normalized(head).hasSuffix("ly"),
              let later = Self.word(after: head, in: tokens, bytes) {
            head = later
            skipped += 1
        }
        let headWord = sentence.normalized(head)
        // "is experiencing homelessness and sleeping at the station": a participle shares the
        // *be* that stays; "cannot drive", "won't go": a modal is a verb of its own.
        if headWord.hasSuffix("ing") && headWord.count > 4 && keepsBe { return .none }
        if headWord == "cannot" || headWord.hasSuffix("n't") || headWord.hasSuffix("n’t") { return .none }
        if isVerb(head) {
            // "and depressed.", "and tired, and": a participle that ends its predicate describes;
            // "and moved to Ohio" is a verb of its own.
            guard headWord.hasSuffix("ed"), !Grammar.commonVerbs.contains(headWord), Grammar.beForms[headWord] == nil else { return .none }
            if let after = Self.word(after: head, in: tokens, bytes),
               !["and", "or", "but"].contains(sentence.normalized(after)), !Grammar.adverbs.contains(sentence.normalized(after)) { return .none }
            return .carry(conjunction)
        }
        // "and staff are tired", "and her sister is too": a new subject and its verb.
        // Up to a word of its own class ("and a mother who works"), the predicate's own words.
        let describes = Grammar.determiners.contains(nextWord) || Grammar.possessiveDeterminers.contains(nextWord)
        var current = next
        for _ in 0..<(describes ? 5 : 3) {
            guard let after = Self.word(after: current, in: tokens, bytes) else { break }
            if isVerb(after) { return .none }
            if Grammar.closedClass.contains(sentence.normalized(after)) { break }
            current = after
        }
        return .carry(conjunction)
    }

    /// Whether token `index` is likely a verb: *be*, an auxiliary, a common verb, or a form in -s or -ed.
    private func isVerb(_ index: Int) -> Bool {
        let word = sentence.normalized(index)
        if Grammar.commonVerbs.contains(word) || Grammar.auxiliaries.contains(word) || Grammar.beForms[word] != nil { return true }
        if Grammar.closedClass.contains(word) { return false }
        return (word.hasSuffix("ed") && word.count > 3)
            || Grammar.nounGuess(word, original: original(index)[...], capitalsMeanNothing: true) == .nounOrVerb
    }

    /// `verb` in the form of the *be* it replaces ("have" for "is" → "has"); empty stays empty.
    private static func verb(_ verb: String, like form: Form) -> String {
        verb.isEmpty ? "" : WordClass.verb.inflect(verb, to: form)
    }

    /// Whether the clause after token `index` has a verb of its own (a form of *be* or *have*),
    /// up to a mark or a word that starts another clause.
    private func clauseHasVerb(after index: Int) -> Bool {
        for current in (index + 1)..<tokens.count {
            let token = tokens[current]
            if token.kind == .punctuation && !token.joinsWords { return false }
            guard token.isWordLike else { continue }
            let word = sentence.normalized(current)
            // "Claims he took meds this AM": a pronoun starts the clause the verb takes ("am" is a time).
            if SafeRewrite.clauseStarts.contains(word) || Grammar.subjectPronouns.contains(word) { return false }
            if Grammar.beForms[word] != nil && !["be", "am"].contains(word) || ["has", "have", "had"].contains(word) { return true }
        }
        return false
    }

    /// Whether *be* in the past comes right before `offset`: "was a drunk", "used to be an addict".
    private func followsPastBe(_ offset: Int) -> Bool {
        guard let start = tokens.firstIndex(where: { $0.range.lowerBound == offset }), let be = Self.word(before: start, in: tokens, bytes) else { return false }
        switch sentence.normalized(be) {
        case "was", "were": return true
        case "be":
            guard let to = Self.word(before: be, in: tokens, bytes), sentence.normalized(to) == "to",
                  let used = Self.word(before: to, in: tokens, bytes) else { return false }
            return sentence.normalized(used) == "used"
        case "as":
            // "spent his twenties as a person who uses drugs": the time the clause tells is past.
            var index = Self.word(before: be, in: tokens, bytes), words = 0
            while let current = index, words < 6 {
                let word = sentence.normalized(current)
                if ["was", "were", "had"].contains(word) || Self.irregularPasts.contains(word) || (word.hasSuffix("ed") && word.count > 4) { return true }
                if SafeRewrite.clauseStarts.contains(word) || Grammar.subjectPronouns.contains(word) && words > 0 { return false }
                index = Self.word(before: current, in: tokens, bytes)
                words += 1
            }
            return false
        default: return false
        }
    }

    /// Whether a span of time up to now follows `offset`: "for 20 years", "for most of her
    /// life", "since 2019". A relative clause before it is perfect ("a person who has used heroin
    /// for 20 years").
    private func durationFollows(_ offset: Int) -> Bool {
        guard let end = tokens.lastIndex(where: { $0.range.upperBound <= offset }), tokens[end].range.upperBound == offset,
              let next = Self.word(after: end, in: tokens, bytes) else { return false }
        switch sentence.normalized(next) {
        case "since":
            return Self.word(after: next, in: tokens, bytes) != nil
        case "for":
            var index = Self.word(after: next, in: tokens, bytes), words = 0
            while let current = index, words < 5 {
                if Self.timeNouns.contains(sentence.normalized(current)) { return true }
                index = Self.word(after: current, in: tokens, bytes)
                words += 1
            }
            return false
        default: return false
        }
    }

    /// Whether "been" comes right before `offset`, or before the determiner there.
    private func followsBeen(_ offset: Int) -> Bool {
        guard let start = tokens.firstIndex(where: { $0.range.lowerBound == offset }), var before = Self.word(before: start, in: tokens, bytes) else { return false }
        if Grammar.determiner(sentence.normalized(before)) != nil, let earlier = Self.word(before: before, in: tokens, bytes) { before = earlier }
        return sentence.normalized(before) == "been"
    }

    private static let timeNouns: Set<String> = ["year", "years", "yrs", "decade", "decades", "month", "months", "mos", "week", "weeks",
                                                 "life", "lifetime", "while", "ages"]

    /// "a person who uses heroin" → "a person who has used heroin": a relative clause's verb in
    /// the third person, made perfect.
    private static func perfectRelative(_ text: String) -> String {
        relativeVerb(in: text, unless: ["has", "is"]) { "has " + Grammar.participle(ofPast: $0) }
    }

    /// A relative clause in the present made past, as the *be* before it is: "was a person
    /// who drinks heavily" → "who drank heavily".
    private static func pastRelative(_ text: String) -> String {
        relativeVerb(in: text) { $0 }
    }

    /// `text` with the third-person verb after its "who" replaced by `made` from the verb's past
    /// (in capitals where the verb is); unchanged where there is none, or the verb is one of `unless`.
    private static func relativeVerb(in text: String, unless: Set<String> = [], _ made: (String) -> String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let who = words.firstIndex(where: { $0.lowercased() == "who" }), who + 1 < words.count,
              !unless.contains(words[who + 1].lowercased()),
              let past = Grammar.past(ofThirdPerson: words[who + 1].lowercased()) else { return text }
        let verb = made(past)
        words[who + 1] = words[who + 1] == words[who + 1].uppercased() ? verb.uppercased() : verb
        return words.joined(separator: " ")
    }

    /// Whether a verb phrase starts with a verb's base form ("follow up"), not one that shows
    /// its subject or tense ("says", "died by suicide", "went", "dying").
    private static func isBaseForm(_ text: String) -> Bool {
        guard let verb = text.split(separator: " ").first.map({ $0.lowercased() }) else { return false }
        if verb.hasSuffix("s") || verb.hasSuffix("ed") || verb.hasSuffix("ing") { return false }
        return !irregularPasts.contains(verb)
    }

    private static let irregularPasts: Set<String> = Set(WordClass.irregularVerbs.values.map(\.1))

    /// Whether a verb phrase starts with a verb in its third-person form ("spends", "says").
    private static func showsSubject(_ text: String) -> Bool {
        guard let verb = text.split(separator: " ").first.map({ $0.lowercased() }) else { return false }
        return Grammar.past(ofThirdPerson: verb) != nil
    }

    /// Whether *have* comes before the term, over adverbs: "has (not) complied".
    private var afterPerfectAuxiliary: Bool {
        var index = previousWord
        while let current = index {
            let word = sentence.normalized(current)
            if Grammar.perfectAuxiliaries.contains(word) { return true }
            guard Grammar.adverbs.contains(word) || word.hasSuffix("ly") else { return false }
            index = Self.word(before: current, in: tokens, bytes)
        }
        return false
    }

    /// The word right before the term, separated by one space.
    private var previousWord: Int? { Self.word(before: first, in: tokens, bytes) }

    /// Chart shorthand with a slash right before the term, one space apart ("w/ d/c"), lower case.
    private var slashWordBefore: String? {
        guard first >= 3, Self.isGap(tokens[first - 1], bytes), tokens[first - 2].kind == .punctuation,
              bytes[tokens[first - 2].range.lowerBound] == 0x2F, tokens[first - 2].range.count == 1, tokens[first - 3].isWordLike,
              tokens[first - 3].range.upperBound == tokens[first - 2].range.lowerBound else { return nil }
        return sentence.normalized(first - 3) + "/"
    }

    /// The person a sentence names for sure: the one met, called or seen in the clause before
    /// the term's ("Met with Oksana by phone; pt said …"). Nil when the sentence does not say.
    var sentenceName: String? {
        let words = tokens.indices.filter { tokens[$0].isWordLike && $0 < first }
        guard words.count >= 2, Self.contactVerbs.contains(sentence.normalized(words[0])) else { return nil }
        var index = 1
        if index < words.count, ["with", "to"].contains(sentence.normalized(words[index])) { index += 1 }
        guard index < words.count, tokens[words[index]].possessiveLength == 0 else { return nil }
        let name = original(words[index])
        guard Self.isName(name), !Grammar.nonNames.contains(sentence.normalized(words[index])) else { return nil }
        // One person met ("Met with Dana and her mother" is two), a clause that ends between the
        // name and the term, and no other name in the sentence.
        let between = (words[index] + 1)..<first
        if let end = between.first(where: { tokens[$0].kind == .punctuation }),
           (words[index] + 1..<end).contains(where: { tokens[$0].isWordLike && ["and", "or", "plus"].contains(sentence.normalized($0)) }) { return nil }
        guard between.contains(where: { tokens[$0].kind == .punctuation && [UInt8(ascii: ";"), UInt8(ascii: ",")].contains(bytes[tokens[$0].range.lowerBound]) }),
              !tokens.indices.contains(where: { $0 != words[index] && $0 != words[0] && tokens[$0].isWordLike && Self.isName(original($0))
                                                && !Grammar.nonNames.contains(sentence.normalized($0)) && !(first...last).contains($0) }) else { return nil }
        return name
    }

    private static let contactVerbs: Set<String> = ["met", "called", "saw", "visited", "texted", "emailed", "phoned", "spoke", "talked", "contacted"]

    /// Whether the term is written as a name: a capital and then lower case ("Ama").
    var isWrittenAsName: Bool {
        let letters = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[match.range]))
        return letters.letters >= 2 && letters.upper == 1 && letters.lower == letters.letters - 1
            && Grammar.startsWithCapital(String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self))
    }

    /// The matched term as the matcher keys it: its words' letters, without separators (made
    /// only when an alternative or an abbreviation asks for it).
    let termKey: String
    /// Everyday words (`words.yml`): one written in capitals is emphasis, not an abbreviation.
    var commonWords: Set<String>? = nil

    /// Whether a token is an apostrophe, straight or curly.
    private static func isApostrophe(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        (token.count == 1 && token[0] == 0x27) || (token.count == 3 && token[0] == 0xE2 && token[1] == 0x80 && token[2] == 0x99)
    }

    /// *Be* right before token `index` (with adverbs between, none of them a determiner).
    private func beBefore(_ index: Int) -> (token: Int, form: Form?, isBe: Bool, contracted: Bool, adverbs: [Int])? {
        guard let previous = Self.word(before: index, in: tokens, bytes) else { return nil }
        let word = sentence.normalized(previous)
        if let form = Grammar.beForms[word] { return (previous, form, true, false, []) }
        return Grammar.beContractions.contains(word) ? (previous, nil, true, true, []) : nil
    }

    /// Whether one of `phrases` follows the term in its clause (within eight words).
    private func followedByAny(_ phrases: [String]) -> Bool {
        var words: [String] = []
        var index = last + 1
        while index < tokens.count && words.count < 8 {
            let token = tokens[index]
            if token.kind == .punctuation && !token.joinsWords { break }
            if token.isWordLike { words.append(sentence.normalized(index)) }
            index += 1
        }
        return phrases.contains { phrase in
            let wanted = phrase.lowercased().split(separator: " ")
            guard !wanted.isEmpty, wanted.count <= words.count else { return false }
            return (0...(words.count - wanted.count)).contains { start in wanted.indices.allSatisfy { words[start + $0] == wanted[$0] } }
        }
    }

    /// `a|b`: the first for a singular, the second for a plural.
    private func number(of text: String, plural: Bool) -> String {
        guard let bar = text.firstIndex(of: "|") else { return text }
        return String(plural ? text[text.index(after: bar)...] : text[..<bar])
    }

    /// Capitals by place: a sentence starts with one; elsewhere the alternative is as the
    /// lexicon writes it (a capital in "Pt" mid-sentence is not copied); in a sentence written
    /// in capitals, all capitals.
    private func capitalized(_ text: String, at range: Range<Int>) -> String {
        if inCapitals {
            // "had a DIRTY UA" → "had a POSITIVE UA": the writer's small article before a term
            // in capitals stays small.
            if range.lowerBound < match.range.lowerBound, let start = tokens.firstIndex(where: { $0.range.lowerBound == range.lowerBound }),
               tokens[start].isWordLike, original(start).first?.isLowercase == true, let space = text.firstIndex(of: " ") {
                return text[..<space].lowercased() + text[space...].uppercased()
            }
            return text.uppercased()
        }
        var text = emphasized(text, at: range)
        // "Clean Date: March 3" → "Recovery Date:": a heading in title case keeps it.
        if labelWords.count > 1, labelWords.allSatisfy({ original($0).first?.isUppercase == true }),
           labelWords.contains(where: { original($0).dropFirst().contains(where: \.isLowercase) }) {
            text = text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
                index > 0 && Self.smallTitleWords.contains(word.lowercased()) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
            }.joined(separator: " ")
        }
        guard let head = text.first, range.lowerBound == sentenceStart || startsAfterLabel(range.lowerBound) || startsAfterStop(range.lowerBound)
        else { return text }
        // "the mentally ill tenants …" → "the tenants with …": the writer's own determiner,
        // kept, keeps the small letter they gave it.
        if let own = [ownDeterminer, determiner?.token].compactMap({ $0 }).first(where: { tokens[$0].range.lowerBound == range.lowerBound }),
           let start = original(own).first, start.isLowercase, text.hasPrefix(original(own) + " ") { return text }
        return head.uppercased() + text.dropFirst()
    }

    /// Words a title leaves small.
    private static let smallTitleWords: Set<String> = ["a", "an", "the", "of", "with", "and", "or", "to", "in", "on", "for", "by", "at"]

    /// One word of a term written in capitals for emphasis keeps them where the wording has a
    /// word in its place: "came back {DIRTY}" → "came back POSITIVE". Only where the wording has
    /// as many words as the term, so that each stands for one.
    private func emphasized(_ text: String, at range: Range<Int>) -> String {
        guard range == match.range else { return text }
        let termWords = (first...last).filter { tokens[$0].isWordLike }
        let shouted = termWords.map { index -> Bool in
            let letters = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]))
            return letters.letters > 3 && letters.upper == letters.letters && commonWords?.contains(sentence.normalized(index)) == true
        }
        guard termWords.count > 1, shouted.contains(true), shouted.contains(false) else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count == termWords.count else { return text }
        for index in words.indices where shouted[index] { words[index] = words[index].uppercased() }
        return words.joined(separator: " ")
    }

    /// Whether `offset` starts a sentence the tokenizer did not split off because the writer
    /// began it with a small letter: "Met today. pt c/o pain" (a full stop after a word that is
    /// no abbreviation of a title, then a space).
    private func startsAfterStop(_ offset: Int) -> Bool {
        guard let index = tokens.firstIndex(where: { $0.range.lowerBound == offset }), index >= 3,
              tokens[index - 1].kind == .space, tokens[index - 2].kind == .punctuation, tokens[index - 3].isWordLike,
              tokens[index - 2].range.lowerBound == tokens[index - 3].range.upperBound,
              [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(bytes[tokens[index - 2].range.lowerBound]),
              tokens[index - 2].range.count == 1 else { return false }
        let word = sentence.normalized(index - 3)
        return word.count >= 2 && Grammar.isLetters(word) && !Self.titles.contains(word)
    }

    /// Abbreviations a full stop follows inside a sentence.
    private static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "st", "vs", "etc", "approx", "jr", "sr", "no", "pg", "ave"]

    /// Whether `offset` starts the words after a section label ("S: Pt reports", "Plan: Pt to
    /// call"), written with a capital as a sentence would be ("Dx: MDD" is an abbreviation, and
    /// "Plan: pt to call" keeps its small letter).
    private func startsAfterLabel(_ offset: Int) -> Bool {
        guard let index = tokens.firstIndex(where: { $0.range.lowerBound == offset }), index >= 2,
              tokens[index - 1].kind == .space, tokens[index - 2].kind == .punctuation,
              bytes[tokens[index - 2].range.lowerBound] == UInt8(ascii: ":"),
              tokens[..<(index - 2)].filter(\.isWordLike).count <= 3 else { return false }
        let letters = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]))
        return Grammar.startsWithCapital(original(index)) && letters.lower > 0
    }

    // MARK: Words

    /// Whether the words after the term are a clause of their own: a noun and then its verb
    /// ("bus broke down").
    private var clauseFollows: Bool {
        guard let next = nextWord, let verb = Self.word(after: next, in: tokens, bytes) else { return false }
        let word = sentence.normalized(verb)
        return Self.irregularPasts.contains(word) || Grammar.beForms[word] != nil || (word.hasSuffix("ed") && word.count > 4)
    }

    /// Whether a wording's first word makes it a gerund phrase ("not taking meds", "taking
    /// medication"), not a noun ("housing", "well-being").
    /// A gerund as the object of a verb ("admits using", "talked about drinking"): short ones too.
    private static func isGerundAfterVerb(_ word: String) -> Bool {
        isGerund(word) || ["using", "doing", "going", "dying", "lying", "vaping", "eating", "being"].contains(word.lowercased())
    }

    private static func isGerund(_ word: String) -> Bool {
        let word = word.lowercased()
        return word == "not" || (word.hasSuffix("ing") && word.count > 5 && !word.contains("-") && !ingNouns.contains(word))
    }

    /// Nouns in -ing that take a determiner.
    private static let ingNouns: Set<String> = [
        "housing", "counseling", "meeting", "training", "funding", "clothing", "building", "morning", "evening", "wedding",
        "feeling", "feelings", "something", "nothing", "anything", "everything", "being", "setting", "offering", "hearing",
        "screening", "warning", "understanding", "spending", "earnings", "belongings", "surroundings", "beginning",
    ]

    /// A word without the possessive 's after it ("man's" → "man").
    private static func withoutPossessive(_ word: String) -> String {
        word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
    }

    /// Whether a word written mid-sentence is a name: a capital and lower case letters, and not
    /// a day or a month ("see Pt Friday").
    private static func isName(_ word: String) -> Bool {
        guard Grammar.startsWithCapital(word), Grammar.letterCase(Array(word.utf8)).lower > 0 else { return false }
        return !Grammar.calendarWords.contains(word.lowercased())
    }

    /// The text of token `index` as written.
    private func original(_ index: Int) -> String { Self.text(index, tokens, bytes) }

    private static func text(_ index: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].range]), as: UTF8.self)
    }

    /// The word just before token `index`, with one space between (no line break, no punctuation).
    private static func word(before index: Int, in tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard index >= 2, isGap(tokens[index - 1], bytes), tokens[index - 2].isWordLike else { return nil }
        return index - 2
    }

    /// The word just after token `index`, with one space between.
    private static func word(after index: Int, in tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard index + 2 < tokens.count, isGap(tokens[index + 1], bytes), tokens[index + 2].isWordLike else { return nil }
        return index + 2
    }

    /// Spaces on one line between two words.
    private static func isGap(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .space && !bytes[token.range].contains(where: { $0 == 0x0A || $0 == 0x0D })
    }
}
