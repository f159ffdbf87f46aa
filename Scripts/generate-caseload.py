#!/usr/bin/env python3
"""Generate PeerNote's synthetic caseload (every person in it is made up).

    python3 Scripts/generate-caseload.py                   # writes Corpus/caseload/
    python3 Scripts/generate-caseload.py --caseload DIR    # the same caseload somewhere else
    python3 Scripts/generate-caseload.py --count N --out DIR    # N notes as DIR/notes.jsonl
    python3 Scripts/generate-caseload.py --million DIR          # the same with N = 1,000,000

Python 3 standard library only, no network, deterministic: the same seed gives the same
bytes. The caseload is six peer specialists in three programs, 48 people served and six
months of Peer Support Services (H0038), 2026-01-05 .. 2026-06-30:

  notes/<peer>/<date>-<person>-<n>.txt   note files with YAML front matter (~240)
  notes/plans/<person>.yml               each person's plan: 2-3 goals in their own words
  export.csv                             ~400 other notes as an EHR export (RFC 4180)
  export-mapping.yml                     PeerNote field -> CSV column
  export-bad-rows.yml                    the rows of export.csv that are bad on purpose
  planted.yml                            per-peer habits and the billing problems planted
  README.md                              what is here and how it was made

Each peer writes in a recognizable way (a format and two or three habits), so that a
caseload report can be checked against what was built in; see PEERS below.

The JSON Lines mode streams one record per line in constant memory, for scale benchmarks;
its output is not meant to be committed.
"""

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

SEED = 20260105
START = dt.date(2026, 1, 5)
END = dt.date(2026, 6, 30)
HOLIDAYS = {dt.date(2026, 1, 19), dt.date(2026, 2, 16), dt.date(2026, 5, 25), dt.date(2026, 6, 19)}
FOLDER_NOTES = 240
CSV_NOTES = 400

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASELOAD = ROOT / "Corpus" / "caseload"

# --------------------------------------------------------------------------------------------
# Programs and peers
# --------------------------------------------------------------------------------------------

PROGRAMS = {
    "adult": {"name": "North Clinic MHOTRS", "lpha": "D. Feldman, LCSW"},
    "youth": {"name": "Eastside Youth", "lpha": "A. Nakamura, LMHC"},
    "family": {"name": "Harbor Family", "lpha": "S. Idowu, LCSW-R"},
}

# Each peer: program, note format, group, and the habits built into their notes.
PEERS = [
    {
        "name": "Marisol Vega", "program": "adult", "style": "marisol", "format": "GIRP",
        "group": "Thursday Recovery Circle", "group_day": 3,
        "mix": {"individual": 0.60, "group": 0.25, "family": 0.15},
        "setting": {"onsite": 0.30, "offsite": 0.50, "telehealth": 0.20},
        "habits": [
            "strong person-centered notes: GIRP headings, the goal named by number with the plan's words, the person quoted, a strength named, all four elements",
            "short telehealth check-ins of 10-14 minutes (about one in six individual notes), which bill no unit (billing-under-15-minutes)",
            "pre-admission contacts that state their purpose and are co-signed",
        ],
        "expect": {"concerns": "almost none", "thread": "explicit goal link, no missing elements",
                   "billing": "billing-under-15-minutes"},
    },
    {
        "name": "Derek Olsen", "program": "adult", "style": "derek", "format": "SOAP",
        "group": "Monday Community Meeting", "group_day": 0,
        "mix": {"individual": 0.60, "group": 0.35, "family": 0.05},
        "setting": {"onsite": 0.75, "offsite": 0.05, "telehealth": 0.20},
        "habits": [
            "clinical and stigmatizing language in SOAP notes: pt, c/o, hx of, denies SI/HI, suffers from, noncompliant with meds, refused, pleasant and cooperative, lacks insight, affect flat",
            "staff-centered plans and a missing purpose: 'Staff instructed client', 'Writer will inform', 'Will continue to monitor'; SOAP with no purpose of the contact (element-purpose-missing); the plan goal named but reported as 'not met' rather than as the person's progress; few strengths (voice-strength-missing)",
            "Monday Community Meeting billed as a group of 13-14 (over the limit of 12) about a third of the time",
        ],
        "expect": {"concerns": "many per note (jargon, provider-centered, compliance, judgment, credibility)",
                   "thread": "explicit goal link, element-purpose-missing, voice-strength-missing", "billing": "billing-group-size"},
    },
    {
        "name": "Tasha Greene", "program": "youth", "style": "tasha", "format": "DAP",
        "group": "Young Adult Drop-In", "group_day": 2,
        "mix": {"individual": 0.60, "group": 0.30, "family": 0.10},
        "setting": {"onsite": 0.35, "offsite": 0.50, "telehealth": 0.15},
        "habits": [
            "warm, strength-based DAP notes with the young person's words in curly quotes",
            "a weak golden thread: the goal is never named, only implied by what the note talks about (goal-link-implicit), and the purpose of the contact is missing (element-purpose-missing, and preadmission-purpose-missing on her pre-admission note); her group notes do not say what kind of service it was either (element-type-missing)",
            "Young Adult Drop-In group notes without modifier HQ about half the time (billing-group-modifier)",
        ],
        "expect": {"concerns": "few", "thread": "goal-link-implicit, element-purpose-missing, element-type-missing (groups)",
                   "billing": "billing-group-modifier"},
    },
    {
        "name": "Kofi Mensah", "program": "youth", "style": "kofi", "format": "free text",
        "group": "Friday Game Plan Group", "group_day": 4,
        "mix": {"individual": 0.55, "group": 0.35, "family": 0.10},
        "setting": {"onsite": 0.40, "offsite": 0.50, "telehealth": 0.10},
        "habits": [
            "short copy-paste free text: 'Met with youth ... Youth was appropriate ... Will continue to monitor'; no name, no quote, no goal (goal-link-missing), no response or progress (element-response-missing, element-progress-missing)",
            "judgment words: appropriate, acting out, attention-seeking, non-compliant with group rules",
            "long community outings (90-120 minutes) stacked with a group on the same day, pushing a person-day over 12 units (billing-day-limit); group notes sometimes without group_size or HQ; setting sometimes left out",
        ],
        "expect": {"concerns": "several per note (judgment, infantilizing)",
                   "thread": "goal-link-missing, element-response-missing, element-progress-missing",
                   "billing": "billing-day-limit, billing-group-size-missing, billing-group-modifier"},
    },
    {
        "name": "Ray Dominguez", "program": "family", "style": "ray", "format": "BIRP",
        "group": "Parent Cafe", "group_day": 1,
        "mix": {"individual": 0.35, "group": 0.10, "family": 0.55},
        "setting": {"onsite": 0.20, "offsite": 0.20, "telehealth": 0.60},
        "habits": [
            "credibility language about parents: claims, denies, admits, insists, reportedly, apparently",
            "BIRP notes that name the goal but never say why the contact happened or what progress was made (element-purpose-missing, element-progress-missing); 'Writer' as the subject",
            "now and then a goal number that is not on the plan (goal-not-on-plan), and one ad-hoc school meeting without a reason (adhoc-rationale-missing)",
        ],
        "expect": {"concerns": "credibility words in most notes", "thread": "explicit link, element-purpose-missing, element-progress-missing, goal-not-on-plan (2), adhoc-rationale-missing (1)",
                   "billing": "none in particular"},
    },
    {
        "name": "Janelle Whitaker", "program": "family", "style": "janelle", "format": "free text / DAP",
        "group": "Families in Recovery Circle", "group_day": 3,
        "mix": {"individual": 0.40, "group": 0.25, "family": 0.35},
        "setting": {"onsite": 0.40, "offsite": 0.40, "telehealth": 0.20},
        "habits": [
            "substance-use stigma in otherwise complete notes: addict, substance abuse, clean/dirty, relapsed, drug-seeking, manipulative, in denial",
            "otherwise good notes: the goal named and all four elements in individual and family notes, strengths named; her group notes skip the purpose and only imply the goal",
            "pre-admission billing slips: a pre-admission note with no LPHA co-signature, and pre-admission people brought to her group (billing-preadmission-cosign, billing-preadmission-group)",
        ],
        "expect": {"concerns": "substance-use words in most notes (substance-use, deficit-label, compliance)", "thread": "explicit link; group notes: element-purpose-missing, goal-link-implicit",
                   "billing": "billing-preadmission-cosign, billing-preadmission-group"},
    },
]

# --------------------------------------------------------------------------------------------
# People served (all synthetic). (name, pronoun, program, extra)
# For Harbor Family the person served is the caregiver; extra = (relation, child, age).
# --------------------------------------------------------------------------------------------

PEOPLE = [
    ("Aaliyah Booker", "she", "adult", None), ("Bernard Kowalski", "he", "adult", None),
    ("Carmen Ortiz-Reyes", "she", "adult", None), ("Desmond Achebe", "he", "adult", None),
    ("Eleanor Vance", "she", "adult", None), ("Farid Rahimi", "he", "adult", None),
    ("Gloria Mendoza", "she", "adult", None), ("Hank Lindqvist", "he", "adult", None),
    ("Imani Carter", "she", "adult", None), ("Jerome Bassett", "he", "adult", None),
    ("Kateryna Bondar", "she", "adult", None), ("Leon Ferreira", "he", "adult", None),
    ("Marguerite Dubois", "she", "adult", None), ("Nikhil Rao", "he", "adult", None),
    ("Odessa Greenleaf", "she", "adult", None), ("Sung-min Cho", "he", "adult", None),
    ("Amara Osei", "she", "youth", None), ("Brayden Lopez", "he", "youth", None),
    ("Chloé Martin", "she", "youth", None), ("DeShawn Mitchell", "he", "youth", None),
    ("Esperanza Cruz", "she", "youth", None), ("Finn Gallagher", "he", "youth", None),
    ("Gabriela Santos", "she", "youth", None), ("Hassan Yusuf", "he", "youth", None),
    ("Izzy Novak", "she", "youth", None), ("Jaden Thompson", "he", "youth", None),
    ("Kiara Washington", "she", "youth", None), ("Liam O'Connor", "he", "youth", None),
    ("Mei Lin Zhao", "she", "youth", None), ("Nico Alvarado", "he", "youth", None),
    ("Zoë Petrakis", "she", "youth", None), ("Tobias Reinholt", "he", "youth", None),
    ("Adaeze Nwosu", "she", "family", ("son", "Chidi", 9)),
    ("Brianna Kelley", "she", "family", ("daughter", "Harper", 7)),
    ("Carlos Jiménez", "he", "family", ("son", "Mateo", 11)),
    ("Dolores Whitehorse", "she", "family", ("grandson", "Tyler", 13)),
    ("Ebony Sharpe", "she", "family", ("son", "Jalen", 6)),
    ("Francisco Batista", "he", "family", ("daughter", "Valentina", 14)),
    ("Gwen Halloran", "she", "family", ("son", "Riley", 10)),
    ("Hope Abernathy", "she", "family", ("daughter", "Skye", 8)),
    ("Ivan Petrov", "he", "family", ("son", "Nikolai", 12)),
    ("Jasmine Rivera", "she", "family", ("son", "Elijah", 5)),
    ("Keturah Baptiste", "she", "family", ("daughter", "Nadia", 15)),
    ("Lamar Hutchins", "he", "family", ("son", "DJ", 9)),
    ("Mónica Paredes", "she", "family", ("daughter", "Camila", 10)),
    ("Nora Lindgren", "she", "family", ("son", "Axel", 16)),
    ("Olusegun Adeyemi", "he", "family", ("daughter", "Tolu", 13)),
    ("Priscilla Yazzie", "she", "family", ("son", "Kai", 7)),
]

RELATIVES = {"adult": ["sister", "brother", "daughter", "son", "husband", "wife", "mother", "cousin"],
             "youth": ["mom", "dad", "grandmother", "aunt", "older brother", "foster mom"]}

# --------------------------------------------------------------------------------------------
# Goal themes. Each variant: (plan text, own words, topic). The topic re-uses the goal's own
# words, so a note that talks about it links to the goal by content even when it never says
# "goal". Activities avoid the thread's purpose and progress cue phrases, so a note only has
# those elements when its writer states them.
# --------------------------------------------------------------------------------------------

