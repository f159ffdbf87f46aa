import Foundation
import Testing
import PeerNoteKit

/// Goal links, required elements, voice and billing, on whole notes with front matter.
@Suite struct ThreadTests {
    let analyzer = try! Analyzer(lexicon: bundledLexicon)

    let goals = """
    goals:
      - id: G1
        text: Return to part-time work at a job I enjoy
      - id: G2
        text: Feel less alone by reconnecting with my sister and my church
    """

    func analyze(_ frontMatter: String, _ body: String) -> NoteAnalysis {
        analyzer.analyze(Note(id: "note.txt", text: "---\n\(frontMatter)\n---\n\(body)"))
    }

    func rules(_ analysis: NoteAnalysis) -> [String] { analysis.findings.map(\.rule) }

    @Test func explicitGoalIdsLink() throws {
        let analysis = analyze(goals, "We practiced the bus route toward Goal 2 and her goal (G1).")
        #expect(analysis.thread?.linkedGoalIDs.sorted() == ["G1", "G2"])
        #expect(analysis.thread?.links.allSatisfy { $0.kind == .explicit } == true)
        #expect(!rules(analysis).contains("goal-link-missing"))
        let both = analyze(goals, "We worked toward goals 1 and 2 at the library.")
        #expect(both.thread?.linkedGoalIDs.sorted() == ["G1", "G2"])
        // Goals in general name none: without a plan, nothing is matched by words either.
        let general = analyzer.analyze(Note(id: "n.txt", text: "We talked about his goals and what he wants this year."))
        #expect(general.thread?.links.isEmpty == true)
        // A template's goal field left empty names none.
        let empty = analyzer.analyze(Note(id: "n.txt", text: "DURATION: 5 MIN\nGOAL:\nNOTE: Called Rosa to remind her about Friday."))
        #expect(empty.thread?.links.isEmpty == true)
        // Chart shorthand for an objective.
        #expect(analyze(goals, "A: Working on Obj 2 today, she called her sister.").thread?.linkedGoalIDs == ["G2"])
        let unknown = analyze(goals, "We worked on Goal 5 today.")
        #expect(rules(unknown).contains("goal-not-on-plan"))
    }

