import Testing
import PeerNoteKit

/// Rewrites that read right: alternatives fitted to the slot their term fills, the words
/// around them changed with them, capitals by place in the sentence; guidance where nothing fits.
@Suite struct RewriteTests {
    let analyzer = try! Analyzer(lexicon: bundledLexicon)

    /// `text` as `peernote fix` leaves it: every safe rewrite applied.
    func fixed(_ text: String, with analyzer: Analyzer? = nil) -> String {
        let fixer = NoteFixer(analyzer: analyzer ?? self.analyzer)
        return String(decoding: fixer.fixed(Array(text.utf8)), as: UTF8.self)
    }

    /// `text` with the first suggestion of each finding applied, as an editor's quick fix would.
    func firstSuggestions(_ text: String, with analyzer: Analyzer? = nil) -> String {
        let findings = (analyzer ?? self.analyzer).analyze(Note(id: "t", text: text)).findings
        return Rewriter.apply(findings.compactMap { Rewriter.rewrites(for: $0, in: text).first }, to: text)
    }

    /// The findings of `rule` in `text`.
    func findings(_ rule: String, in text: String) -> [Finding] {
        analyzer.analyze(Note(id: "t", text: text)).findings.filter { $0.rule == rule }
    }

    @Test func everyRowOfTheIssueReadsRightInFix() {
        #expect(fixed("Peer and Pt reviewed the plan.") == "Peer and the person reviewed the plan.")
        #expect(fixed("Each pt got a card.") == "Each person got a card.")
        #expect(fixed("The mentally ill man sat down.") == "The man with a mental illness sat down.")
        #expect(fixed("pt c/o pain.") == "The person talked about pain.")
        // "After" does not stand after "is": the predicate rewrite is a suggestion, and a sentence
        // with a word the writer must change is theirs to rewrite whole.
        #expect(fixed("Pt is s/p hospitalization.") == "Pt is s/p hospitalization.")
        for unchanged in ["She was noncompliant with meds again.", "Noncompliance is common.", "He is a manipulative person.",
                          "Manipulative behavior was noted."] {
            #expect(fixed(unchanged) == unchanged)
        }
        #expect(fixed("We will see Pt Friday.") == "We will see the person Friday.")
    }

    @Test func aNameRightAfterTheLabelIsOfferedAlone() {
        // "My client Rosa" → "Rosa": offered, never applied by fix.
        #expect(firstSuggestions("My client Rosa starts her new job on Monday.") == "Rosa starts her new job on Monday.")
        #expect(fixed("My client Rosa starts her new job on Monday.") == "My client Rosa starts her new job on Monday.")
        #expect(findings("prov-client", in: "We met the client Maria at noon.").first?.suggestions.first == "Maria")
        // Without a determiner mid-sentence the capitalized word may be a thing.
        #expect(findings("jargon-pt", in: "Gave pt Tylenol at noon.").first?.suggestions.contains("Tylenol") == false)
        // And a day is not a name.
        #expect(fixed("We will see the client Friday.") == "We will see the client Friday.")
        #expect(findings("prov-client", in: "We will see the client Friday.").first?.suggestions.contains("Friday") == false)
    }

    @Test func everyRowOfTheIssueReadsRightAsAQuickFix() {
        #expect(firstSuggestions("She was noncompliant with meds again.") == "She was not taking meds again.")
        #expect(firstSuggestions("Pt is s/p hospitalization.") == "The person recently had hospitalization.")
        // Nothing fits a noun made from the label, nor an adjective before a noun: guidance, no edit.
        for text in ["Noncompliance is common.", "He is a manipulative person.", "Manipulative behavior was noted."] {
            let finding = analyzer.analyze(Note(id: "t", text: text)).findings.first { $0.isAboutWording }
            #expect(finding?.suggestions == [], "\(text)")
            #expect(finding?.guidance?.isEmpty == false, "\(text)")
            #expect(finding?.isSafeToApply == false)
            #expect(firstSuggestions(text) == text)
        }
    }