THEMES = {
    # ---- adult ----
    "work": {"program": "adult", "variants": [
        ("Get a part-time job I enjoy", "I want to feel useful again and earn my own money.", "a part-time job {she} would enjoy"),
        ("Go back to cooking in a restaurant kitchen", "The kitchen is where I know what I'm doing.", "going back to cooking in a restaurant kitchen"),
        ("Find volunteer work that gets me out of the house three days a week", "I need somewhere to be in the morning.", "volunteer work three days a week"),
    ], "places": ["the county job center", "the library's computer room", "the coffee shop on Fulton Street", "the workforce office downtown"],
        "acts": [
            "We looked through the listings together and {Name} circled three that fit {her_p} hours.",
            "{Name} wrote out {her_p} own answer to the question about the gap in {her_p} work history, and we read it out loud twice.",
            "We went over {her_p} résumé line by line; {she} decided to add the two years {she} spent caring for {her_p} mother.",
            "{Name} filled out an online application while I sat next to {her_o}; {she} did the typing and the choosing.",
            "We walked past two places {she} is curious about so {she} could see the entrance and the bus stop.",
        ], "quotes": [
            "I thought I'd freeze up, but I didn't.", "I forgot I was good at this.",
            "It's scary, but it's the good kind of scary.", "I want a reason to set an alarm again.",
            "If they call me back, I'm buying myself a new shirt.",
        ], "progress": [
            "{Name} has now sent {n2} applications on {her_p} own",
            "{she} left with an interview date {she} set up {herself}",
            "for the first time {she} named the kind of work {she} wants instead of saying \"anything\"",
        ], "purposes": ["look for {topic} together", "get {her_p} résumé ready for {topic}", "rehearse an interview for {topic}"],
        "word": "work"},
    "housing": {"program": "adult", "variants": [
        ("Move into my own apartment", "I want a door that locks and a key that's mine.", "moving into {her_p} own apartment"),
        ("Keep my apartment and pass the yearly inspection", "I'm not losing this place.", "keeping {her_p} apartment and passing the yearly inspection"),
        ("Find a quieter place to live away from the shelter", "I can't think straight with forty people around me.", "finding a quieter place to live"),
    ], "places": ["the housing office", "{her_p} building's lobby", "the laundromat near {her_p} building", "the diner across from the shelter"],
        "acts": [
            "We went through the housing application together, and {Name} gathered the documents {she} still needed into one folder.",
            "{Name} made a list of what matters most to {her_o} in a place to live: near the train, a window, no stairs.",
            "We walked through the apartment with the inspection checklist, and {Name} marked the two things {she} wants to fix first.",
            "{Name} called the housing coordinator with me beside {her_o}; {she} asked every question on {her_p} list.",
        ], "quotes": [
            "I want somewhere I can put my pictures up.", "This place is mine, and I'm going to keep it.",
            "I'm tired of living out of bags.", "I didn't know I could ask them that.",
        ], "progress": [
            "{her_p} application is now complete and in the coordinator's hands",
            "{she} fixed both items from the checklist before the inspector's visit",
            "{she} now has a viewing scheduled for next week",
        ], "purposes": ["get the paperwork together for {topic}", "go through what {topic} will take, one piece at a time"],
        "word": "housing"},
    "reconnect": {"program": "adult", "variants": [
        ("Reconnect with my sister and see her once a month", "She's the only family I've got left.", "reconnecting with {her_p} sister", "sister"),
        ("Spend more time with my grandkids", "I want them to know who I am.", "spending more time with {her_p} grandkids", "grandkids"),
        ("Have Sunday dinner with my family again", "Sunday dinner was always our thing.", "Sunday dinner with {her_p} family again", "family"),
    ], "places": ["the bakery near {her_p} sister's block", "the park by the river", "the coffee shop on Fulton Street"],
        "acts": [
            "{Name} wrote a short text to {her_p} {relative} and read it to me before sending it; the words were all {her_p} own.",
            "We made a plan for a visit: where to meet, how long to stay, and what {Name} will do if it gets tense.",
            "{Name} showed me photos from the last visit and picked one to print and frame.",
            "I shared what helped me when I started calling my own family again, and {Name} asked what I said the first time.",
        ], "quotes": [
            "I don't want to wait for a funeral to see my family.", "She picked up on the second ring.",
            "I'm bringing the pie this time.", "We laughed like we used to.",
        ], "progress": [
            "{Name} now talks with {her_p} {relative} every week, up from not at all in December",
            "{she} set the date for the next visit {herself}",
        ], "purposes": ["plan the next visit as part of {topic}", "write the first message for {topic}"],
        "word": "family"},
    "recovery": {"program": "adult", "variants": [
        ("Stay sober one day at a time", "I'm done letting drinking make my choices.", "staying sober one day at a time"),
        ("Build a recovery circle of people I trust", "I can't do this alone, and I don't have to.", "building a recovery circle of people {she} trusts"),
        ("Go a whole year without using", "I want to blow out a candle on a one-year cake.", "going a whole year without using"),
    ], "places": ["the diner on Atlantic Avenue", "the park by the river", "the church basement before the noon meeting"],
        "acts": [
            "{Name} went over {her_p} plan for the weekend, hour by hour, and picked the meeting {she} will go to on Saturday.",
            "We looked at the list of people {Name} can call when a craving hits; {she} added two new names.",
            "I shared a little of my own story about the first ninety days, and {Name} asked how I got through the holidays.",
            "{Name} showed me {her_p} {n2}-month chip and told the story of getting it.",
        ], "quotes": [
            "I'm not going back to who I was.", "Saturday is the hard day, so Saturday gets a plan.",
            "I called my sponsor before I called anyone else.", "I want my kids to see me like this.",
        ], "progress": [
            "{Name} now has {n2} people {she} calls when it gets hard",
            "{she} reached {n2} months, on {her_p} own terms",
        ], "purposes": ["plan the weekend ahead as part of {topic}", "look at who is in {her_p} corner for {topic}"],
        "word": "recovery"},
    "health": {"program": "adult", "variants": [
        ("Walk every day to get stronger", "My legs used to carry me everywhere.", "walking every day to get stronger"),
        ("Talk with my doctor about medication side effects and make my own choice", "I want a say in what goes in my body.", "talking with {her_p} doctor about side effects and making {her_p} own choice"),
        ("Get my sleep back on a regular schedule", "I want to wake up rested for once.", "getting {her_p} sleep back on a regular schedule"),
    ], "places": ["the park by the river", "the track at the high school", "the pharmacy on Court Street"],
        "acts": [
            "We walked the loop around the park at {Name}'s pace and counted the benches {she} passed without stopping.",
            "{Name} wrote down three questions for {her_p} doctor in {her_p} own words, and we practiced how {she} might start the conversation.",
            "We went over {her_p} sleep log together, and {Name} noticed that the nights {she} slept best were the nights {she} walked.",
            "{Name} decided which of {her_p} questions matter most and put them at the top of the list.",
        ], "quotes": [
            "I made it to the corner without stopping.", "I want to ask, not just nod.",
            "I slept six hours straight and woke up before the alarm.", "It's my body. I want to understand it.",
        ], "progress": [
            "{Name} has now walked {n2} days in a row",
            "{she} asked {her_p} own questions at the last appointment and left with a choice {she} made",
            "{her_p} sleep log shows the same bedtime on {n2} nights this week",
        ], "purposes": ["get ready for {her_p} doctor's appointment", "walk together and build up to {topic}"],
        "word": "health"},
    "community": {"program": "adult", "variants": [
        ("Sing in the church choir again", "Singing is where I feel like myself.", "singing in the church choir again"),
        ("Make friends outside the program", "I want people to call who aren't paid to call me.", "making friends outside the program"),
        ("Volunteer at the food pantry", "I got help there once, and now I want to give some back.", "volunteering at the food pantry"),
    ], "places": ["the library", "the food pantry on Nostrand Avenue", "St. Brigid's parish hall"],
        "acts": [
            "{Name} called the choir director on speaker with me in the room and asked when rehearsals start.",
            "We looked at the community board at the library and {Name} picked two free events {she} might try.",
            "{Name} and I went to the food pantry together; {she} introduced {herself} to the volunteer coordinator.",
            "We talked through what {Name} might say to someone new, and {she} settled on a simple opener about music.",
        ], "quotes": [
            "I used to be the one who knew everybody.", "Music gets me out of my head.",
            "I want to be somewhere people expect me.", "They said they'd save me a spot.",
        ], "progress": [
            "{Name} has now been to {n2} rehearsals or events on {her_p} own",
            "{she} exchanged numbers with someone {she} met there, which {she} had not done in years",
        ], "purposes": ["find a way in to {topic}", "plan the first visit for {topic}"],
        "word": "community"},
    "money": {"program": "adult", "variants": [
        ("Pay my bills on time and stop the late fees", "I'm tired of late fees eating my check.", "paying {her_p} bills on time and stopping the late fees"),
        ("Save enough for a winter coat and boots", "I want to be warm and not have to ask anybody.", "saving enough for a winter coat and boots"),
        ("Get my SSI paperwork finished", "That money is mine, I just need the papers done.", "getting {her_p} SSI paperwork finished"),
    ], "places": ["the bank on Main Street", "the library", "the Social Security office"],
        "acts": [
            "We laid out {Name}'s bills on the table and {she} made a calendar with each due date in red.",
            "{Name} set up a text reminder on {her_p} phone for the electric bill; {she} chose the day and the wording.",
            "We went through the SSI forms one section at a time; {Name} answered and I read the questions aloud when {she} asked.",
            "{Name} set aside an envelope for savings and decided on an amount {she} can keep putting in.",
        ], "quotes": [
            "No late fee this month. None.", "I like seeing it all on one page.",
            "That envelope is my coat.", "I'm not scared of the mail anymore.",
        ], "progress": [
            "every bill this month was paid by its due date",
            "{Name} now has {n2}0 dollars saved in the envelope",
            "{she} finished two of the four SSI sections",
        ], "purposes": ["sort out {topic}", "make a plan for {topic}"],
        "word": "money"},
    "transit": {"program": "adult", "variants": [
        ("Ride the subway on my own to get where I need to go", "I want my city back.", "riding the subway on {her_p} own"),
        ("Take the bus to my appointments by myself", "I don't want to wait on rides anymore.", "taking the bus to {her_p} appointments by {herself}"),
    ], "places": ["the Jay Street subway station", "the bus stop outside the clinic", "the Atlantic Avenue station"],
        "acts": [
            "We rode {n2} stops together on the train, and {Name} chose where to stand and when to take a breath.",
            "{Name} mapped the bus route to the clinic on {her_p} phone and saved it.",
            "{Name} rode in the next car while I stayed in the one behind, which was {her_p} idea.",
        ], "quotes": [
            "Seven stops. I did seven stops.", "I knew where to get off without asking anybody.",
            "My hands were shaking, but I did it.",
        ], "progress": [
            "{Name} rode {n2} stops more than last time, and the return trip on {her_p} own",
            "{she} took the bus to {her_p} last two appointments without a ride",
        ], "purposes": ["ride the route together, building up to {topic}", "plan the route for {topic}"],
        "word": "the bus"},
    "creative": {"program": "adult", "variants": [
        ("Play guitar in front of people again", "Music kept me alive.", "playing guitar in front of people again"),
        ("Finish the quilt I started for my daughter", "I want her to have something I made.", "finishing the quilt for {her_p} daughter"),
        ("Paint again and show my work somewhere", "Painting is how I talk when I can't talk.", "painting again and showing {her_p} work"),
    ], "places": ["the open mic at the Green Lantern café", "the library's community room", "the craft store on Seventh Avenue"],
        "acts": [
            "{Name} played two songs for me in the peer room and picked the one {she} wants to play at the open mic.",
            "We went to the craft store and {Name} chose the fabric for the last four squares.",
            "{Name} brought three paintings and we talked about which one says the most about {her_o}.",
        ], "quotes": [
            "My fingers remembered more than I thought.", "This square is for the year she was born.",
            "I want people to see it, even if they don't like it.",
        ], "progress": [
            "{Name} has signed up for the open mic on {next_date}",
            "{she} finished {n2} more squares since we last met",
            "{she} asked the café owner about hanging {her_p} work",
        ], "purposes": ["get ready for {topic}", "take the next piece of {topic}"],
        "word": "music"},
    "voices": {"program": "adult", "variants": [
        ("Find ways to cope with the voices so I can go out", "The voices don't get to decide my day.", "ways to cope with the voices so {she} can go out"),
        ("Keep going to the Hearing Voices group", "It's the one place I don't have to explain.", "going to the Hearing Voices group"),
    ], "places": ["the corner store", "the park by the river", "the library"],
        "acts": [
            "{Name} tried the earbuds-and-humming idea {she} heard at group while we walked to the store.",
            "I shared what I do when my own thoughts get loud, and {Name} wrote two ideas on a card for {her_p} wallet.",
            "{Name} named the times of day the voices are loudest and planned errands around the quieter hours.",
        ], "quotes": [
            "They were there, but they weren't driving.", "Humming actually helps.",
            "I stayed the whole hour this time.",
        ], "progress": [
            "{Name} went out {n2} times this week using the ideas on {her_p} card",
            "{she} stayed for the whole group for the third week running",
        ], "purposes": ["try out {topic}", "plan a trip out with {topic}"],
        "word": "coping"},
    # ---- youth ----
    "school": {"program": "youth", "variants": [
        ("Finish my HSE diploma", "I want that paper in my hand.", "finishing {her_p} HSE diploma"),
        ("Graduate from high school on time", "I want to walk with my class.", "graduating from high school on time"),
        ("Go to school every day this semester", "If I'm there, I can pass.", "going to school every day this semester"),
    ], "places": ["the library on Grand Street", "the school's front steps", "the pizza place near school"],
        "acts": [
            "{Name} showed me {her_p} practice test scores and picked the section {she} wants to study first.",
            "We made a week-by-week calendar of what is due, and {Name} chose the colors.",
            "{Name} emailed {her_p} guidance counselor while I sat with {her_o}; {she} wrote every word.",
            "We went over {her_p} attendance for the month together, and {she} picked the mornings that are hardest.",
        ], "quotes": [
            "Math isn't my enemy anymore, it's just annoying.", "I'm going to be the first in my family to finish.",
            "I actually raised my hand today.", "Mornings are the worst, but I showed up.",
        ], "progress": [
            "{Name} passed {n2} practice sections in a row",
            "{she} was in school every day this week",
            "{she} signed up for the test date {herself}",
        ], "purposes": ["make a study plan for {topic}", "sort out what is due for {topic}"],
        "word": "school"},
    "firstjob": {"program": "youth", "variants": [
        ("Get my first job", "I want my own money so I don't have to ask.", "getting {her_p} first job"),
        ("Get a job working with animals", "Animals don't judge you.", "getting a job working with animals"),
    ], "places": ["the pet store on Fifth Avenue", "the youth employment office", "the animal shelter on Flatbush"],
        "acts": [
            "{Name} filled out {her_p} working papers and we walked them to the office together.",
            "We did a practice interview, and {Name} came up with {her_p} own answer to 'Why should we hire you?'",
            "{Name} asked the shelter manager about volunteer shifts while I waited by the door.",
        ], "quotes": [
            "I want a paycheck with my name on it.", "The dogs already like me, so that's half the interview.",
            "I didn't mumble this time.",
        ], "progress": [
            "{Name} has {n2} applications in and one callback",
            "{she} starts a volunteer shift at the shelter on Saturday",
        ], "purposes": ["get ready for {topic}", "rehearse an interview for {topic}"],
        "word": "work"},
    "license": {"program": "youth", "variants": [
        ("Get my learner's permit and then my license", "A license means I can go anywhere.", "getting {her_p} learner's permit and then {her_p} license"),
    ], "places": ["the DMV office", "the library on Grand Street", "the parking lot behind the center"],
        "acts": [
            "{Name} took two online practice tests on {her_p} phone and read the signs section out loud.",
            "We made a list of the documents the DMV needs, and {Name} found all but one at home.",
            "{Name} called the DMV to book a test date, with me on speaker in case {she} wanted backup.",
        ], "quotes": [
            "I got 18 out of 20!", "I'm not scared of the DMV lady anymore.", "My aunt said she'll let me practice in her car.",
        ], "progress": [
            "{Name} now scores above passing on the practice test every time",
            "{she} booked the permit test for {next_date}",
        ], "purposes": ["study for {topic}", "gather the documents for {topic}"],
        "word": "driving"},
    "ownplace": {"program": "youth", "variants": [
        ("Move into my own place with a roommate", "I'm ready to have my own keys.", "moving into {her_p} own place with a roommate"),
    ], "places": ["the youth housing office", "the laundromat on Myrtle Avenue", "the diner near the shelter"],
        "acts": [
            "We worked out a monthly budget on {Name}'s phone; {she} added the line for {her_p} cat.",
            "{Name} made a list of questions to ask a possible roommate and practiced asking them on me.",
            "{Name} looked at two listings with me and crossed one off because of the stairs.",
        ], "quotes": [
            "I want a place where nobody tells me when to sleep.", "Rent plus phone plus food... okay, it's doable.",
            "She seems chill. We both hate mess.",
        ], "progress": [
            "{Name} has met {n2} possible roommates",
            "{she} has a budget that works on {her_p} current pay",
        ], "purposes": ["plan the money side of {topic}", "look at listings for {topic}"],
        "word": "housing"},
    "friends": {"program": "youth", "variants": [
        ("Make a couple of friends I can trust", "I want people who stay.", "making a couple of friends {she} can trust"),
    ], "places": ["the skate park", "the youth center game room", "the bubble tea shop on Eighth Avenue"],
        "acts": [
            "{Name} joined the open gym hour and stayed when two people from group asked {her_o} to play.",
            "We talked about what trust looks like, and {Name} made {her_p} own list of green flags.",
            "{Name} texted someone from the Drop-In to meet up on Saturday while I sat nearby.",
        ], "quotes": [
            "I didn't sit in the corner today.", "She texted me first, that's a good sign right?",
            "I get to be picky about friends.",
        ], "progress": [
            "{Name} has plans with someone from group this weekend",
            "{she} now has {n2} people {she} texts outside the program",
        ], "purposes": ["think through {topic}", "try a new place for {topic}"],
        "word": "friends"},
    "stress": {"program": "youth", "variants": [
        ("Handle stress without blowing up at people", "I don't want to lose people over one bad day.", "handling stress without blowing up at people"),
        ("Use my calm-down skills when school gets overwhelming", "I want to stay in the room instead of walking out.", "using {her_p} calm-down skills when school gets overwhelming"),
    ], "places": ["the basketball court", "the park on Tompkins Avenue", "the youth center"],
        "acts": [
            "{Name} told me about the argument at home and picked out the exact moment {she} felt it building.",
            "We tried three breathing patterns while shooting hoops, and {Name} kept the one that fit {her_o}.",
            "{Name} wrote {her_p} own 'stop sign' list of things that help and put it in {her_p} phone case.",
        ], "quotes": [
            "I walked away before I said something I couldn't take back.", "Square breathing is corny but it works.",
            "I told my teacher I needed five minutes, and she gave me five minutes.",
        ], "progress": [
            "{Name} used {her_p} stop-sign list {n2} times this week",
            "{she} went a whole week without a blow-up at home",
        ], "purposes": ["look back at a hard week and {topic}", "try out new ways of {topic}"],
        "word": "stress"},
    "college": {"program": "youth", "variants": [
        ("Apply to college for nursing", "I want to be the nurse who's nice to kids like me.", "applying to college for nursing"),
        ("Take my first class at community college", "I want to prove I can do college.", "taking {her_p} first class at community college"),
    ], "places": ["the community college campus", "the library on Grand Street", "the admissions office"],
        "acts": [
            "{Name} toured the nursing building and asked the guide about prerequisites.",
            "We read {her_p} personal essay together and {she} rewrote the first paragraph in {her_p} own voice.",
            "{Name} filled out the financial aid form while I read out the questions {she} asked me to.",
        ], "quotes": [
            "I can see myself here.", "My essay actually sounds like me now.", "Financial aid is a whole language.",
        ], "progress": [
            "{Name} submitted {her_p} application on {her_p} own",
            "{she} has finished {n2} of the five application pieces",
        ], "purposes": ["get ready for {topic}", "go over the essay for {topic}"],
        "word": "college"},
    "art": {"program": "youth", "variants": [
        ("Sell my drawings at the street fair", "I want people to see what I see.", "selling {her_p} drawings at the street fair"),
        ("Record my own music", "My songs are my diary.", "recording {her_p} own music"),
    ], "places": ["the youth center art room", "the library's studio", "the street fair planning meeting"],
        "acts": [
            "{Name} showed me {her_p} sketchbook and picked ten drawings to print.",
            "We booked an hour in the library's recording studio, and {Name} laid down the first verse.",
            "{Name} priced {her_p} prints and made a sign for the table.",
        ], "quotes": [
            "This one's my best. I'm not selling it.", "Hearing my voice back was weird but good.",
            "Somebody paying for my art? Wild.",
        ], "progress": [
            "{Name} has {n2}0 prints ready for the fair",
            "{she} recorded two full songs",
        ], "purposes": ["get ready for {topic}", "plan the next session for {topic}"],
        "word": "art"},
    "mom": {"program": "youth", "variants": [
        ("Get along better with my mom", "We fight, but she's still my mom.", "getting along better with {her_p} mom"),
    ], "places": ["the bubble tea shop on Eighth Avenue", "the youth center", "the park on Tompkins Avenue"],
        "acts": [
            "{Name} wrote what {she} wants {her_p} mom to understand, in {her_p} own words, and decided which part to say first.",
            "We role-played the conversation about curfew, with {Name} playing {her_p} mom.",
            "{Name} told me about a good night at home and what made it different.",
        ], "quotes": [
            "We watched a movie and nobody yelled.", "She actually listened when I didn't yell first.",
            "I get why she worries. I just want her to trust me.",
        ], "progress": [
            "{Name} and {her_p} mom agreed on a curfew together",
            "{she} had {n2} calm talks with {her_p} mom this week",
        ], "purposes": ["think through {topic}", "plan a conversation as part of {topic}"],
        "word": "family"},
    # ---- family (the caregiver is the person served) ----
    "supports": {"program": "family", "variants": [
        ("Get the right school supports for my {rel} {child}", "I know my kid, and I want the school to hear me.", "getting the right school supports for {child}"),
        ("Understand {child}'s services and speak up at meetings", "Nobody explains anything unless you ask.", "understanding {child}'s services and speaking up at meetings"),
    ], "places": ["{child}'s school", "the family resource center", "the coffee shop near the school"],
        "acts": [
            "{Name} and I read the evaluation report together, and {she} highlighted the parts {she} disagrees with.",
            "{Name} wrote down what {she} wants the school to know about {child}, in {her_p} own words.",
            "We went over who will be at the CSE meeting and what each person does.",
            "I shared how I learned to ask for things in writing when my own child was in school.",
        ], "quotes": [
            "I'm his mother. I know what works for him.", "I'm not going in there empty-handed this time.",
            "They finally wrote down what I've been saying for two years.", "I asked my question and I didn't apologize for it.",
        ], "progress": [
            "{Name} sent the written request for an evaluation {herself}",
            "{she} spoke first at the meeting and the team added the supports {she} asked for",
        ], "purposes": ["get ready for the school meeting on {topic}", "go through the school paperwork for {topic}"],
        "word": "school"},
    "visits": {"program": "family", "variants": [
        ("Get more visit time with my kids", "I want my kids to know they can count on me.", "getting more visit time with {her_p} kids"),
        ("Bring {child} home for good", "My house is ready for {child}, and so am I.", "bringing {child} home for good"),
    ], "places": ["the family visit center", "the playground on Clinton Street", "the pizza place near the agency"],
        "acts": [
            "{Name} planned the visit down to the snacks and the board game {child} likes.",
            "We went over the calendar of visits, and {Name} marked the dates {she} wants to ask about at the next conference.",
            "{Name} told me about the last visit and what {child} said when it was time to leave.",
        ], "quotes": [
            "{child} hugged me first this time.", "I was on time, I was ready, I was there.",
            "I want the caseworker to see who I am now.",
        ], "progress": [
            "{Name}'s visits went from one to two a week",
            "{she} has been on time for every visit this month",
        ], "purposes": ["plan the next visit as part of {topic}", "get ready for the family conference on {topic}"],
        "word": "visits"},
    "selfcare": {"program": "family", "variants": [
        ("Take one hour a week just for me", "I can't pour from an empty cup.", "one hour a week just for {herself}"),
    ], "places": ["the coffee shop near the school", "the park on Clinton Street", "the family resource center"],
        "acts": [
            "{Name} listed what {she} would do with a free hour, and picked swimming at the Y.",
            "We looked at who could watch {child} for one hour on Saturday, and {Name} chose {her_p} neighbor.",
            "I shared how guilty I felt the first time I took an hour for myself as a parent.",
        ], "quotes": [
            "I sat in the car and listened to a whole album. It was glorious.", "I forgot what I like to do.",
            "An hour. Just one. I can do that.",
        ], "progress": [
            "{Name} took {her_p} hour {n2} weeks in a row",
            "{she} has a standing arrangement with {her_p} neighbor for Saturday mornings",
        ], "purposes": ["make room for {topic}", "plan {topic}"],
        "word": "self-care"},
    "routine": {"program": "family", "variants": [
        ("Set up a morning routine so {child} gets to school on time", "Mornings are a war zone right now.", "a morning routine so {child} gets to school on time"),
    ], "places": ["{her_p} kitchen table", "the family resource center", "the bodega near the school"],
        "acts": [
            "{Name} drew a picture chart of the morning with {child}, who picked the stickers.",
            "We walked through a school morning minute by minute, and {Name} moved breakfast to the night before.",
            "{Name} told me which mornings went well and what was different about them.",
        ], "quotes": [
            "Nobody cried this morning. Including me.", "The chart was his idea, that's why it works.",
            "We made the bus three days out of five!",
        ], "progress": [
            "{child} was on time {n2} days this week",
            "{Name} now lays out clothes the night before without being reminded",
        ], "purposes": ["rework {topic}", "look at what is working in {topic}"],
        "word": "mornings"},
    "parents": {"program": "family", "variants": [
        ("Connect with other parents who get it", "I need people who won't judge me.", "connecting with other parents who get it"),
    ], "places": ["the Parent Cafe", "the library story hour", "the family resource center"],
        "acts": [
            "{Name} came to the parent support meeting and stayed for coffee afterward.",
            "We looked at the list of parent groups in the area and {Name} picked the one closest to {her_p} bus line.",
            "{Name} exchanged numbers with another parent whose child goes to the same school.",
        ], "quotes": [
            "I'm not the only one. I really thought I was.", "She gets it. Her son is just like mine.",
            "I didn't have to explain anything.",
        ], "progress": [
            "{Name} has a parent {she} texts on hard days now",
            "{she} has gone to {n2} parent meetings on {her_p} own",
        ], "purposes": ["find a good fit for {topic}", "plan {topic}"],
        "word": "other parents"},
    "famrecovery": {"program": "family", "variants": [
        ("Stay in recovery so my family stays together", "My kids are my reason.", "staying in recovery so {her_p} family stays together"),
    ], "places": ["the diner on Atlantic Avenue", "the family resource center", "the church on Bergen Street"],
        "acts": [
            "{Name} went over {her_p} plan for the weekend {child} is with {her_o}, and who {she} will call if it gets hard.",
            "I shared what kept me steady when my own kids came home, and {Name} asked how I handled the first holiday.",
            "{Name} showed me the calendar where {she} marks each day and what got {her_o} through it.",
        ], "quotes": [
            "I want {child} to remember me sober.", "I went to a meeting instead of going home angry.",
            "My sponsor picked up. That's all I needed.",
        ], "progress": [
            "{Name} marked {n2}0 days on {her_p} calendar",
            "{she} has a plan for every weekend this month, written by {her_o}",
        ], "purposes": ["plan the weekend as part of {topic}", "look at supports for {topic}"],
        "word": "recovery"},
    "famhome": {"program": "family", "variants": [
        ("Find a bigger apartment for my family", "Three of us in one room is too much.", "finding a bigger apartment for {her_p} family"),
    ], "places": ["the housing office", "the family shelter's lounge", "the library"],
        "acts": [
            "{Name} and I filled in the housing application; {she} knew every date by heart.",
            "We looked at listings near {child}'s school, and {Name} ruled out two that would mean a new school.",
            "{Name} called a landlord with me on speaker and asked about the voucher.",
        ], "quotes": [
            "{child} needs a door to close.", "I'm not moving him away from his school.",
            "The landlord didn't hang up on me when I said voucher.",
        ], "progress": [
            "{Name} has {n2} viewings lined up",
            "{her_p} voucher paperwork is now complete",
        ], "purposes": ["look at listings for {topic}", "get the paperwork together for {topic}"],
        "word": "housing"},
}

