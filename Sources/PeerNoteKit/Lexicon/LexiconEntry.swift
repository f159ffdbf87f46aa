/// One rule of a lexicon: a concept, all the words that express it, and what to say about it.
public struct LexiconEntry: Sendable, Hashable {
    /// Which side of the balance an entry is on.
    public enum Side: String, Sendable, Hashable {
        /// Language to coach: stigmatizing, clinical, provider-centered.
        case concern
        /// Language to celebrate: recovery, hope, choice, strengths.
        case strength
        /// Cues of the golden thread: phrases and section headings that state the type of
        /// service, its purpose, the person's response, progress, or a goal.
        case thread
        /// Context cues: phrases after which concern words are reported, not the writer's own
        /// label ("no longer", "was once told she was").
        case context
        /// The words of a note-level check (`checks.yml`): its message, rationale, suggestion
        /// and example notes. Such an entry matches no text.
        case check
        /// The labels and phrases a plain-text note states its service facts with (`facts.yml`):
        /// read from each line by the facts reader, not by the matcher.
        case fact
    }

    /// What a `side: fact` entry's labels and phrases state. Fact entries' categories must be
    /// one of these; `lexicon lint` says so otherwise.
    public enum FactKind: String, Sendable, Hashable, CaseIterable {
        case person, caregiver, date, time, duration, service
        case serviceIndividual = "service-individual", serviceGroup = "service-group", serviceFamily = "service-family"
        case setting
        case settingOnsite = "setting-onsite", settingOffsite = "setting-offsite", settingHome = "setting-home"
        /// Places that suggest a setting ("clinic", "library") where the note may say it outright ("(community)").
        case placeOnsite = "place-onsite", placeOffsite = "place-offsite"
        case settingVideo = "setting-video", settingPhone = "setting-phone"
        case groupSize = "group-size", groupMember = "group-member"
        /// Says people were there ("attended", "present", "in group"): a count of members in a
        /// sentence is the group's size only beside one ("6 members attended", not "two members
        /// thanked her").
        case groupAttendance = "group-attendance"
        case billingCode = "billing-code", modifier, preadmission, cosign, credential, adhoc
        case notServiceTime = "not-service-time", notSetting = "not-setting"
        case staff, personCue = "person-cue", notAName = "not-a-name"
        /// Words right after a first name that opens a sentence and make it the person reaching
        /// out ("Floyd called my work cell", "Kayleigh texted me").
        case personVerb = "person-verb"
        /// Words too common in notes to link a note to a goal ("session", "shared", "the"): a
        /// goal and a sentence meet on their other words.
        case notGoalContent = "not-goal-content"
        /// An everyday word: capitalized at a sentence's start it is not a name (redaction).
        case commonWord = "common-word"
        /// A part of life a plan goal can be about (housing, work, family): one entry an area,
        /// its terms single words. A note's sentence meets a goal through the goal's own area's
        /// words as through the goal's words ("interview" and "resume" serve "competitive
        /// employment").
        case lifeArea = "life-area"
        case timeStart = "time-start", timeEnd = "time-end"
        /// A plan goal's label ("Meta 1:", "Objetivo del plan:"): its line says what the person
        /// wants ("encontrar un grupo de NA"), not the service's facts, and is read for none.
        case goal
    }

    /// What a `side: thread` cue tells the checks. Thread entries' categories must be one of
    /// these; `lexicon lint` says so otherwise, so renaming one cannot switch a check off.
    public enum CueKind: String, Sendable, Hashable, CaseIterable {
        /// States the type of service.
        case type
        /// States the purpose of the contact.
        case purpose
        /// Describes the person's response.
        case response
        /// Notes progress toward the goal.
        case progress
        /// Names a goal ("Goal 2", "her goal of …").
        case goalReference = "goal-reference"
        /// Leads a goal's id and names no goal without one: "goals 1 and 2" names two, "his
        /// goals" alone speaks of goals in general.
        case goalNumber = "goal-number"
        /// Gives the reason for a service (an ad hoc service needs one).
        case rationale
        /// Makes staff the subject of a sentence ("Staff", "This writer").
        case staffSubject = "staff-subject"
        /// Points back in time ("two weeks ago", "at first", "had never"). With a `progressNow`
        /// cue in the same or the next sentence it notes progress: then against now.
        case progressThen = "progress-then"
        /// Points at the present ("now", "this time", "no longer"); see `progressThen`.
        case progressNow = "progress-now"
        /// Right before a goal reference ("for Goal 1", "toward Goal 2"), makes the contact's
        /// activity the goal's: the purpose of the contact.
        case purposeForGoal = "purpose-for-goal"
        /// A verb of an infinitive of purpose ("went with him to the office {to ask} for a payment
        /// plan"): the contact's purpose when its sentence also names the service.
        case purposeVerb = "purpose-verb"
        /// A verb of making contact that names no service by itself ("Met Oksana at the warehouse",
        /// "Called Keisha"): a `purposeVerb` after it in its sentence states the purpose.
        case contact
        /// The person's request ("asked me to come", "at her request", "she asked for this
        /// visit"): says both why the contact happened (its purpose) and why an ad hoc service
        /// was given (its rationale).
        case request
        /// Speaks of what comes after this contact ("next session", "after lunch", "nos vemos el
        /// martes"): a goal named only in such a sentence is the plan for later, not the goal this
        /// contact served.
        case nextStep = "next-step"

