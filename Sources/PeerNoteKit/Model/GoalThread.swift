/// How a note keeps the golden thread: which plan goals it connects to, and which of the
/// required elements — type of service, purpose, response, progress — it states.
public struct GoalThread: Sendable, Hashable {
    /// A required element of a progress note (NYS OMH MHOTRS Peer Guidance).
    public enum Element: String, Sendable, Hashable, CaseIterable {
        /// The type of service provided.
        case type
        /// The purpose of the contact.
        case purpose
        /// The response of the individual.
        case response
        /// Progress toward the goal.
        case progress
    }

    /// The elements a note states, each with its evidence range: four fields read and set by
    /// element, not a dictionary (one was made and hashed twice for every note).
    public struct Elements: Sendable, Hashable {
        /// Where the type of service is stated.
        public var type: Range<Int>?
        /// Where the purpose of the contact is stated.
        public var purpose: Range<Int>?
        /// Where the person's response is described.
        public var response: Range<Int>?
        /// Where progress toward the goal is noted.
        public var progress: Range<Int>?

        /// No element stated.
        public init() {}

        /// The elements stated, in the order of `Element.allCases`.
        public var stated: [Element] { Element.allCases.filter { self[$0] != nil } }

        /// The evidence of `element`, or nil when the note does not state it.
        public subscript(element: Element) -> Range<Int>? {
            get {
                switch element {
                case .type: type
                case .purpose: purpose
                case .response: response
                case .progress: progress
                }
            }
            set {
                switch element {
                case .type: type = newValue
                case .purpose: purpose = newValue
                case .response: response = newValue
                case .progress: progress = newValue
                }
            }
        }
    }

    /// Where a note connects to a plan goal.
    public struct Link: Sendable, Hashable {
        /// How the link was found.
        public enum Kind: String, Sendable, Hashable {
            /// The note names the goal ("Goal 2", "toward her goal of …").
            case explicit
            /// The note's words overlap the goal's words.
            case content
        }
        /// The goal's id on the plan; nil when the note names a goal but no plan is known.
        public var goalID: String?
        /// How it was found.
        public var kind: Kind
        /// The evidence: UTF-8 byte range in the note.
        public var range: Range<Int>
        /// The content words shared with the goal (content links only).
        public var sharedWords: [String]
    }

    /// Links to plan goals, strongest first.
    public var links: [Link]
    /// Elements found, with the evidence range of each.
    public var elements: Elements
    /// Billable units from the minutes, when known.
    public var units: Int?

    /// Elements the note does not state.
    public var missing: [Element] { Element.allCases.filter { elements[$0] == nil } }
    /// Distinct goal ids linked.
    public var linkedGoalIDs: [String] {
        var seen: [String] = []
        for id in links.compactMap(\.goalID) where !seen.contains(id) { seen.append(id) }
        return seen
    }
}