THEMES_BY_PROGRAM = {p: [k for k, t in THEMES.items() if t["program"] == p] for p in PROGRAMS}

GROUP_TOPICS = {
    "adult": ["what a good day looks like", "getting through the holidays", "talking with your doctor",
              "building a support circle", "money stress", "sleep", "starting over after a loss",
              "the first job after a long gap", "what hope feels like", "saying no without guilt"],
    "youth": ["handling stress at school", "first jobs and interviews", "friendships online and off",
              "what I want adults to know about me", "budgeting a first paycheck", "being heard by adults",
              "music that gets you through", "planning for after graduation"],
    "family": ["being heard at school meetings", "taking care of yourself as a parent", "bedtime battles",
               "what helps on the hard days", "the CSE process", "asking for respite",
               "talking to kids about recovery", "holidays with a full house"],
}

GROUP_MOMENTS = [
    "Each member named one thing that got them through the week.",
    "Members took turns answering the question on the board.",
    "Two members shared how they handle a hard morning, and the group added ideas.",
    "We closed with everyone saying one thing they are looking forward to.",
]

STRENGTHS = [
    "{Name} brought {her_p} own list of questions, which shows how much thought {she} put into this.",
    "{Name}'s sense of humor carried {her_o} through the hardest part.",
    "{Name} was persistent: when the first idea didn't work, {she} tried another.",
    "{Name} knows {her_p} own patterns well and used that knowledge today.",
    "{Name} reached out to {her_p} {relative}, a natural support, without anyone suggesting it.",
    "{Name} was honest about what scares {her_o}, which takes courage.",
    "{Name} kept track of every date and name, a real organizing strength.",
]

