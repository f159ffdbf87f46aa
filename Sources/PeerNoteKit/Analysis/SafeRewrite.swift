/// Whether `fix` may apply a fitted rewrite on its own: the strict meaning of `safe`. The entry
/// must be `safe` and the alternative fitted to a known slot (the fitter's work); this check then
/// reads the sentence around the term and the sentence as it would read after the rewrite, and
/// refuses where the rewrite is not certain to keep the meaning and read right. A refused rewrite
/// stays a suggestion for the writer: nothing is lost but the one-click edit.
///
/// Refused: a term under negation ("was not noncompliant"), in or beside quotation marks, a
/// person label ("pt") in a sentence that names someone (the writer would use the name), a
/// tenseless abbreviation ("c/o") made past in a sentence told in the present; and any result
/// with a doubled word or article, "a" before a vowel sound (or "an" before a consonant one), a
/// preposition left with nothing after it, a gap or stray punctuation where words were dropped,
/// unbalanced brackets or quotation marks, a double negative, or a small letter where the
/// sentence starts. Where the rewrite changes the number of a subject ("the homeless" → "people
/// experiencing homelessness"), the verb after it is made to agree ("is" → "are").
struct SafeRewrite {
    let sentence: Sentence
    let bytes: UnsafeBufferPointer<UInt8>
    let match: Matcher.Match
    /// Everyday words and words that name places, not people: a capitalized one is no name.
    let facts: FactWords?
    /// The lexicon's negations and prepositions.
    let grammar: GrammarWords

    /// The most tokens (words, spaces and marks) a sentence may have for its rewrites to be applied.
    static let longestSentence = 400

    /// Why a rewrite may not be applied on its own.
    enum Refusal: String, Sendable, Hashable {
        case negated, quoted, namedSentence, tense, doubledWord, article, danglingPreposition, gap, unbalanced,
             doubleNegative, capital, stacked, label, determiner
    }

    /// `fitted` as `fix` may apply it: unchanged, with a verb after it made to agree, or with
    /// `canApply` off when it is refused. `namesPerson`: the term stands for the person served
    /// ("pt", "client"), whose name a writer would use where the sentence gives one.
    /// A placeholder ("[Name]", filled later with a stated name) is checked as well, so that
    /// the name is written in only where a word would be.
    /// What the sentence reads like after a rewrite, worked out once: `breaksSentence` and then
    /// `verified` ask the same of the same first wording.
    struct Reading {
        let range: Range<Int>
        let text: String
        let refusal: Refusal?
    }

    func verified(_ fitted: SlotFitter.Fitted, namesPerson: Bool, isPlaceholder: Bool = false, read: Reading? = nil) -> SlotFitter.Fitted {
        guard fitted.canApply || isPlaceholder else { return fitted }
        var fitted = fitted
        // A "sentence" hundreds of words long is not one a reader can check as a whole (a pasted
        // block without stops): nothing in it is applied on its own, and each check stays short.
        guard sentence.tokens.count <= Self.longestSentence else {
            fitted.canApply = false
            fitted.isRefused = true
            return fitted
        }
        if !isPlaceholder { agree(&fitted) }
        takeAbbreviationPeriod(&fitted)
        if refusal(fitted, namesPerson: namesPerson, isPlaceholder: isPlaceholder, read: read) != nil {
            fitted.canApply = false
            fitted.isRefused = true
        }
        return fitted
    }

