/// The light rules of English the rewriter reads a sentence with: closed classes of words
/// (articles, determiners, forms of *be*, prepositions, pronouns, auxiliaries, common adverbs)
/// and a guess, from a word's ending and these lists, at whether a word is a noun. Closed
/// classes are small and fixed, so they are code, like `Inflection`'s irregular verbs; the
/// lexicon's terms and alternatives stay data, and so do the negations and prepositions, which
/// the context cues and subject rules list too (`GrammarWords`).
enum Grammar {
    /// What a determiner before a noun is.
    enum Determiner: Sendable, Hashable {
        /// "a", "an": agrees with the sound of the next word.
        case indefinite
        /// "the", "this", "each", "some", "two": any noun phrase may follow without its own article.
        case definite
        /// "my", "her", "Dana's": a possessor; "my client" cannot become "my the person".
        case possessive
    }

    /// The determiner `word` (normalized) is, if it is one.
    static func determiner(_ word: String) -> Determiner? {
        if word == "a" || word == "an" { return .indefinite }
        if possessiveDeterminers.contains(word) { return .possessive }
        if determiners.contains(word) || numberWords.contains(word) { return .definite }
        return nil
    }

    static let possessiveDeterminers: Set<String> = ["my", "your", "his", "her", "its", "our", "their", "whose"]
    /// Pronouns that start a clause as its subject: "the uncle she lives with", "Claims he took".
    static let subjectPronouns: Set<String> = ["i", "we", "you", "she", "he", "they", "it"]
    static let determiners: Set<String> = [
        "the", "this", "that", "these", "those", "each", "every", "any", "another", "no", "some", "all", "both", "many",
        "several", "few", "most", "other", "either", "neither", "such", "what", "which", "more", "less", "fewer",
    ]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen",
    ]

    /// The forms of *be*, and the verb form each is (what a verb that replaces it takes).
    static let beForms: [String: Form] = [
        "be": .base, "am": .base, "are": .base, "is": .thirdPerson, "was": .past, "were": .past, "been": .past, "being": .gerund,
    ]
    /// Pronouns with *be* contracted onto them: "she's", "they're".
    static let beContractions: Set<String> = [
        "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "who's", "what's",
    ]
    /// Linking verbs other than *be*: an adjective after them is a predicate ("seemed upset").
    static let linkingVerbs: Set<String> = [
        "seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "become", "becomes", "became", "becoming",
        "remain", "remains", "remained", "get", "gets", "got", "gotten", "getting", "feel", "feels", "felt", "look", "looks",
        "looked", "sound", "sounds", "sounded", "stay", "stays", "stayed", "grow", "grows", "grew", "grown", "act", "acts", "acted",
    ]
    /// Adverbs that may stand between *be* and a predicate; those that can move before a verb
    /// that replaces *be* ("is also bipolar" → "also has bipolar disorder") are `movableAdverbs`.
    static let adverbs: Set<String> = [
        "not", "never", "very", "so", "really", "still", "also", "always", "often", "sometimes", "usually", "quite", "rather",
        "too", "more", "most", "less", "least", "somewhat", "pretty", "fairly", "again", "now", "currently", "just", "already",
        "even", "ever", "being", "once", "then", "today", "yesterday", "lately", "recently",
    ]
    static let movableAdverbs: Set<String> = ["also", "still", "now", "currently", "already", "once"]

    /// Words that never head a noun phrase: prepositions, conjunctions, pronouns, auxiliaries,
    /// adverbs of time and place, and the like.
    static let closedClass: Set<String> = {
        let words = """
            with to of in on at for from by about into onto over under after before during since until till without toward
            towards through around across between among against like near per via off up down out than as upon within beside
            and or but nor yet because if when while although though unless whether where who whom whose which that
            i you he she it we they me him us them myself yourself himself herself itself ourselves themselves
            someone anyone everyone noone nobody somebody anybody everybody something anything everything nothing
            do does did done doing have has had having will would can could may might must shall should
            here there today tomorrow yesterday tonight now then later earlier soon again ago also too very not never
            yes please ok okay just only even still already always often sometimes usually once twice
            last next upstate downstate downtown uptown overnight abroad anyway instead together alone
            outside inside upstairs downstairs nearby ahead behind beyond early late back away forward home
            below above beneath besides despite except onto till unlike versus via whereas whenever wherever so bc
            """
        var set = Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        set.formUnion(beForms.keys)
        set.formUnion(beContractions)
        set.formUnion(determiners)
        set.formUnion(numberWords)
        set.formUnion(possessiveDeterminers)
        set.formUnion(["a", "an"])
        return set
    }()

    /// Verbs common in notes right after their subject ("pt states", "client went"), which their
    /// endings alone do not show.
    static let commonVerbs: Set<String> = {
        var set: Set<String> = [
            "say", "says", "state", "states", "report", "reports", "want", "wants", "deny", "denies", "agree", "agrees", "ask",
            "asks", "plan", "plans", "need", "needs", "like", "likes", "live", "lives", "work", "works", "call", "calls",
            "continue", "continues", "attend", "attends", "arrive", "arrives", "share", "shares", "use", "uses", "try", "tries",
            "start", "starts", "walk", "walks", "talk", "talks", "help", "helps", "wish", "wishes", "hope", "hopes",
            "expressed", "presents", "presented", "endorses", "endorsed", "verbalized", "verbalizes",
        ]
        for (base, forms) in WordClass.irregularVerbs {
            set.insert(base)
            set.insert(forms.0)
            set.insert(forms.1)
        }
        // Irregular past forms that are also common nouns stay nouns.
        set.subtract(["read", "set", "cut", "hit", "put", "quit", "let", "lead", "fall", "win", "run", "break", "drive",
                      "drink", "sleep", "fight", "catch", "rise", "shake", "hold", "stand", "build", "spend"])
        return set
    }()

    /// Nouns for one person: after an adjective said without its article ("He is bipolar man"),
    /// the adjective describes this noun and is no predicate.
    static let singularPersonNouns: Set<String> = [
        "man", "woman", "lady", "guy", "gentleman", "person", "boy", "girl", "kid", "child", "teen", "teenager", "adult",
        "mother", "father", "mom", "dad", "son", "daughter", "brother", "sister", "wife", "husband", "partner",
        "boyfriend", "girlfriend", "uncle", "aunt", "cousin", "grandmother", "grandfather", "grandma", "grandpa",
        "member", "client", "patient", "resident", "tenant", "veteran", "neighbor", "neighbour", "roommate", "friend",
        "student", "worker", "individual", "elder", "participant", "guest", "relative", "vet",
    ]

    /// People in the plural, as notes name them: never a verb after a label ("the schizophrenic
    /// residents" are residents).
    static let pluralPersonNouns: Set<String> = [
        "residents", "tenants", "clients", "members", "patients", "participants", "students", "neighbors", "neighbours",
        "roommates", "veterans", "adults", "teens", "teenagers", "kids", "children", "men", "women", "peers", "folks",
        "siblings", "brothers", "sisters", "sons", "daughters", "cousins", "guests", "workers", "coworkers", "inmates",
        "individuals", "persons", "relatives", "parents", "friends", "vets", "elders",
    ]

    /// Nouns with the endings of other classes: "-ly" (family), "-ed" (bed), "-ing" (meeting).
    static let nounsWithOtherEndings: Set<String> = [
        "family", "supply", "assembly", "ally", "reply", "rally", "belly", "bully", "jelly", "lily", "holly", "folly",
        "bed", "need", "seed", "feed", "creed", "shed", "speed", "weed", "breed", "hundred", "red", "med",
        "meeting", "meetings", "housing", "building", "training", "clothing", "funding", "counseling", "counselling",
        "morning", "evening", "setting", "hearing", "screening", "testing", "wedding", "feeling", "feelings", "living",
        "parenting", "schooling", "nursing", "shopping", "spring", "string", "thing", "things", "wing", "ring", "king",
        "sibling", "siblings", "offspring", "funeral", "ceiling", "boarding", "warning", "warnings", "recording",
    ]

    /// Adjectives that often stand before a noun without a determiner: "Met new client".
    static let commonAdjectives: Set<String> = [
        "new", "former", "young", "old", "older", "younger", "elderly", "current", "other", "same", "female", "male",
        "adult", "local", "first", "second", "last", "next", "recent", "several", "single", "pregnant", "veteran",
        "poor", "good", "regular", "routine", "weekly", "monthly", "further",
    ]

    /// Days and months: capitalized, but not names.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Capitalized words in notes that are not a person's name: roles, headings, programs.
    static let nonNames: Set<String> = [
        "peer", "writer", "staff", "client", "pt", "patient", "consumer", "member", "goal", "plan", "team", "group", "dr", "mr",
        "ms", "mrs", "mom", "dad", "medicaid", "medicare", "ssi", "ssa", "hra", "dss", "va", "er", "aa", "na", "i",
    ]

    /// What the word after a term may be, as far as its own letters and the lists tell.
    enum NounGuess: Sendable, Hashable {
        /// Likely a noun: "man", "behavior".
        case noun
        /// Ends in -s: a plural noun ("clients") or a verb agreeing with a singular subject ("says").
        case nounOrVerb
        /// Not a noun: a closed-class word, a verb form, an adverb, a name, a number, punctuation.
        case other
    }

    /// A guess at `word` (normalized), written `original`, as a noun: light rules on its endings
    /// and the closed classes. Capitalized mid-sentence, it is a name, not a common noun.
    static func nounGuess(_ word: String, original: Substring, capitalsMeanNothing: Bool) -> NounGuess {
        guard word.utf8.count >= 2, isLetters(word) else { return .other }
        if !capitalsMeanNothing, startsWithCapital(original) { return .other }
        if closedClass.contains(word) || commonVerbs.contains(word) { return .other }
        if nounsWithOtherEndings.contains(word) || pluralPersonNouns.contains(word) { return .noun }
        if word.hasSuffix("ly") || word.hasSuffix("ing") || (word.hasSuffix("ed") && word.count > 4) { return .other }
        if word.hasSuffix("s") && !(word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("ous")) {
            return .nounOrVerb
        }
        return .noun
    }

    /// Whether a normalized word is a noun for a person, one or more ("man", "residents").
    static func isPersonNoun(_ word: String) -> Bool {
        singularPersonNouns.contains(word) || pluralPersonNouns.contains(word)
    }

    /// Whether a word is letters (and inner hyphens or apostrophes) only: by its bytes when it is
    /// ASCII, as most words in notes are.
    static func isLetters(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            guard (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x27 else { return false }
        }
        return ascii || word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// Whether a word starts with a capital letter.
    static func startsWithCapital(_ word: some StringProtocol) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return word.unicodeScalars.first?.properties.isUppercase == true
    }

    /// How many letters a word or phrase has, and how many of them are capitals and small letters.
    static func letterCase(_ bytes: some Collection<UInt8>) -> (letters: Int, upper: Int, lower: Int) {
        var upper = 0, lower = 0
        var ascii = true
        for byte in bytes {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x41 && byte <= 0x5A { upper += 1 } else if byte >= 0x61 && byte <= 0x7A { lower += 1 }
        }
        if ascii { return (upper + lower, upper, lower) }
        upper = 0; lower = 0
        var letters = 0
        for scalar in String(decoding: Array(bytes), as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        return (letters, upper, lower)
    }

    /// Whether a noun (normalized) looks plural: "men", "clients" but not "class" or "status".
    static func looksPlural(_ noun: String) -> Bool {
        if irregularPlurals.contains(noun) { return true }
        return noun.hasSuffix("s") && !(noun.hasSuffix("ss") || noun.hasSuffix("us") || noun.hasSuffix("is"))
    }

    static let irregularPlurals: Set<String> = ["men", "women", "people", "children", "kids", "folks", "teeth", "feet", "mice"]

    /// The past participle of a past form, where they differ ("took" → "taken"): after *have*
    /// a verb takes it ("has taken part", not "has took part").
    static func participle(ofPast word: String) -> String {
        participles[word] ?? word
    }

    private static let participles: [String: String] = {
        let pairs = """
            took taken, chose chosen, gave given, did done, went gone, saw seen, was been, were been, ate eaten,
            wrote written, spoke spoken, broke broken, stole stolen, hid hidden, drove driven, knew known, grew grown,
            threw thrown, fell fallen, forgot forgotten, began begun, drank drunk, ran run, came come, became become,
            rose risen, shook shaken, wore worn, underwent undergone, withdrew withdrawn, overcame overcome
            """
        var table: [String: String] = [:]
        for pair in pairs.split(separator: ",") {
            let words = pair.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            if words.count == 2 { table[words[0]] = words[1] }
        }
        return table
    }()

    /// The past of a verb in its third-person form ("uses" → "used", "drinks" → "drank", "has"
    /// → "had"); nil for a word that is no such form.
    static func past(ofThirdPerson word: String) -> String? {
        guard word.count > 2, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        if let (base, _) = WordClass.irregularVerbs.first(where: { $0.value.0 == word }) { return WordClass.past(base) }
        let candidates = [String(word.dropLast()), String(word.dropLast(2)), word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : ""]
        guard let base = candidates.first(where: { !$0.isEmpty && WordClass.thirdPerson($0) == word }) else { return nil }
        return WordClass.past(base)
    }

    /// The base of an irregular verb in its third-person form ("comes" → "come", "goes" → "go");
    /// nil for anything else, which may as well be a plural noun ("plans", "needs").
    static func base(ofThirdPerson word: String) -> String? {
        guard word.count > 2, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        // Only a verb with an irregular past: "plans" (planned) and "stops" are nouns as often.
        guard let (base, forms) = WordClass.irregularVerbs.first(where: { $0.value.0 == word }), !forms.1.hasSuffix("ed") else { return nil }
        return base
    }

    /// Auxiliary and modal verbs: "and has", "and will" start a new predicate.
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
        "wants", "needs", "plans", "lives", "works", "goes", "gets", "takes", "uses", "sees", "says", "feels", "qualifies",
    ]

    /// Forms of *have* that make a perfect tense with a participle after them.
    static let perfectAuxiliaries: Set<String> = ["have", "has", "had", "having", "i've", "you've", "we've", "they've"]

    /// Whether "an" goes before `text` (by the sound of its first word, as far as spelling tells).
    static func takesAn(_ text: String) -> Bool {
        let lower = text.lowercased()
        for exception in ["one", "use", "user", "usu", "uni", "eu", "once", "ubi"] where lower.hasPrefix(exception) { return false }
        for exception in ["hour", "honest", "honor", "heir"] where lower.hasPrefix(exception) { return true }
        // Letters said one by one: "an SMI diagnosis", "an MD", "a UA".
        if let word = text.split(separator: " ").first, word.count >= 2, word.count <= 5, word.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            return "AEFHILMNORSX".contains(word.first!)
        }
        return lower.first.map { "aeiou".contains($0) } ?? false
    }

    // MARK: Agreement, number and sound: small pure helpers the safe-rewrite check uses.

    /// The form of a verb that agrees with a subject of the other number, for the verbs whose
    /// form a replaced noun can change ("people … are" for "the homeless … is"); nil for others.
    static func agreeing(_ verb: String, plural: Bool) -> String? {
        let pairs: [(singular: String, plural: String)] = [("is", "are"), ("was", "were"), ("has", "have"), ("does", "do")]
        guard let pair = pairs.first(where: { $0.singular == verb || $0.plural == verb }) else { return nil }
        return plural ? pair.plural : pair.singular
    }

    /// Whether `verb` (normalized) is a form whose number shows: "is", "was", "has", "does" are
    /// singular, "are", "were", "have", "do" plural; nil for the rest.
    static func verbIsPlural(_ verb: String) -> Bool? {
        switch verb {
        case "is", "was", "has", "does": false
        case "are", "were", "have", "do": true
        default: nil
        }
    }

    /// The word a noun phrase's number comes from: the first word before a word that starts
    /// what comes after the noun ("people who use drugs", "a person with diabetes"), else its
    /// last word ("daily activities").
    static func head(of phrase: String) -> String {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        if let cut = words.firstIndex(where: { nounPhraseContinuations.contains($0) }), cut > 0 { return words[cut - 1] }
        return words.last ?? ""
    }

    /// Words that continue a noun phrase after its noun: "who", "with", "in", "living"…
    static let nounPhraseContinuations: Set<String> = [
        "who", "that", "which", "with", "without", "in", "of", "on", "from", "for", "living", "experiencing", "receiving",
        "using", "having", "at",
    ]

    /// Whether a noun phrase reads as plural, by its head: "people with diabetes" does, "a
    /// person who uses drugs" does not.
    static func isPluralPhrase(_ phrase: String) -> Bool {
        looksPlural(head(of: phrase))
    }

    /// The plural of a noun phrase, by its head: "person with diabetes" → "people with
    /// diabetes", "daily activity" → "daily activities". An article before it goes ("a person"
    /// → "people"). Nil where the head is not certain ("the person I work with"): a phrase
    /// with words after its noun other than a "with"/"who" phrase after "person".
    static func plural(of phrase: String) -> String? {
        var words = phrase.split(separator: " ").map(String.init)
        if let first = words.first, ["a", "an"].contains(first.lowercased()) { words.removeFirst() }
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }) else { return nil }
        if let cut = words.firstIndex(where: { nounPhraseContinuations.contains($0.lowercased()) }) {
            guard cut > 0, ["person", "child", "man", "woman"].contains(words[cut - 1].lowercased()) else { return nil }
            words[cut - 1] = pluralNoun(words[cut - 1])
            // "person who has" → "people who have": the clause's verb agrees with its new subject.
            if ["who", "that"].contains(words[cut].lowercased()), cut + 1 < words.count {
                words[cut + 1] = pluralVerb(words[cut + 1])
            }
        } else {
            guard !words.contains(where: { closedClass.contains($0.lowercased()) }) else { return nil }
            words[words.count - 1] = pluralNoun(words[words.count - 1])
        }
        return words.joined(separator: " ")
    }

    /// A verb in its third-person form as it agrees with a plural subject ("has" → "have",
    /// "uses" → "use"); any other word as it is.
    static func pluralVerb(_ verb: String) -> String {
        if let agreeing = agreeing(verb.lowercased(), plural: true) { return agreeing }
        guard Grammar.past(ofThirdPerson: verb.lowercased()) != nil else { return verb }
        if let (base, _) = WordClass.irregularVerbs.first(where: { $0.value.0 == verb.lowercased() }) { return base }
        let candidates = [String(verb.dropLast()), String(verb.dropLast(2)), verb.hasSuffix("ies") ? String(verb.dropLast(3)) + "y" : ""]
        return candidates.first { !$0.isEmpty && WordClass.thirdPerson($0.lowercased()) == verb.lowercased() } ?? verb
    }

    /// The plural of one noun: irregular ones by list, one that is plural already as it is,
    /// else the regular ending (`WordClass.plural`: -y → -ies, -s/-x/-ch/-sh → -es, else -s).
    static func pluralNoun(_ noun: String) -> String {
        let lower = noun.lowercased()
        if let irregular = irregularPluralOf[lower] { return irregular }
        if looksPlural(lower) { return noun }
        return WordClass.plural(noun)
    }

    private static let irregularPluralOf: [String: String] = [
        "person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet", "tooth": "teeth",
        "mouse": "mice", "kid": "kids", "diagnosis": "diagnoses", "crisis": "crises", "analysis": "analyses",
    ]
}