LIVED = [
    "I shared a little of my own recovery story when {she} asked how I got started.",
    "I shared how I felt the first time I did something similar, and what helped me.",
    "I used my own experience to show that a slow start is still a start.",
    "I mostly listened, and shared one thing that helped me when {she} asked.",
]

CONTACT_WORD = {"onsite": "meeting", "offsite": "visit", "telehealth": "call"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def long_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}"


def slugify(name):
    import unicodedata
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    out = []
    for ch in s.lower():
        out.append(ch if ch.isalnum() else "-")
    slug = "".join(out)
    while "--" in slug:
        slug = slug.replace("--", "-")
    return slug.strip("-")


def pronouns(p):
    if p == "she":
        return {"she": "she", "She": "She", "her_o": "her", "her_p": "her", "Her_p": "Her", "herself": "herself"}
    return {"she": "he", "She": "He", "her_o": "him", "her_p": "his", "Her_p": "His", "herself": "himself"}


def fill(template, ctx):
    """str.format_map, twice, so placeholders inside topics and quotes are filled too."""
    s = template.format_map(ctx)
    if "{" in s:
        s = s.format_map(ctx)
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# --------------------------------------------------------------------------------------------
# Note composers: one per peer style. Each takes (rng, ctx) and returns the note text.
# ctx: Name, she/her_o/..., relative, child, goal (dict), goals, theme, minutes, service,
# setting, place, group, group_size, group_topic, next_date, preadmission, adhoc, n2.
# --------------------------------------------------------------------------------------------

SERVICE_WORDS = {"individual": "Individual", "group": "Group", "family": "Family"}


def setting_phrase(ctx):
    s = ctx["setting"]
    if s == "telehealth":
        return ctx["rng_choice"](["by video", "by phone", "by video (telehealth)"])
    if s == "offsite":
        return "at " + ctx["place"]
    return ctx["rng_choice"](["in the peer office", "at the program", "in the peer room at the clinic"])


def sentence_pool(rng, ctx, key, k=1):
    theme = THEMES[ctx["theme"]]
    items = rng.sample(theme[key], min(k, len(theme[key])))
    return [fill(x, ctx) for x in items]


def compose_marisol(rng, ctx):
    g = ctx["goal"]
    name = ctx["Name"]
    if ctx["preadmission"]:
        return fill(rng.choice([
            "Pre-admission peer support contact, individual, {minutes} minutes, {where}. {referral} "
            "The purpose of this contact was to help {Name} decide, with full information, whether {she} wants "
            "to come in for an intake at the clinic.\n\n"
            "{Name} asked direct questions about what services would look like and whether {she} could keep {her_p} own schedule. "
            "I shared some of my own story, including how nervous I was at my first appointment. {Name} said, \"{prequote}\"\n\n"
            "Outcome: {Name} decided to {preoutcome}. This note will be co-signed by our LPHA, as required for pre-admission contacts.",
            "Pre-admission contact ({minutes} minutes, {where}). {referral} The purpose was to answer {Name}'s questions about "
            "peer support before {she} decides about an intake.\n\n"
            "{Name} wanted to know whether {she} would have to talk about the past right away. I explained that peer support "
            "starts with what {she} wants, and shared how that felt for me. {Name} said, \"{prequote}\"\n\n"
            "Outcome: {Name} chose to {preoutcome}. Co-signature by the LPHA requested.",
        ]), dict(ctx, where=setting_phrase(ctx), referral=rng.choice(PRE_REFERRALS), prequote=rng.choice(PRE_QUOTES),
                 preoutcome=rng.choice(PRE_OUTCOMES)))
    acts = sentence_pool(rng, ctx, "acts", rng.choice([1, 2, 2]))
    quote = sentence_pool(rng, ctx, "quotes")[0]
    progress = sentence_pool(rng, ctx, "progress")[0]
    purpose = sentence_pool(rng, ctx, "purposes")[0]
    strength = fill(rng.choice(STRENGTHS), ctx)
    lived = fill(rng.choice(LIVED), ctx)
    gnum = g["id"][1:]
    goal_line = rng.choice([
        f"Goal: {name}'s Goal {gnum}, \"{g['text']}.\" In {ctx['her_p']} words, \"{g['own_words']}\"",
        f"Goal: Goal {gnum} on {name}'s plan, \"{g['text']}.\" {name} puts it this way: \"{g['own_words']}\"",
        f"Goal: Goal {gnum} ({g['text']}). In {name}'s own words: \"{g['own_words']}\"",
    ])
    if ctx["minutes"] < 15:
        return (f"{goal_line} {name} asked for a short check-in to {purpose}.\n\n"
                f"Intervention: Telehealth check-in, {ctx['minutes']} minutes, {setting_phrase(ctx)}.\n\n"
                f"Response: {name} said, \"{quote}\"\n\n"
                f"Plan: {cap(progress)}, a step toward Goal {gnum}. We will meet again on {ctx['next_date']}.")
    if ctx["adhoc"]:
        return fill(
            "Ad-hoc service (not on the plan): individual peer support at {place}, {minutes} minutes. "
            "The reason for this contact: {Name} asked me to come with {her_o} to {adhoc_event} because {she} did not want to "
            "go alone, and {her_p} clinician agreed that peer support fit.\n\n"
            "We went over what {she} wanted to say beforehand, and I sat beside {her_o} the whole time. {Name} spoke for "
            "{herself} and asked two questions. Afterward {she} said, \"{q}\"\n\n"
            "Outcome: {Name} left with the next date in hand and said {she} would handle the follow-up call {herself}. "
            "This ties back to Goal {gnum} ({gtext}), since {she} could keep focusing on it.",
            dict(ctx, q=quote, gnum=gnum, gtext=g["text"], adhoc_event=rng.choice(ADHOC_EVENTS["adult"])))
    service = ctx["service"]
    if service == "group":
        body = (f"Intervention: Group peer support, {ctx['group']} ({ctx['group_size']} members, {ctx['minutes']} minutes), "
                f"which I facilitated. The topic was \"{ctx['group_topic']}.\" {rng.choice(GROUP_MOMENTS)}\n\n"
                f"Response: {name} shared that {fill(rng.choice(GROUP_SHARES), ctx)}. {ctx['She']} said, \"{quote}\" {strength}")
        purpose_line = f"{name} chose to come to group today to {purpose}."
    elif service == "family":
        body = (f"Intervention: Family peer support with {name} and {ctx['her_p']} {ctx['relative']}, {setting_phrase(ctx)}, "
                f"{ctx['minutes']} minutes. {' '.join(acts)} {lived}\n\n"
                f"Response: {name} said, \"{quote}\" {ctx['Her_p']} {ctx['relative']} added that it was good to hear {ctx['her_o']} say it. {strength}")
        purpose_line = f"The purpose of today's family session was to {purpose}."
    else:
        body = (f"Intervention: Individual peer support {setting_phrase(ctx)}, {ctx['minutes']} minutes. {' '.join(acts)} {lived}\n\n"
                f"Response: {name} said, \"{quote}\" {strength}")
        purpose_line = f"The purpose of today's {CONTACT_WORD[ctx['setting']]} was to {purpose}."
    plan = rng.choice([
        f"Plan: We will meet on {ctx['next_date']}. This is progress toward Goal {gnum}: {progress}.",
        f"Plan: {name} chose the next step {ctx['herself']}, and we will meet on {ctx['next_date']}. Progress toward Goal {gnum}: {progress}.",
        f"Plan: Next meeting {ctx['next_date']}. {cap(progress)}, a real step toward {ctx['her_p']} goal of {ctx['topic']}.",
    ])
    text = f"{goal_line} {purpose_line}\n\n{body}\n\n{plan}"
    if rng.random() < 0.06:  # now and then even a careful writer slips
        text = text.replace(f"{name} said,", f"Client said,", 1)
    return text


PRE_REFERRALS = [
    "A nurse at the emergency department referred {Name} after a visit last week, and {she} agreed to meet with a peer first.",
    "{Name}'s primary care doctor suggested the program, and {Name} called to ask about peer support.",
    "{Name} heard about the program from a friend at church and walked in to ask about it.",
    "The shelter's case manager passed along {Name}'s number with {her_p} permission to call.",
]
PRE_QUOTES = ["This is different from what I expected, in a good way.", "I've done programs before. They talk at you.",
              "I need to think about it, but I'm leaning yes.", "Can I bring my sister to the intake?"]
PRE_OUTCOMES = ["schedule an intake for next Tuesday", "come back next week with more questions before deciding",
                "schedule an intake and asked me to meet {her_o} in the lobby that morning"]
ADHOC_EVENTS = {"adult": ["a housing court date", "a benefits hearing", "an appointment at the Social Security office"],
                "youth": ["a CSE meeting at {her_p} school", "a meeting with {her_p} probation officer", "a school reinstatement meeting"],
                "family": ["a CSE meeting at {child}'s school", "a family court date", "a meeting with {child}'s teacher"]}
GROUP_SHARES = ["the week had been rough but {she} made it to every appointment", "{she} tried something new since the last group",
                "{her_p} {relative} has been a big support lately", "{she} is nervous about something coming up and wanted ideas"]

DEREK_DX = ["schizoaffective disorder", "bipolar disorder", "major depression", "PTSD", "schizophrenia", "anxiety"]
DEREK_HX = ["hx of multiple inpatient admissions", "hx of alcohol abuse", "hx of med noncompliance",
            "hx of homelessness", "hx of SI"]
DEREK_COMPLAINTS = ["poor sleep", "low energy", "anxiety", "racing thoughts", "side effects", "feeling down",
                    "stress about {word}", "difficulty with {word}"]
DEREK_OBS = ["Client was pleasant and cooperative.", "Pt was pleasant and cooperative, appropriately dressed.",
             "Affect flat.", "Client presented as guarded.", "Client was appropriate throughout session.",
             "Denies SI/HI.", "Pt denies SI/HI, denies AVH.", "Client appears to lack insight into illness."]
DEREK_ASSESS = ["Client is noncompliant with meds and lacks insight.", "Pt remains noncompliant with treatment recommendations.",
                "Client refused to discuss medication.", "Client claims meds are not helping.",
                "Pt is compliant with meds at this time.", "Client continues to be resistant to group.",
                "Client is med compliant per self-report."]
DEREK_PLANS = ["Staff instructed client to take meds as prescribed.", "Staff instructed client to attend all scheduled appointments.",
               "Writer educated client on importance of medication compliance.", "Writer will inform psychiatrist.",
               "Writer will inform therapist of noncompliance.", "Will continue to monitor.", "Client was encouraged to attend group."]


def compose_derek(rng, ctx):
    g = ctx["goal"]
    gnum = g["id"][1:]
    word = THEMES[ctx["theme"]]["word"]
    dx = rng.choice(DEREK_DX)
    complaint = fill(rng.choice(DEREK_COMPLAINTS), dict(ctx, word=word))
    if ctx["preadmission"]:
        return (f"S: Pt referred for intake. Pt c/o {complaint}. Pt states \"{rng.choice(PRE_QUOTES)}\"\n"
                f"O: Pre-admission contact, {ctx['minutes']} min, {setting_phrase(ctx)}. {rng.choice(DEREK_HX).capitalize()}. "
                f"Client was pleasant and cooperative. Denies SI/HI.\n"
                f"A: Purpose of contact was to engage client in services. Client agreed to intake.\n"
                f"P: Intake scheduled. Note to LPHA for co-signature.")
    quote = sentence_pool(rng, ctx, "quotes")[0]
    good = rng.random() < 0.15  # a better day: the person's name and some of their words
    who = ctx["Name"] if good else "Pt"
    if ctx["service"] == "group":
        s = f"S: {who} attended {ctx['group']}. Topic: {ctx['group_topic']}. {who} c/o {complaint}."
        o = (f"O: Group of {ctx['group_size']}, {ctx['minutes']} min, onsite. {rng.choice([x for x in DEREK_OBS if 'appropriate' not in x])} "
             f"Client was appropriate with peers.")
        a = f"A: {rng.choice(DEREK_ASSESS)} Goal {gnum} {rng.choice(['not met', 'not met', 'partially met', 'ongoing'])}."
        p = f"P: Client will continue to attend group. {rng.choice(DEREK_PLANS)}"
        return "\n".join([s, o, a, p])
    where = {"onsite": "in peer office", "offsite": "in community", "telehealth": "via telehealth"}[ctx["setting"]]
    kind = "family session with " + ctx["relative"] if ctx["service"] == "family" else "individual session"
    s = f"S: {who} c/o {complaint}. {who} states \"{quote}\""
    obs = rng.sample(DEREK_OBS, 2)
    o = f"O: {ctx['minutes']} min {kind} {where}. Client suffers from {dx}, {rng.choice(DEREK_HX)}. {' '.join(obs)}"
    if good:
        o += " " + sentence_pool(rng, ctx, "acts")[0]
    a = f"A: {rng.choice(DEREK_ASSESS)} Goal {gnum} ({g['text'].lower()}) {rng.choice(['not met', 'not met', 'partially met', 'progressing slowly'])}."
    plans = rng.sample(DEREK_PLANS, 2)
    p = f"P: {' '.join(plans)} Next appt {ctx['next_date']}."
    return "\n\n".join([s, o, a, p]) if rng.random() < 0.5 else "\n".join([s, o, a, p])


TASHA_MOODS = ["lighter than last week", "proud of {herself}", "focused and funny", "tired but determined",
               "more relaxed once we got going", "really sure of what {she} wants"]


