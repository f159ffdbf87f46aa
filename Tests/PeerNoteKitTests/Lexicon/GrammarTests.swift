import Testing
@testable import PeerNoteKit

/// The small grammar helpers the safe-rewrite check carries out: article by sound, agreement
/// of is/was/has/does with a subject whose number a rewrite changed, plurals of replacement
/// nouns, negation. Words and phrases from the lexicons' alternatives and the notes.
@Suite struct GrammarTests {
    @Test func theArticleFollowsTheSound() {
        // "an alcohol use disorder", "an SSI appointment", "an hour", but "a UA", "a user", "a one-time".
        for text in ["alcohol use disorder", "SSI appointment", "hour early", "MD", "eating disorder", "unusual comment"] {
            #expect(Grammar.takesAn(text), "\(text)")
        }
        for text in ["person who uses drugs", "UA", "user", "one-time payment", "husband with an alcohol use disorder", "history of"] {
            #expect(!Grammar.takesAn(text), "\(text)")
        }
    }

    @Test func aVerbAgreesWithTheNewSubject() {
        // "The homeless is …" → "People experiencing homelessness are …"
        #expect(Grammar.agreeing("is", plural: true) == "are")
        #expect(Grammar.agreeing("were", plural: false) == "was")
        #expect(Grammar.agreeing("has", plural: true) == "have")
        #expect(Grammar.agreeing("does", plural: true) == "do")
        #expect(Grammar.agreeing("said", plural: true) == nil)
        #expect(Grammar.verbIsPlural("are") == true && Grammar.verbIsPlural("was") == false && Grammar.verbIsPlural("went") == nil)
    }

    @Test func aPhraseHasTheNumberOfItsHead() {
        #expect(Grammar.head(of: "people who use drugs") == "people")
        #expect(Grammar.head(of: "a person with an alcohol use disorder") == "person")
        #expect(Grammar.head(of: "daily activities") == "activities")
        #expect(Grammar.isPluralPhrase("people experiencing homelessness"))
        #expect(!Grammar.isPluralPhrase("a person living with depression"))
        #expect(!Grammar.isPluralPhrase("bipolar disorder"))
    }

    @Test func replacementNounsTakeTheirPlural() {
        #expect(Grammar.plural(of: "a person with diabetes") == "people with diabetes")
        #expect(Grammar.plural(of: "daily activity") == "daily activities")
        #expect(Grammar.plural(of: "missed appointment") == "missed appointments")
        #expect(Grammar.plural(of: "child with ADHD") == "children with ADHD")
        #expect(Grammar.plural(of: "psychiatric hospital") == "psychiatric hospitals")
        #expect(Grammar.plural(of: "crisis") == "crises")
        #expect(Grammar.plural(of: "symptoms") == "symptoms")
        #expect(Grammar.pluralNoun("class") == "classes")
        // Where the head is not certain, no plural is made.
        #expect(Grammar.plural(of: "the person I work with") == nil)
        // The verb of the clause agrees with the plural noun.
        #expect(Grammar.plural(of: "person who has thoughts of suicide") == "people who have thoughts of suicide")
        #expect(Grammar.plural(of: "person who uses drugs") == "people who use drugs")
    }

    @Test func aThirdPersonVerbHasItsPast() {
        // Irregular pasts on any line of the table, regular ones by rule.
        for (verb, past) in [("uses", "used"), ("drinks", "drank"), ("has", "had"), ("injects", "injected"), ("tries", "tried"),
                             ("writes", "wrote"), ("holds", "held"), ("misses", "missed")] {
            #expect(Grammar.past(ofThirdPerson: verb) == past, "\(verb)")
        }
        #expect(Grammar.past(ofThirdPerson: "class") == nil)
    }

    @Test func negationsAreKnownByTheirWords() {
        let grammar = bundledLexicon.grammar
        for word in ["not", "never", "didn't", "isn’t", "denies", "without", "no", "nobody"] { #expect(grammar.isNegation(word), "\(word)") }
        for word in ["now", "note", "know", "nose"] { #expect(!grammar.isNegation(word), "\(word)") }
    }

    @Test func negationsAndPrepositionsHaveOneHomeInTheLexicon() {
        // The context cues' negations are the rewriter's too: a word added there counts here.
        let grammar = bundledLexicon.grammar
        let cues = bundledLexicon.entries.filter { $0.side == .context && $0.category == "negation" && $0.role == nil }
        for term in cues.flatMap(\.terms) where !term.text.contains(" ") { #expect(grammar.isNegation(term.text.lowercased()), "\(term.text)") }
        // The subject rules' prepositions, and those that also begin a clause.
        for word in ["at", "with", "near", "upon", "after", "since"] { #expect(grammar.prepositions.contains(word), "\(word)") }
        for word in ["because", "the", "and"] { #expect(!grammar.prepositions.contains(word), "\(word)") }
    }
}
