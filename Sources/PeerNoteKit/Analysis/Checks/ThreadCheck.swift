/// The golden-thread checks: goal links, required elements, and the person's voice.
/// Everything comes out as ordinary findings in the categories `thread`, `element` and `voice`.
struct ThreadCheck {
    let evidence: ThreadEvidence
    let metadata: NoteMetadata
    /// Content stems of each plan goal, in plan order.
    let goalStems: [Set<String>]
    /// What the note's strength language says about the person's voice.
    let voice: Voice
    let headings: GoalThread.Elements
    let maker: FindingMaker
    /// The tips' example sentences for this person, goal and service.
    let examples: ThreadExamples

    /// Strength categories that name something about the person (not just hope in general).
    static let personStrengthCategories: Set<String> = ["strengths", "self-advocacy", "coping", "natural-supports", "progress", "choice"]

    /// Whether the strength findings name one of the person's strengths, and the person's own goal.
    struct Voice {
        var namesPersonStrength = false
        var namesOwnGoal = false

        /// Read from the strength findings, in place.
        init(strengths: ArraySlice<Finding>) {
            strengths.withUnsafeBufferPointer { strengths in
                for index in strengths.indices {
                    let category = strengths[index].category
                    if category == "own-goals" { namesOwnGoal = true }
                    if !namesPersonStrength && ThreadCheck.personStrengthCategories.contains(category) { namesPersonStrength = true }
                    if namesOwnGoal && namesPersonStrength { break }
                }
            }
        }
    }

    /// The note's golden thread; its findings are appended to `findings` (appending in place:
    /// an array of findings returned and joined is copied, every string retained again).
    func run(into findings: inout [Finding]) -> GoalThread {
        let links = goalLinks(&findings)
        var elements = headings
        for cue in evidence.cues {
            guard let element = cue.element, elements[element] == nil else { continue }
            elements[element] = cue.range
        }
        let thread = GoalThread(links: links, elements: elements, units: metadata.units)

        if metadata.isEmpty {
            findings.append(maker.finding(rule: "metadata-missing", category: "thread", severity: .info, range: maker.bodyAnchor,
                message: "No front matter: the plan goals, service type and minutes are unknown",
                rationale: "With person, service, minutes and goals (or a plan file) at the top of the note, PeerNote can check the golden thread and billing facts.",
                suggestions: ["---\nperson: …\nservice: individual\nminutes: 45\nplan: plans/….yml\n---"]))
        }
        threadFindings(thread, into: &findings)
        voiceFindings(into: &findings)
        return thread
    }

    // MARK: Goal links

    private func goalLinks(_ findings: inout [Finding]) -> [GoalThread.Link] {
        let goals = metadata.goals
        var links: [GoalThread.Link] = []
        for reference in evidence.goalReferences {
            if goals.isEmpty {
                links.append(.init(goalID: reference.id, kind: .explicit, range: reference.range, sharedWords: []))
            } else if let goal = goals.first(where: { $0.id == PlanGoal.billedGoalID || Self.sameID($0.id, reference.id) }) {
                links.append(.init(goalID: goal.id, kind: .explicit, range: reference.range, sharedWords: []))
            } else {
                findings.append(maker.finding(rule: "goal-not-on-plan", category: "thread", severity: .warning, range: reference.range,
                    message: "This goal id is not on the person's plan (\(goals.map(\.id).joined(separator: ", ")))",
                    rationale: "A reviewer follows the thread by the goal's id on the plan; an id that is not there breaks it."))
            }
        }
        // "toward her goal of getting back to work": a named goal, matched to the plan by its words.
        for cue in evidence.cues where cue.category == "goal-reference" {
            guard !evidence.goalReferences.contains(where: { $0.range.overlaps(cue.range) }),
                  let sentence = evidence.sentences.first(where: { $0.range.contains(cue.range.lowerBound) }) else { continue }
            if goals.isEmpty {
                links.append(.init(goalID: nil, kind: .explicit, range: cue.range, sharedWords: []))
                continue
            }
            for (index, stems) in goalStems.enumerated() {
                let shared = sentence.stems.intersection(stems)
                if !shared.isEmpty {
                    links.append(.init(goalID: goals[index].id, kind: .explicit, range: sentence.range, sharedWords: shared.sorted()))
                }
            }
        }
        // Content: a sentence shares at least two content words with a goal (one, for a
        // one-word goal), so "apply for jobs" and "part-time work" do not meet by accident.
        for (index, stems) in goalStems.enumerated() where !stems.isEmpty {
            let needed = min(2, stems.count)
            // The first sentence sharing the most words; the shared words are made for it alone
            // (a set per sentence and goal was most of the thread check's allocations).
            var best: (sentence: Int, count: Int)? = nil
            for (number, sentence) in evidence.sentences.enumerated() {
                let count = sentence.stems.count <= stems.count ? sentence.stems.count(where: stems.contains) : stems.count(where: sentence.stems.contains)
                if count > best?.count ?? -1 { best = (number, count) }
            }
            let named = links.contains { $0.goalID == goals[index].id }
            if let best, best.count >= needed, !named {
                let sentence = evidence.sentences[best.sentence]
                links.append(.init(goalID: goals[index].id, kind: .content, range: sentence.range, sharedWords: sentence.stems.intersection(stems).sorted()))
            }
        }
        links.sort { ($0.kind == .explicit ? 0 : 1, $0.range.lowerBound) < ($1.kind == .explicit ? 0 : 1, $1.range.lowerBound) }
        return links
    }