def compose_tasha(rng, ctx):
    name = ctx["Name"]
    quote = sentence_pool(rng, ctx, "quotes")[0]
    q = f"“{quote}”"
    mood = fill(rng.choice(TASHA_MOODS), ctx)
    strength = fill(rng.choice(STRENGTHS), ctx)
    if ctx["preadmission"]:
        return fill(
            "Data: Youth peer support, {minutes} minutes, {where}. {Name} came with {her_p} {relative} after a referral from {her_p} school. "
            "We got bubble tea and {Name} asked me what the program is actually like. I told {her_o} about my own first month.\n\n"
            "Assessment: {Name} seemed curious and a little guarded, which makes sense. {She} said, {q}\n\n"
            "Plan: {Name} will think it over and text me.", dict(ctx, where=setting_phrase(ctx), q=q))
    if ctx["adhoc"]:
        return fill(
            "Data: I went with {Name} to {event} because {she} asked me to be there and {her_p} counselor agreed. "
            "Youth peer support, {minutes} minutes, {where}. {Name} spoke up twice and asked for what {she} needed.\n\n"
            "Assessment: {Name} seemed {mood}. {She} said afterward, {q}\n\n"
            "Plan: Check in with {Name} on {next_date}.",
            dict(ctx, where=setting_phrase(ctx), mood=mood, q=q, event=fill(rng.choice(ADHOC_EVENTS["youth"]), ctx)))
    topic_line = rng.choice([
        "Most of our time went to {topic}.", "We spent the hour on {topic}.", "{Name} wanted to dig into {topic} today.",
        "Today was all about {topic}.",
    ])
    if ctx["service"] == "group":
        data = (f"Data: {name} came to the {ctx['group']} ({ctx['group_size']} young people, {ctx['minutes']} minutes). "
                f"Tonight's topic was “{ctx['group_topic']}.” {rng.choice(GROUP_MOMENTS)} {name} brought up {ctx['topic']} and two others chimed in.")
    elif ctx["service"] == "family":
        data = (f"Data: Youth peer support with {name} and {ctx['her_p']} {ctx['relative']}, {setting_phrase(ctx)}, {ctx['minutes']} minutes. "
                f"{fill(topic_line, ctx)} {sentence_pool(rng, ctx, 'acts')[0]}")
    else:
        data = (f"Data: Youth peer support, {ctx['minutes']} minutes, {setting_phrase(ctx)}. "
                f"{fill(topic_line, ctx)} {' '.join(sentence_pool(rng, ctx, 'acts', rng.choice([1, 2])))}")
    implicit = rng.choice([
        "That's more movement on {topic} than I've seen all season.", "{Name} is clearly serious about {topic}.",
        "{Name} is getting there with {topic}, at {her_p} own pace.", "",
    ])
    assess = f"Assessment: {name} seemed {mood}. {ctx['She']} said, {q} {strength} {fill(implicit, ctx)}".rstrip()
    plan = rng.choice([f"Plan: See {name} again {ctx['next_date']}.", f"Plan: {name} and I will meet {ctx['next_date']}.",
                       f"Plan: Text {name} on Monday; next meeting {ctx['next_date']}."])
    if rng.random() < 0.3:
        data += " " + fill(rng.choice([x for x in STRENGTHS if fill(x, ctx) != strength]), ctx)
    return f"{data}\n\n{assess}\n\n{plan}"


KOFI_OUTINGS = ["the mall", "the bowling alley", "Coney Island", "the movies", "the trampoline park", "the museum"]
KOFI_LOC = {"onsite": "in office", "offsite": "in community", "telehealth": "via phone"}


def compose_kofi(rng, ctx):
    word = THEMES[ctx["theme"]]["word"]
    m = ctx["minutes"]
    loc = KOFI_LOC[ctx["setting"]]
    if ctx["preadmission"]:
        return f"Pre-admission. Met with youth {loc} for {m} min. Youth was appropriate. Discussed program. Will follow up."
    if ctx["service"] == "group":
        return rng.choice([
            f"Youth attended {ctx['group']}. Youth was appropriate with peers. Group topic: {ctx['group_topic']}. Plan: youth will continue to attend group.",
            f"Group. Youth attended and was appropriate. Some acting out at start of group, redirected by staff. Will continue to monitor.",
            f"Youth attended group ({m} min). Youth was non-compliant with group rules (phone). Youth was redirected. Plan: continue group.",
        ])
    if ctx["setting"] == "offsite" and m >= 90:
        return (f"Community outing with youth to {rng.choice(KOFI_OUTINGS)}, {m} min. Youth was appropriate in the community. "
                f"{rng.choice(['Youth was acting out in the van on the way back.', 'Some attention-seeking behavior at lunch.', 'No issues.'])} "
                f"Will continue to monitor.")
    if ctx["service"] == "family":
        return rng.choice([
            f"Family session with youth and {ctx['relative']} {loc}, {m} min. Youth was appropriate. Discussed {word} and rules at home. Will continue to monitor.",
            f"Met with youth and {ctx['relative']} {loc} for {m} min. {ctx['relative'].capitalize()} reports youth is acting out at home. Discussed {word}. Plan: continue.",
        ])
    if rng.random() < 0.15:  # an occasional fuller note
        quote = sentence_pool(rng, ctx, "quotes")[0]
        return (f"Met with {ctx['Name']} {loc} for {m} min. We talked about {word}. {ctx['Name']} said \"{quote}\" "
                f"Youth was appropriate. Plan: continue weekly sessions.")
    return rng.choice([
        f"Met with youth {loc} for {m} min. Youth was appropriate. Discussed {word}. Will continue to monitor.",
        f"Youth seen {loc}. {m} min. Youth was appropriate and cooperative. Talked about {word} and school. Plan: continue weekly sessions.",
        f"Met with youth {loc} ({m} min). Youth was appropriate. Discussed {word}. Youth was acting out at home per family. Will continue to monitor.",
        f"Check-in with youth {loc}, {m} min. Youth appropriate. Discussed {word}. Plan: continue.",
    ])


RAY_ISSUES = ["has been up past midnight most nights", "was sent home from school twice this week",
              "has been refusing to get on the bus", "is having meltdowns after visits", "has not been doing homework",
              "got into a fight at recess"]
RAY_DENIALS = ["any problems at home", "yelling at {child}", "missing the last meeting", "that the school called",
               "being overwhelmed"]
RAY_HEARSAY = ["Reportedly the teacher says {child} is doing better in reading.", "Apparently {child}'s father has not called since March.",
               "Reportedly the caseworker is pleased with the home.", "Apparently {child} has been sleeping in {Name}'s bed."]
RAY_ADMITS = ["{she} has been too tired to keep the bedtime routine", "{she} missed the call from the school",
              "{she} gets short with {child} in the mornings", "{she} has not opened the mail from the district"]
RAY_INSISTS = ["{child} is fine at home", "the school is not listening", "{she} can handle it without help",
               "the evaluation is wrong about {child}"]


def compose_ray(rng, ctx):
    g = ctx["goal"]
    gnum = ctx.get("goal_num_override") or g["id"][1:]
    name = ctx["Name"]
    verb = rng.choice(["claims", "reports", "claims", "states"])
    behavior = (f"Behavior: {name} {verb} that {ctx['child']} {rng.choice(RAY_ISSUES)}. "
                f"{ctx['She']} denies {fill(rng.choice(RAY_DENIALS), ctx)}. {fill(rng.choice(RAY_HEARSAY), ctx)}")
    if ctx["preadmission"]:
        return fill(
            "Behavior: {Name} called after a referral from {child}'s school. {She} claims {child} {issue}.\n"
            "Intervention: Pre-admission family peer support {where}, {minutes} min. Writer explained the program.\n"
            "Response: {Name} insists {she} just needs help with the school.\n"
            "Plan: Writer will call back next week.",
            dict(ctx, where=setting_phrase(ctx), issue=rng.choice(RAY_ISSUES)))
    if ctx["adhoc"]:
        return fill(
            "Behavior: {Name} called to say the school scheduled a meeting about {child}.\n"
            "Intervention: Writer attended {event} with {Name}, {minutes} min, {where}. Writer sat with {Name} while the team "
            "went over the report.\n"
            "Response: {Name} admits {admit}. {She} said, \"{q}\"\n"
            "Plan: Writer will follow up on {next_date}.",
            dict(ctx, where=setting_phrase(ctx), event=fill(rng.choice(ADHOC_EVENTS["family"]), ctx),
                 admit=fill(rng.choice(RAY_ADMITS), ctx), q=sentence_pool(rng, ctx, "quotes")[0]))
    kind = {"family": "Family peer support", "individual": "Individual peer support", "group": "Group"}[ctx["service"]]
    if ctx["service"] == "group":
        interv = (f"Intervention: {ctx['group']}, {ctx['group_size']} parents, {ctx['minutes']} min, {setting_phrase(ctx)}. "
                  f"Topic: {ctx['group_topic']}. Writer co-facilitated. Goal {gnum}: \"{g['text']}\".")
    else:
        interv = (f"Intervention: {kind} {setting_phrase(ctx)}, {ctx['minutes']} min. Writer reviewed Goal {gnum} "
                  f"(\"{g['text']}\") with {name}. {sentence_pool(rng, ctx, 'acts')[0]}")
    resp = rng.choice([
        f"Response: {name} admits {fill(rng.choice(RAY_ADMITS), ctx)}. {ctx['She']} said, \"{sentence_pool(rng, ctx, 'quotes')[0]}\"",
        f"Response: {name} insists {fill(rng.choice(RAY_INSISTS), ctx)}. {ctx['She']} said, \"{sentence_pool(rng, ctx, 'quotes')[0]}\"",
        f"Response: {name} was receptive. {ctx['She']} admits {fill(rng.choice(RAY_ADMITS), ctx)}.",
    ])
    plan = rng.choice([f"Plan: Writer will follow up by phone on {ctx['next_date']}.",
                       f"Plan: Writer will follow up on {ctx['next_date']}. Continue family peer support per plan.",
                       f"Plan: Next contact {ctx['next_date']}."])
    return "\n\n".join([behavior, interv, resp, plan])


JAN_STIGMA = [
    "{Name} is a recovering addict with a long history of substance abuse and has been clean since {month}.",
    "{Name} has a history of substance abuse and reports {she} is still clean.",
    "{Name} relapsed over the holiday weekend but says {she} is clean again now.",
    "{Name}'s last urine was dirty, and {she} was in denial about it at first.",
    "{Name} can be manipulative when the topic of {child}'s father comes up.",
    "{Name} is an addict in recovery and was open about cravings this week.",
    "Per the CPS worker, {Name} has been drug-seeking at the ER in the past.",
]


def compose_janelle(rng, ctx):
    g = ctx["goal"]
    gnum = g["id"][1:]
    name = ctx["Name"]
    stigma = fill(rng.choice(JAN_STIGMA), dict(ctx, month=rng.choice(["November", "December", "January", "February"])))
    if ctx["preadmission"]:
        group = ctx["service"] == "group"
        what = (f"{name} came to the {ctx['group']} ({ctx['group_size']} parents, {ctx['minutes']} minutes) before {ctx['her_p']} intake"
                if group else f"Pre-admission individual peer support, {ctx['minutes']} minutes, {setting_phrase(ctx)}")
        return (f"{what}. {fill(rng.choice(PRE_REFERRALS), ctx)} {stigma} The purpose of the contact was to help {name} "
                f"decide whether to enroll in family peer support.\n\n"
                f"{name} said, \"{rng.choice(PRE_QUOTES)}\" {ctx['She']} asked how the program works with CPS.\n\n"
                f"Outcome: {name} {fill(rng.choice(PRE_OUTCOMES), ctx)}.")
    quote = sentence_pool(rng, ctx, "quotes")[0]
    acts = " ".join(sentence_pool(rng, ctx, "acts", rng.choice([1, 2])))
    progress = sentence_pool(rng, ctx, "progress")[0]
    purpose = sentence_pool(rng, ctx, "purposes")[0]
    strength = fill(rng.choice(STRENGTHS), ctx)
    if ctx["service"] == "group":
        opener = (f"{name} attended the {ctx['group']} ({ctx['group_size']} parents, {ctx['minutes']} minutes, group peer support). "
                  f"The topic was \"{ctx['group_topic']}.\" {rng.choice(GROUP_MOMENTS)}")
    elif ctx["service"] == "family":
        opener = (f"Family peer support with {name} and {ctx['child']}, {setting_phrase(ctx)}, {ctx['minutes']} minutes. "
                  f"The purpose was to {purpose}, which is Goal {gnum} on {ctx['her_p']} plan (\"{g['text']}\").")
    else:
        opener = (f"{name} and I met {setting_phrase(ctx)} for {ctx['minutes']} minutes of individual peer support. "
                  f"The purpose was to {purpose}, Goal {gnum} (\"{g['text']}\").")
    if rng.random() < 0.35:  # DAP days
        return (f"Data: {opener} {stigma} {acts}\n\n"
                f"Assessment: {name} said, \"{quote}\" {strength}\n\n"
                f"Plan: Next session {ctx['next_date']}. Progress toward Goal {gnum}: {progress}.")
    tail = rng.choice([f"This is progress toward Goal {gnum}: {progress}.", f"Progress: {progress}.",
                       f"{cap(progress)}, which is progress on Goal {gnum}."])
    return f"{opener} {stigma}\n\n{acts} {name} said, \"{quote}\" {strength}\n\n{tail} We meet again {ctx['next_date']}."


COMPOSERS = {"marisol": compose_marisol, "derek": compose_derek, "tasha": compose_tasha,
             "kofi": compose_kofi, "ray": compose_ray, "janelle": compose_janelle}

# --------------------------------------------------------------------------------------------
# People, plans and the schedule of services
# --------------------------------------------------------------------------------------------


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


WEEKDAYS = weekdays()


def make_goals(rng, program, extra, pron):
    k = 3 if rng.random() < 0.4 else 2
    themes = rng.sample(THEMES_BY_PROGRAM[program], k)
    goals = []
    child = extra[1] if extra else ""
    rel = extra[0] if extra else ""
    for i, key in enumerate(themes):
        variant = rng.choice(THEMES[key]["variants"])
        ctx = dict(pronouns(pron), child=child, rel=rel)
        goals.append({"id": f"G{i + 1}", "theme": key, "text": fill(variant[0], ctx),
                      "own_words": fill(variant[1], ctx), "topic_t": variant[2],
                      "relative": variant[3] if len(variant) > 3 else None})
    return goals


def build_people(rng):
    people = []
    by_program = {p: [] for p in PROGRAMS}
    for name, pron, program, extra in PEOPLE:
        by_program[program].append((name, pron, program, extra))
    peers_by_program = {p: [peer for peer in PEERS if peer["program"] == p] for p in PROGRAMS}
    for program, members in by_program.items():
        peers = peers_by_program[program]
        for i, (name, pron, _, extra) in enumerate(members):
            peer = peers[i % 2]
            rank = i // 2  # 0..7 within the peer
            goals = make_goals(rng, program, extra, pron)
            relative = rng.choice(RELATIVES.get(program, ["partner"])) if program != "family" else (extra[0] if extra else "child")
            people.append({
                "name": name, "slug": slugify(name), "first": name.split()[0], "pron": pron, "program": program,
                "child": extra[1] if extra else "", "child_rel": extra[0] if extra else "",
                "peer": peer, "other_peer": peers[(i + 1) % 2], "rank": rank,
                "out": "folder" if rank < 3 else "csv", "goals": goals, "relative": relative,
                "inline": rng.random() < 0.5, "client_id": f"C{20400 + len(people) * 7 + rng.randrange(7):05d}",
            })
    return people