    /// The first reason `fitted` may not be applied on its own, or nil.
    func refusal(_ fitted: SlotFitter.Fitted, namesPerson: Bool, isPlaceholder: Bool = false, read: Reading? = nil) -> Refusal? {
        let tokens = sentence.tokens
        let first = match.tokens.lowerBound, last = match.tokens.upperBound
        guard fitted.range.lowerBound >= sentence.range.lowerBound, fitted.range.upperBound <= sentence.range.upperBound else { return .gap }
        // The clause before the rewrite, back to a comma or a conjunction: a negation there
        // governs the term ("was not noncompliant", "didn't c/o", "denies SI").
        let start = tokens.firstIndex { $0.range.upperBound > fitted.range.lowerBound } ?? first
        var index = start - 1, words = 0
        while index >= 0, words < 5 {
            let token = tokens[index]
            if token.kind == .punctuation && !token.joinsWords { break }
            if token.isWordLike {
                let word = sentence.normalized(index)
                if grammar.isNegation(word) { return .negated }
                if Self.clauseStarts.contains(word) { break }
                words += 1
            }
            index -= 1
        }
        if grammar.isNegation(sentence.normalized(first)) && fitted.text.lowercased().split(separator: " ").contains("not") { return .doubleNegative }

        // Quotation marks: inside an open quotation, or right beside the term (scare quotes).
        let before = UnsafeBufferPointer(rebasing: bytes[sentence.range.lowerBound..<match.range.lowerBound])
        if Self.doubleQuotes(in: before) % 2 == 1 { return .quoted }
        if first > 0, tokens[first - 1].range.upperBound == match.range.lowerBound, Self.isQuote(tokens[first - 1], bytes) { return .quoted }
        if last + 1 < tokens.count, tokens[last + 1].range.lowerBound == match.range.upperBound, Self.isDoubleQuote(tokens[last + 1], bytes) { return .quoted }

        if namedAsOwnWord(after: last) { return .quoted }

        // A field's label ("Pt: Víctor Peña") is the form's word for the person, not the writer's sentence.
        if namesPerson, last + 1 < tokens.count, tokens[last + 1].range.lowerBound == match.range.upperBound,
           bytes[tokens[last + 1].range.lowerBound] == UInt8(ascii: ":") { return .label }
        // "[Name]" filled with the stated name is the name the sentence would use.
        if namesPerson, !isPlaceholder, namesSomeone(outside: fitted.range) { return .namedSentence }
        if let tense = tenseRefusal(fitted) { return tense }
        if let slot = slotRefusal(fitted) { return slot }
        if let read, read.range == fitted.range, read.text == fitted.text { return read.refusal }
        return resultRefusal(fitted)
    }

    /// Whether `fitted`, applied, would leave the sentence around it broken: a doubled word or
    /// article, a wrong "a"/"an", a dangling preposition, a gap, unbalanced marks, a double
    /// negative, a person noun without its determiner after a word ("is person with …"; a
    /// note's fragment may start with one: "Person in recovery, now volunteers …"). Any
    /// first suggestion that does is not offered, safe or not. Modifiers stacked after a noun read
    /// heavily but not wrongly: the writer may pick them.
    func breaksSentence(_ fitted: SlotFitter.Fitted) -> (breaks: Bool, read: Reading?) {
        guard sentence.tokens.count <= Self.longestSentence,
              fitted.range.lowerBound >= sentence.range.lowerBound, fitted.range.upperBound <= sentence.range.upperBound else { return (false, nil) }
        let result = resultRefusal(fitted)
        let read = Reading(range: fitted.range, text: fitted.text, refusal: result)
        switch result {
        case nil, .capital?, .stacked?: return (false, read)
        case .determiner?: return (fitted.range.lowerBound != firstWordStart, read)
        default: return (true, read)
        }
    }

    // MARK: The sentence around the term

    /// Whether the words after the term say it is the person's own word: "(a recovering
    /// addict, as she puts it)".
    private func namedAsOwnWord(after last: Int) -> Bool {
        guard !grammar.ownWordsAfter.isEmpty else { return false }
        var words: [String] = []
        var index = last + 1
        while index < sentence.tokens.count, words.count < 7 {
            let token = sentence.tokens[index]
            if token.isWordLike { words.append(sentence.normalized(index)) }
            else if token.kind == .punctuation, !token.joinsWords, bytes[token.range.lowerBound] != UInt8(ascii: ",") { break }
            index += 1
        }
        return grammar.ownWordsAfter.contains { phrase in
            phrase.count <= words.count && (0...(words.count - phrase.count)).contains { start in Array(words[start..<(start + phrase.count)]) == phrase }
        }
    }

