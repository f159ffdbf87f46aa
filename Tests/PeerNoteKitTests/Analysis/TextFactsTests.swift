import Foundation
import Testing
import PeerNoteKit

/// Service facts read from a plain-text note's own words, as notes pasted from an EHR state
/// them, and the checks that use them.
@Suite struct TextFactsTests {
    let analyzer = try! Analyzer(lexicon: bundledLexicon)

    func analyze(_ text: String) -> NoteAnalysis { analyzer.analyze(Note(id: "note.txt", text: text)) }

    func rules(_ analysis: NoteAnalysis) -> [String] { analysis.findings.map(\.rule) }

    /// The person a note's own words say it serves.
    func person(_ text: String) -> String? { analyze(text).metadata.person }

    /// The words a fact was read from.
    func evidence(_ field: String, _ analysis: NoteAnalysis, in text: String) -> String? {
        analysis.metadata.fromText[field].map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
    }

    @Test func headerLinesOfAnEHRNote() {
        let text = """
        GROUP PEER SUPPORT NOTE – WRAP
        Member: Luis Ortega
        Date: February 10, 2026
        Time: 1:00 PM – 2:30 PM (1.5 hours)
        Group size: 7 participants
        Billing: H0038 HQ
        Facilitator: Marisol Vega, NYCPS

        Luis wrote an action plan for a trigger he named this morning.
        """
        let analysis = analyze(text)
        let facts = analysis.metadata
        #expect(facts.person == "Luis Ortega")
        #expect(facts.date == "2026-02-10")
        #expect(facts.minutes == 90 && facts.rangeMinutes == 90)
        #expect(facts.service == .group && facts.groupSize == 7)
        #expect(facts.billingCode == "H0038" && facts.modifier == "HQ")
        #expect(evidence("date", analysis, in: text) == "February 10, 2026")
        #expect(evidence("minutes", analysis, in: text) == "1.5 hours")
        #expect(!rules(analysis).contains { $0.hasPrefix("billing-") || $0 == "metadata-missing" })
    }

    @Test func factsFromSentencesAndTheTitleLine() {
        let text = """
        Met Héctor Morales at Bronx Housing Court on 2/4/2026 from 9:15 to 11:45 AM for a one-time, ad hoc peer \
        support service (individual, in person, community). Héctor told me he was afraid of the hallway.
        """
        let facts = analyze(text).metadata
        #expect(facts.person == "Héctor Morales")
        #expect(facts.date == "2026-02-04")
        #expect(facts.rangeMinutes == 150 && facts.minutes == 150)
        #expect(facts.adHoc == true && facts.service == .individual && facts.setting == .offsite)
        // A two-hour wait and a drive are not the service's length.
        let waiting = analyze("Individual peer support by phone, 3/2/2026. Dana waited 2 hours at the clinic last week; we talked for 20 minutes.")
        #expect(waiting.metadata.minutes == 20 && waiting.metadata.setting == .telehealth)
    }

    @Test func thePersonNamedAsChartsAndPeersWriteThem() {
        // "Last, First" alone on a title line.
        let chart = analyze("""
        Okoro, Chinedu
        11/19/2026 09:30-11:00 | Individual peer support | Onsite | Peer: Jerome Whitfield, NYCPS

        Chinedu asked for extra time today because his paperwork is due Friday.
        """)
        #expect(chart.metadata.person == "Chinedu Okoro")
        // A full name opening a header line, set off by a dash, heads the note; in a sentence it would not.
        #expect(analyze("04/09/26    Phone    20 min\nJosé Almonte — one-time contact, not on his plan.\n\nSpoke with the client by phone.").metadata.person == "José Almonte")
        #expect(analyze("04/09/26    Phone    20 min\nSpoke with the client by phone about José Almonte.").metadata.person == nil)
        // A first name opening a sentence, then reaching out: the person; an everyday word is not.
        #expect(analyze("2-17-26 Kayleigh texted me she was stuck in the parking lot, so I drove over. Individual peer support.").metadata.person == "Kayleigh")
        #expect(analyze("2-17-26 Mom called me about the parking lot, so I drove over. Individual peer support.").metadata.person == nil)
        // An EHR's "Last, First MI": the middle initial stays with the given name.
        #expect(analyze("Client Name: Okafor, Chidi A.      MRN: 004471092\nDate of Service: 03/17/2026\n\nChidi rode the bus.").metadata.person == "Chidi A. Okafor")
        // A first name alone, after "with".
        let first = analyze("Video session with Marguerite on 11/24/2026, 3:00-3:50 pm. She mapped a short loop to drive.")
        #expect(first.metadata.person == "Marguerite")
        // Everyday words in capitals name a group, not a person.
        let group = analyze("""
        Hearing Voices peer group, Thursday 11/5/2026, 2:00-3:00 PM, 60 min. H0038-HQ. 11 participants.

        Members shared what they do when voices get loud on the subway.
        """)
        #expect(group.metadata.person == nil)
        // A facilitator's first name, part of a signed name, is not the person.
        let facilitated = analyze("""
        Welcome circle, 3/3/2026, 10:00-11:00 AM, 6 participants.
        Facilitated by Bongani Khumalo, NYCPS

        Six people new to the clinic heard how peer support works.
        """)
        #expect(facilitated.metadata.person == nil)
        // A first name and a last initial is a name; a possessive mentions the person again.
        let initial = analyze("Priya R. - video chk-in 3/3/26 2:05-2:50p\nindividual, video. she went over her list.")
        #expect(initial.metadata.person == "Priya R.")
        let possessive = analyze("4/2/26 11:15-12:00\nAd hoc, not on DeWayne's plan.\n\nWent w/ DeWayne Pritchard to the laundromat.")
        #expect(possessive.metadata.person == "DeWayne Pritchard")
        // A name typed in lowercase, a field of its own on a title line.
        let lowercase = analyze("video check in (doxy) -- kwame asante-boateng -- 03/03/26\n7:05pm-7:50pm, 45 mins\n\ncb like we planned. he was calmer.")
        #expect(lowercase.metadata.person == "Kwame Asante-Boateng" && lowercase.metadata.service == .individual)
        #expect(analyze("peer support -- phone\nweekly check in     1/9/26\n\nshe went over her plan.").metadata.person == nil)
        // An everyday word capitalized as a sentence's first is no part of the name after it.
        let drove = analyze("1/13/26. Picked Floyd up at the farm around 9:15. Floyd said the DSS line was long. Floyd filled out the form.")
        #expect(drove.metadata.person == "Floyd")
        // … even when the name is not written again.
        #expect(person("2/19/2026 Drove Merle to his heart doctor appt in Potsdam, from about 10 till 12:15. He asked all three of his questions.") == "Merle")
        let met = analyze("4/3/26 peer support indiv, community. Svetlana Morozova. Met Svetlana at her building. Svetlana rode the bus.")
        #expect(met.metadata.person == "Svetlana Morozova")
    }

