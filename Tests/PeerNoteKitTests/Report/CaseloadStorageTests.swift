import Foundation
import Testing
@testable import PeerNoteKit

/// The compact parts of a caseload (examples, person-days, people's numbers) give back exactly
/// what was put in, through replacement, compaction, merging and a partial file's round trip.
@Suite struct CaseloadStorageTests {
    private func example(_ note: String, _ sentence: String, suggestion: String? = "chose not to") -> Caseload.Example {
        Caseload.Example(note: note, offset: 7, sentence: sentence, words: "refused", suggestion: suggestion, message: "Say what the person chose")
    }

    @Test func examplesKeepTheFirstThroughReplacementAndCompaction() throws {
        var examples = Caseload.Examples()
        examples.offer(peer: "Ana", rule: "refused", note: "n900", offset: 7) { example("n900", "Ana's first note.") }
        examples.offer(peer: "Bo", rule: "refused", note: "n050", offset: 7) { example("n050", "Bo’s note — with “quotes”.", suggestion: nil) }
        // 5,000 ever-earlier notes for one peer: each wins, and the replaced text (1.5 MB) is compacted away.
        let filler = String(repeating: "x", count: 300)
        for number in stride(from: 5_000, to: 0, by: -1) {
            let note = "c" + String(repeating: "0", count: 4 - String(number).count) + String(number)
            examples.offer(peer: "Cy", rule: "refused", note: note, offset: 7) { example(note, "\(number) \(filler)") }
        }
        examples.offer(peer: "Cy", rule: "refused", note: "c0003", offset: 7) { Issue.record("a later note must not be cut out"); return example("c0003", "") }
        examples.offer(peer: "Cy", rule: "refused", note: "c0001", offset: 9) { Issue.record("a later offset must not be cut out"); return example("c0001", "") }
        #expect(examples.count == 3)
        #expect(examples[peer: "Cy", rule: "refused"]?.sentence == "1 \(filler)")
        #expect(examples[peer: "Ana", rule: "refused"]?.sentence == "Ana's first note.")
        #expect(examples[peer: "Bo", rule: "refused"] == example("n050", "Bo’s note — with “quotes”.", suggestion: nil))
        #expect(examples[peer: "Bo", rule: "labelled"] == nil)
        #expect(examples.all(rule: "refused").map(\.note).sorted() == ["c0001", "n050", "n900"])

        let decoded = try JSONDecoder().decode(Caseload.Examples.self, from: JSONEncoder().encode(examples))
        #expect(decoded == examples)
        var earlier = Caseload.Examples()
        earlier.offer(peer: "Ana", rule: "refused", note: "n010", offset: 7) { example("n010", "An earlier part.") }
        var merged = examples, reversed = earlier
        merged.merge(earlier)
        reversed.merge(examples)
        #expect(merged == reversed)
        #expect(merged[peer: "Ana", rule: "refused"]?.sentence == "An earlier part.")
    }

    @Test func peopleKeepTheirNumbersAndUnitsPerDay() throws {
        var people = Caseload.People()
        var note = Caseload.Tally()
        note.notes = 1; note.words = 120
        people.add(units: 8, person: "Dana Whitfield", date: "2026-01-05")
        people.add(units: 5, person: "Dana Whitfield", date: "2026-01-05")
        people.add(units: 12, person: "Dana Whitfield", date: "2026-01-06")
        people.add(units: 13, person: "Luis", date: "2025-12-31")
        people.add(Caseload.Numbers(note), person: "Luis")
        people.add(Caseload.Numbers(note), person: "Ana")
        people.add(Caseload.Numbers(note), person: "Luis")
        #expect(people.count == 3)
        #expect(people.sorted().map(\.name) == ["Ana", "Dana Whitfield", "Luis"])
        #expect(people.sorted().map(\.numbers.tally.words) == [120, 0, 240])
        let over = people.days(over: Billing.dailyUnitLimit)
        #expect(over.map(\.person) == ["Dana Whitfield", "Luis"])
        #expect(over.map(\.date) == ["2026-01-05", "2025-12-31"])
        #expect(over.map(\.units) == [13, 13])
        let decoded = try JSONDecoder().decode(Caseload.People.self, from: JSONEncoder().encode(people))
        #expect(decoded == people)
        #expect(decoded.days(over: 11).count == 3)
        var split = Caseload.People()
        split.add(units: 8, person: "Dana Whitfield", date: "2026-01-05")
        var rest = Caseload.People()
        rest.add(Caseload.Numbers(note), person: "Bo")
        rest.add(units: 5, person: "Dana Whitfield", date: "2026-01-05")
        split.merge(rest)
        #expect(split.days(over: 12).map(\.units) == [13])
        #expect(split.sorted().map(\.name) == ["Bo", "Dana Whitfield"])
    }

    @Test func numbersKeepEveryCountOfATally() throws {
        var tally = Caseload.Tally()
        tally.notes = 3; tally.words = 812; tally.scored = 2; tally.scoreSum = 150; tally.scoreSquares = 11_300
        tally.scoreBins[7] = 1; tally.scoreBins[8] = 1; tally.linkable = 3; tally.linked = 2; tally.complete = 1; tally.units = 9
        var numbers = Caseload.Numbers(tally)
        #expect(numbers.tally == tally)
        numbers.add(numbers)
        #expect(numbers.tally.notes == 6 && numbers.tally.scoreBins[8] == 2 && numbers.tally.meanScore == 75)
        let decoded = try JSONDecoder().decode(Caseload.Numbers.self, from: JSONEncoder().encode(numbers))
        #expect(decoded == numbers)
    }
}