    /// Words that start a new clause: a negation before them is not about the term.
    static let clauseStarts: Set<String> = [
        "and", "but", "or", "so", "because", "when", "while", "which", "who", "that", "although", "though", "if", "since",
        "after", "before", "until", "where",
    ]

    /// Whether a word of the sentence outside `range` is a person's name: capitalized, with
    /// small letters, not a day, a role, a place word or (first in the sentence or after a
    /// colon or quotation mark) an everyday word.
    private func namesSomeone(outside range: Range<Int>) -> Bool {
        let tokens = sentence.tokens
        var isFirst = true
        for index in tokens.indices where tokens[index].kind == .word {
            defer { isFirst = false }
            let token = tokens[index]
            guard token.range.upperBound <= range.lowerBound || token.range.lowerBound >= range.upperBound else { continue }
            // A small ASCII letter first is no name: most words end here, before any decoding.
            let head = bytes[token.range.lowerBound]
            guard head >= 0x80 || (head >= UInt8(ascii: "A") && head <= UInt8(ascii: "Z")) else { continue }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
            guard Grammar.startsWithCapital(text) else { continue }
            let letters = Grammar.letterCase(UnsafeBufferPointer(rebasing: bytes[token.range]))
            guard letters.lower > 0, letters.upper == 1 else { continue }
            var word = sentence.normalized(index)
            if token.possessiveLength > 0 { word = String(word.dropLast(Int(token.possessiveLength))) }
            if Grammar.nonNames.contains(word) || Grammar.calendarWords.contains(word) || facts?.notNames.contains(word) == true { continue }
            let afterMark = index >= 1 && tokens[index - 1].kind == .punctuation
                || (index >= 2 && tokens[index - 1].kind == .space && tokens[index - 2].kind == .punctuation
                    && [UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "-")].contains(bytes[tokens[index - 2].range.lowerBound]))
            if (isFirst || afterMark) && facts?.commonWords.contains(word) == true { continue }
            if isFirst && facts == nil { continue }
            return true
        }
        return false
    }

    /// An abbreviation without tense ("c/o") rewritten in the past ("talked about") where the
    /// sentence speaks in the present ("and asks for help").
    private func tenseRefusal(_ fitted: SlotFitter.Fitted) -> Refusal? {
        let term = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self)
        guard term.contains("/"), let head = fitted.text.lowercased().split(separator: " ").first.map(String.init),
              head.hasSuffix("ed") || Self.irregularPasts.contains(head) else { return nil }
        // The clause's own verb: where one comes before the abbreviation ("called the peer line
        // c/o feeling off"), it reads "complaining of", and a past verb in its place breaks the clause.
        var index = match.tokens.lowerBound - 1
        while index >= 0 {
            let token = sentence.tokens[index]
            if token.kind == .punctuation && !token.joinsWords { break }
            if token.isWordLike {
                let word = sentence.normalized(index)
                if Self.clauseStarts.contains(word) { break }
                if Self.presentVerbs.contains(word) || Self.irregularPasts.contains(word) || Grammar.auxiliaries.contains(word)
                    || Grammar.beForms[word] != nil || (word.hasSuffix("ed") && word.count > 4) { return .tense }
            }
            index -= 1
        }
        // The verbs of the main clauses: a relative or subordinate clause ("who takes
        // Medicaid") keeps its own tense, up to the next mark.
        var present = false, past = false, inSubordinate = false
        for index in sentence.tokens.indices {
            let token = sentence.tokens[index]
            if token.kind == .punctuation && !token.joinsWords { inSubordinate = false; continue }
            guard token.isWordLike, token.range.upperBound <= fitted.range.lowerBound || token.range.lowerBound >= fitted.range.upperBound else { continue }
            let word = sentence.normalized(index)
            if Self.subordinators.contains(word) { inSubordinate = true; continue }
            guard !inSubordinate else { continue }
            if Self.presentVerbs.contains(word) { present = true }
            if Self.irregularPasts.contains(word) || ["was", "were", "did"].contains(word) || (word.hasSuffix("ed") && word.count > 4) { past = true }
        }
        return present && !past ? .tense : nil
    }

    private static let subordinators: Set<String> = [
        "who", "that", "which", "whose", "when", "because", "if", "while", "where", "since", "until", "although", "though", "whether",
    ]

    private static let irregularPasts: Set<String> = ["said", "had", "told", "went", "got", "made", "took", "gave", "felt", "spoke", "brought"]

    /// Verbs that tell a sentence is in the present.
    private static let presentVerbs: Set<String> = [
        "is", "are", "am", "has", "does", "says", "wants", "needs", "asks", "reports", "states", "feels", "seems", "lives", "works",
        "continues", "plans", "hopes", "thinks", "knows", "likes", "gets", "takes", "goes", "uses", "endorses", "presents",
        "appears", "describes", "notes", "shares", "tells", "talks", "mentions", "requests", "agrees", "remains", "keeps",
    ]

    /// Where the slot read for the term is not certain: an adjective moved after its noun where
    /// a clause follows the noun ("the alcoholic uncle she lives with"). (A verb at the start of
    /// a sentence whose clause has its own verb is its subject: the fitter reads it as a noun.)
    private func slotRefusal(_ fitted: SlotFitter.Fitted) -> Refusal? {
        let tokens = sentence.tokens
        guard let after = tokens.firstIndex(where: { $0.range.lowerBound >= fitted.range.upperBound }) else { return nil }
        if fitted.slot == .afterNoun, let next = tokens[after...].first(where: \.isWordLike), next.range.lowerBound <= fitted.range.upperBound + 1,
           let nextIndex = tokens.firstIndex(where: { $0.range == next.range }),
           Grammar.subjectPronouns.contains(sentence.normalized(nextIndex)) { return .stacked }
        return nil
    }

    /// "Pt. arrived": a period that ends the abbreviation, not the sentence (a small letter
    /// follows), goes with it.
    private func takeAbbreviationPeriod(_ fitted: inout SlotFitter.Fitted) {
        let end = fitted.range.upperBound
        guard end == match.range.upperBound, end + 2 < sentence.range.upperBound, bytes[end] == UInt8(ascii: "."), bytes[end + 1] == 0x20,
              bytes[end + 2] >= UInt8(ascii: "a") && bytes[end + 2] <= UInt8(ascii: "z"),
              match.range.count <= 4, bytes[match.range].allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
        else { return }
        fitted.range = fitted.range.lowerBound..<(end + 1)
    }

    // MARK: The sentence after the rewrite

    /// The sentence as it reads with `fitted` applied, beside the sentence as written: what it
    /// gains in doubled words, article errors, dangling prepositions, gaps and marks.
    private func resultRefusal(_ fitted: SlotFitter.Fitted) -> Refusal? {
        // What a rewrite can break is beside it: the sentence is read three words either side
        // (and to its end, for a preposition left with nothing after it).
        let window = Self.window(around: fitted.range, in: sentence.range, bytes)
        let offset = window.lowerBound
        var rewritten: [UInt8] = []
        rewritten.reserveCapacity(window.count + fitted.text.utf8.count)
        rewritten.append(contentsOf: bytes[window.lowerBound..<fitted.range.lowerBound])
        rewritten.append(contentsOf: fitted.text.utf8)
        rewritten.append(contentsOf: bytes[fitted.range.upperBound..<window.upperBound])
        let old = UnsafeBufferPointer(rebasing: bytes[window])
        if let refusal = rewritten.withUnsafeBufferPointer({ gained(old: old, new: $0) }) { return refusal }

        let replacement = fitted.text
        if replacement.isEmpty, fitted.range.isEmpty { return .gap }
        if Self.count("(", in: replacement) != Self.count(")", in: replacement) || Self.count("[", in: replacement) != Self.count("]", in: replacement)
            || Self.count("\"", in: replacement) % 2 == 1 || Self.count("“", in: replacement) != Self.count("”", in: replacement) { return .unbalanced }

        // A preposition at the end of the replacement needs words after it, unless a clause
        // of the replacement's own strands it ("the person I work with").
        let replacementWords = replacement.lowercased().split(separator: " ").map(String.init)
        let after = rewritten[(fitted.range.lowerBound - offset + replacement.utf8.count)...]
        let stranded = replacementWords.count >= 3 && Self.strandingPronouns.contains(replacementWords[replacementWords.count - 3])
        if !stranded, let lastWord = replacementWords.last, grammar.prepositions.contains(lastWord) {
            let rest = String(decoding: after, as: UTF8.self).drop(while: { $0 == " " })
            guard let next = rest.first, next.isLetter || next.isNumber else { return .danglingPreposition }
            // Chart shorthand keeps its slash: "w/" is a preposition.
            var nextWord = rest.prefix(while: { $0.isLetter }).lowercased()
            if rest.dropFirst(nextWord.count).first == "/" { nextWord = rest.prefix(while: { $0.isLetter || $0 == "/" }).lowercased() }
            if grammar.prepositions.contains(nextWord) || ["and", "or", "but"].contains(nextWord) { return .danglingPreposition }
        }
        // A singular noun for a person needs its determiner: "is person with schizophrenia" does not read.
        if let head = replacementWords.first, ["person", "man", "woman", "child", "member"].contains(head) {
            let before = sentence.tokens.lastIndex { $0.isWordLike && $0.range.upperBound <= fitted.range.lowerBound }
            let determined = before.map { index in
                Grammar.determiner(sentence.normalized(index)) != nil || sentence.tokens[index].possessiveLength > 0 || sentence.tokens[index].kind == .number
            } ?? false
            if !determined { return .determiner }
        }
        if stacksModifiers(replacementWords, after: after) { return .stacked }
        // The sentence starts with a capital where it did.
        if fitted.range.lowerBound == firstWordStart, let head = replacement.first, head.isLetter, head.isLowercase,
           String(decoding: old, as: UTF8.self).first(where: \.isLetter)?.isUppercase == true { return .capital }
        return nil
    }

    /// The subject pronouns of a clause that strands a preposition about a person ("the
    /// person I work with"); "it" names no one.
    private static let strandingPronouns = Grammar.subjectPronouns.subtracting(["it"])

    /// `range` widened by three words on either side, within `bounds`.
    private static func window(around range: Range<Int>, in bounds: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound, spaces = 0
        while start > bounds.lowerBound {
            if bytes[start - 1] == 0x20 { spaces += 1; if spaces > 3 { break } }
            start -= 1
        }
        var end = range.upperBound
        spaces = 0
        while end < bounds.upperBound {
            if bytes[end] == 0x20 { spaces += 1; if spaces > 3 { break } }
            end += 1
        }
        return start..<end
    }

    /// Whether a replacement that ends its noun with words after it ("a person who uses drugs",
    /// "a person with diabetes") runs into more of the same after it: "a person who uses drugs
    /// who has been in detox", "a person with schizophrenia with a history of …", "has an
    /// alcohol use disorder with twelve years of sobriety" — what followed the term now hangs
    /// off the new words, and the sentence says something else or reads badly.
    private func stacksModifiers(_ words: [String], after rest: ArraySlice<UInt8>) -> Bool {
        let clauses: Set<String> = ["who", "that", "which", "whose"]
        let hasClause = words.contains(where: clauses.contains), hasWith = words.dropFirst().contains("with")
        let hasVerb = words.first.map { ["has", "have", "had"].contains($0) } ?? false
        // Only a replacement with a clause, a "with" or a verb of having first can stack.
        guard hasClause || hasWith || hasVerb else { return false }
        let text = String(decoding: rest, as: UTF8.self)
        guard text.first == " " else { return false }
        let next = text.dropFirst().prefix(while: { $0.isLetter || $0 == "'" || $0 == "’" }).lowercased()
        guard !next.isEmpty else { return false }
        let participle = next.hasSuffix("ing") && next.count > 5 && !Self.ingNouns.contains(next)
        // "a person with schizophrenia who lives alone" reads; "who … who" and "with … with" do not.
        if hasClause && (clauses.contains(next) || next == "with" || participle) { return true }
        if hasWith && next == "with" { return true }
        if hasVerb, clauses.contains(next) || next == "with" || participle { return true }
        return false
    }

    /// Words in -ing that are not participles.
    private static let ingNouns: Set<String> = [
        "during", "morning", "evening", "nothing", "something", "anything", "everything", "building", "spring", "string",
        "meeting", "meetings", "housing", "clothing", "ceiling", "wedding", "funding", "counseling", "training", "parking",
    ]

    private var firstWordStart: Int? { sentence.tokens.first(where: \.isWordLike)?.range.lowerBound }

    /// A subject whose number the rewrite changes takes a verb that agrees: "The homeless is" →
    /// "People experiencing homelessness are". Only where the term and the verb agreed before.
    private func agree(_ fitted: inout SlotFitter.Fitted) {
        let tokens = sentence.tokens
        guard !fitted.text.isEmpty, let after = tokens.firstIndex(where: { $0.range.lowerBound >= fitted.range.upperBound }),
              tokens[after].kind == .space, tokens[after].range.lowerBound == fitted.range.upperBound,
              !bytes[tokens[after].range].contains(0x0A), after + 1 < tokens.count, tokens[after + 1].kind == .word else { return }
        let verb = sentence.normalized(after + 1)
        let term = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self).lowercased()
        let termPlural = Grammar.isPluralPhrase(term) || term.hasPrefix("the ") && term.hasSuffix("ill")
        let newPlural = Grammar.isPluralPhrase(fitted.text)
        guard let agreeing = Self.agreeing(verb, termPlural: termPlural, newPlural: newPlural) else { return }
        var end = after + 1
        fitted.text += " " + cased(agreeing, like: end)
        // "SI comes and goes" → "thoughts of suicide come and go": a second verb joined to the
        // first shares its subject.
        if end + 4 < tokens.count, tokens[end + 1].kind == .space, tokens[end + 3].kind == .space, tokens[end + 4].kind == .word,
           ["and", "or"].contains(sentence.normalized(end + 2)),
           let second = Self.agreeing(sentence.normalized(end + 4), termPlural: termPlural, newPlural: newPlural) {
            fitted.text += " " + String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[end + 2].range]), as: UTF8.self)
                + " " + cased(second, like: end + 4)
            end += 4
        }
        fitted.range = fitted.range.lowerBound..<tokens[end].range.upperBound
    }

    /// `verb` in the number of the new subject, where it agreed with the term's: "is" → "are",
    /// "comes" → "come" (a known verb in -s after a singular term made plural). Nil where
    /// nothing changes or the form's number does not show.
    private static func agreeing(_ verb: String, termPlural: Bool, newPlural: Bool) -> String? {
        if let verbPlural = Grammar.verbIsPlural(verb) {
            guard termPlural == verbPlural, newPlural != verbPlural else { return nil }
            return Grammar.agreeing(verb, plural: newPlural)
        }
        guard !termPlural, newPlural, let base = Grammar.base(ofThirdPerson: verb) else { return nil }
        return base
    }

    /// `word` in capitals where the sentence's token `index` is written in them.
    private func cased(_ word: String, like index: Int) -> String {
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[sentence.tokens[index].range]), as: UTF8.self)
        return written.uppercased() == written && written.count > 1 ? word.uppercased() : word
    }

    // MARK: Words

    /// What the rewritten window gains over the window as written: a doubled word or article,
    /// a wrong "a"/"an", a double negative, a gap or stray mark where words were dropped.
    /// A window in plain ASCII (nearly all) is read on its bytes, where each byte is a
    /// character; any other is read as a `String`, with the same rules.
    private func gained(old: UnsafeBufferPointer<UInt8>, new: UnsafeBufferPointer<UInt8>) -> Refusal? {
        let before: Tally, after: Tally
        let gaps: (old: [Int], new: [Int])
        if Self.isPlain(old), Self.isPlain(new) {
            (before, after) = (tally(Self.plainWords(old)), tally(Self.plainWords(new)))
            gaps = (Self.gapBytes.map { Self.count($0, in: old) }, Self.gapBytes.map { Self.count($0, in: new) })
        } else {
            let (oldText, newText) = (String(decoding: old, as: UTF8.self), String(decoding: new, as: UTF8.self))
            (before, after) = (tally(Self.words(oldText)), tally(Self.words(newText)))
            gaps = (Self.gaps.map { Self.count($0, in: oldText) }, Self.gaps.map { Self.count($0, in: newText) })
        }
        if after.doubled > before.doubled { return .doubledWord }
        if after.articleErrors > before.articleErrors { return .article }
        if after.doubleNegatives > before.doubleNegatives { return .doubleNegative }
        if zip(gaps.new, gaps.old).contains(where: { $0 > $1 }) { return .gap }
        return nil
    }

    /// Marks a dropped word leaves behind: two spaces, a space before a mark, a space inside a bracket.
    private static let gaps = ["  ", " ,", " .", " ;", " :", " )", "( "]
    private static let gapBytes = gaps.map { Array($0.utf8) }

    /// How often a window's words go wrong in pairs: a doubled word or article, a wrong "a"/"an",
    /// a double negative.
    private struct Tally {
        var doubled = 0, articleErrors = 0, doubleNegatives = 0
    }

    private func tally<Word: WindowWord>(_ words: [Word]) -> Tally {
        var tally = Tally()
        for (first, second) in zip(words, words.dropFirst()) {
            if first == second && !first.isBlank && !first.isClosed { tally.doubled += 1 }
            let isAn = first.is("an"), isA = !isAn && first.is("a")
            if (isA || isAn || first.is("the")) && (second.bareIs("a") || second.bareIs("an") || second.bareIs("the")) { tally.doubled += 1 }
            if isA || isAn, second.startsWithLetter, isAn != Grammar.takesAn(second.bare) { tally.articleErrors += 1 }
            if second.bareIs("not") || second.bareIs("no") || second.bareIs("never"), grammar.isNegation(first.full) {
                tally.doubleNegatives += 1
            }
        }
        return tally
    }

    /// The words of a sentence, lower case, without the punctuation around them; a mark that
    /// stands alone is kept as a word of its own, so "the, the" is not a doubled word.
    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { word in
            let trimmed = word.drop(while: { !$0.isLetter && !$0.isNumber })
            let end = trimmed.lastIndex(where: { $0.isLetter || $0.isNumber }).map { trimmed.index(after: $0) } ?? trimmed.startIndex
            // A word that ends in a comma or a full stop ends its phrase: no doubled word across it.
            let closed = end < word.endIndex && ",.;:".contains(word[end])
            return String(trimmed[..<end]) + (closed ? "," : "")
        }
    }

    /// `words` for a window in plain ASCII, read in place.
    private static func plainWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [PlainWord] {
        var words: [PlainWord] = []
        var index = 0
        while index < bytes.count {
            while index < bytes.count, Self.isSeparator(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            while index < bytes.count, !Self.isSeparator(bytes[index]) { index += 1 }
            var head = start
            while head < index, !Self.isAlphanumeric(bytes[head]) { head += 1 }
            var end = index
            while end > head, !Self.isAlphanumeric(bytes[end - 1]) { end -= 1 }
            let closed = end < index && [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[end])
            words.append(PlainWord(letters: UnsafeBufferPointer(rebasing: bytes[head..<end]), isClosed: closed))
        }
        return words
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Whether every byte is ASCII and none a carriage return (which joins the line feed after
    /// it into one character): then each byte is one character, and a byte's case its letter's.
    private static func isPlain(_ bytes: some Sequence<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    private static func count(_ needle: String, in text: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        if isPlain(text.utf8) {
            // A character beyond ASCII is never in plain text.
            return isPlain(needle.utf8) ? count(Array(needle.utf8), in: text.utf8) : 0
        }
        var count = 0, rest = text[...]
        while let found = rest.firstRange(of: needle) { count += 1; rest = rest[found.upperBound...] }
        return count
    }

    /// How often `needle` occurs in `bytes`, without overlaps, from the left.
    private static func count(_ needle: [UInt8], in bytes: some Collection<UInt8>) -> Int {
        var count = 0, start = bytes.startIndex
        while bytes.distance(from: start, to: bytes.endIndex) >= needle.count {
            if bytes[start...].starts(with: needle) {
                count += 1
                start = bytes.index(start, offsetBy: needle.count)
            } else {
                start = bytes.index(after: start)
            }
        }
        return count
    }

    private static func doubleQuotes(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") { count += 1 }
            // “ and ” (E2 80 9C / 9D)
            if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                count += 1
                index += 2
            }
            index += 1
        }
        return count
    }

    /// A quotation mark, double or single (a single one before a word opens a quotation).
    private static func isQuote(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let mark = Array(UnsafeBufferPointer(rebasing: bytes[token.range]))
        return mark == [UInt8(ascii: "'")] || mark == [0xE2, 0x80, 0x98] || isDoubleQuote(token, bytes)
    }

    private static func isDoubleQuote(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let mark = Array(UnsafeBufferPointer(rebasing: bytes[token.range]))
        return mark == [UInt8(ascii: "\"")] || mark == [0xE2, 0x80, 0x9C] || mark == [0xE2, 0x80, 0x9D]
    }
}

/// A word of a window as `SafeRewrite` compares them: in lower case, without the marks around
/// it; a comma or full stop after it closes it (no doubled word across it).
private protocol WindowWord: Equatable {
    /// A mark that stands alone, with no letter or digit.
    var isBlank: Bool { get }
    var isClosed: Bool { get }
    /// Whether it is `word` and not closed.
    func `is`(_ word: String) -> Bool
    /// Whether it is `word`, closed or not.
    func bareIs(_ word: String) -> Bool
    var startsWithLetter: Bool { get }
    /// Its letters, without the closing comma.
    var bare: String { get }
    /// Its letters, with "," when closed.
    var full: String { get }
}

/// `SafeRewrite.words` marks a closed word with a comma.
extension String: WindowWord {
    fileprivate var isBlank: Bool { isEmpty }
    fileprivate var isClosed: Bool { hasSuffix(",") }
    fileprivate func `is`(_ word: String) -> Bool { self == word }
    fileprivate func bareIs(_ word: String) -> Bool { bare == word }
    fileprivate var startsWithLetter: Bool { first?.isLetter == true }
    fileprivate var bare: String { hasSuffix(",") ? String(dropLast()) : self }
    fileprivate var full: String { self }
}

/// A word of a window in plain ASCII, read in place: its letters and digits, compared in lower case.
private struct PlainWord: WindowWord {
    let letters: UnsafeBufferPointer<UInt8>
    let isClosed: Bool

    var isBlank: Bool { letters.isEmpty }

    static func == (left: PlainWord, right: PlainWord) -> Bool {
        left.isClosed == right.isClosed && left.letters.count == right.letters.count
            && zip(left.letters, right.letters).allSatisfy { Self.lower($0) == Self.lower($1) }
    }

    func `is`(_ word: String) -> Bool { !isClosed && bareIs(word) }

    func bareIs(_ word: String) -> Bool {
        letters.count == word.utf8.count && zip(letters, word.utf8).allSatisfy { Self.lower($0) == $1 }
    }

    var startsWithLetter: Bool { letters.first.map { $0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z") } ?? false }
    var bare: String { String(decoding: letters.map(Self.lower), as: UTF8.self) }
    var full: String { bare + (isClosed ? "," : "") }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