    @Test func groupSizesUnderTheLabelsEHRsUse() {
        let group = analyze("""
        DAP - Group Peer Support
        Date: 11/12/2026   Time: 11:00am-12:00pm (60 min)
        Billing: H0038 HQ
        Number in group: 14

        Members talked about stress and the holidays.
        """)
        #expect(group.metadata.groupSize == 14)
        #expect(rules(group).contains("billing-group-size"))
    }

    @Test func labelsOnTheirOwnLineOrInTheirOwnCell() {
        // An EHR export: each label alone on its line and its value on the next, or both as cells.
        let lines = analyze("""
        Group Peer Support - Budgeting

        Date of Service
        3/4/2026
        Facilitator
        J. Ramos, CPRP
        Billing Code
        H0038-HQ
        Participants
        14 (roster attached)
        Start Time: 10:00
        End Time: 11:00

        Members practiced a weekly budget.
        """)
        #expect(lines.metadata.date == "2026-03-04" && lines.metadata.groupSize == 14 && lines.metadata.modifier == "HQ")
        #expect(lines.metadata.person == nil)   // the facilitator is staff
        #expect(rules(lines).contains("billing-group-size"))
        let cells = analyze("Date of Service\t3/31/2026\tFacilitator\tJ. Ramos, CPRP\nParticipants\t9 (roster attached)\n\nMembers compared costs.")
        #expect(cells.metadata.date == "2026-03-31" && cells.metadata.groupSize == 9)
        // A label word alone in a story is no field: its next line is no value.
        let story = analyze("Met Ana at the library for 30 minutes.\nPresent\nand accounted for, she joked.")
        #expect(story.metadata.groupSize == nil)
    }

    @Test func aGroupsSizeAsStudiesAndRostersWriteIt() {
        #expect(analyze("Women's Recovery Circle (group peer support)\n3/17/2026 -- 10:00-11:30 AM\n(n=13) -- full house").metadata.groupSize == 13)
        #expect(analyze("WRAP group at the library, 3/11/26, from 10 till 11:30. Six folks plus me. We did warning signs.").metadata.groupSize == 6)
        let roster = analyze("""
        Expressive Writing Group — 3/10/26 — 2:30-3:30
        Code: H0038
        Came: Nadia, Bree, Mei, Olu, Courtney, Imani, Tash, Roz (Imani + Tash left at 3 for transport)
        """)
        #expect(roster.metadata.groupSize == 8 && roster.metadata.person == nil)
    }

