/// What a note's front matter (or a JSON Lines record) says about the service.
/// Every field is optional: checks that need a missing field say so instead of guessing.
public struct NoteMetadata: Sendable, Hashable {
    /// The kind of service.
    public enum Service: String, Sendable, Hashable, CaseIterable {
        /// One person.
        case individual
        /// A group of at most 12 people (modifier HQ).
        case group
        /// Family members or other collaterals.
        case family
    }

    /// Where the service happened.
    public enum Setting: String, Sendable, Hashable, CaseIterable {
        /// At the program site.
        case onsite
        /// In the community.
        case offsite
        /// By video or phone.
        case telehealth
    }

    /// The person served (a name or an id).
    public var person: String?
    /// The peer who wrote the note.
    public var peer: String?
    /// Service date as written (`2026-03-04`, `3/4/2026`).
    public var date: String?
    /// The language the note is written in (`en`, `es`), when front matter or a field says so;
    /// otherwise PeerNote reads it from the note's words.
    public var language: String?
    /// Program or site.
    public var program: String?
    /// Individual, group or family.
    public var service: Service?
    /// Onsite, offsite or telehealth.
    public var setting: Setting?
    /// Minutes of service.
    public var minutes: Int?
    /// People in the group, for group services.
    public var groupSize: Int?
    /// Billing modifier, e.g. `HQ`.
    public var modifier: String?
    /// Whether the person was not yet admitted.
    public var preadmission: Bool?
    /// Who co-signed (an LPHA), if anyone.
    public var lphaCosign: String?
    /// Whether this is a single, ad-hoc service outside the plan (e.g. a school meeting).
    public var adHoc: Bool?
    /// The plan file named by `plan:`, as written.
    public var planPath: String?
    /// The person's plan goals, inline or from the plan file.
    public var goals: [PlanGoal]
    /// Problems found reading the metadata, each with its line in the file.
    public var problems: [InputError]
    /// The 1-based file line of each field that was given, so findings can point at it.
    public var fieldLines: [String: Int]
    /// The billing code as the note states it (`H0038`), if it does.
    public var billingCode: String?
    /// The length of a time range the note states ("10:00–11:15 AM"), beside a stated total.
    public var rangeMinutes: Int?
    /// The fields read from the note's own words (not given by front matter or an export), each
    /// with where the text says it.
    public var fromText: [String: TextEvidence] = [:]
    /// Fields whose given value the note's own words contradict, with where they do.
    public var conflicts: [String: TextEvidence] = [:]

    /// Where a note's text states a fact.
    public struct TextEvidence: Sendable, Hashable {
        /// UTF-8 byte range in the note's text.
        public var range: Range<Int>
        /// The text as written there, for messages about the fact.
        public var text: String
        /// Whether the fact was guessed from a sentence ("Met with Oksana…") rather than read
        /// from a labelled line ("Client: Oksana P."): a guessed name is never written into the note.
        public var isGuess = false
    }

    /// No metadata at all.
    public init() {
        goals = []
        problems = []
        fieldLines = [:]
    }

    /// Whether the note had any metadata.
    public var isEmpty: Bool {
        self == NoteMetadata()
    }

    /// Billable 15-minute units: none under 15 minutes, one per full 15 minutes after that.
    public var units: Int? {
        minutes.map { $0 >= 15 ? $0 / 15 : 0 }
    }
}

/// A goal on the person's treatment plan, ideally in their own words.
public struct PlanGoal: Sendable, Hashable {
    /// The goal's id on the plan (`G1`, `2`).
    public var id: String
    /// The goal as written on the plan.
    public var text: String
    /// The person's own words about it, if the plan records them.
    public var ownWords: String?

    /// The id of a goal known only by its text (an export's `goal` column): any goal number
    /// the note names is taken to be this one.
    public static let billedGoalID = "billed"

    /// A goal.
    public init(id: String, text: String, ownWords: String? = nil) {
        self.id = id
        self.text = text
        self.ownWords = ownWords
    }
}