    static func sameID(_ a: String, _ b: String) -> Bool {
        let clean = { (id: String) in id.lowercased().filter { $0.isLetter || $0.isNumber } }
        if clean(a) == clean(b) { return true }
        let digits = { (id: String) in id.filter(\.isNumber) }
        return !digits(a).isEmpty && digits(a) == digits(b)
    }

    // MARK: Thread and elements

    private func threadFindings(_ thread: GoalThread, into findings: inout [Finding]) {
        let anchor = maker.bodyAnchor
        if metadata.preadmission == true {
            // Before admission there is no plan: the purpose of the contact carries the thread.
            if thread.elements[.purpose] == nil {
                findings.append(maker.finding(rule: "preadmission-purpose-missing", category: "thread", severity: .warning, range: anchor,
                    message: "A pre-admission note needs the purpose of the contact",
                    rationale: "Before admission there is no treatment plan; OMH asks each pre-admission contact to record its purpose, the person's response and the outcome.",
                    suggestions: ["The purpose of this contact was to help … decide whether …"]))
            }
        } else if metadata.adHoc == true {
            if !evidence.cues.contains(where: { $0.category == "rationale" }) {
                findings.append(maker.finding(rule: "adhoc-rationale-missing", category: "thread", severity: .warning, range: anchor,
                    message: "A single, ad-hoc service needs its rationale",
                    rationale: "When a service is not on the plan (support at a school meeting, a one-time resource connection), the note must show why it was needed.",
                    suggestions: ["I joined … because … asked for support with …"]))
            }
        } else if thread.links.isEmpty {
            let unknown = metadata.goals.isEmpty ? "; no plan goals are listed in the metadata" : ""
            findings.append(maker.finding(rule: "goal-link-missing", category: "thread", severity: .warning, range: anchor,
                message: "No link to a plan goal found\(unknown)",
                rationale: "Every service should connect to a goal the person set with their team; a reviewer who cannot follow this golden thread can deny the claim.",
                suggestions: examples.goalLink))
        } else if thread.links.allSatisfy({ $0.kind == .content }) {
            let ids = thread.linkedGoalIDs.joined(separator: ", ")
            findings.append(maker.finding(rule: "goal-link-implicit", category: "thread", severity: .info, range: thread.links[0].range,
                message: "The note's words point to goal \(ids), but the goal is not named",
                rationale: "Naming the goal makes the thread easy for any reader to follow.",
                suggestions: ["… toward the goal \(ThreadExamples.goal(metadata.goals.first(where: { $0.id == thread.linkedGoalIDs.first }) ?? metadata.goals.first))"]))
        }
        func tip(_ element: GoalThread.Element) -> (rule: String, message: String, example: [String]) {
            switch element {
            case .type: ("element-type-missing", "The type of service is not stated", examples.type)
            case .purpose: ("element-purpose-missing", "The purpose of the contact is not stated", examples.purpose)
            case .response: ("element-response-missing", "The person's response is not described", examples.response)
            case .progress: metadata.preadmission == true
                ? ("element-progress-missing", "The outcome of the contact is not noted", examples.progress)
                : ("element-progress-missing", "Progress toward the goal is not noted", examples.progress)
            }
        }
        for element in GoalThread.Element.allCases where thread.elements[element] == nil && !(element == .purpose && metadata.preadmission == true) {
            let (rule, message, example) = tip(element)
            findings.append(maker.finding(rule: rule, category: "element", severity: .warning, range: anchor,
                message: message,
                rationale: "OMH guidance asks every progress note to state the type of service, the purpose of the contact, the person's response and progress.",
                suggestions: example))
        }
    }

    // MARK: Voice

    private func voiceFindings(into findings: inout [Finding]) {
        let anchor = maker.bodyAnchor
        if !voice.namesPersonStrength {
            findings.append(maker.finding(rule: "voice-strength-missing", category: "voice", severity: .info, range: anchor,
                message: "Consider naming one of the person's strengths",
                rationale: "Peer notes tell a recovery story; a strength you saw today (persistence, humor, a skill, someone who supports them) belongs in it.",
                suggestions: examples.strength))
        }
        if evidence.quotationMarks < 2 && !voice.namesOwnGoal {
            findings.append(maker.finding(rule: "voice-own-words-missing", category: "voice", severity: .info, range: anchor,
                message: "Consider adding the person's own words or own goal",
                rationale: "A short quote, or the goal in the person's words, keeps the note about them.",
                suggestions: examples.ownWords))
        }
        let staffLed = evidence.cues.count(where: { $0.category == "staff-subject" && $0.startsSentence })
        if staffLed >= 3 && staffLed * 2 > evidence.sentencesWithWords {
            findings.append(maker.finding(rule: "voice-staff-centered", category: "voice", severity: .info, range: anchor,
                message: "Most sentences are about staff; consider making the person the subject",
                rationale: "\"Dana planned the route\" tells the person's story; \"Staff instructed client\" tells ours.",
                suggestions: examples.staffCentered))
        }
    }
}