def allocate(total, people, rng):
    weights = [rng.uniform(0.55, 1.5) for _ in people]
    s = sum(weights)
    counts = [max(6, round(total * w / s)) for w in weights]
    while sum(counts) > total:
        i = max(range(len(counts)), key=lambda j: counts[j])
        counts[i] -= 1
    while sum(counts) < total:
        i = min(range(len(counts)), key=lambda j: counts[j])
        counts[i] += 1
    return counts


def pick(rng, weights):
    r, acc = rng.random(), 0.0
    for k, w in weights.items():
        acc += w
        if r < acc:
            return k
    return k


GROUP_SESSIONS = {}


def group_session(rng_seed, peer, date):
    """One group meeting: the same size, minutes, topic and modifier for every attendee's note."""
    key = (peer["name"], date)
    if key not in GROUP_SESSIONS:
        r = random.Random(f"{SEED}-{peer['name']}-{date.isoformat()}")
        style = peer["style"]
        size = {"marisol": (5, 10), "derek": (8, 12), "tasha": (4, 11), "kofi": (6, 12), "ray": (4, 8), "janelle": (5, 10)}[style]
        n = r.randint(*size)
        if style == "derek" and r.random() < 0.35:
            n = r.choice([13, 14])
        modifier = "HQ"
        if style == "tasha" and r.random() < 0.5:
            modifier = None
        if style == "kofi" and r.random() < 0.2:
            modifier = None
        GROUP_SESSIONS[key] = {
            "size": n, "modifier": modifier, "minutes": r.choice([60, 60, 75, 90]),
            "topic": r.choice(GROUP_TOPICS[peer["program"]]),
            "omit_size": style == "kofi" and r.random() < 0.25,
            "setting": "telehealth" if style == "ray" and r.random() < 0.3 else "onsite",
        }
    return GROUP_SESSIONS[key]


def minutes_for(rng, style, service, setting):
    if style == "marisol":
        if service == "individual" and setting == "telehealth" and rng.random() < 0.6:
            return rng.randint(10, 14)
        return rng.choice([30, 45, 45, 60, 60, 75])
    if style == "derek":
        return rng.choice([30, 30, 45, 60])
    if style == "tasha":
        return rng.choice([45, 60, 60, 75, 90])
    if style == "kofi":
        if setting == "offsite" and rng.random() < 0.5:
            return rng.choice([90, 105, 120])
        return rng.choice([30, 30, 45, 60])
    if style == "ray":
        return rng.choice([20, 25, 30, 30, 45, 60]) if setting == "telehealth" else rng.choice([30, 45, 60])
    return rng.choice([45, 60, 60, 75, 90])


def make_service(rng, person, peer, date, service=None, preadmission=False):
    style = peer["style"]
    service = service or pick(rng, peer["mix"])
    if preadmission and service == "group":
        service = "individual"
    s = {"person": person, "peer": peer, "date": date, "service": service, "preadmission": preadmission,
         "adhoc": False, "plant": [], "cosign": None, "omit_setting": False, "goal_num_override": None}
    if service == "group":
        sess = group_session(SEED, peer, date)
        s.update(setting=sess["setting"], minutes=sess["minutes"], group_size=None if sess["omit_size"] else sess["size"],
                 group_size_true=sess["size"], modifier=sess["modifier"], group_topic=sess["topic"])
    else:
        setting = pick(rng, peer["setting"])
        if style == "marisol" and service == "individual" and rng.random() < 0.1:
            setting = "telehealth"
        s.update(setting=setting, minutes=minutes_for(rng, style, service, setting), group_size=None, modifier=None,
                 group_topic=None)
        if style == "kofi" and rng.random() < 0.25:
            s["omit_setting"] = True
    if preadmission:
        s["cosign"] = PROGRAMS[person["program"]]["lpha"]
    s["goal"] = rng.choice(person["goals"])
    s["place"] = fill(rng.choice(THEMES[s["goal"]["theme"]]["places"]), ctx_base(person))
    return s


def ctx_base(person):
    c = dict(pronouns(person["pron"]))
    c.update(Name=person["first"], child=person["child"] or "the kids", relative=person["relative"])
    return c


def group_day(date, weekday):
    """The date of the peer's group in the week of `date`, or None on a holiday."""
    g = date + dt.timedelta(days=weekday - date.weekday())
    if g < START or g > END or g in HOLIDAYS:
        return None
    return g


def schedule(rng, people, counts):
    services = []
    for person, n in zip(people, counts):
        pre = person.get("pre", [])
        start = person.get("start", 0)
        pool = list(range(start, len(WEEKDAYS)))
        days = sorted(rng.sample(pool, min(n, len(pool))))
        used = set()
        for idx, day in enumerate(days):
            date = WEEKDAYS[day]
            is_pre = idx < len(pre)
            peer = person["peer"] if is_pre or rng.random() < 0.85 else person["other_peer"]
            service = pre[idx][0] if is_pre else None
            if service is None:
                service = pick(rng, peer["mix"])
            if service == "group" and not is_pre:
                g = group_day(date, peer["group_day"])
                if g is None or g in used:
                    service = "individual"
                else:
                    date = g
            elif service == "group" and is_pre:
                g = group_day(date, peer["group_day"])
                if g and g not in used:
                    date = g
            if date in used:
                continue
            used.add(date)
            s = make_service(rng, person, peer, date, service, preadmission=is_pre)
            if is_pre:
                s["service"] = pre[idx][0]
                if s["service"] == "group":
                    sess = group_session(SEED, peer, date)
                    s.update(setting="onsite", minutes=sess["minutes"], group_size=sess["size"], group_size_true=sess["size"],
                             modifier=sess["modifier"], group_topic=sess["topic"])
                s["cosign"] = PROGRAMS[person["program"]]["lpha"] if pre[idx][1] else None
                s["plant"].append("preadmission")
            services.append(s)
        person["used_dates"] = used
    return services


def plan_people(people):
    """Choose who carries the planted situations (by peer and rank, so it is stable)."""
    by = {}
    for p in people:
        by.setdefault((p["peer"]["style"], p["rank"]), p)
    plants = {
        # pre-admission: list of (service, cosigned?) for the first contacts; start = first weekday index
        ("marisol", 1): {"pre": [("individual", True), ("individual", True)], "start": 25},
        ("janelle", 0): {"pre": [("individual", False), ("group", True), ("individual", True)], "start": 30},
        ("tasha", 1): {"pre": [("individual", True)], "start": 20},
        ("marisol", 3): {"pre": [("individual", True), ("individual", True)], "start": 40},
        ("janelle", 4): {"pre": [("group", False), ("individual", True)], "start": 35},
        ("derek", 3): {"pre": [("individual", True)], "start": 15},
        ("ray", 3): {"pre": [("family", False)], "start": 45},
    }
    for key, spec in plants.items():
        if key in by:
            by[key].update(spec)
    return by


def add_same_day(rng, services, person, peer, base, service, minutes, plant):
    s = make_service(rng, person, peer, base["date"], service)
    if service == "group":
        # the planted day is about units only: make the whole session a clean, long group
        sess = group_session(SEED, peer, base["date"])
        sess.update(minutes=minutes, size=min(sess["size"], 12), modifier="HQ", omit_size=False, setting="onsite")
        for other in services:
            if other["service"] == "group" and other["peer"] is peer and other["date"] == base["date"]:
                other.update(minutes=minutes, group_size=sess["size"], group_size_true=sess["size"], modifier="HQ", setting="onsite")
        s.update(minutes=minutes, group_size=sess["size"], group_size_true=sess["size"], modifier="HQ", setting="onsite")
    else:
        s["minutes"] = minutes
        s["setting"] = "offsite" if service == "individual" else s["setting"]
        s["omit_setting"] = False
    s["plant"].append(plant)
    services.append(s)
    return s