        /// The required element a cue of this kind states, if it states one.
        public var element: GoalThread.Element? {
            switch self {
            case .type: .type
            case .purpose, .request: .purpose
            case .response: .response
            case .progress: .progress
            case .goalReference, .goalNumber, .rationale, .staffSubject, .progressThen, .progressNow, .purposeForGoal, .purposeVerb, .contact, .nextStep: nil
            }
        }
    }

    /// What a note-level check says in one situation ("preadmission", "no-plan"), in place of
    /// its usual message and suggestion.
    public struct Variant: Sendable, Hashable {
        /// The message, a template with `{placeholders}`.
        public var message: String?
        /// The suggestion, a template.
        public var suggestion: String?
    }

    /// What a concern entry does inside a quotation of the person's own words.
    public enum Quoted: String, Sendable, Hashable {
        /// Reported as information: the person's voice, not the writer's wording (the default).
        case info
        /// Not reported at all.
        case skip
        /// Reported as anywhere else.
        case flag
    }

    /// What the words of a `side: context` entry with `role:` are to the subject and speaker
    /// rules: who can be a subject, which verbs introduce speech, and the grammar words the
    /// rules pass over or stop at. Such an entry is a word list, not a cue: it matches no text.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The person: "she", "the person", "member".
        case person
        /// The note's writer: "I", "we", "this writer".
        case writer
        /// Staff: "the nurse", "her therapist". Their quoted speech is checked like the writer's.
        case staff
        /// Anyone or anything else: a landlord, an office, an insurer, a court.
        case other
        /// A record: a chart, a note, a file, a letter. What it says about the person is reported.
        case record
        /// A verb that introduces speech: "said", "told", "asked".
        case speech
        /// Auxiliaries and adverbs passed over on the way to a subject: "has", "then", "never".
        case skip
        /// Determiners: "the", "his". Passed over, and looked past for a preposition.
        case determiner
        /// Prepositions: the noun after one is not the subject ("the worker at the pharmacy").
        case preposition
        /// "and", "but": a second verb shares the first one's subject.
        case conjunction
        /// "who", "which": the subject is the noun before the comma.
        case relative
        /// Words that begin a new clause: "because", "so", "that".
        case boundary
        /// Prepositions that also begin a clause ("after", "since"): a boundary to the subject
        /// rules, a preposition to the rewriter.
        case clausePreposition = "clause-preposition"
        /// Words that negate a clause without being a context cue ("no", "without", "denies"):
        /// read by the rewriter only, beside the one-word cues of `category: negation`.
        case negation
        /// Degree words ("so", "really", "kinda"): a concern term of a degree word and one word
        /// also matches with each other degree word ("so needy" matches "super needy").
        case degree
    }

    /// What an entry asks of the subject of its words.
    public enum SubjectRule: String, Sendable, Hashable {
        /// A concern entry (a labelling verb): silent when its subject is someone other than
        /// the person ("the landlord refused"); a subject left out still fires ("Refused meds").
        /// A context cue: a cue only when the person is its subject ("Yelena says she's …", not
        /// "the ER note says he …").
        case person
        /// A concern entry with everyday senses ("clean", "high", "odd", "slow"): fires only when
        /// its subject is known to be the person — a name, a pronoun, a person word — or left out.
        /// "Jin is clean now" is coached; "the kitchen is clean" is not.
        case knownPerson = "known-person"
        /// A concern entry for what staff do to the person ("let her", "directed him"): silent
        /// when the person or someone else does it ("Mom let her stay up", "the owner lets her").
        case staff
        /// A concern entry that labels whoever it describes ("hostile", "manipulative", "lazy"):
        /// silent when it describes someone else, as the predicate of their noun ("her landlord
        /// was hostile") or as an adjective right before it ("a manipulative boyfriend").
        case label
        /// A context cue: a cue only when a record is its subject ("her chart from 2015 said …").
        case record
        /// A context cue: a cue only when someone other than the writer and the person does it
        /// ("a psychiatrist told Mrs. Lam she was …", not "he told the usual story").
        case someoneElse = "someone-else"
        /// A context cue (a verb of labelling by others, "called"): a cue only when its
        /// subject is someone other than the writer ("ER staff used to call him…", not "I called her…").
        case notWriter = "not-writer"
    }

    /// A sense of a term that the entry must not fire on, told apart by the words right
    /// next to it: "patient" followed by "with" is the adjective.
    public struct Sense: Sendable, Hashable {
        /// A name for messages ("adjective").
        public var name: String
        /// Phrases that, right before the term, mark the sense.
        public var before: [String]
        /// Phrases that, right after the term, mark the sense.
        public var after: [String]
    }

    /// Words around a match that decide whether it fires, within `window` words of it in the
    /// same sentence.
    public struct Context: Sendable, Hashable {
        /// Do not fire after any of these ("no longer").
        public var notAfter: [String] = []
        /// Do not fire before any of these.
        public var notBefore: [String] = []
        /// Fire only after one of these, when given.
        public var onlyAfter: [String] = []
        /// Fire only before one of these, when given.
        public var onlyBefore: [String] = []
        /// Senses the entry must not fire on.
        public var senses: [Sense] = []
        /// How many words on each side the context looks at.
        public var window: Int = 6
        /// What happens inside a quotation of the person's words.
        public var quoted: Quoted = .info
        /// Whether the entry fires inside a capitalized name ("the Compliance Office"); off by default.
        public var inNames: Bool = false
        /// For context cues: the concern categories they apply to (all when empty).
        public var appliesTo: [String] = []
        /// Who the subject of the entry's words must be, when that matters.
        public var subject: SubjectRule?
        /// For context cues: the only words that may stand between the cue and the concern
        /// words (a negation denies the label right after it: "not an addict", not "not rent
        /// to addicts"). Any word when empty; `[Name]` stands for a capitalized word.
        public var between: [String] = []
        /// For context cues: a cue only for concern words standing alone in quotation marks, a
        /// label named as someone's word ("the old petition says “noncompliant”"), not used.
        /// For concern entries: fires only on words standing alone in quotation marks, the
        /// writer's scare quotes ("she “lost” her card again").
        public var onlyQuoted: Bool = false
        /// For context cues: a cue that also covers the concern words before it in its clause
        /// when it closes the clause, an attribution ("…, in her words.", "an alcoholic by his
        /// own account, asked …").
        public var reachesBack: Bool = false

        /// Whether any word-based rule is set.
        var hasWordRules: Bool { !(notAfter.isEmpty && notBefore.isEmpty && onlyAfter.isEmpty && onlyBefore.isEmpty && senses.isEmpty) }
    }

    /// One phrase the matcher looks for, and the form it has.
    public struct Term: Sendable, Hashable {
        /// The phrase as the lexicon spells it.
        public var text: String
        /// Its grammatical form.
        public var form: Form
    }

    /// Unique id, shown as `[id]`.
    public var id: String
    /// Concern or strength.
    public var side: Side
    /// Category, counted in the score.
    public var category: String
    /// How much a match matters.
    public var severity: Severity
    /// How the entry's terms and alternatives inflect.
    public var wordClass: WordClass
    /// Every phrase that matches, with its form.
    public var terms: [Term]
    /// Phrases in which a term is fine ("refuse truck").
    public var exceptions: [String]
    /// Short message.
    public var message: String
    /// Why it matters.
    public var rationale: String
    /// Person-centered alternatives, as the lexicon spells them, with the slots they fit.
    public var alternatives: [Alternative]
    /// Whether the first alternative may be applied without asking.
    public var isSafe: Bool
    /// The public guide the entry follows.
    public var source: String
    /// Sentences with `{braced}` text where the entry must fire exactly there.
    public var examples: [String]
    /// Sentences where the entry must not fire.
    public var counterexamples: [String]
    /// Section headings that state this entry's element (`thread` entries only): "Response", "S".
    public var headings: [String]
    /// The words around a match that decide whether it fires.
    public var context = Context()
    /// What to do instead where no alternative fits the sentence: a sentence for the writer,
    /// offered with no one-click edit (the entry's own `guidance:`, else its file's).
    public var guidance = ""
    /// Sentences in and the sentences its rewrite must give (`lexicon lint` and the tests run them).
    public var rewrites: [RewriteExample] = []
    /// A check's suggestion, a template with `{placeholders}` (`side: check` only).
    public var suggestion = ""
    /// A check's messages and suggestions for particular situations, by name (`side: check` only).
    public var variants: [String: Variant] = [:]
    /// Categories of other entries a check counts on ("the strength categories that name one of
    /// the person's strengths"; `side: check` only).
    public var categories: [String] = []
    /// For a `side: context` word list: what its words are to the subject and speaker rules.
    public var role: Role?
    /// Where the entry was defined, as `file:line`.
    public var origin: String

    /// A problem with this entry, at the file and line it was defined on.
    public func problem(_ message: String) -> InputError {
        let split = origin.lastIndex(of: ":")
        return InputError(file: split.map { String(origin[..<$0]) } ?? origin,
                          line: split.flatMap { Int(origin[origin.index(after: $0)...]) }, message: message)
    }

    /// What a fact entry's labels and phrases state (nil for other sides).
    public var factKind: FactKind? { side == .fact ? FactKind(rawValue: category) : nil }

    /// What a thread cue tells the checks (nil for other sides).
    public var cueKind: CueKind? { side == .thread ? CueKind(rawValue: category) : nil }

    /// The alternatives in the form that was matched: "decline" → "declined" for `refused`.
    public func alternatives(for form: Form) -> [Alternative] {
        alternatives.map { $0.inflected(wordClass, to: form) }
    }
}