    @Test func aGroupsSizeAsNotesWriteItInPassing() {
        // A count in brackets after the group, a label said of today after a sentence's end,
        // and a count standing alone in a long first line.
        let bracketed = analyze("""
        Dads in Recovery
        Date: 3/23/26, 6:00 PM - 7:15 PM, H0038 HQ
        We met as a small group (4) tonight. Omar shared his week with his kids.
        """)
        #expect(bracketed.metadata.groupSize == 4 && bracketed.metadata.service == .group)
        let today = analyze("""
        Peer-led recovery skills group
        Participant: Tomas Reyes
        DOS: 02/04/26, 5:30-7:00 PM, 1.5 hours
        Onsite, Room 210. Group size today: 13
        H0038 HQ

        Tomas practiced the cost-benefit tool on a craving from last week.
        """)
        #expect(today.metadata.groupSize == 13)
        #expect(rules(today).contains("billing-group-size"))
        let fragment = analyze("""
        Kofi attended the Tuesday evening meditation group 11/10/2026, 6-7pm, 60 min, billed H0038 HQ. 7 participants. The purpose of the group was a short breathing practice.
        """)
        #expect(fragment.metadata.groupSize == 7)
        // Of those enrolled, the group is who came; a title's bracketed count is its size.
        let came = analyze("""
        Cooking grp at team office kitchen 12-1:15, 3/24/26. 6 of 8 attended. H0038 HQ.
        Mei-Lin Zhou took the chopping job and wrote the recipe in her notebook.
        """)
        #expect(came.metadata.groupSize == 6)
        let members = analyze("Self-Esteem Group (Clubhouse)\nMember: Yusuf Demir\n10 of 11 members attended.  H0038 HQ\n\nYusuf named a strength.")
        #expect(members.metadata.groupSize == 10)
        let titled = analyze("Walking/picnic grp Sunset Park 2:00-3:30pm 7/18/26 (9). H0038HQ.\nMei-Lin Zhou brought a cold noodle salad.")
        #expect(titled.metadata.groupSize == 9)
        // A roster under a size label counts its people; a two-word member noun beside attendance.
        let roster = analyze("Job Club - group peer support\nParticipant: Kwame Boateng\nPresent: K., B., D., M., R., S., T.\nH0038 HQ\n\nKwame sent two applications.")
        #expect(roster.metadata.groupSize == 7)
        let hearers = analyze("Hearing Voices group 4/22/26, 5:30-7:00pm, onsite - 13 voice-hearers showed up, a record for us.")
        #expect(hearers.metadata.groupSize == 13)
        #expect(rules(hearers).contains("billing-group-size"))
        // A count with an aside in brackets; the people a respite house calls its guests.
        let aside = analyze("Music group, 4/1/26, 2:00-3:15pm\nGroup peer support, in person. H0038-HQ. 7 participants (not counting me).")
        #expect(aside.metadata.groupSize == 7)
        let guests = analyze("Respite evening group 3/18/26 7-7:45pm\nGroup peer support, onsite. H0038 HQ\nA full house: 13 guests came tonight.")
        #expect(guests.metadata.groupSize == 13)
    }

    @Test func anExportsFieldsOnOneLine() {
        // "Field: value; Field: value": each field read as its label says; the narrative field
        // as a story, so its "about 20 minutes" and "on the phone" state no fact of the service.
        let text = "Client Name: Tomasz Wierzbicki; Date of Service: 03/10/2026; Start Time: 09:00; End Time: 11:00; Total Minutes: 120; Service Type: Peer Support - Individual; Location: Community (Kowalczyk Cycle & Repair); CPT/HCPCS: H0038; Data: Met Tomasz at the bike shop. He talked with the owner on his own for about 20 minutes while I waited outside, then called his sister on the phone to tell her. He was proud of himself and said so.; Peer: Dana Fox, NYCPS"
        let facts = analyze(text).metadata
        #expect(facts.person == "Tomasz Wierzbicki" && facts.date == "2026-03-10")
        #expect(facts.minutes == 120 && facts.billingCode == "H0038")
        #expect(facts.service == .individual && facts.setting == .offsite)
        // A field the reader has no name for still ends the one before it: "Goal 1" counts no one.
        let roster = analyze("Client: Luca Fontaine; Date: 03/25/2026; Time: 13:00-14:00 (60 min); Service: Group Peer Support - Coping Skills; Code: H0038 HQ; Attendance: see group roster; Goal: Goal 1 - a month without an ER visit; Response: Luca tried the color naming.")
        #expect(roster.metadata.groupSize == nil && rules(roster).contains("billing-group-size-missing"))
        let line = analyze("Tuesday Telephone Circle – Group Peer Support (telephone)\nTuesday, March 31, 2026, 3:00 p.m. to 3:45 p.m.\nBilling: H0038 HQ\nParticipants on the line: 13, our largest circle yet")
        #expect(line.metadata.groupSize == 13 && rules(line).contains("billing-group-size"))
    }

    @Test func datesAndTimesSaidInWords() {
        // A note dictated into a phone spells its numbers.
        let dictated = analyze("""
        ok this is Rafi peer note for Shanice Adebayo tuesday march seventeenth twenty twenty six individual peer support met at the Brownsville library from nine to ten thirty

        she signed up for the evening class at the front desk by herself
        """)
        #expect(dictated.metadata.date == "2026-03-17" && dictated.metadata.rangeMinutes == 90)
        #expect(!rules(dictated).contains("billing-minutes-missing"))
        let afterDate = analyze("hearing voices group tuesday march tenth twenty twenty six one to two thirty in the drop in room at the clinic\n\nnote for Keisha Montgomery")
        #expect(afterDate.metadata.date == "2026-03-10" && afterDate.metadata.rangeMinutes == 90)
        let spoken = analyze("peer note march twenty first two thousand twenty six went with him to housing court from nine thirty to eleven thirty two hours")
        #expect(spoken.metadata.date == "2026-03-21" && spoken.metadata.rangeMinutes == 120 && spoken.metadata.minutes == 120)
        // Numbers that are counts, not clocks.
        let counts = analyze("Met Ana Diaz 3/4/26 at the library. She went from two to three meetings a week and one to two drinks a night.")
        #expect(counts.metadata.rangeMinutes == nil)
    }