def plant_extras(rng, services, by):
    """Same-day stacks (over and exactly at 12 units), ad-hoc services, goal numbers not on the plan."""
    def mid_service(person, service_kind=None):
        cands = [s for s in services if s["person"] is person and not s["preadmission"]
                 and (service_kind is None or s["service"] == service_kind)]
        cands.sort(key=lambda s: s["date"])
        return cands[len(cands) // 2] if cands else None

    def stack(person, first_peer, first_minutes, second_peer, second_service, second_minutes, plant, third=None):
        base = mid_service(person, "individual") or mid_service(person)
        if second_service == "group":
            mine = sorted((s for s in services if s["person"] is person and not s["preadmission"]
                           and s["service"] != "group" and not s["plant"]), key=lambda s: s["date"])
            on_day = [s for s in mine if s["date"].weekday() == second_peer["group_day"]]
            if on_day:
                base = on_day[len(on_day) // 2]
            else:
                for cand in mine[len(mine) // 2:] + mine[:len(mine) // 2]:
                    g = group_day(cand["date"], second_peer["group_day"])
                    if g and g not in person["used_dates"]:
                        person["used_dates"].discard(cand["date"])
                        person["used_dates"].add(g)
                        cand["date"] = g
                        base = cand
                        break
        base["service"], base["minutes"], base["setting"] = "individual", first_minutes, "offsite"
        base["group_size"] = base["modifier"] = base["group_topic"] = None
        base["peer"], base["omit_setting"] = first_peer, False
        base["plant"].append(plant)
        add_same_day(rng, services, person, second_peer, base, second_service, second_minutes, plant)
        if third:
            add_same_day(rng, services, person, third[0], base, third[1], third[2], plant)

    peers = {p["style"]: p for p in PEERS}
    # folder: two Kofi stacks, one across peers (Marisol + Derek's group), one at exactly 12 units
    stack(by[("kofi", 0)], peers["kofi"], 120, peers["kofi"], "group", 90, "day-over-12")
    stack(by[("kofi", 1)], peers["kofi"], 105, peers["kofi"], "family", 90, "day-over-12")
    stack(by[("marisol", 0)], peers["marisol"], 75, peers["derek"], "group", 120, "day-over-12")
    stack(by[("tasha", 0)], peers["tasha"], 90, peers["kofi"], "group", 90, "day-exactly-12")
    # csv: Kofi (the two rows carry the date in different formats), Janelle over three rows, Derek exactly 12
    stack(by[("kofi", 3)], peers["kofi"], 120, peers["kofi"], "group", 75, "day-over-12-mixed-date-formats")
    stack(by[("janelle", 3)], peers["janelle"], 90, peers["janelle"], "family", 90, "day-over-12",
          third=(peers["janelle"], "individual", 30))
    stack(by[("derek", 4)], peers["derek"], 60, peers["derek"], "group", 120, "day-exactly-12")
    # ad-hoc services (folder only: the CSV has no column for it)
    for key, with_reason in ((("tasha", 2), True), (("ray", 0), False), (("marisol", 2), True)):
        s = mid_service(by[key], "individual") or mid_service(by[key])
        s["adhoc"], s["service"], s["peer"] = True, "individual", by[key]["peer"]
        s["group_size"] = s["modifier"] = s["group_topic"] = None
        if s["minutes"] < 30:
            s["minutes"] = 60
        if s["setting"] == "telehealth":
            s["setting"] = "offsite"
        s["plant"].append("adhoc-with-reason" if with_reason else "adhoc-without-reason")
    # goal numbers not on the plan (Ray, folder): "Goal 3" on a two-goal plan
    person = by[("ray", 1)]
    if len(person["goals"]) == 2:
        pass
    else:
        person["goals"] = person["goals"][:2]
        for s in services:
            if s["person"] is person and s["goal"]["id"] == "G3":
                s["goal"] = person["goals"][0]
    mine = sorted((s for s in services if s["person"] is person and s["peer"]["style"] == "ray"
                   and not s["adhoc"] and not s["preadmission"] and not s["plant"]), key=lambda s: s["date"])
    for s in {id(x): x for x in (mine[len(mine) // 3], mine[2 * len(mine) // 3])}.values():
        s["goal_num_override"] = "3"
        s["plant"].append("goal-not-on-plan")


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def note_ctx(rng, s):
    person = s["person"]
    g = s["goal"]
    c = ctx_base(person)
    if g.get("relative"):
        c["relative"] = g["relative"]
    c["topic"] = fill(g["topic_t"], c)
    nxt = s["date"] + dt.timedelta(days=rng.choice([7, 7, 7, 14]))
    c.update(goal=g, goals=person["goals"], theme=g["theme"], minutes=s["minutes"], service=s["service"],
             setting=s["setting"], place=s["place"], group=s["peer"]["group"], group_size=s.get("group_size_true") or s.get("group_size"),
             group_topic=s.get("group_topic"), next_date=long_date(nxt), preadmission=s["preadmission"], adhoc=s["adhoc"],
             n2=rng.randint(2, 5), rng_choice=rng.choice, goal_num_override=s.get("goal_num_override"),
             Full=person["name"])
    return c


def render_text(rng, s):
    return COMPOSERS[s["peer"]["style"]](rng, note_ctx(rng, s))


def yq(value):
    """A YAML scalar: plain when safe, double-quoted otherwise."""
    s = str(value)
    safe = s and all(ch.isalnum() or ch in " .,'-/" for ch in s) and not s[0] in "'-" and ": " not in s \
        and s.lower() not in ("yes", "no", "true", "false", "null", "on", "off", "y", "n")
    if safe and not s[0].isdigit():
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(s, note_id):
    person = s["person"]
    lines = ["---", f"id: {note_id}", f"person: {yq(person['name'])}", f"peer: {yq(s['peer']['name'])}",
             f"date: {s['date'].isoformat()}", f"program: {yq(PROGRAMS[person['program']]['name'])}",
             f"service: {s['service']}"]
    if not s["omit_setting"]:
        lines.append(f"setting: {s['setting']}")
    lines.append(f"minutes: {s['minutes']}")
    if s["service"] == "group" and s.get("group_size"):
        lines.append(f"group_size: {s['group_size']}")
    if s["service"] == "group" and s.get("modifier"):
        lines.append(f"modifier: {s['modifier']}")
    lines.append(f"preadmission: {'true' if s['preadmission'] else 'false'}")
    if s["cosign"]:
        lines.append(f"lpha_cosign: {yq(s['cosign'])}")
    if s["adhoc"]:
        lines.append("adhoc: true")
    if not s["preadmission"]:
        if person["inline"]:
            items = ", ".join(f'{{id: {g["id"]}, text: {dq(g["text"])}}}' for g in person["goals"])
            lines.append(f"goals: [{items}]")
        else:
            lines.append(f"plan: ../plans/{person['slug']}.yml")
    lines.append("---")
    return "\n".join(lines) + "\n"


def dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_plan(path, person):
    lines = ["# Synthetic person for PeerNote's caseload; not a real individual.",
             f"person: {yq(person['name'])}", f"program: {yq(PROGRAMS[person['program']]['name'])}", "goals:"]
    for g in person["goals"]:
        lines += [f"  - id: {g['id']}", f"    text: {dq(g['text'])}", f"    own_words: {dq(g['own_words'])}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CSV_COLUMNS = ["NoteID", "StaffName", "ClientName", "ClientID", "ServiceDate", "Program", "ServiceType", "Location",
               "DurationMinutes", "GroupSize", "Modifier", "PreAdmission", "CosignedBy", "GoalText", "NoteText"]
NUMERIC = {"DurationMinutes", "GroupSize"}
LOCATION = {"onsite": "Onsite", "offsite": "Community", "telehealth": "Telehealth"}


def csv_field(col, value):
    if col in NUMERIC and (value == "" or str(value).isdigit()):
        return str(value)
    return '"' + str(value).replace('"', '""') + '"'


def csv_row(values):
    return ",".join(csv_field(c, v) for c, v in zip(CSV_COLUMNS, values)) + "\r\n"


def us_date(d, short):
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}" if short else f"{d.month}/{d.day}/{d.year}"


def csv_values(rng, s, note_id, text, short_date):
    person = s["person"]
    g = s["goal"]
    if s["preadmission"]:
        goal_text = ""
    else:
        r = rng.random()
        goal_text = g["text"] if r < 0.65 else (f"Goal {g['id'][1:]}: {g['text']}" if r < 0.9 else f"{g['id']} - {g['text']}")
        if s["peer"]["style"] in ("kofi", "derek") and rng.random() < 0.12:
            goal_text = ""
    return [note_id, s["peer"]["name"], person["name"], person["client_id"], us_date(s["date"], short_date),
            PROGRAMS[person["program"]]["name"], SERVICE_WORDS[s["service"]], LOCATION[s["setting"]], s["minutes"],
            (s.get("group_size") or "") if s["service"] == "group" else "",
            (s.get("modifier") or "") if s["service"] == "group" else "",
            "Y" if s["preadmission"] else "N", s["cosign"] or "", goal_text, text.replace("\n", "\r\n") if s["peer"]["style"] == "derek" else text]


# --------------------------------------------------------------------------------------------
# Expected billing problems (computed from the rules in the README, for planted.yml)
# --------------------------------------------------------------------------------------------


def billing_issues(s):
    out = []
    if s["minutes"] < 15:
        out.append("billing-under-15-minutes")
    if s["service"] == "group":
        if s.get("group_size") and s["group_size"] > 12:
            out.append("billing-group-size")
        if not s.get("group_size"):
            out.append("billing-group-size-missing")
        if (s.get("modifier") or "").upper() != "HQ":
            out.append("billing-group-modifier")
    if s["preadmission"]:
        if s["service"] == "group":
            out.append("billing-preadmission-group")
        if not s["cosign"]:
            out.append("billing-preadmission-cosign")
    return out


# --------------------------------------------------------------------------------------------
# The caseload
# --------------------------------------------------------------------------------------------


def generate_caseload(out_dir):
    rng = random.Random(SEED)
    GROUP_SESSIONS.clear()
    people = build_people(rng)
    by = plan_people(people)
    folder_people = [p for p in people if p["out"] == "folder"]
    csv_people = [p for p in people if p["out"] == "csv"]
    # the planted same-day stacks add notes: 5 to the folder (2+2+2+2 -> +4 ... computed below), so aim a bit lower
    extra_folder, extra_csv = 4, 4
    counts_f = allocate(FOLDER_NOTES - extra_folder, folder_people, rng)
    counts_c = allocate(CSV_NOTES - extra_csv, csv_people, rng)
    services = schedule(rng, folder_people, counts_f) + schedule(rng, csv_people, counts_c)
    plant_extras(rng, services, by)
    # top up or trim to the exact totals (schedule() may drop a date that collided with a group day)
    for target, who in ((FOLDER_NOTES, "folder"), (CSV_NOTES, "csv")):
        mine = [s for s in services if s["person"]["out"] == who]
        while len(mine) < target:
            person = rng.choice([p for p in people if p["out"] == who])
            free = [d for d in WEEKDAYS[person.get("start", 0) + len(person.get("pre", [])) * 3:]
                    if d not in person["used_dates"]]
            d = rng.choice(free)
            person["used_dates"].add(d)
            s = make_service(rng, person, person["peer"], d, "individual")
            services.append(s)
            mine.append(s)
        while len(mine) > target:
            victim = rng.choice([s for s in mine if not s["plant"] and not s["preadmission"]])
            services.remove(victim)
            mine.remove(victim)

    out_dir = Path(out_dir)
    # Plans live inside the notes' folder: PeerNote reads a plan only from the folder it was given.
    if (out_dir / "notes").exists():
        shutil.rmtree(out_dir / "notes")
    (out_dir / "notes" / "plans").mkdir(parents=True, exist_ok=True)
    for p in people:
        write_plan(out_dir / "notes" / "plans" / f"{p['slug']}.yml", p)

    # folder notes, in date order
    folder = sorted((s for s in services if s["person"]["out"] == "folder"),
                    key=lambda s: (s["date"], s["peer"]["name"], s["person"]["name"], s["minutes"]))
    seq = {}
    planted = []
    for i, s in enumerate(folder, 1):
        note_id = f"cl-{i:04d}"
        key = (s["person"]["slug"], s["date"])
        seq[key] = seq.get(key, 0) + 1
        rel = f"notes/{slugify(s['peer']['name'])}/{s['date'].isoformat()}-{s['person']['slug']}-{seq[key]}.txt"
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        text = render_text(rng, s)
        path.write_text(front_matter(s, note_id) + text + "\n", encoding="utf-8")
        s["id"], s["where"] = note_id, rel
        issues = billing_issues(s) + [p for p in s["plant"] if p != "preadmission"]
        if issues or s["preadmission"]:
            planted.append((note_id, rel, s, issues))

    # EHR export
    rows = sorted((s for s in services if s["person"]["out"] == "csv"),
                  key=lambda s: (s["date"], s["peer"]["name"], s["person"]["name"], s["minutes"]))
    note_num = 7730012
    records = []
    mixed_done = False
    for s in rows:
        note_num += rng.randint(1, 37)
        text = render_text(rng, s)
        short = s["service"] == "group" or rng.random() < 0.1
        if "day-over-12-mixed-date-formats" in s["plant"]:
            short = mixed_done
            mixed_done = True
        values = csv_values(rng, s, str(note_num), text, short)
        s["id"] = str(note_num)
        records.append((values, s))
        issues = billing_issues(s) + [p for p in s["plant"] if p != "preadmission"]
        if issues or s["preadmission"]:
            planted.append((str(note_num), "export.csv", s, issues))

    bad = insert_bad_rows(rng, records)
    lines = ["\ufeff" + ",".join(f'"{c}"' for c in CSV_COLUMNS) + "\r\n"]
    line_no = 2
    bad_report = []
    first_line = {}
    for values, s, problem in bad:
        row = raw_bad_row(values, problem) if problem in ("wrong-field-count-14", "wrong-field-count-16") else csv_row(values)
        if problem:
            bad_report.append({"line": line_no, "row": len(lines), "note_id": values[0], "problem": problem})
            if problem == "duplicate-note-id":
                bad_report[-1]["first_line"] = first_line[values[0]]
        else:
            s["where"] = f"export.csv:{line_no}"
            first_line.setdefault(values[0], line_no)
        lines.append(row)
        line_no += row.count("\n")
    with open(out_dir / "export.csv", "w", encoding="utf-8", newline="") as f:
        f.write("".join(lines))
    write_mapping(out_dir)
    write_bad_rows(out_dir, bad_report)
    write_planted(out_dir, planted, services)
    write_readme(out_dir, people, services, bad_report, planted)
    return people, services, bad_report


BAD_KINDS = [
    (57, "wrong-field-count-14"),
    (133, "unparseable-date"),
    (201, "duplicate-note-id"),
    (289, "empty-note-text"),
    (366, "wrong-field-count-16"),
]


def insert_bad_rows(rng, records):
    """The good rows plus five bad ones at fixed record positions (1-based, header not counted)."""
    out = [(v, s, None) for v, s in records]
    for position, kind in BAD_KINDS:
        template_values, template_s = records[(position * 7) % len(records)]
        v = list(template_values)
        if kind == "duplicate-note-id":
            original = out[position - 40][0]
            v = list(original)
            v[-1] = "ADDENDUM: " + v[-1].split("\n")[0] + "\nLate entry; see original note."
        else:
            v[0] = str(8800000 + position)
        if kind == "unparseable-date":
            v[4] = "13/45/2026"
        if kind == "empty-note-text":
            v[-1] = ""
        out.insert(position - 1, (v, template_s, kind))
    return out


def raw_bad_row(values, problem):
    v = list(values)
    if problem == "wrong-field-count-14":
        del v[10]  # the Modifier column went missing in this row
        cols = CSV_COLUMNS[:10] + CSV_COLUMNS[11:]
    else:
        v.append("Electronically signed")
        cols = CSV_COLUMNS + ["Signature"]
    return ",".join(csv_field(c, x) for c, x in zip(cols, v)) + "\r\n"


def write_mapping(out_dir):
    text = """# How export.csv's columns map to PeerNote's note fields (field: column).
# Dates in ServiceDate are US style: M/D/YYYY, and MM/DD/YY on some rows (group rows and a few others).
# ServiceType is Individual/Group/Family; Location is Onsite/Community/Telehealth (Community = offsite);
# PreAdmission is Y/N; CosignedBy is empty when nobody co-signed. ClientID is also in the file if a
# report would rather key people by id than by name.
id: NoteID
text: NoteText
peer: StaffName
person: ClientName
date: ServiceDate
program: Program
service: ServiceType
setting: Location
minutes: DurationMinutes
group_size: GroupSize
modifier: Modifier
preadmission: PreAdmission
lpha_cosign: CosignedBy
goal: GoalText
"""
    (out_dir / "export-mapping.yml").write_text(text, encoding="utf-8")


BAD_DESCRIPTIONS = {
    "wrong-field-count-14": "14 fields instead of 15: the Modifier column is missing from this row",
    "unparseable-date": "ServiceDate is 13/45/2026, which is not a date",
    "duplicate-note-id": "the NoteID repeats an earlier row (an addendum exported under the same id); keep the first, skip this one",
    "empty-note-text": "NoteText is empty",
    "wrong-field-count-16": "16 fields instead of 15: a stray Signature field after NoteText",
}


def describe_bad(b):
    text = BAD_DESCRIPTIONS[b["problem"]]
    if "first_line" in b:
        text = text.replace("an earlier row", f"the row at line {b['first_line']}")
    return text


def write_bad_rows(out_dir, bad_report):
    lines = ["# Rows of export.csv that are bad on purpose, for a reader's \"skipped\" report.",
             "# line: the physical line of export.csv where the row starts (the header is line 1);",
             "# row: the data row's number, counting from 1 after the header (the header is not a row).",
             "# Every other row parses with Python's csv module into the 15 header columns.",
             "rows:"]
    for b in bad_report:
        lines += [f"  - line: {b['line']}", f"    row: {b['row']}", f"    note_id: \"{b['note_id']}\"",
                  f"    problem: {b['problem']}", f"    what: {dq(describe_bad(b))}"]
    (out_dir / "export-bad-rows.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_planted(out_dir, planted, services):
    lines = ["# What was built into the caseload on purpose, so a caseload report can be checked against it.",
             "# Generated by Scripts/generate-caseload.py; every person here is synthetic.", "peers:"]
    for peer in PEERS:
        lines.append(f"  - name: {peer['name']}")
        lines.append(f"    program: {PROGRAMS[peer['program']]['name']}")
        lines.append(f"    format: {peer['format']}")
        lines.append("    habits:")
        for h in peer["habits"]:
            lines.append(f"      - {dq(h)}")
        lines.append("    expect:")
        for k, v in peer["expect"].items():
            lines.append(f"      {k}: {dq(v)}")
    # person-days over the limit (and at it), by output
    days = {}
    for s in services:
        if s["minutes"] >= 15:
            days.setdefault((s["person"]["out"], s["person"]["name"], s["date"]), []).append(s)
    lines.append("person_days:  # total units for one person on one day, when more than one note shares the day")
    for (out, person, date), ss in sorted(days.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1])):
        if len(ss) < 2:
            continue
        units = sum(x["minutes"] // 15 for x in ss)
        lines.append(f"  - {{where: {out}, person: {dq(person)}, date: {date.isoformat()}, units: {units}, "
                     f"over_limit: {'true' if units > 12 else 'false'}, notes: [{', '.join(dq(i) for i in sorted(x['id'] for x in ss))}]}}")
    lines.append("notes:  # billing findings each note should get from its own metadata, plus other plants")
    for note_id, where, s, issues in sorted(planted, key=lambda t: (t[1] != "export.csv", t[0])):
        tags = issues + (["preadmission"] if s["preadmission"] else [])
        lines.append(f"  - {{id: {dq(note_id)}, where: {dq(s.get('where', where))}, peer: {dq(s['peer']['name'])}, "
                     f"expect: [{', '.join(tags)}]}}")
    (out_dir / "planted.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_readme(out_dir, people, services, bad_report, planted):
    folder = [s for s in services if s["person"]["out"] == "folder"]
    csvs = [s for s in services if s["person"]["out"] == "csv"]
    def count(ss, **kw):
        return sum(1 for s in ss if all(s.get(k) == v for k, v in kw.items()))
    per_peer = []
    for peer in PEERS:
        f = sum(1 for s in folder if s["peer"] is peer)
        c = sum(1 for s in csvs if s["peer"] is peer)
        per_peer.append(f"| {peer['name']} | {PROGRAMS[peer['program']]['name']} | {peer['format']} | {f} | {c} |")
    habits = []
    for peer in PEERS:
        habits.append(f"**{peer['name']}** ({PROGRAMS[peer['program']]['name']}, {peer['format']})\n")
        for h in peer["habits"]:
            habits.append(f"- {h}")
        habits.append("")
    bad_lines = [f"| {b['line']} | {b['row']} | {b['note_id']} | {describe_bad(b)} |" for b in bad_report]
    over = {}
    for s in services:
        over.setdefault((s["person"]["out"], s["person"]["name"], s["date"]), []).append(s)
    day_lines = []
    for (out, person, date), ss in sorted(over.items(), key=lambda kv: (kv[0][0], kv[0][2])):
        if len(ss) < 2:
            continue
        units = sum(x["minutes"] // 15 if x["minutes"] >= 15 else 0 for x in ss)
        ids = ", ".join(sorted(x["id"] for x in ss))
        note = " (the two rows write the date differently: M/D/YYYY and MM/DD/YY)" if any(
            "day-over-12-mixed-date-formats" in x["plant"] for x in ss) else ""
        day_lines.append(f"- {out}: {person}, {date.isoformat()}: {units} units across {ids}"
                         f"{' — over the limit' if units > 12 else ' — exactly at the limit, not over'}{note}")
    pre = [s for s in services if s["preadmission"]]
    text = f"""# Synthetic caseload

A six-month caseload for trying PeerNote's supervisor reports: six peer specialists in three
programs, {len(people)} people served, {len(folder) + len(csvs)} Peer Support Services notes from
2026-01-05 to 2026-06-30.

**Every person, peer, clinician and place in it is synthetic.** Names were made up for this
file and any likeness to a real person is a coincidence. Nothing here comes from a real record.

Generated by `python3 Scripts/generate-caseload.py` (Python 3 standard library, fixed seed
{SEED}, no network): running it again rewrites `notes/` (with `notes/plans/`) and the files below with the
same bytes. The same script writes a large JSON Lines file for scale benchmarks
(`--count N --out DIR`, or `--million DIR`); that output is not committed.

## What is here

| path | what |
| --- | --- |
| `notes/<peer>/<date>-<person>-<n>.txt` | {len(folder)} notes with YAML front matter (`id`, `person`, `peer`, `date`, `program`, `service`, `setting`, `minutes`, `group_size`, `modifier`, `preadmission`, `lpha_cosign`, `adhoc`, and either inline `goals:` or `plan: ../plans/<person>.yml`); `<n>` counts the person's notes that day |
| `notes/plans/<person>.yml` | the plan of each of the {len(people)} people: 2–3 goals with `id`, `text` and `own_words` |
| `export.csv` | {len(csvs)} other notes as an EHR export, plus {len(bad_report)} bad rows (below) |
| `export-mapping.yml` | PeerNote field → CSV column (`id: NoteID`, `text: NoteText`, …) |
| `export-bad-rows.yml` | the bad rows of `export.csv`, by line |
| `planted.yml` | the per-peer habits, the person-days that share notes, and the billing findings each note's metadata should produce |

Check the folder with `peernote check Corpus/caseload/notes` (exit status 1 is expected: the
notes are meant to have findings). Check `notes/`, not `Corpus/caseload/` itself: that would
also read this README as a note.

Notes per peer (folder / export):

| peer | program | format | notes | export rows |
| --- | --- | --- | --- | --- |
{chr(10).join(per_peer)}

Services: {count(folder + csvs, service='individual')} individual, {count(folder + csvs, service='group')} group,
{count(folder + csvs, service='family')} family; {count(folder + csvs, setting='onsite')} onsite,
{count(folder + csvs, setting='offsite')} offsite, {count(folder + csvs, setting='telehealth')} telehealth;
{len(pre)} pre-admission notes. Each person's notes are all in the folder or all in the export
(18 people in the folder, 30 in the export), so the daily unit limit can be checked within each.

## Per-peer habits

Each peer has a recognizable way of writing, so a caseload report should be able to say what to
coach. These are tendencies, not rules: now and then a careful writer slips (Marisol writes
"Client said" in about one note in seventeen) and a hurried one writes a fuller note (Derek,
Kofi).

{chr(10).join(habits)}
## Billing situations built in

Person-days with more than one note (units: one per full 15 minutes):

{chr(10).join(day_lines)}

Also: ad-hoc services (`adhoc: true`) — Tasha's and Marisol's state a reason, Ray's does not;
two of Ray's notes for one person name "Goal 3" on a two-goal plan (goal-not-on-plan). The exact
note ids for every planted or rule-derived billing finding are in `planted.yml`.

## export.csv

RFC 4180: a UTF-8 byte order mark, CRLF after every row, every text field in double quotes
(numbers — `DurationMinutes`, `GroupSize` — bare, empty when there is none), quotes inside a
field doubled, line breaks inside `NoteText` (LF, and CRLF in Derek's rows, whose EHR template
differs). Columns:

`{'`, `'.join(CSV_COLUMNS)}`

`ServiceDate` is M/D/YYYY, or MM/DD/YY on group rows and about one row in ten. `GoalText` is the
goal the note is billed to, as free text (the plan's words, sometimes prefixed "Goal 2:" or
"G2 -"; empty for pre-admission rows and a few others).

### Bad rows (deliberate)

These rows should be reported as skipped; every other row parses. Lines are physical lines of
the file (the header is line 1); a row is the data row's number, counting from 1 after the header.

| line | row | NoteID | problem |
| --- | --- | --- | --- |
{chr(10).join(bad_lines)}
"""
    (out_dir / "README.md").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# JSON Lines at scale (streaming, constant memory)
# --------------------------------------------------------------------------------------------

FIRST = ["Aaliyah", "Abdul", "Adriana", "Ahmed", "Aiko", "Alejandro", "Amani", "Ana", "Andre", "Anika", "Arjun", "Asha",
         "Beatriz", "Ben", "Bianca", "Bilal", "Brandon", "Camille", "Carlos", "Celeste", "Chen", "Chidera", "Claire", "Connor",
         "Dalia", "Damien", "Daniela", "Darius", "Deja", "Diego", "Dmitri", "Ebony", "Eduardo", "Elena", "Elijah", "Emeka",
         "Esther", "Fatou", "Felix", "Fiona", "Gabriel", "Grace", "Hana", "Hector", "Ibrahim", "Ines", "Isaac", "Jada",
         "Jamal", "Javier", "Jin", "Joanna", "Jorge", "Kaito", "Kamala", "Keanu", "Kendra", "Khalid", "Lena", "Leticia",
         "Malik", "Marta", "Mateus", "Mina", "Miguel", "Nadia", "Naveen", "Nia", "Noah", "Olga", "Omar", "Paloma", "Quentin",
         "Rafael", "Rania", "Reza", "Rhea", "Rosa", "Ruth", "Salma", "Santiago", "Sara", "Sergei", "Shanice", "Soo-ah",
         "Tariq", "Teresa", "Thanh", "Tomasz", "Uma", "Valeria", "Victor", "Wanda", "Wei", "Xavier", "Yara", "Yusuf", "Zainab"]
LAST = ["Abbott", "Acosta", "Adeyemi", "Akhtar", "Alvarez", "Amato", "Baker", "Banerjee", "Barros", "Bello", "Bishop",
        "Brennan", "Caldwell", "Castillo", "Chowdhury", "Coleman", "Costa", "Dawson", "Delacroix", "Dunn", "Edwards",
        "Eze", "Farouk", "Fischer", "Flores", "Fofana", "Garcia", "Gordon", "Gupta", "Hall", "Hernandez", "Hoang", "Ibarra",
        "Iqbal", "Jensen", "Johnson", "Kaplan", "Kaur", "Kim", "Kozlov", "Lam", "Larsen", "Lewis", "Lindholm", "Mahmoud",
        "Marino", "Mbeki", "Medina", "Moreno", "Murphy", "Nakamura", "Nguyen", "Novak", "Obi", "Okeke", "Olsen", "Ortega",
        "Pace", "Patel", "Pereira", "Quintero", "Ramos", "Reyes", "Rossi", "Saleh", "Sandoval", "Schmidt", "Shah", "Silva",
        "Singh", "Sokolov", "Suarez", "Tanaka", "Torres", "Tran", "Usman", "Valdez", "Vargas", "Walsh", "Williams", "Wong",
        "Yamamoto", "Yilmaz", "Young", "Zhang", "Zimmerman"]
INITIALS = "ABCDEFGHJKLMNPRSTVW"


def scale_person(k, n_people):
    """Person k of a scaled caseload: name, pronoun, program and goals, from k alone (no state kept)."""
    r = random.Random(SEED * 1_000_003 + k)
    m = len(FIRST) * len(INITIALS) * len(LAST)
    code = (k * 7919 + 13) % m
    first, rest = divmod(code, len(INITIALS) * len(LAST))
    initial, last = divmod(rest, len(LAST))
    name = f"{FIRST[first]} {INITIALS[initial]}. {LAST[last]}"
    if k >= m:  # more people than names: keep them apart
        name += f" {k // m + 1}"
    program = ("adult", "youth", "family")[k % 3]
    pron = "she" if r.random() < 0.55 else "he"
    extra = (r.choice(["son", "daughter"]), r.choice(["Ari", "Bea", "Cal", "Dev", "Eli", "Fay", "Gus", "Ivy"]), r.randint(4, 16)) \
        if program == "family" else None
    goals = make_goals(r, program, extra, pron)
    person = {"name": name, "slug": "", "first": FIRST[first], "pron": pron, "program": program,
              "child": extra[1] if extra else "", "child_rel": extra[0] if extra else "",
              "relative": extra[0] if extra else r.choice(RELATIVES[program]), "goals": goals,
              "inline": True, "client_id": f"C{k:07d}"}
    return person


def scale_peer(j):
    """Peer j: one of the six styles (habits), with its own synthetic name beyond the first six."""
    base = PEERS[j % 6]
    if j < 6:
        return base
    name = f"{FIRST[(j * 37) % len(FIRST)]} {LAST[(j * 53) % len(LAST)]}"
    return dict(base, name=f"{name} ({j})")


def generate_jsonl(count, out_dir):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    GROUP_SESSIONS.clear()
    n_people = max(48, count // 13)
    n_peers = max(6, (n_people // 8) // 6 * 6)  # about eight people per peer, a multiple of six
    days = WEEKDAYS
    path = out_dir / "notes.jsonl"
    t0 = time.time()
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as f:
        for i in range(count):
            date = days[i * len(days) // count]
            k = rng.randrange(n_people)
            person = scale_person(k, n_people)
            prog_index = ("adult", "youth", "family").index(person["program"])
            # peers of a program share its two styles: styles 0/1 adult, 2/3 youth, 4/5 family
            slot = (k // 3) % max(1, n_peers // 6)
            j = slot * 6 + prog_index * 2 + (k // 7) % 2
            peer = scale_peer(j)
            person["peer"] = person["other_peer"] = peer
            service = pick(rng, peer["mix"])
            if service == "group":
                sess_r = rng
                s = make_service(sess_r, person, peer, date, "individual")
                size = rng.randint(4, 12) if not (peer["style"] == "derek" and rng.random() < 0.3) else rng.choice([13, 14])
                s.update(service="group", setting="onsite", minutes=rng.choice([60, 75, 90]), group_size=size, group_size_true=size,
                         modifier=None if (peer["style"] == "tasha" and rng.random() < 0.5) else "HQ",
                         group_topic=rng.choice(GROUP_TOPICS[person["program"]]))
            else:
                s = make_service(rng, person, peer, date, service)
            if rng.random() < 0.01:
                s["preadmission"] = True
                s["service"] = "individual" if s["service"] == "group" else s["service"]
                s["cosign"] = PROGRAMS[person["program"]]["lpha"] if peer["style"] != "janelle" else None
            text = render_text(rng, s)
            rec = {"id": f"J{i + 1:07d}", "text": text, "peer": peer["name"], "person": person["name"],
                   "date": date.isoformat(), "program": PROGRAMS[person["program"]]["name"], "service": s["service"]}
            if not s["omit_setting"]:
                rec["setting"] = s["setting"]
            rec["minutes"] = s["minutes"]
            if s["service"] == "group":
                rec["group_size"] = s["group_size"]
                if s.get("modifier"):
                    rec["modifier"] = s["modifier"]
            rec["preadmission"] = s["preadmission"]
            if s["cosign"]:
                rec["lpha_cosign"] = s["cosign"]
            if not s["preadmission"]:
                rec["goals"] = [{"id": g["id"], "text": g["text"]} for g in person["goals"]]
            f.write(json.dumps(rec, ensure_ascii=False))
            f.write("\n")
            if len(GROUP_SESSIONS) > 10000:
                GROUP_SESSIONS.clear()
    return path, time.time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--caseload", default=str(DEFAULT_CASELOAD), help="where to write the caseload (default Corpus/caseload)")
    ap.add_argument("--count", type=int, help="write this many notes as JSON Lines instead of the caseload")
    ap.add_argument("--out", help="folder for notes.jsonl (with --count)")
    ap.add_argument("--million", metavar="DIR", help="the same as --count 1000000 --out DIR")
    args = ap.parse_args(argv)
    if args.million:
        args.count, args.out = 1_000_000, args.million
    if args.count is not None:
        if not args.out:
            ap.error("--count needs --out DIR")
        if args.count < 1:
            ap.error("--count must be 1 or more")
        path, seconds = generate_jsonl(args.count, args.out)
        print(f"wrote {args.count} notes to {path} in {seconds:.1f} s", file=sys.stderr)
        return 0
    t0 = time.time()
    people, services, bad = generate_caseload(args.caseload)
    folder = sum(1 for s in services if s["person"]["out"] == "folder")
    print(f"wrote {folder} notes, {len(people)} plans and {len(services) - folder} export rows "
          f"(+{len(bad)} bad rows) to {args.caseload} in {time.time() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