    @Test func determinersAndArticlesAgree() {
        // "addict" and "alcoholic" are suggestions (two writers word them by what the sentence tells): the quick fix.
        #expect(firstSuggestions("An addict spoke at the meeting.") == "A person who uses drugs spoke at the meeting.")
        #expect(firstSuggestions("She said the addicts on her block look out for each other.")
                == "She said the people who use drugs on her block look out for each other.")
        #expect(fixed("Four pts attended the walking group.") == "Four people attended the walking group.")
        #expect(fixed("We went over the rules with pts who arrived late.") == "We went over the rules with people who arrived late.")
        #expect(fixed("She asked if a pt can bring a friend.") == "She asked if a person can bring a friend.")
        #expect(fixed("After an unsuccessful suicide attempt in May, Nikhil started therapy.")
                == "After a suicide attempt in May, Nikhil started therapy.")
        #expect(firstSuggestions("Met client outside the pharmacy.") == "Met the person outside the pharmacy.")
        // "my client" cannot become "my the person"; with a name in apposition the name stands alone.
        #expect(findings("inf-my-clients", in: "My client Jorge wants to take the bus.").first?.suggestions == ["Jorge"])
    }

    @Test func aNounMadeFromALabelSaysWhatThePersonDoes() {
        // As a subject, and in a note's fragment without one: what the person is not doing.
        #expect(firstSuggestions("Noncompliance with Depakote led to this admission.") == "Not taking Depakote led to this admission.")
        #expect(firstSuggestions("Noncompliant w/ oral meds again per ACT.") == "Not taking oral meds again per ACT.")
        // A gerund takes no determiner ("Kayla's not following the plan"), nor a describing word before it.
        #expect(findings("comp-noncompliant", in: "Kayla's noncompliance with the treatment plan was raised.").first?.suggestions == [])
        #expect(findings("comp-compliance", in: "We talked about his medication compliance today.").first?.suggestions == [])
        #expect(findings("comp-noncompliant", in: "He was found noncompliant with his meds.").first?.suggestions == [])
        // After a linking verb that is not *be*, no gerund stands ("remains not taking").
        #expect(findings("comp-noncompliant", in: "She remains noncompliant with meds.").first?.suggestions == [])
        // A device is used, not taken.
        #expect(firstSuggestions("Noncompliant w/ CPAP, mask too tight per her.") == "Not using CPAP, mask too tight per her.")
        #expect(firstSuggestions("Non-adherent to statin, says it gives her leg cramps.") == "Not taking statin, says it gives her leg cramps.")
    }

    @Test func aSituationIsSaidAfterThePerson() {
        #expect(fixed("Peer brought food to the homeless veteran outside the library.")
                == "Peer brought food to the veteran experiencing homelessness outside the library.")
        #expect(fixed("Homeless people often get turned away from the ED.") == "People experiencing homelessness often get turned away from the ED.")
        // "the homeless" before a possessive noun is no group: guidance, no edit.
        #expect(fixed("The homeless man's dog barked at the van.") == "The homeless man's dog barked at the van.")
        // After *be*: in the present "experiencing homelessness", in the perfect "without housing".
        #expect(fixed("Brianna is homeless right now.") == "Brianna is experiencing homelessness right now.")
        #expect(fixed("She has been homeless since March.") == "She has been without housing since March.")
        #expect(fixed("She became homeless in May.") == "She became homeless in May.")
    }

    @Test func theGrammarAroundTheTermMovesWithIt() {
        // A subject made plural takes a plural verb, and so does a second verb joined to the first.
        #expect(fixed("She said the SI comes and goes but tonight it was quiet.")
                == "She said the thoughts of suicide come and go but tonight it was quiet.")
        // A word in -s that may be a noun ("plans", "needs") is not taken for the verb.
        #expect(!fixed("Her SI plans were discussed with the nurse.").contains("plan were"))
        // A person noun in the plural after an adjective is the noun it describes, not a verb.
        #expect(fixed("She said the schizophrenic residents on her floor keep her up at night.")
                == "She said the residents with schizophrenia on her floor keep her up at night.")
        // A describing word before a bare label stays before a name as well: guidance, no "Chronic pain [Name]".
        #expect(findings("jargon-pt", in: "Chronic pain pt on 90 MME, taper plan agreed.").first?.suggestions == [])
        // A noun and its verb after "claims" are what was said.
        #expect(fixed("Late to dosing again (claims bus broke down).") == "Late to dosing again (says bus broke down).")
    }

    @Test func possessivesTakeTheirEnding() {
        #expect(fixed("Met with pt's mother after group.") == "Met with the person's mother after group.")
        #expect(firstSuggestions("Put the clients' coats in the back office.") == "Put the people's coats in the back office.")
        // A noun with words after it takes no 's: "a person who uses drugs's" does not read.
        #expect(fixed("The addict's family came too.") == "The addict's family came too.")
    }

    @Test func predicatesTakeTheVerbTheyNeed() {
        #expect(fixed("She is bipolar too, like her mom, and wants to learn more.")
                == "She has bipolar disorder too, like her mom, and wants to learn more.")
        #expect(firstSuggestions("Marcus has been noncompliant with his medication for two weeks.")
                == "Marcus has not been taking his medication for two weeks.")
        #expect(firstSuggestions("Both of his parents are alcoholics, and he worries about his own drinking.")
                == "Both of his parents have alcohol use disorders, and he worries about his own drinking.")
        #expect(fixed("Her father was a drunk and left when she was five.") == "Her father had an alcohol use disorder and left when she was five.")
        #expect(firstSuggestions("Fernanda is unwilling to try the women's group yet.") == "Fernanda does not want to try the women's group yet.")
        // *Be* goes on with another predicate that shares it; it stays where a clause belongs to the noun.
        #expect(firstSuggestions("She is SPMI and eligible for the ACT team.") == "She has a serious mental illness and is eligible for the ACT team.")
        #expect(fixed("Imani is a schizophrenic who lives alone in the Bronx.") == "Imani is a person with schizophrenia who lives alone in the Bronx.")
        #expect(fixed("Samuel is bipolar and off his meds again.") == "Samuel is bipolar and off his meds again.")
    }

    @Test func verbsKeepTheirFormAndTheirWordsAfter() {
        #expect(fixed("Renee refuses to start the new medication and refused the blood draw.")
                == "Renee declines to start the new medication and declined the blood draw.")
        #expect(fixed("Two people in his building have committed suicide since the fall.")
                == "Two people in his building have died by suicide since the fall.")
        #expect(firstSuggestions("Luis has complied with treatment since the move.") == "Luis has taken part in treatment since the move.")
        #expect(firstSuggestions("He admitted to using fentanyl on Saturday.") == "He talked about using fentanyl on Saturday.")
        #expect(fixed("She claims to have a job offer.") == "She claims to have a job offer.")
        #expect(fixed("Will f/u with Dana on Thursday.") == "Will follow up with Dana on Thursday.")
        #expect(fixed("Scheduled a f/u call for next week.") == "Scheduled a follow-up call for next week.")
        #expect(fixed("She came in for f/u on Monday.") == "She came in for follow-up on Monday.")
    }

    @Test func adjectivesMoveAfterTheirNoun() {
        #expect(firstSuggestions("She has an alcoholic husband who works nights.") == "She has a husband with alcohol use disorder who works nights.")
        #expect(firstSuggestions("Ruth takes care of her demented mother on weekends.") == "Ruth takes care of her mother with dementia on weekends.")
        #expect(fixed("Malia brought her so-called fiancé to the meeting.") == "Malia brought her fiancé to the meeting.")
        // Not when the noun goes on: "the mentally ill man's" would need its own 's.
        #expect(fixed("The mentally ill man's coat was wet.") == "The mentally ill man's coat was wet.")
    }

    @Test func capitalsFollowThePlaceInTheSentence() {
        #expect(fixed("PLAN: PEER TO F/U WITH PT ON 3/14") == "PLAN: PEER TO FOLLOW UP WITH THE PERSON ON 3/14")
        #expect(fixed("S: Pt reports she slept well.") == "S: The person reports she slept well.")
        #expect(fixed("Edwin left the ER AMA on Sunday.") == "Edwin left the ER against medical advice on Sunday.")
        #expect(fixed("History of SUBSTANCE ABUSE.") == "History of SUBSTANCE USE.")
        // A sentence the writer began with a small letter, which the tokenizer does not split off.
        #expect(fixed("Met today. pt c/o pain.") == "Met today. The person talked about pain.")
        #expect(fixed("Saw Dr. pt was there.") == "Saw Dr. the person was there.")
        // The same letters written as a name are not an abbreviation.
        let name = analyzer.analyze(Note(id: "t", text: "Ama left the clinic early today.")).findings.filter { $0.rule == "comp-ama" }
        #expect(name.allSatisfy { $0.suggestions.isEmpty })
    }

    @Test func theWordsAroundTheTermKeepTheirGrammar() {
        // A describing word before a bare label: no article can go between (dev3).
        #expect(fixed("Homeless pt at bus stn, gave blanket and food list.") == "Homeless pt at bus stn, gave blanket and food list.")
        #expect(fixed("Met pt at ACT office, walked to pharmacy together.") == "Met the person at ACT office, walked to pharmacy together.")
        // A determiner a word before: a noun, not a bare verb; a verb that shows its subject still fits.
        #expect(fixed("After the OB f/u on Monday, we stopped at WIC.") == "After the OB follow-up on Monday, we stopped at WIC.")
        #expect(fixed("Her fear of her son committing suicide keeps her up at night.")
                == "Her fear of her son dying by suicide keeps her up at night.")
        // A relative clause after a past *be* is past, with irregular verbs too.
        #expect(fixed("Jasmine said her own mother was a drunk and that she left.")
                == "Jasmine said her own mother was a person who drank heavily and that she left.")
        #expect(firstSuggestions("He used to be a meth addict but has two years in recovery now.").contains("who used meth"))
        // A participle before the term describes it: no person phrase after "a convicted".
        #expect(!firstSuggestions("Andre is a convicted felon, on parole til 2027.").contains("convicted person"))
    }

    @Test func aWordingThatBreaksTheSentenceIsNotOffered() {
        // Not "She was decided not to with the curfew", not "Her son is person with schizophrenia".
        #expect(firstSuggestions("She was not compliant with the curfew at the shelter last week.").contains("decided not to with") == false)
        #expect(firstSuggestions("Her son is schizophrenic and lives in a group home upstate.").contains("is person with") == false)
        // A preposition stranded in the wording's own clause is no dangling one; a fragment may start with a person noun.
        #expect(firstSuggestions("We met my client at the library.") == "We met the person I work with at the library.")
        #expect(firstSuggestions("Former addict, now volunteers at the warming center on weekends.")
                == "Person in recovery, now volunteers at the warming center on weekends.")
        // A verb that shows its subject does not stand after *be*: it takes *be*'s place, or nothing is offered.
        #expect(firstSuggestions("She is bed-bound now.") == "She spends most days in bed now.")
        #expect(firstSuggestions("Some mornings she is crippled by anxiety and cannot get on the train.")
                == "Some mornings she is crippled by anxiety and cannot get on the train.")
        // A wording that starts with an auxiliary is no noun phrase, nor follows the writer's verb.
        #expect(firstSuggestions("The vigil honored suicide victims from the neighborhood with candles and music.")
                == "The vigil honored people who died by suicide from the neighborhood with candles and music.")
        #expect(firstSuggestions("Dana has been clean for fourteen months.") == "Dana has been in recovery for fourteen months.")
        // A verb of saying takes what was said without the comma that set the phrase off.
        #expect(firstSuggestions("Per pt, she slept in her car three nights last week.") == "She said she slept in her car three nights last week.")
        // A past alternative of a verb entry is not made past again ("inviteded").
        #expect(firstSuggestions("Writer made her sign the release before we could call the clinic.").contains("inviteded") == false)
    }

    @Test func anAlternativeWithoutASlotStandsWhereTheTermStands() throws {
        let agency = try lexicon(sampleLexiconYAML + """

          - id: client-word
            category: provider-centered
            terms: [client]
            message: Say who
            alternatives: [the person]
            safe: true
            rewrites:
              - {in: "The client arrived.", out: "The person arrived."}
        """)
        let analyzer = try Analyzer(lexicon: agency)
        #expect(fixed("Met client today.", with: analyzer) == "Met the person today.")
        // Before a noun it would not read: guidance only.
        #expect(fixed("The client meeting ran long.", with: analyzer) == "The client meeting ran long.")
    }

    @Test func outsideTheRewritesTheBytesStay() {
        let text = "  The pt refused\r\n\tan addict's  substance abuse.  "
        // "an addict's" has no safe rewrite: its line is left whole for the writer.
        #expect(fixed(text) == "  The person declined\r\n\tan addict's  substance abuse.  ")
    }

    @Test func applyingTwiceEqualsOnce() {
        for text in ["An addict with substance abuse.", "The client, the addicts and their substance abuse history.",
                     "Pt c/o pain. Each pt got a card. The mentally ill man sat down."] {
            let once = fixed(text)
            #expect(fixed(once) == once)
        }
    }

    @Test func aWordOfDoubtAfterAPronounSaysWhoSaidIt() {
        // The tense is the verb's after the term, or the auxiliary's before it, which moves after the pronoun.
        #expect(firstSuggestions("She supposedly went to the meeting last night.") == "She said she went to the meeting last night.")
        #expect(firstSuggestions("She has supposedly been going to meetings.") == "She says she has been going to meetings.")
        #expect(firstSuggestions("he allegedly has not had a drink since friday") == "he says he has not had a drink since friday")
        #expect(firstSuggestions("We talked, and he reportedly paid the bill.") == "We talked, and he said he paid the bill.")
        // A name does not say which pronoun the person uses; a pronoun after a verb is its object;
        // a tense that does not show leaves guidance.
        for text in ["Teodoro is allegedly working at a car wash.", "I told her she supposedly missed group.",
                     "They supposedly take the bus.", "Her phone was allegedly stolen."] {
            let finding = analyzer.analyze(Note(id: "t", text: text)).findings.first { $0.isAboutWording }
            #expect(finding?.suggestions == [], "\(text)")
        }
        // A suggestion only: fix leaves it to the writer.
        #expect(fixed("She supposedly went to the meeting.") == "She supposedly went to the meeting.")
    }

    @Test func aWordInCapitalsForEmphasisKeepsThem() {
        // The word that stands for the shouted one is shouted; an abbreviation is no emphasis.
        #expect(fixed("His urine came back DIRTY for fentanyl.") == "His urine came back POSITIVE for fentanyl.")
        #expect(fixed("Gus said his ETOH use went up.") == "Gus said his alcohol use went up.")
        // The writer's small article before a term in capitals stays small.
        #expect(fixed("She had a DIRTY UA on Monday.") == "She had a POSITIVE UA on Monday.")
    }

    @Test func theWordsAroundAnAdjectiveMovedAfterItsNounStayWhole() {
        // A one-word "of" phrase stays with its noun; a longer one is left to the writer.
        #expect(firstSuggestions("Delphine, a mentally ill mother of two, has a goal.") == "Delphine, a mother of two with a mental illness, has a goal.")
        #expect(findings("dx-mentally-ill", in: "She is a mentally ill mother of two young children.").first?.suggestions == [])
        // A status is no person: "his SPMI designation" is his serious mental illness designation.
        #expect(findings("dx-smi-label", in: "He was told his SPMI designation was approved.").first?.suggestions.first == "serious mental illness")
        // After *be*, a disability is had.
        #expect(firstSuggestions("Her daughter is special needs and rides the bus.") == "Her daughter has a disability and rides the bus.")
    }

    @Test func aRelativeClauseBeforeASpanOfTimeUpToNowIsPerfect() {
        #expect(findings("sub-addict", in: "Ozzie, a heroin addict for 20 years, just moved in.").first?.suggestions.first == "a person who has used heroin")
        #expect(findings("sub-addict", in: "Ozzie, a heroin addict since 2010, just moved in.").first?.suggestions.first == "a person who has used heroin")
        #expect(findings("sub-addict", in: "Ozzie, a heroin addict from Troy, just moved in.").first?.suggestions.first == "a person who uses heroin")
        // After "been" the perfect is the writer's already.
        #expect(findings("sub-addict", in: "Marcus has been an addict since his early twenties.").first?.suggestions.first == "a person who uses drugs")
    }

    @Test func aVerbOfDoubtBeforeWhatWasSaidIsSays() {
        #expect(firstSuggestions("Luis insists he does not need the naloxone.") == "Luis says he does not need the naloxone.")
        #expect(firstSuggestions("Beatriz insists that she never drank.") == "Beatriz says that she never drank.")
        // The pronoun in the term stays ("Fatou said took the pill" lost it), in the term's tense.
        #expect(firstSuggestions("Fatou swears she took the pill every day.") == "Fatou says she took the pill every day.")
        #expect(firstSuggestions("Fatou swore she took the pill every day.") == "Fatou said she took the pill every day.")
    }

    @Test func aHeadingInTitleCaseKeepsIt() {
        #expect(findings("sub-clean-time", in: "Clean Date: March 3, 2022.").first?.suggestions.first == "Recovery Date")
        #expect(findings("sub-clean-time", in: "Clean date: March 3, 2022.").first?.suggestions.first == "Recovery date")
    }

    @Test func aPassiveLessonIsWhatThePersonLearned() {
        #expect(firstSuggestions("Ray was educated on fentanyl test strips.") == "Ray learned about fentanyl test strips.")
        #expect(firstSuggestions("He will be educated about the bus.") == "He will learn about the bus.")
        // An adverb that cannot move leaves guidance.
        #expect(findings("prov-was-educated", in: "She is well educated on the topic.").first?.suggestions == [])
    }

    @Test func slangForIntoxicationAfterBeIsIntoxicated() {
        #expect(firstSuggestions("He was high at group and left.") == "He was intoxicated at group and left.")
        #expect(firstSuggestions("She was loaded when her sister dropped her off.") == "She was intoxicated when her sister dropped her off.")
        // "Got high" is using, not a state: guidance.
        #expect(findings("sub-high", in: "She got high before group.").first?.suggestions == [])
    }

    @Test func aVerbOfSayingTakesNoGerund() {
        // "says using crack" does not read: "talk about" takes the gerund (`next: {"-ing": ""}`).
        #expect(firstSuggestions("Dmitri admits using crack over the weekend.") == "Dmitri talks about using crack over the weekend.")
        #expect(firstSuggestions("Dmitri admits to using crack.") == "Dmitri talks about using crack.")
        #expect(firstSuggestions("Dmitri admits he drank two beers.") == "Dmitri says he drank two beers.")
    }

    @Test func wordsMovedByTheDevelopmentWriters() {
        // A relapse as a noun is a return to use; not a relapse of an illness.
        #expect(firstSuggestions("His relapse in March cost him the bed.") == "His return to use in March cost him the bed.")
        #expect(firstSuggestions("She had a relapse of depression in May.") == "She had a relapse of depression in May.")
        // "Compliant with" a medicine by its name is taking it.
        #expect(firstSuggestions("He has been compliant w/ methadone since May.") == "He has been taking methadone since May.")
        #expect(findings("jargon-si-hi", in: "Screened for SI/HI at the start.").first?.suggestions.first == "thoughts of suicide or harming others")
        // An eating-disorder label after *be* is had (safe); before its noun, said after it (a suggestion).
        #expect(fixed("She was anorexic as a teen.") == "She had anorexia as a teen.")
        #expect(firstSuggestions("An anorexic teen joined the group.") == "A teen with anorexia joined the group.")
        #expect(fixed("An anorexic teen joined the group.") == "An anorexic teen joined the group.")
    }

    @Test func anAdjectiveBeforeAPersonNounIsNoPredicate() {
        // A writer who drops articles: "is bipolar man" is "is a bipolar man", never "has bipolar disorder man".
        let dropped = "He is bipolar man, very kind with his mother and his dog."
        #expect(fixed(dropped) == dropped)
        #expect(!firstSuggestions(dropped).contains("disorder man"))
        #expect(fixed("She is bipolar and works nights.") == "She has bipolar disorder and works nights.")
        // Before its person noun, the state is said after it (a suggestion).
        #expect(firstSuggestions("Our bipolar member in Utica logged on early.") == "Our member with bipolar disorder in Utica logged on early.")
        #expect(firstSuggestions("The diabetic neighbor brought soup.") == "The neighbor with diabetes brought soup.")
    }

    @Test func aMedicineByItsNameIsNoPersonsName() {
        // "Abilify" capitalized mid-sentence is no name to put for "pt".
        #expect(firstSuggestions("Pt is noncompliant with Abilify since the copay went up.") == "The person is not taking Abilify since the copay went up.")
        #expect(fixed("Pt said Seroquel makes her sleepy.") == "The person said Seroquel makes her sleepy.")
    }

    @Test func aDeterminerBeforeTheWordBeforeALabelIsTheLabelsOwn() {
        // "The following pt", "the drug-seeking pt": no second "the" and no name after the writer's.
        for text in ["The following pt was seen today.", "The drug-seeking pt in bay 6 asked for Dilaudid by name."] {
            #expect(!firstSuggestions(text).contains("the person"), "\(text)")
            #expect(!firstSuggestions(text).contains("[Name]"), "\(text)")
        }
        #expect(fixed("Staff met the pt at the door.") == "Staff met the person at the door.")
    }

    @Test func wordsTheEighthRoundMoved() {
        // Every development writer keeps the test named.
        #expect(fixed("Esperanza failed her drug test at work.") == "Esperanza had a positive drug test at work.")
        #expect(fixed("Luis failed UA, cocaine+, team aware.") == "Luis had a positive UA, cocaine+, team aware.")
        // A place or a thing built for access is accessible; people are older adults.
        #expect(firstSuggestions("The handicapped entrance is around the side.") == "The accessible entrance is around the side.")
        #expect(fixed("Got her a handicapped parking tag renewal form.") == "Got her an accessible parking tag renewal form.")
        #expect(firstSuggestions("Hot meals for the elderly are delivered on Tuesdays.") == "Hot meals for older adults are delivered on Tuesdays.")
        #expect(firstSuggestions("Helped the elderly gentleman with his strips.") == "Helped the older gentleman with his strips.")
        // "Noncompliant with" what is worn, done or attended.
        #expect(firstSuggestions("She was noncompliant with her hearing aids at work.") == "She was not wearing her hearing aids at work.")
        #expect(firstSuggestions("Still non-compliant w/ foot checks, says she can't see her feet.") == "Still not doing foot checks, says she can't see her feet.")
        #expect(firstSuggestions("Tomasz has been non-compliant with the DWI program.") == "Tomasz has not been attending the DWI program.")
        #expect(firstSuggestions("She is non-compliant with her low-salt diet.") == "She is not following her low-salt diet.")
    }

    @Test func beGoesOnWithAPredicateThatSharesIt() {
        // A second predicate after "and"/"or"/"but" keeps its *be*, in the form the term had.
        #expect(firstSuggestions("She is bipolar and kind.") == "She has bipolar disorder and is kind.")
        #expect(firstSuggestions("She is bipolar, and kind.") == "She has bipolar disorder, and is kind.")
        #expect(firstSuggestions("They're bipolar and proud.") == "They have bipolar disorder and are proud.")
        #expect(firstSuggestions("She is bipolar and depressed.") == "She has bipolar disorder and is depressed.")
        #expect(firstSuggestions("She is bipolar and a mother of two.") == "She has bipolar disorder and is a mother of two.")
        #expect(firstSuggestions("He is homeless and hungry.") == "He is experiencing homelessness and is hungry.")
        // Offered, not applied: `fix` leaves the sentence whole rather than "has bipolar disorder, and kind".
        #expect(fixed("She is bipolar, and kind.") == "She is bipolar, and kind.")
        #expect(fixed("He is homeless and hungry.") == "He is homeless and hungry.")
        // A verb of its own, a new subject, a modal or a shared participle takes none.
        #expect(fixed("She is bipolar and also takes lithium.") == "She has bipolar disorder and also takes lithium.")
        #expect(fixed("He was bipolar and moved to Ohio.") == "He had bipolar disorder and moved to Ohio.")
        #expect(fixed("She is bipolar and her sister is too.") == "She has bipolar disorder and her sister is too.")
        #expect(fixed("His brother is epileptic and cannot drive him.") == "His brother has epilepsy and cannot drive him.")
        #expect(fixed("Pt is homeless and sleeping at the bus station.") == "The person is experiencing homelessness and sleeping at the bus station.")
        // A list of predicates after a comma: one *be* cannot carry it.
        let list = "She is bipolar, kind and funny."
        #expect(fixed(list) == list)
        #expect(firstSuggestions(list) == list)
    }

    @Test func aVerbReadingRightBeforeBeIsANoun() {
        // "c/o" before "was" is the subject ("her chief complaint"), never "talked about was".
        #expect(fixed("Her chief c/o was back pain.") == "Her chief concern was back pain.")
        #expect(fixed("She c/o headaches since the new dose.") == "She talked about headaches since the new dose.")
    }

    @Test func wordsTheNinthRoundMoved() {
        // "Insisted on" a thing is asking for it; before a gerund, feeling strongly about it.
        #expect(firstSuggestions("She insisted on a copy of the report.") == "She asked for a copy of the report.")
        #expect(firstSuggestions("Ana insisted on taking the bus.") == "Ana felt strongly about taking the bus.")
        // The adults a program serves are the men and the women.
        #expect(firstSuggestions("The girls in Tues women's group brought her a card.") == "The women in Tues women's group brought her a card.")
        #expect(firstSuggestions("The boys in men's group stacked wood.") == "The men in men's group stacked wood.")
        // A plural subject uses wheelchairs.
        #expect(firstSuggestions("Two tenants on 4 are wheelchair-bound and the lift is out.") == "Two tenants on 4 use wheelchairs and the lift is out.")
    }

    @Test func anAdjectiveGoesAfterAPersonNounOfTwoWords() {
        // "young man", "construction worker": the person noun ends the noun phrase.
        #expect(firstSuggestions("Spent an hour with a psychotic young man waiting on a bed.") == "Spent an hour with a young man experiencing psychosis waiting on a bed.")
        #expect(firstSuggestions("Spoke with an alcoholic construction worker who came in.") == "Spoke with a construction worker with alcohol use disorder who came in.")
        #expect(firstSuggestions("The mentally ill young man sat down.") == "The young man with a mental illness sat down.")
        // A short past in -ed after the noun is its verb.
        #expect(firstSuggestions("his alcoholic father used to hit him") == "his father with alcohol use disorder used to hit him")
        #expect(firstSuggestions("Shonda’s addict boyfriend moved back in.") == "Shonda’s boyfriend who uses drugs moved back in.")
    }

    @Test func aPluralPossessiveThatGoesOnIsSaidWithOf() {
        #expect(firstSuggestions("Addicts' families came to the naloxone training.") == "Families of people who use drugs came to the naloxone training.")
        #expect(firstSuggestions("she runs a group for addicts' families at her church") == "she runs a group for families of people who use drugs at her church")
        #expect(firstSuggestions("Talked about how other addicts' families stopped visiting.") == "Talked about how families of other people who use drugs stopped visiting.")
        // A plain noun still takes the apostrophe; a noun that goes on is left to the writer.
        #expect(fixed("Pts' rooms were cleaned.") == "People's rooms were cleaned.")
        let compound = "The addicts' family members met."
        #expect(firstSuggestions(compound) == compound)
    }

    @Test func whatTheNinthBatchTaught() {
        // A plural noun is no word before a noun: "addicts hold" never becomes "hold who use drugs".
        #expect(!firstSuggestions("We don't let addicts hold the raffle money.").contains("hold who"))
        // A plural term keeps its number.
        #expect(findings("sui-failed-attempt", in: "Vet has a history of 2 failed attempts and a safety plan.").first?.suggestions.first == "suicide attempts")
        // What the adjective took does not follow a condition: guidance, not "living with dementia about".
        #expect(!firstSuggestions("Visited Edna, and she's still senile about the stove.").contains("dementia about"))
        // A state up to now, said with *be* in the present, takes the perfect once it is a verb.
        #expect(firstSuggestions("He is wheelchair-bound since the fall, so we took the ramp.") == "He has used a wheelchair since the fall, so we took the ramp.")
        #expect(firstSuggestions("He is wheelchair-bound and lives alone.") == "He uses a wheelchair and lives alone.")
        // After "history of", IVDU is the use; a person elsewhere, and people in the plural.
        #expect(fixed("History of IVDU; currently on methadone.") == "History of injection drug use; currently on methadone.")
        #expect(fixed("He is an IVDU and wants to start Suboxone.") == "He is a person who injects drugs and wants to start Suboxone.")
        #expect(fixed("The needs of IVDUs are many.") == "The needs of people who inject drugs are many.")
    }

    @Test func aPersonNounTheWriterCapitalizesIsStillANoun() {
        #expect(firstSuggestions("Spoke w/ a homeless Army vet at the Stand Down.") == "Spoke w/ an Army vet experiencing homelessness at the Stand Down.")
        #expect(firstSuggestions("Brought the two schizophrenic Vets to the group.") == "Brought the two Vets with schizophrenia to the group.")
        #expect(firstSuggestions("The diabetic Elder from the north district wants a ride.") == "The Elder with diabetes from the north district wants a ride.")
        // A slur's diagnosis is said only of a relative, whose diagnosis the person knows.
        #expect(firstSuggestions("Reyna's schizo cousin visited at 1900.") == "Reyna's cousin with schizophrenia visited at 1900.")
        let stranger = "sat with the schizo guy at the bus shelter"
        #expect(firstSuggestions(stranger) == stranger)
        #expect(firstSuggestions("Psychotics don't do well with the TV on.") == "People experiencing psychosis don't do well with the TV on.")
    }
}
