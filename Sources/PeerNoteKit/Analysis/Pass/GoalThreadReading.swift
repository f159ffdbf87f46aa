extension GoalThread {
    /// The golden thread the evidence shows: each element stated by a heading or a cue, and the
    /// links to plan goals — named ("Goal 2", "toward her goal of …", matched to the plan by its
    /// words) or only shared content words. `unmatched` are goal ids the note names that are not
    /// on the plan.
    /// `widened` are the goal stems with their life areas' words (`LifeAreas`): weaker
    /// evidence, read only when nothing else links the note or a goal named in words shares
    /// none of the plan's own words.
    static func read(from evidence: NoteEvidence, metadata: NoteMetadata, goalStems: [Set<String>], widened: [Set<String>])
        -> (thread: GoalThread, unmatched: [(id: String, range: Range<Int>)]) {
        var elements = evidence.headings
        // A request states the purpose only where it is one of the note's reasons.
        let reasons = evidence.reasons
        for cue in evidence.cues {
            guard let element = cue.kind?.element, elements[element] == nil,
                  cue.kind != .request || reasons.contains(where: { $0.range == cue.range }),
                  !evidence.headingLabels.contains(where: { $0.contains(cue.range.lowerBound) }) else { continue }
            elements[element] = cue.range
        }
        // "Two weeks ago he had no one to call; now he has one": then against now is progress.
        if elements[.progress] == nil, let contrast = thenAndNow(evidence.cues) { elements[.progress] = contrast }
        // "Mock interview for Goal 1": the activity, done for a goal, is the contact's purpose.
        if elements[.purpose] == nil, let purpose = forGoal(evidence) { elements[.purpose] = purpose }
        // "Went with him to the office to ask for a payment plan": the service, then what for.
        if elements[.purpose] == nil, let purpose = infinitiveOfPurpose(evidence.cues) { elements[.purpose] = purpose }
        // A service the note's words name ("Group: Whole Health Action Management") states its type.
        if elements[.type] == nil, let service = metadata.fromText["service"] { elements[.type] = service.range }
        // An ad hoc service is one the plan does not hold: only a goal the note names links it.
        let byContent = metadata.adHoc != true
        var (links, unmatched) = Self.links(evidence, goals: metadata.goals, goalStems: goalStems, widened: widened, byContent: byContent)
        // "Called Keisha about the housing appointment at HRA": a note that shares no goal's own
        // words may still serve one through the words of the goal's part of life.
        if byContent && links.isEmpty && unmatched.isEmpty && widened != goalStems {
            links = Self.contentLinks(evidence, goals: metadata.goals, goalStems: widened, after: [])
        }
        return (GoalThread(links: links, elements: elements, units: metadata.units), unmatched)
    }

    /// A cue pointing back in time and one pointing at the present, in one sentence or two
    /// that follow each other: the range from the first to the second.
    private static func thenAndNow(_ cues: [NoteEvidence.Cue]) -> Range<Int>? {
        let then = cues.filter { $0.kind == .progressThen }
        guard !then.isEmpty else { return nil }
        for now in cues where now.kind == .progressNow {
            if let earlier = then.first(where: { abs($0.sentence - now.sentence) <= 1 }) {
                return min(earlier.range.lowerBound, now.range.lowerBound)..<max(earlier.range.upperBound, now.range.upperBound)
            }
        }
        return nil
    }

    /// A `purposeVerb` cue after a `type` or `contact` cue in the same sentence: the service
    /// and its purpose.
    private static func infinitiveOfPurpose(_ cues: [NoteEvidence.Cue]) -> Range<Int>? {
        for verb in cues where verb.kind == .purposeVerb {
            if cues.contains(where: { ($0.kind == .type || $0.kind == .contact) && $0.sentence == verb.sentence && $0.range.upperBound <= verb.range.lowerBound }) {
                return verb.range
            }
        }
        return nil
    }

    /// A `purposeForGoal` cue a few words before a goal reference in its sentence: "for Goal
    /// 1", "toward his housing goal (Goal 1)", "for the cafeteria job (Goal 1)".
    private static func forGoal(_ evidence: NoteEvidence) -> Range<Int>? {
        for cue in evidence.cues where cue.kind == .purposeForGoal {
            let sentence = evidence.sentences.first { $0.range.contains(cue.range.lowerBound) }?.range ?? cue.range
            let next = cue.range.upperBound..<min(cue.range.upperBound + reach, sentence.upperBound)
            let goal = evidence.goalReferences.first { next.contains($0.range.lowerBound) }?.range
                ?? evidence.cues.first { $0.kind == .goalReference && next.contains($0.range.lowerBound) }?.range
            if let goal { return cue.range.lowerBound..<goal.upperBound }
        }
        return nil
    }

    /// How far after a `purposeForGoal` cue, in bytes, its goal may be named.
    static let reach = 32

    private static func links(_ evidence: NoteEvidence, goals: [PlanGoal], goalStems: [Set<String>], widened: [Set<String>], byContent: Bool)
        -> ([Link], [(id: String, range: Range<Int>)]) {
        var links: [Link] = []
        var unmatched: [(id: String, range: Range<Int>)] = []
        for reference in evidence.goalReferences {
            if goals.isEmpty {
                links.append(.init(goalID: reference.id, kind: .explicit, range: reference.range, sharedWords: []))
            } else if let goal = goals.first(where: { $0.id == PlanGoal.billedGoalID || sameID($0.id, reference.id) }) {
                links.append(.init(goalID: goal.id, kind: .explicit, range: reference.range, sharedWords: []))
            } else {
                unmatched.append(reference)
            }
        }
        // "toward her goal of getting back to work": a named goal, matched to the plan by its words.
        // "Goal: N/A", a template's field left unfilled, names none.
        for cue in evidence.cues where cue.kind == .goalReference {
            guard !evidence.goalReferences.contains(where: { $0.range.overlaps(cue.range) }),
                  !evidence.unfilledLabels.contains(where: { $0.overlaps(cue.range) }) else { continue }
            // Without a plan there is nothing to match: the named goal is the link.
            if goals.isEmpty {
                links.append(.init(goalID: nil, kind: .explicit, range: cue.range, sharedWords: []))
                continue
            }
            guard let sentence = evidence.sentences.first(where: { $0.range.contains(cue.range.lowerBound) }) else { continue }
            // The goal the sentence shares the most words with (each, on a tie): "33 days sober"
            // under "Progress toward goal" is the sobriety goal, not every goal that says "sober".
            var shared = goalStems.map { sentence.stems.intersection($0) }
            // "her goal of getting her own place" beside "the landlord": none of the goal's own
            // words, but its part of life's.
            if shared.allSatisfy(\.isEmpty) { shared = widened.map { sentence.stems.intersection($0) } }
            let most = shared.map(\.count).max() ?? 0
            var tied = shared.indices.filter { most > 0 && shared[$0].count == most }
            // On a tie, a goal the note names by id is the one meant ("Goal: G1 … toward goal: 33 days sober").
            let byID = tied.filter { index in links.contains { $0.goalID == goals[index].id } }
            if !byID.isEmpty { tied = byID }
            for index in tied {
                links.append(.init(goalID: goals[index].id, kind: .explicit, range: sentence.range, sharedWords: shared[index].sorted()))
            }
        }
        links = withoutLater(links, evidence)
        if byContent { links = contentLinks(evidence, goals: goals, goalStems: goalStems, after: links) }
        links.sort { ($0.kind == .explicit ? 0 : 1, $0.range.lowerBound) < ($1.kind == .explicit ? 0 : 1, $1.range.lowerBound) }
        return (links, unmatched)
    }

    /// `links` without the goals named only where the note speaks of what comes next ("Next
    /// session we start on Goal 2", "Nos vemos el martes para la Meta 2"), when it names a goal
    /// anywhere else: that is the goal this contact served, the other the plan for later.
    private static func withoutLater(_ links: [Link], _ evidence: NoteEvidence) -> [Link] {
        let cues = evidence.cues.filter { $0.kind == .nextStep }
        guard !cues.isEmpty, !links.isEmpty else { return links }
        let later = evidence.sentences.lazy.map(\.range).filter { sentence in cues.contains { sentence.contains($0.range.lowerBound) } }
        let isLater = { (link: Link) in later.contains { $0.contains(link.range.lowerBound) } }
        let served = links.filter { !isLater($0) }
        guard !served.isEmpty else { return links }
        return links.filter { link in !isLater(link) || served.contains { $0.goalID == link.goalID } }
    }

    /// `links` and, unless they name a goal by id, content links: of the goals some sentence
    /// shares enough of `goalStems` with, those it shares the most with.
    private static func contentLinks(_ evidence: NoteEvidence, goals: [PlanGoal], goalStems: [Set<String>], after links: [Link]) -> [Link] {
        var links = links
        // Content: a sentence shares at least two content words with a goal (one, for a
        // one-word goal), so "apply for jobs" and "part-time work" do not meet by accident.
        // A note that names its goals by id has said which goals it serves.
        let namedByID = links.contains { $0.goalID != nil }
        var found: [(link: Link, count: Int)] = []
        for (index, stems) in goalStems.enumerated() where !stems.isEmpty && !namedByID {
            let needed = min(2, stems.count)
            // The first sentence sharing the most words; the shared words are made for it alone.
            var best: (sentence: Int, count: Int)? = nil
            for (number, sentence) in evidence.sentences.enumerated() {
                let count = sentence.stems.count <= stems.count ? sentence.stems.count(where: stems.contains) : stems.count(where: sentence.stems.contains)
                if count > best?.count ?? -1 { best = (number, count) }
            }
            let named = links.contains { $0.goalID == goals[index].id }
            if let best, best.count >= needed, !named {
                let sentence = evidence.sentences[best.sentence]
                found.append((.init(goalID: goals[index].id, kind: .content, range: sentence.range, sharedWords: sentence.stems.intersection(stems).sorted()), best.count))
            }
        }
        // Of goals met by shared words alone, those met by the most: a note about one goal
        // touches another's words in passing.
        let most = found.map(\.count).max() ?? 0
        return links + found.filter { $0.count == most }.map(\.link)
    }

    /// Whether two goal ids name the same goal: "G1", "g-1" and "1" do, and an objective
    /// numbered under a goal ("1.2") belongs to it ("G1").
    static func sameID(_ a: String, _ b: String) -> Bool {
        let clean = { (id: String) in id.lowercased().filter { $0.isLetter || $0.isNumber } }
        if clean(a) == clean(b) { return true }
        let digits = { (id: String) in id.filter(\.isNumber) }
        if !digits(a).isEmpty && digits(a) == digits(b) { return true }
        // "1.2" and "G1": the objective's first number is its goal's.
        let goal = { (id: String) in id.drop { !$0.isNumber }.prefix { $0.isNumber } }
        let (dotted, plain) = a.contains(".") ? (a, b) : (b, a)
        return dotted.contains(".") && !plain.contains(".") && !goal(dotted).isEmpty && goal(dotted) == Substring(digits(plain))
    }
}