    @Test func thePersonOfAGroupsNoteAndOfADictatedOne() {
        // A group's note names its members and places in passing: none is the person served.
        let group = analyze("""
        Peer support group, 12 February 2026, 10:30-11:30 in the unit's courtyard at Kittatinny Ridge. Four people came: Delphine, Oskar, Ramón and Tyrell. Billed H0038 HQ.

        The purpose today was to let people hear each other and trade ideas about life after the hospital.
        """)
        #expect(group.metadata.service == .group && group.metadata.person == nil)
        // … unless the note says whom it is for, a title before the name included.
        #expect(person("""
        Thursday Telephone Circle – Group Peer Support by telephone
        Thursday, March 26, 2026, 3:00 p.m. to 3:50 p.m.
        Note for Mrs. Winifred Agyeman

        Mrs. Agyeman joined the circle for the third time. The topic was keeping in touch with family.
        """) == "Winifred Agyeman")
        // A dictated note opens with the name in lowercase, then the date, a few words in at most.
        for opening in ["tyrell whitehorse march twenty fourth twenty twenty six went with him to housing court",
                        "second note tyrell whitehorse same day march twenty fourth twenty twenty six we sat in the peer room"] {
            #expect(person(opening + "\n\nhe stayed the whole time") == "Tyrell Whitehorse", "\(opening)")
        }
    }

    @Test func aCountOfPeopleWhoCameMakesANamelessNoteAGroup() {
        // No group word anywhere: the count of who came says it, when no one person is the note's.
        let night = analyze("New folks night, 3/25/26, church basement, from about 6:30 till 8. It's all pre-admission. Five people came out. I told my story and answered questions.")
        #expect(night.metadata.groupSize == 5 && night.metadata.service == .group)
        #expect(rules(night).contains("billing-preadmission-group"))
        let labelled = analyze("Info session\nDate: 18 Feb 2026    Start/End: 4:00 / 5:00 PM\nAttended: 4 people from the intake waitlist\n\nI walked them through a typical day.")
        #expect(labelled.metadata.groupSize == 4 && labelled.metadata.service == .group)
        // A count in a note about one person is some of the people around her, not a group.
        let one = analyze("Met Dana Ruiz at the library, 3/4/26, 2-3pm. Five people came out for the job fair, and Dana talked with two employers.")
        #expect(one.metadata.service != .group)
    }

    @Test func durationsInEveryNotation() {
        let forms = ["1.25 hours": 75, "an hour and a half": 90, "half an hour": 30, "1h30": 90, "1hr15": 75, "1h 30m": 90,
                     "1:30 hrs": 90, "1 1/2 hours": 90, "1/2 hour": 30, "1 hour, 15 minutes": 75, "45 min": 45,
                     "an hour and a quarter": 75]
        for (written, minutes) in forms {
            let note = analyze("Name: Dana Reyes\nDate: 3/3/2026\nDuration: \(written)\n\nWe met at the library.")
            #expect(note.metadata.minutes == minutes, "\(written)")
        }
        // "in person" after a duration, and a part of the session, do not make it another time.
        let inPerson = analyze("Feb 2nd 2026. Went out to see Farouk Al-Sayed, 45 minutes in person, individual peer support.")
        #expect(inPerson.metadata.minutes == 45 && inPerson.metadata.date == "2026-02-02")
        let part = analyze("Pt: Hector Villanueva     Date: 20-May-26     1545-1630\nType: Individual peer support (unit SW present for first 10 min)\n\nHector made a card.")
        #expect(part.metadata.minutes == 45 && part.metadata.date == "2026-05-20")
        #expect(!rules(part).contains("billing-duration-mismatch"))
        // A billing code is not hours.
        #expect(analyze("Name: Dana Reyes\nBilling: H0038\n\nWe met at the library.").metadata.minutes == nil)
        // Hours said bare after "from", and clocks said in words; a count is no clock.
        let bare = analyze("Met w/ Jonah Whitcomb in his dorm room from 3 to quarter to 4 on Thurs 3/5/26. One on one.")
        #expect(bare.metadata.rangeMinutes == 45)
        #expect(analyze("Met Ana from 11 to 12 on 3/5/26 at the library.").metadata.rangeMinutes == 60)
        #expect(analyze("Met Ana half past 2 until quarter past 3 on 3/5/26.").metadata.rangeMinutes == 45)
        #expect(analyze("Ana walks from 3 to 4 times a week now, she said on 3/5/26.").metadata.rangeMinutes == nil)
        #expect(analyze("Picked Gene up on 3/3/26 from about 2 till 3 and ran him to the bank.").metadata.rangeMinutes == 60)
        #expect(analyze("Group in the church basement 1/27/26, from 6 till about 7:15. The usual bunch came.").metadata.rangeMinutes == 75)
        // An EHR's minutes field holds the number alone; a units field is no duration.
        let field = analyze("Client: Rosa Delgado\nStart Time: 15:00\nEnd Time: 15:30\nTotal Time: 45\nUnits: 3\n\nRosa practiced.")
        #expect(field.metadata.minutes == 45 && field.metadata.rangeMinutes == 30)
        #expect(rules(field).contains("billing-duration-mismatch"))
        // The person's quoted words are theirs: "10 minutes" here is no length of the service.
        let quoted = analyze("Mateo Quispe - 3/30/26 - went with Mateo to his meeting, from 11 to 11:50.\nAfter, he said \"that was 10 minutes of stuff I was scared of.\"")
        #expect(quoted.metadata.minutes == nil || quoted.metadata.minutes == 50)
        #expect(!rules(quoted).contains("billing-under-15-minutes"))
    }

    @Test func aYearBesideAClockIsNotATime() {
        let note = analyze("""
        Group Peer Support - WRAP group, session 3 of 8
        Jamal Whitfield - July 9, 2026 - 11:00 AM - 12:30 PM - Clubhouse, onsite - 5 participants

        Jamal listed two of his own triggers.
        """)
        #expect(note.metadata.rangeMinutes == 90 && note.metadata.minutes == 90)
    }

    @Test func theSettingAsNotesSayIt() {
        // The note's own word in brackets outranks the place's words.
        let bracketed = analyze("Pre-Admission Group Orientation\nParticipant: Luis Medina\nLocation: Eastbrook Clinic community room (onsite)\n\nLuis asked about intake.")
        #expect(bracketed.metadata.setting == .onsite)
        // A setting word standing alone between commas in a long sentence.
        let alone = analyze("11/20/26 ad hoc - YPA Kayla Nguyen w/ Jordan Whitley (16), one-time service, not on treatment plan. Met Jordan at Nassau County Probation in Mineola, 1:30-2:30 PM (1 hr), community. Sat with Jordan while he waited.")
        #expect(alone.metadata.setting == .offsite)
        // Where the service went beats the lobby it started from.
        let moved = analyze("Ad hoc individual peer support\nParticipant: Maribel Santos\nPlace: her apartment building lobby and then the Legal Aid walk-in office on Court St\n\nWe read the notice together.")
        #expect(moved.metadata.setting == .offsite)
        // A home written short, under a short label.
        let home = analyze("Name: Priya Natarajan\nDOS: 06/09/26\nTime: 10:00-10:50\nLoc: her apt\n\nPriya and I went over her list.")
        #expect(home.metadata.setting == .offsite)
        // The clinic's office alone is onsite still; a room is inside the place its line names.
        let office = analyze("Name: Priya Natarajan\nDOS: 06/09/26\nLocation: peer office, 2nd floor\n\nPriya and I went over her list.")
        #expect(office.metadata.setting == .onsite)
        for place in ["Harborview Day Habilitation, activity room 2", "Client's home (lives with parents), dining room",
                      "P.S. 214, 2nd floor conference room (CSE meeting for his daughter)"] {
            #expect(analyze("Name: Priya Natarajan\nDOS: 06/09/26\nLocation: \(place)\n\nPriya and I went over her list.").metadata.setting == .offsite, "\(place)")
        }
        // A ward's visiting room, a group home's living room: out of the program's site. A setting
        // word inside a place's name ("Riverbend Community Clinic") is the name, not the setting.
        for (place, setting) in [("Kittatinny Ridge PC, Building 12 visiting room", NoteMetadata.Setting.offsite),
                                 ("Sycamore Lane IRA, living room", .offsite), ("Riverbend Community Clinic, peer office", .onsite),
                                 ("Second Wind Recovery Community Center", .onsite), ("Second Wind RCC, in the community room", .onsite),
                                 ("onsite (respite house living room)", .onsite)] {
            #expect(analyze("Name: Priya Natarajan\nDOS: 06/09/26\nLocation: \(place)\n\nPriya and I went over her list.").metadata.setting == setting, "\(place)")
        }
        // A header line that goes on after the person's label; the group modifier says a group.
        let youth = analyze("Youth: Malik Lewis, 14. 2/5/2026. Youth peer support, individual, 35 min - walked with him to the park.\n\nMalik talked.")
        #expect(youth.metadata.person == "Malik Lewis" && youth.metadata.date == "2026-02-05" && youth.metadata.minutes == 35)
        #expect(youth.metadata.service == .individual)
        let hq = analyze("Caregivers Circle 3/12/26, 6-7:30pm (1.5 hr). Billed H0038-HQ. 14 parents/caregivers signed in tonight.")
        #expect(hq.metadata.service == .group && rules(hq).contains("billing-group-size"))
        // A phrase two facts share is both: "on Zoom" says who attended and the setting.
        let zoom = analyze("Caregivers Circle - on Zoom\nDOS: March 26, 2026\n\nParents talked about court.")
        #expect(zoom.metadata.setting == .telehealth)
        // Someone else's clinic, a hearing office: out in the community; "grp rm 3B" is ours.
        #expect(analyze("Participant: Rahul Bhatt\nLocation: GI clinic at the hospital, Elmhurst\n\nRahul asked questions.").metadata.setting == .offsite)
        #expect(analyze("Participant: Lucy Pham\nLOC:   PROS grp rm 3B\n\nLucy shared her plan.").metadata.setting == .onsite)
        // The setting's word, then the place; street outreach is in the community.
        let respite = analyze("Grace Tuilagi - 3/20/2026\nFamily peer support, onsite at the respite house, 40 min.\n\nGrace's husband asked questions.")
        #expect(respite.metadata.setting == .onsite)
        let outreach = analyze("Street outreach - DeWayne Pritchard - 3/13/26\n\nFound DeWayne with the van, 25 min. We talked about the bed.")
        #expect(outreach.metadata.setting == .offsite && outreach.metadata.service == .individual)
    }

    @Test func aNameBeforeAPlaceWordIsAPlace() {
        let note = analyze("""
        Harmony House -- Tuesday evening peer group (offsite)
        3/3/26, 6:00-7:00pm, H0038-HQ
        Fourteen men signed the sheet tonight (Northbank participants staying at Harmony House).
        """)
        #expect(note.metadata.person == nil && note.metadata.groupSize == 14)
    }

    @Test func aNameAfterTheIsAPlace() {
        let note = analyze("""
        Phone call - discharge from the Mount Sinai ER - 11/20/26, 20 min

        Sandra called to let me know she is home. She said she wants to come in Friday.
        """)
        // The place is no one; Sandra, who called, is the person.
        #expect(note.metadata.person == "Sandra")
    }

    @Test func aRoleWordBeforeANameIsNotPartOfIt() {
        let note = analyze("""
        5/2/26  2:00-2:30pm, 30 min. Pt Ravi Chandrasekaran seen at ACT office for indiv peer session. Ravi said he hates the needle.
        """)
        #expect(note.metadata.person == "Ravi Chandrasekaran")
    }

    @Test func someMembersOfAGroupAreNotItsSize() {
        // "Two members thanked her" counts some of the group: its size is still unstated.
        let group = analyze("""
        GROUP PEER SUPPORT NOTE
        Participant: Ingrid Sol
        Date: 02/23/2026
        Time: 1:00 PM - 2:15 PM (1 hr 15 min)
        Billing code: H0038 HQ

        Ingrid told a short story about her husband fixing the church bell. Two members thanked her.
        """)
        #expect(group.metadata.groupSize == nil)
        #expect(rules(group).contains("billing-group-size-missing"))
        let attended = analyze("""
        GROUP PEER SUPPORT NOTE
        Participant: Ingrid Sol
        Date: 02/23/2026, 1:00 PM - 2:15 PM, H0038 HQ

        Six members attended. Ingrid told a short story about her husband.
        """)
        #expect(attended.metadata.groupSize == 6)
    }

    @Test func thePersonIsNotTheStaff() {
        let group = analyze("""
        Teen Talk (youth peer group) - Tues 02/17/2026, 4:00–5:00 PM
        Facilitator: Luis Santiago-Cruz, YPA-C    Location: clinic group room, 2nd fl
        14 youth attended, ages 13-17. H0038 + HQ.
        Note for: Ximena Paredes

        Ximena sat near the door and spoke to the whole group for the first time. Luis thanked her.
        """)
        #expect(group.metadata.person == "Ximena Paredes")
        #expect(group.metadata.modifier == "HQ" && group.metadata.groupSize == 14)
        // "13-17. H0038" holds no hours.
        #expect(group.metadata.minutes == 60)
        #expect(rules(group).contains("billing-group-size"))
        let signed = analyze("""
        Phone check-in 4/14/26 3:40-3:52pm. Beth Kowalski, CRPA took the call from Eleanor "Ellie" Voss. \
        Ellie said her hip hurts. Ellie is staying in today.
        """)
        #expect(signed.metadata.person == "Eleanor \"Ellie\" Voss")
        #expect(rules(signed).contains("billing-under-15-minutes"))
        #expect(analyze("Name: Eleanor (Ellie) Voss\nWe talked.").metadata.person == "Eleanor (Ellie) Voss")
        #expect(analyze("Youth: Bao Pham (12)\nWe talked.").metadata.person == "Bao Pham")
        // A name signed with a staff role; a name in its possessive.
        let roled = analyze("Tenants' coffee hour, 3/24/26, 4-5 pm, community room, group peer support. People laughed a lot. Rosalind Tadesse, Peer Specialist")
        #expect(roled.metadata.person == nil)
        let possessive = analyze("March 10, 2026 - Stopped by Mei-Lin Chow's apartment for 20 minutes. Mei-Lin showed me the checklist.")
        #expect(possessive.metadata.person == "Mei-Lin Chow")
    }

    @Test func aPreAdmissionNoteCoSignedAsChartsSayIt() {
        for line in ["Reviewed by: R. Alvarez, LCSW", "Supervising LPHA: Dr. Kim Tran, PsyD", "Note reviewed by Ana Cruz, LMHC on 3/5."] {
            let note = analyze("Pre-admission peer support, individual\nName: Ray Santiago\nDate: 3/4/2026, 45 min, onsite\n\nRay asked about intake.\n\(line)")
            #expect(!rules(note).contains("billing-preadmission-cosign"), "\(line)")
        }
        // The service approved is not the note co-signed; a peer's own credential co-signs nothing.
        for line in ["Approved by his clinician, Jerome Castellanos, LMFT.", "Reviewed by: Dana Reyes, CPS"] {
            let note = analyze("Pre-admission peer support, individual\nName: Ray Santiago\nDate: 3/4/2026, 45 min, onsite\n\nRay asked about intake.\n\(line)")
            #expect(rules(note).contains("billing-preadmission-cosign"), "\(line)")
        }
        // "4 other people": the person is the fifth.
        #expect(analyze("Walking group, 3/3/26, 1-2pm, H0038 HQ. Met with Dana and 4 other people at the park.").metadata.groupSize == 5)
        // Others named in passing are no count of who came; a number in words, then digits, is one.
        #expect(analyze("WRAP Group - Zoom\nMember: Odalys Ferreira\nDate: 03/31/2026\n\nShe laughed because two other members were talking over each other.").metadata.groupSize == nil)
        #expect(analyze("Group peer support, Linden House, offsite\nMarisela Quintero\nEleven (11) participants. Children were in the playroom.").metadata.groupSize == 11)
    }

    @Test func aDatesNumbersAreNoCount() {
        let note = analyze("Lupe Serrano was at the drop-in today (Wed. 3/11/26) and came into the kitchen, in person, for 30 minutes.")
        #expect(note.metadata.groupSize == nil && note.metadata.service == .individual && note.metadata.setting == .onsite)
    }

    @Test func aShortLineAfterManyLabelsIsStillATitle() {
        let note = analyze("""
        Youth Group – Teen Art & Talk
        Youth: Zaid Haddad (14)
        Date: 03/05/26
        Time: 4:00-5:00 PM (1 hr)
        Onsite, youth room — 7 youth attended

        Zaid drew a controller and his sister.
        """)
        #expect(note.metadata.setting == .onsite)
        #expect(note.metadata.groupSize == 7)
    }

    @Test func codesAbbreviationsAndPlacesTheServiceWasNot() {
        let group = analyze("Group peer support – Music & Mood\nDate: 3/23/2026\nGroup: 8 members\nH0038HQ\n\nWe sang.")
        #expect(group.metadata.billingCode == "H0038" && group.metadata.modifier == "HQ")
        #expect(analyze("Darnell Pryce – IPS – 03/27/2026\nIn the office, 9:00a–11:00a (2 hrs)\n\nWe practiced.").metadata.service == .individual)
        // Where the walk started, and where they chose not to meet, are not the setting.
        let walk = analyze("Person: Olu Ade\n\nWalked with Olu from the clinic to the Social Security office on Bergen St.")
        #expect(walk.metadata.setting != .onsite)
        let elsewhere = analyze("Person: Natalia Ivanova\n\nMet Natalia at the food court because she didn't want to meet at the clinic.")
        #expect(elsewhere.metadata.setting == .offsite)
    }

    @Test func onePersonMetSomewhereIsAnIndividualService() {
        let call = analyze("Client: Kofi Mensah\nContact type: Telephonic\nDuration: 20 min\n\nKofi called the peer line.")
        #expect(call.metadata.service == .individual)
        // Nothing said of where or how: nothing is assumed.
        #expect(analyze("Client: Kofi Mensah\n\nKofi shared his week.").metadata.service == nil)
        // A group size says group, not individual.
        #expect(analyze("Member: Ana Ruiz\nAttendance: 9\nSetting: onsite\n\nWe met.").metadata.service == .group)
    }

    @Test func familyPeerSupportServesTheCaregiver() {
        // With no one else labelled, the caregiver is the person served; a title is not a name.
        let family = analyze("Parent/Caregiver: Mrs. Odessa Freeman (grandmother of Tyrese, 11)\nWe talked about his school.")
        #expect(family.metadata.person == "Odessa Freeman")
        // A youth named beside the caregiver is the person.
        let youth = analyze("Youth: Bao Pham (12)\nParent/Caregiver: Linh Pham (mother)\nWe talked.")
        #expect(youth.metadata.person == "Bao Pham")
    }

    @Test func suggestionsUseTheNameTheNoteGives() throws {
        let named = analyze("Name: Eleanor (Ellie) Voss\nDOS: 4/14/26\nPt called the peer line. She said her hip hurts.")
        let pt = try #require(named.findings.first { $0.rule == "jargon-pt" })
        #expect(pt.suggestions.first == "Ellie" && pt.suggestions.contains("The person"))
        let unnamed = analyze("DOS: 4/14/26\nPt called the peer line. She said her hip hurts.")
        #expect(unnamed.findings.first { $0.rule == "jargon-pt" }?.suggestions.contains("[Name]") == true)
    }

    @Test func aStatedTotalAndATimeRangeThatDisagree() {
        let analysis = analyze("Youth: Yusuf Karimov\nDate: 3/12/26\nTime: 3:15pm–4:00pm       Total: 60 min\nWe went to the gym.")
        #expect(analysis.metadata.minutes == 60 && analysis.metadata.rangeMinutes == 45)
        #expect(rules(analysis).contains("billing-duration-mismatch"))
        #expect(!rules(analyze("Date: 3/12/26\nTime: 3:15pm–4:00pm (45 min)\nWe went to the gym.")).contains("billing-duration-mismatch"))
    }

    @Test func metadataWinsAndTheTextThatDisagreesIsShown() throws {
        let text = "---\nminutes: 30\n---\nIndividual peer support, 45 minutes. We met at the library."
        let analysis = analyze(text)
        #expect(analysis.metadata.minutes == 30)
        let conflict = try #require(analysis.findings.first { $0.rule == "metadata-conflict" })
        #expect(conflict.text == "45 minutes" && conflict.message.contains("length"))
        #expect(!rules(analyze("---\nminutes: 45\n---\nIndividual peer support, 45 minutes. We met.")).contains("metadata-conflict"))
    }

    /// Places and services as a hospital's or a shelter's peer writes them.
    @Test func emergencyDepartmentsAndCircles() {
        let bedside = analyze("Name: Tomás Reed\nDate: March 8, 2026\nService: individual peer support, ED bedside (discharge)\n\nTomás asked about the bridge prescription.")
        #expect(bedside.metadata.setting == .offsite)
        // A number left for later is not how the service met.
        let card = analyze("ED peer bedside - brief\nMember: Shauna McCrory\nDate: 3/2/26\n\nShauna woke briefly. Writer left a card with the peer line number in her bag.")
        #expect(card.metadata.setting != .telehealth)
        #expect(analyze("Mothers' Circle - Linden House\nGraciela Montoya\n3/25/26   7:00-8:00 PM\n\nOther moms shared what they tell their kids.").metadata.service == .group)
        let circle = analyze("MEN'S TALKING CIRCLE - group peer support\nDate: 2/12/26\n\n15 men in the circle tonight, we ran out of chairs.")
        #expect(circle.metadata.groupSize == 15 && rules(circle).contains("billing-group-size"))
        #expect(analyze("Group: Coping skills\nDate: 3/20/26\nParticipants present: 14\n\nWe talked.").metadata.groupSize == 14)
        let tables = analyze("Meal Support Group (lunch) — Mar. 24, 2026 — 12:00 PM – 12:50 PM — onsite\nFull room today: 12 at the tables (every chair).\n\nEveryone stayed.")
        #expect(tables.metadata.groupSize == 12 && !rules(tables).contains("billing-group-size-missing"))
    }

    /// A distance told in minutes is no duration; a call that "lasted" ten minutes is one, even cut short.
    @Test func durationsThatAreAndAreNotTheService() {
        let road = analyze("02/20/2026, 1:30-2:45 PM. Family peer support at Agnes Redwing's house, about 10 minutes up the road from Kyla's trailer.\n\nKyla asked her grandmother.")
        #expect(road.metadata.minutes == 75)
        let dropped = analyze("Peer support - telehealth video\nName: Jolene Marchand\nDate: 2026-01-16\nCall lasted 10 min before her connection dropped, could not get it back.\n\nJolene said she is ok.")
        #expect(dropped.metadata.minutes == 10 && rules(dropped).contains("billing-under-15-minutes"))
    }

    @Test func goalsNamedWithoutAPlanAndPlansTheServiceIsOutsideOf() {
        let named = analyze("Individual peer support, 3/2/2026, 30 min. We worked toward her goal of getting back to work.")
        #expect(named.thread?.links.count == 1 && named.thread?.links.first?.goalID == nil)
        #expect(!rules(named).contains("goal-link-missing"))
        let outside = analyze("Ad hoc peer support at court, 3/2/2026, 30 min. Court support is not part of his treatment plan.")
        #expect(outside.thread?.links.isEmpty == true)
        let weekly = analyze("Group peer support, 3/2/2026, 60 min. Each participant sets a goal for the week.")
        #expect(weekly.thread?.links.isEmpty == true)
        // A template's goal field left unfilled, or filled only with why, names no goal.
        for field in ["Goal: N/A", "Goal/Objective Addressed: N/A - single ad hoc service, not on treatment plan."] {
            let unfilled = analyze("Client: Samir Haddad\nDate: 03/03/2026\n\n\(field)\nI: Peer called Samir to follow up.")
            #expect(unfilled.thread?.links.isEmpty == true, "\(field)")
        }
        #expect(analyze("Client: Samir Haddad\nDate: 03/03/2026\n\nGoal: keep my apartment\nI: Peer called Samir.").thread?.links.isEmpty == false)
    }

    /// A template's check boxes: only the options ticked state facts, and the goal ticked is
    /// the goal named. Offsets still point into the note as written.
    @Test func onlyTickedBoxesStateFacts() {
        let text = """
        Member: Lorraine Obi
        Date of Service: 02/10/2026    Start: 10:00 AM    End: 10:45 AM    Total: 45 min
        Service: [X] Individual  [ ] Group  [ ] Family/Collateral
        Location: [ ] Office  [X] Home  [ ] Community  [ ] Telehealth
        Goal addressed: [ ] Goal 1  [X] Goal 2  [ ] Goal 3

        Lorraine showed me the chart on her fridge. She said she is up by 9 most days now.
        """
        let analysis = analyze(text)
        #expect(analysis.metadata.service == .individual)
        #expect(!rules(analysis).contains("billing-group-size-missing"))
        #expect(evidence("service", analysis, in: text) == "Individual")
        #expect(analysis.thread?.linkedGoalIDs == ["2"])
        // Ticked the other way round, the same note is a group's.
        let group = analyze(text.replacingOccurrences(of: "[X] Individual  [ ] Group", with: "[ ] Individual  [X] Group"))
        #expect(group.metadata.service == .group)
        let unicode = analyze(text.replacingOccurrences(of: "[X] Individual  [ ] Group", with: "☐ Individual  ☒ Group"))
        #expect(unicode.metadata.service == .group)
    }

    /// A veteran's rank before the name, and the branch after its comma, are not the name and
    /// not a staff credential.
    @Test func aRankAndABranchAroundAName() {
        #expect(person("VETERANS PEER SUPPORT\nSGT (ret.) Marcus Delacroix, US Army\nDOS 02/09/26 1330-1415\n\nMarcus brought two listings.") == "Marcus Delacroix")
        #expect(person("Member: SFC (ret.) Rosalind Tate, USA\nDOS 04/09/26\n\nRosalind spoke first in group.") == "Rosalind Tate")
        #expect(person("Vet Peer Contact - phone\nFormer Cpl. Shanice Whitaker, NY Army National Guard\n02/17/26 0815-0825\n\nShanice called back.") == "Shanice Whitaker")
        // A credential still makes a signed name staff's.
        #expect(person("Peer support, 02/09/26.\n\nWe walked to the park.\n\nBeth Kowalski, CRPA") == nil)
    }

    @Test func aNoteThatStatesNoFactsIsTold() throws {
        let bare = analyze("Dana and I met at the library to talk about her week.")
        let finding = try #require(bare.findings.first { $0.rule == "metadata-missing" })
        #expect(!finding.message.contains("\n") && finding.suggestions.allSatisfy { !$0.contains("\n") })
        #expect(!rules(analyze("Individual peer support, 3/12/2026, 45 minutes. Dana and I met at the library.")).contains("metadata-missing"))
    }

    @Test func aHugeNoteIsReadForItsFactsOnlyAtTheTop() {
        let filler = String(repeating: "We walked and talked about the week ahead. ", count: 3_000)
        let analysis = analyze("DOS: 3/12/2026\nIndividual peer support\n" + filler + "\nTime: 10:00-10:45 AM")
        #expect(analysis.metadata.date == "2026-03-12" && analysis.metadata.service == .individual)
        #expect(analysis.metadata.rangeMinutes == nil)
    }
}