    /// An agency's own goal word ("Target 2") and words too common in its notes to link a goal
    /// are lexicon data: no rebuild.
    @Test func anAgencysGoalWordsNeedNoRebuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-agency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let goalWords = folder.appendingPathComponent("agency-thread.yml"), plainWords = folder.appendingPathComponent("agency-facts.yml")
        try """
            lexicon: agency-thread
            side: thread
            entries:
              - id: agency-goal-word
                category: goal-reference
                terms: [target]
            """.write(to: goalWords, atomically: true, encoding: .utf8)
        try """
            lexicon: agency-facts
            side: fact
            entries:
              - id: agency-plain-words
                category: not-goal-content
                terms: [sister, church]
            """.write(to: plainWords, atomically: true, encoding: .utf8)
        let text = "We looked at job listings toward Target 1. Her sister drove her to church after, as every Sunday."
        #expect(analyze(goals, text).thread?.linkedGoalIDs.sorted() == ["G2"])
        let agency = try Analyzer(lexicon: try Lexicon.load(language: "en", extraFiles: [goalWords.path, plainWords.path]))
        #expect(agency.analyze(Note(id: "note.txt", text: "---\n\(goals)\n---\n\(text)")).thread?.linkedGoalIDs == ["G1"])
    }

    @Test func aNoteThatNamesItsGoalsLinksNoOtherByContent() {
        // Shares "sister" and "church" with G2, yet says it served Goal 1.
        let named = analyze(goals, "Toward Goal 1 we looked at job listings. Her sister drove her to church after, as every Sunday.")
        #expect(named.thread?.linkedGoalIDs == ["G1"])
        let unnamed = analyze(goals, "We looked at job listings. Her sister drove her to church after, as every Sunday.")
        #expect(unnamed.thread?.linkedGoalIDs.contains("G2") == true)
    }

    @Test func thePersonsOwnNameLinksNoGoal() {
        let plan = """
        person: Mateo Ortiz
        goals:
          - id: G1
            text: Mateo will be in bed by nine each night
          - id: G2
            text: Mateo Ortiz will join one after-school activity
        """
        let analysis = analyze(plan, "Mateo was in bed by nine on 3 of 7 nights. Mateo Ortiz was on time 4 days.")
        #expect(analysis.thread?.linkedGoalIDs == ["G1"])
    }

    @Test func namedGoalsMatchThePlanByTheirWords() {
        let analysis = analyze(goals, "Today's support was toward her goal of getting back to work.")
        #expect(analysis.thread?.links.first?.goalID == "G1")
        #expect(analysis.thread?.links.first?.kind == .explicit)
    }

    @Test func contentLinksNeedRealOverlap() throws {
        let implicit = analyze(goals, "Dana called her sister and went to church on Sunday.")
        #expect(implicit.thread?.linkedGoalIDs == ["G2"])
        let link = try #require(implicit.thread?.links.first)
        #expect(link.kind == .content)
        #expect(link.sharedWords == ["church", "sister"])
        #expect(rules(implicit).contains("goal-link-implicit"))
        // "apply for jobs" shares no content word with "return to part-time work".
        // Of goals met by shared words alone, those met by the most words.
        let passing = analyze(goals, "Dana felt less alone: she called her sister and went to church. She said work at the job is slow.")
        #expect(passing.thread?.linkedGoalIDs == ["G2"])
        // An ad hoc service is outside the plan: sharing a goal's words does not link it.
        let adHoc = analyze(goals, "Ad hoc, one time, not on her plan. Dana called her sister and went to church with her because the funeral was today.")
        #expect(adHoc.thread?.links.isEmpty == true)
        let accidental = analyze(goals, "Dana applied for jobs at the mall to feel useful.")
        #expect(accidental.thread?.links.isEmpty == true)
        #expect(rules(accidental).contains("goal-link-missing"))
    }

    @Test func aNameInBracketsSaysWhoseGoalNotWhatItIsAbout() {
        let family = """
        goals:
          - id: G1
            text: Mom (Tanya) feels confident speaking up at school meetings
          - id: G3
            text: Jaylen gets to class on time every morning
            own_words: "(Jaylen) I'll go if mornings aren't a war."
        """
        let note = analyze(family, "Home visit with Mom (Tanya) and Jaylen at the table. Jaylen missed class twice, so we mapped out his morning.")
        #expect(note.thread?.linkedGoalIDs == ["G3"])
    }

    @Test func aGoalsPartOfLifeLinksWhenNoWordsAreShared() throws {
        let plan = """
        goals:
          - id: G1
            text: Move out of the shelter into my own apartment
          - id: G2
            text: Go back to singing in my church choir
        """
        // "housing" and "HRA" are housing words; the goal says "shelter" and "apartment".
        let housing = analyze(plan, "Called Keisha to confirm the housing appointment at the HRA office on Thursday.")
        #expect(housing.thread?.linkedGoalIDs == ["G1"])
        let link = try #require(housing.thread?.links.first)
        #expect(link.kind == .content && link.sharedWords.count == 2 && link.sharedWords.contains("hra"))
        // One word of the area is not enough.
        #expect(analyze(plan, "Called Keisha to confirm Thursday at the HRA office.").thread?.links.isEmpty == true)
        // A note that links by the goal's own words gains no link by area words.
        let own = analyze(plan, "Keisha sang in the choir at church. After, we went over the housing papers for HRA.")
        #expect(own.thread?.linkedGoalIDs == ["G2"])
        // An area two goals touch alike ("job") belongs to neither.
        let tied = """
        goals:
          - id: G1
            text: Get a job in food service
          - id: G2
            text: Handle stress on the job without walking off
        """
        #expect(analyze(tied, "He brought his resume and practiced for the interview.").thread?.links.isEmpty == true)
        // A goal named in words that share none of the plan's own: its part of life tells which.
        let named = analyze(plan, "She was afraid the landlord's deposit meant her goal of a place of her own was dead again.")
        #expect(named.thread?.linkedGoalIDs == ["G1"] && named.thread?.links.first?.kind == .explicit)
    }

    @Test func progressIsThenAgainstNow() {
        let states = { (body: String) in self.analyze(self.goals, body).thread?.elements.progress != nil }
        // Back in time and the present, in one sentence or in two that follow each other.
        #expect(states("Two weeks ago Dana had no one to call; now she has her sister."))
        #expect(states("At her first two groups Dana left early. She stayed the whole hour today."))
        // A comparison with before, or a first in a long while.
        #expect(states("Dana went to school 4 of 5 days, up from 2 the week before."))
        #expect(states("Dana sent the bike shop application, her first application in over two years."))
        // The last time against this time; an objective's status; a step the note weighs.
        #expect(states("Dana planned the route herself this time; the last time I pointed out every stop."))
        #expect(states("Plan: Objective 2.1 met early. We will check in after her first payment."))
        #expect(states("This is the furthest she has gotten toward volunteering."))
        // A schedule that changed is not the person's progress.
        #expect(!states("The truck now comes on Wednesdays, and it used to be Monday."))
        // Either alone is not progress, nor are two that are far apart.
        #expect(!states("Dana stayed the whole hour today."))
        #expect(!states("Dana started the job two weeks ago. We met at the library. We looked at bus maps. She liked the café. We talked today."))
    }

    @Test func anActivityDoneForAGoalIsThePurpose() {
        let purpose = { (body: String) in self.analyze(self.goals, body).thread?.elements.purpose != nil }
        #expect(purpose("Mock interview for Goal 1. Dana answered three questions."))
        #expect(purpose("We reviewed the job list toward G1."))
        // A few words may come between: the activity is still done for the goal.
        #expect(purpose("We finished the packet toward her housing goal (Goal 1). She made copies herself."))
        #expect(purpose("Mock interview for the cafeteria job (Goal 1). Dana answered three times."))
        // A strength's words ("working toward") are also the purpose's, before a goal.
        #expect(purpose("We kept working toward her goal of returning to work. Dana answered three times."))
        #expect(purpose("Drove Dana to the job fair. This goes with her Goal 1."))
        // A goal named on its own states no purpose, nor one named in the next sentence.
        #expect(!purpose("Goal 1. Dana answered three questions."))
        #expect(!purpose("Dana answered three questions for me. Goal 1 is her plan's first goal."))
        #expect(purpose("Dana wanted to fix the address on her letter, which she said is part of her goal (Goal 1)."))
        // A visit planned for something is a contact with its purpose after it.
        #expect(purpose("Visit planned to help Ms. Delgado get ready for the school meeting."))
    }

    @Test func anInfinitiveAfterTheServiceIsThePurpose() {
        let purpose = { (body: String) in self.analyze(self.goals, body).thread?.elements.purpose != nil }
        #expect(purpose("Went with Dana to the utility office to ask for a payment plan. She got one for $45 a month."))
        #expect(purpose("Met with Dana at the diner to debrief after her interview."))
        #expect(purpose("Dana and I met at the Y as planned to sign her up for the swim hour."))
        // The same words with no service named before them state no purpose.
        #expect(!purpose("Dana wants to ask for a payment plan. She got one for $45 a month."))
        #expect(!purpose("To ask for a payment plan, Dana met with me at the diner."))
        // Making contact, then what for: "Called Dana to confirm …", "Met Dana at the warehouse to pick …".
        #expect(purpose("Called Dana to confirm she still wants me with her at the housing appointment."))
        #expect(purpose("Met Dana at the furniture bank to pick out a bed frame."))
        // "Called him" is also how a label others use begins ("called him a …"): both are read.
        #expect(purpose("Called him back to see what he needed."))
        // What the contact was about, as peers say it.
        #expect(purpose("Saw Dmitri at his kitchen table. Today was about his chess goal."))
        #expect(purpose("S: Scheduled check-in re: sleep. Dmitri said he sleeps 3 hours."))
        #expect(!purpose("Dana picked up on the second try. She talked about her sister's visit."))
    }

    @Test func aGroupRespondsAsItsMembers() {
        let response = { (body: String) in self.analyze(self.goals, body).thread?.elements.response != nil }
        #expect(response("Peer support group on voices in public places. Members shared what helps on the subway."))
        #expect(response("Parent support group on the holidays. Parents were engaged and two swapped numbers."))
        #expect(!response("Peer support group on voices in public places. Next week: sleep."))
        // How people took it, said as what they did: laughing, tears, an argument, staying on.
        #expect(response("Today's topic was pacing. Several laughed about shoveling snow last week and paying for it."))
        #expect(response("Information session in the shelter kitchen. One mom cried talking about her kids, and the others comforted her."))
        #expect(response("Meal support group at lunch. Everyone stayed to 12:45."))
    }

    @Test func anUnfilledTemplateFieldStatesNothing() {
        let progress = { (body: String) in self.analyze(self.goals, body).thread?.elements.progress != nil }
        #expect(progress("Intervention: Dana and I looked at bus maps.\nProgress: She rode two stops alone."))
        #expect(!progress("Intervention: Dana and I looked at bus maps.\nProgress: N/A"))
        #expect(!progress("Intervention: Dana and I looked at bus maps.\nProgress: TBD."))
    }

    @Test func aNamedGoalIsTheOneItSharesMostWordsWith() {
        let plan = """
        goals:
          - id: G1
            text: Stay sober from alcohol one day at a time
          - id: G3
            text: Build a circle of sober friends I can call
        """
        let analysis = analyze(plan, "Progress toward goal: Dana reports 33 days sober, with no alcohol at the party.")
        #expect(analysis.thread?.linkedGoalIDs == ["G1"])
        // A tie goes to the goal the note names by id, and to each goal when it names none.
        let named = analyze(plan, "Plan goal: G1.\n\nProgress toward goal: Dana reports 33 days sober.")
        #expect(named.thread?.linkedGoalIDs == ["G1"])
        let tie = analyze(plan, "Progress toward goal: Dana reports 33 days sober.")
        #expect(tie.thread?.linkedGoalIDs.sorted() == ["G1", "G3"])
    }

    /// A goal named only where the note speaks of the next contact is the plan for later: the
    /// contact served the goal it names elsewhere. Named alone, it is still the link.
    @Test func aGoalNamedForNextTimeIsNotTheOneServed() {
        let later = analyze(goals, "We practiced what to say at the interview (Goal 1). Next session we will call her sister together (Goal 2).")
        #expect(later.thread?.linkedGoalIDs == ["G1"])
        let spanish = try! Analyzer(lexicon: bilingualLexicon).analyze(Note(id: "nota.txt", text: "---\n\(goals)\nlanguage: es\n---\n"
            + "Practicamos la entrevista de trabajo (Meta 1). Nos vemos el martes para llamar a su hermana (Meta 2)."))
        #expect(spanish.thread?.linkedGoalIDs == ["G1"])
        // Both served today: a later mention changes nothing.
        let both = analyze(goals, "We practiced the interview (Goal 1) and she called her sister (Goal 2). Next session: more of Goal 2.")
        #expect(both.thread?.linkedGoalIDs.sorted() == ["G1", "G2"])
        // "Prepared for tomorrow's hearing": today's work for a goal, not a plan for later.
        let alone = analyze(goals, "Next session we start on Goal 2, calling her sister.")
        #expect(alone.thread?.linkedGoalIDs == ["G2"])
    }

    @Test func withoutMetadataTheChecksSayWhatIsMissing() {
        let analysis = analyzer.analyze(Note(id: "n", text: "Dana and I met at the library to talk about her week."))
        #expect(rules(analysis).contains("metadata-missing"))
        #expect(rules(analysis).contains("goal-link-missing"))
        #expect(analysis.findings.first { $0.rule == "goal-link-missing" }?.message.contains("no plan goals") == true)
        #expect(!rules(analysis).contains { $0.hasPrefix("billing-") })
    }

    @Test func elementsFromHeadingsOfEachFormat() throws {
        let girp = analyze(goals, "Goal: G1\nIntervention: peer support at the job center.\nResponse: Dana was glad.\nPlan: next week.")
        #expect(girp.thread?.missing == [.progress])
        let soap = analyze(goals, "S: Dana felt hopeful.\nO: Met onsite.\nA: A step toward G1.\nP: Meet Friday.")
        #expect(Set(try #require(soap.thread).elements.stated) == [.type, .response, .progress])
        // GIRP's and BIRP's "R:" is the response, however its sentences are written.
        let birp = analyze(goals, "B: Dana come on time.\nI: Peer go with her to the job center (G1).\nR: Client very nervous in the beginning, calm in the end.")
        #expect(birp.thread?.elements[.response] != nil)
        #expect(analyze(goals, "B: Dana come on time.\nI: Peer go with her to the job center (G1).").thread?.elements[.response] == nil)
        // What the contact is for, said as a tie to a goal or as someone's request for a peer.
        #expect(analyze(goals, "Dana called the peer line upset. This ties to her goal of working again.").thread?.elements[.purpose] != nil)
        #expect(analyze(goals, "Her lawyer asked if a peer could come to court with Dana.").thread?.elements[.purpose] != nil)
        #expect(analyze(goals, "Dana called the peer line upset. We talked for a while.").thread?.elements[.purpose] == nil)
        // A second-language writer's present for past is the person's response still.
        #expect(analyze(goals, "Dana come to clinic. We read the letter together. She say \"ok, I will try.\"").thread?.elements[.response] != nil)
        #expect(analyze(goals, "Dana come to clinic. We read the letter together.").thread?.elements[.response] == nil)
        // A title that names the document ("PROGRESS NOTE") states no progress; the note's own words do.
        #expect(analyze(goals, "PROGRESS NOTE - PEER SUPPORT SERVICES\nI: Peer met Dana at the job center (G1).").thread?.elements[.progress] == nil)
        let headingAlone = analyze(goals, "**Progress:**\nDana finished the form (G1).")
        #expect(headingAlone.thread?.elements[.progress] != nil)
        for joined in ["Response/Outcome:", "Response & outcome:", "Response and outcome:"] {
            let both = analyze(goals, "\(joined)\nThe hearing ended at noon.")
            #expect(both.thread?.elements[.response] != nil && both.thread?.elements[.progress] != nil, "\(joined)")
        }
        // A label after a sentence's end on the line: "… not on the plan. Reason: …".
        let inline = analyze(goals, "Ad hoc, one time - court is not on the plan. Reason: Dana asked for company at court.")
        #expect(inline.thread?.elements[.purpose] != nil)
        let afterHeading = analyze(goals, "D: The group met on Zoom for spring break. Topic: court and custody stress.")
        #expect(afterHeading.thread?.elements[.purpose] != nil)
        // An export's fields on one line, after "; " or " | ".
        let export = analyze(goals, "Client: Dana Ruiz; DOS: 2026-03-06; Group focus: tracking daily spending.; Response: Dana asked for a sheet.")
        #expect(export.thread?.elements[.purpose] != nil && export.thread?.elements[.response] != nil)
        let cells = analyze(goals, "Member: Dana Ruiz | DOS: 03/19/26 | Goal: G1 - two people to call | Progress: she listed two names.")
        #expect(cells.thread?.elements[.progress] != nil)
        let spoken = analyze(goals, "The usual bunch came. Topic tonight was getting through the dark months, and Dana said what helps her.")
        #expect(spoken.thread?.elements[.purpose] != nil)
        let dap = analyze(goals, "Data: the sky was grey.\nAssessment:\nPlan: rest.")
        #expect(dap.thread?.elements[.progress] == nil)   // a heading with nothing under it states nothing
    }

    @Test func elementsFromCuePhrasesWithoutHeadings() {
        let note = analyze(goals, """
        I met with Dana for individual peer support at the library. The purpose was to practice the \
        bus route toward Goal 1. Dana said the route felt easier. This was her first time riding alone.
        """)
        #expect(note.thread?.missing == [])
        let bare = analyze(goals, "Dana and I sat outside.")
        #expect(Set(rules(bare)).isSuperset(of: ["element-purpose-missing", "element-response-missing", "element-progress-missing"]))
    }

    @Test func preAdmissionNeedsPurposeInsteadOfAGoal() {
        let note = analyze("preadmission: true\nservice: individual\nminutes: 30\nlpha_cosign: R. Okafor, LCSW",
                           "I met with Sam in the lobby. Sam said he was unsure about starting services.")
        #expect(rules(note).contains("preadmission-purpose-missing"))
        #expect(!rules(note).contains("goal-link-missing"))
        #expect(!rules(note).contains("element-purpose-missing"))
        #expect(!rules(note).contains("billing-preadmission-cosign"))
        let group = analyze("preadmission: true\nservice: group\ngroup_size: 5\nmodifier: HQ\nminutes: 60", "The purpose was to welcome new members.")
        #expect(Set(rules(group)).isSuperset(of: ["billing-preadmission-group", "billing-preadmission-cosign"]))
    }

    @Test func adHocServicesStateTheirRationale() {
        let without = analyze("adhoc: true\nminutes: 60", "I attended the CSE meeting with Maya and her mother.")
        #expect(rules(without).contains("adhoc-rationale-missing"))
        #expect(!rules(without).contains("goal-link-missing"))
        let with = analyze("adhoc: true\nminutes: 60", "I attended the CSE meeting because Maya asked me to be there.")
        #expect(!rules(with).contains("adhoc-rationale-missing"))
        // A labelled reason, as ad hoc templates ask for it.
        let labelled = analyze("adhoc: true\nminutes: 60", """
            Reason for ad hoc service: her benefits stopped after a missed letter and she was too anxious to go alone.

            We waited together and she asked her three questions at the window.
            """)
        #expect(!rules(labelled).contains("adhoc-rationale-missing"))
    }

    @Test func aRequestBeforeTheContactIsItsPurposeAndReason() {
        let purpose = { (body: String) in self.analyze(self.goals, body).thread?.elements.purpose != nil }
        #expect(purpose("Mei-Lin had asked me to come by before the inspection. She showed me the checklist and said she felt ready."))
        // Asked during the contact, after the person's first response: not why it happened.
        #expect(!purpose("We sat at the HRA window. She said the worker talked fast and twice asked me to repeat the questions."))
        // The person's own reason for the contact, as a peer writes it.
        #expect(purpose("Darnell texted that he wanted company while waiting for his first meeting with his new probation officer."))
        #expect(purpose("Imani came back in the afternoon like we planned this morning, to keep working on her WRAP."))
        #expect(purpose("Kayleigh texted me she was stuck in the parking lot, so I drove over since I was in town."))
        let adHoc = { (body: String) in self.rules(self.analyze("adhoc: true\nminutes: 60", body)).contains("adhoc-rationale-missing") }
        #expect(!adHoc("Roberto asked me to go with him to his brother's wake. He sat with his mother and said it helped."))
        #expect(adHoc("We went to the wake. Roberto said it helped and asked if I could come to the burial too."))
    }

    @Test func unitsFromMinutes() {
        for (minutes, units) in [(0, 0), (14, 0), (15, 1), (29, 1), (30, 2), (44, 2), (45, 3), (180, 12), (200, 13)] {
            var metadata = NoteMetadata()
            metadata.minutes = minutes
            #expect(metadata.units == units, "\(minutes) minutes")
        }
    }

    @Test func groupRules() {
        let big = analyze("service: group\ngroup_size: 14\nminutes: 60", "The wellness group met.")
        let findings = big.findings.filter { $0.category == "billing" }
        #expect(Set(findings.map(\.rule)) == ["billing-group-size", "billing-group-modifier"])
        // Billing findings point at the front matter line that states the fact.
        #expect(findings.first { $0.rule == "billing-group-size" }?.line == 3)
        let ok = analyze("service: group\ngroup_size: 12\nmodifier: hq\nminutes: 60", "The wellness group met.")
        #expect(!rules(ok).contains { $0.hasPrefix("billing-group") })
        let short = analyze("service: individual\nminutes: 10", "We talked.")
        #expect(rules(short).contains("billing-under-15-minutes"))
    }

    /// Each note as analyzed through one day ledger, in order.
    func throughOneLedger(_ notes: [(person: String, date: String, minutes: Int)]) -> [NoteAnalysis] {
        var ledger = DayLedger()
        return notes.enumerated().map { index, fact in
            let note = Note(id: "n\(index)", text: "---\nperson: \(fact.person)\ndate: \(fact.date)\nminutes: \(fact.minutes)\n---\nWe met.")
            var analysis = analyzer.analyze(note)
            ledger.record(&analysis, note: note)
            return analysis
        }
    }

    @Test func dayLimitAcrossNotes() {
        let over = { (results: [NoteAnalysis]) in results.map { $0.findings.contains { $0.rule == "billing-day-limit" } } }
        let results = throughOneLedger([("Dana W", "2026-03-04", 120), ("dana w", "2026-03-04", 75), ("Dana W", "2026-03-05", 120)])
        #expect(over(results) == [false, true, false])
        #expect(results[1].findings.first { $0.rule == "billing-day-limit" }?.message.contains("reach 13") == true)
        // A quick note's "Ava L." is the day's "Ava Lindqvist"; "Ava Lopez" is not "Ava Lindqvist".
        let quick = throughOneLedger([("Ava Lindqvist", "2026-03-04", 120), ("Ava L.", "2026-03-04", 75), ("Ava Lopez", "2026-03-04", 60)])
        #expect(over(quick) == [false, true, false])
    }

    @Test func badMetadataIsReportedAndLanguageStillChecked() {
        let analysis = analyzer.analyze(Note(id: "note.txt", text: """
        ---
        person: Dana
        minutes: -5
        group_size: 0
        goals:
          - text: a goal without an id
        ---
        The pt refused.
        """))
        let problems = analysis.findings.filter { $0.rule == "metadata-invalid" }
        #expect(problems.map(\.line) == [3, 4, 6])
        #expect(problems[0].message == "`minutes:` must be a whole number of minutes, 0 or more")
        #expect(analysis.findings.contains { $0.rule == "refuse" || $0.category == "compliance" })
        let broken = analyzer.analyze(Note(id: "note.txt", text: "---\nperson: [unclosed\n---\nThe pt refused."))
        #expect(broken.findings.first?.rule == "metadata-invalid")
        #expect(broken.findings.first?.description.contains("unclosed") != true)
        #expect(broken.findings.contains { $0.category == "compliance" })
    }

    @Test func missingPlanFileIsAProblemForThatNote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peernote-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("person: X\ngoals:\n  - id: G1\n    text: Find a quiet apartment near the park\n".utf8).write(to: folder.appendingPathComponent("plans/x.yml"))
        try Data("---\nplan: plans/x.yml\n---\nWe looked at an apartment near the park.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("---\nplan: plans/missing.yml\n---\nWe met.".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let reader = NoteReader()
        let found = try reader.read(folder.appendingPathComponent("a.txt").path).get()
        #expect(found.metadata.goals.map(\.id) == ["G1"])
        #expect(analyzer.analyze(found).thread?.linkedGoalIDs == ["G1"])
        let missing = try reader.read(folder.appendingPathComponent("b.txt").path).get()
        #expect(missing.metadata.problems.map(\.description) == ["\(folder.path)/b.txt:2: the plan file named by `plan:` was not found"])
    }
}

extension Finding {
    var description: String { "\(line):\(column) \(rule) \(message)" }
}
