/// The parts of life plan goals are about (housing, work, family…), as the stems of each
/// area's words (`life-area` facts). A goal is widened by the words of its own area, so a
/// note that never repeats the goal's words can still meet it: "interview" and "resume" serve
/// "competitive employment", "the shelter" and "HRA" serve "my own apartment".
struct LifeAreas: Sendable {
    let areas: [Set<String>]

    /// The areas of `words`, each word stemmed as a note's words are.
    init(_ words: [[String]]) {
        areas = words.map { Set($0.map(ContentWords.stem)) }.filter { !$0.isEmpty }
    }

    /// Each goal's stems (`all`) widened by the words of each area its plan text (`text`) is
    /// most about: the goal with strictly the most of an area's words owns it. The person's own
    /// words are left out of the choice ("I want my kids to see me graduate" is a school goal),
    /// and an area two goals touch alike ("take my meds", "see my doctor") says nothing about
    /// which one a sentence serves.
    func widen(_ goals: [(text: Set<String>, all: Set<String>)]) -> [Set<String>] {
        guard !areas.isEmpty, goals.count > 0 else { return goals.map(\.all) }
        var widened = goals.map(\.all)
        for area in areas {
            let counts = goals.map { $0.text.intersection(area).count }
            guard let most = counts.max(), most > 0, counts.count(where: { $0 == most }) == 1 else { continue }
            widened[counts.firstIndex(of: most)!].formUnion(area)
        }
        return widened
    }
}
