import Foundation
import Testing
import Yams
import PeerNoteKit

/// How often the goal link and each required element are found correctly on the Corpus
/// notes, against the human labels in `Corpus/notes/LABELS.yml`. The floors only go up.
@Suite struct ThreadAccuracyTests {
    /// Measured 2026-11-25: type 0.96, purpose 0.91, response 0.87, progress 0.91 (45 notes).
    static let floors = ["type": 0.9, "purpose": 0.85, "response": 0.85, "progress": 0.85]

    struct Label {
        var goalLink: [String]?
        var elements: Set<String>
    }

    static let labels: [String: Label] = {
        let url = packageRoot.appendingPathComponent("Corpus/notes/LABELS.yml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let root = try? Yams.load(yaml: text) as? [String: Any] else { return [:] }
        var labels: [String: Label] = [:]
        for (id, value) in root {
            guard let fields = value as? [String: Any] else { continue }
            let link = (fields["goal_link"] as? [Any])?.map { "\($0)" }
            let elements = Set((fields["elements"] as? [String]) ?? [])
            labels[id] = Label(goalLink: fields["goal_link"] is NSNull || fields["goal_link"] == nil ? nil : link ?? [], elements: elements)
        }
        return labels
    }()

    @Test func goalLinkAndElementsAgreeWithTheLabels() throws {
        var linkRight = 0, linkTotal = 0
        var elementRight: [String: Int] = [:], elementTotal = 0
        var misses: [String] = []
        for result in GoldenTests.results {
            guard let id = result.note.text.split(separator: "\n").first(where: { $0.hasPrefix("id:") })
                .map({ $0.dropFirst(3).trimmingCharacters(in: .whitespaces) }), let label = Self.labels[id],
                  let thread = result.analysis.thread else { continue }
            if let expected = label.goalLink {
                linkTotal += 1
                let found = Set(thread.linkedGoalIDs)
                // A link counts as right when the note links exactly when the label says it does,
                // and every goal found is one the label names.
                let right = expected.isEmpty ? thread.links.isEmpty : (!thread.links.isEmpty && found.isSubset(of: Set(expected)))
                if right { linkRight += 1 } else { misses.append("\(result.name): goals \(found.sorted()) vs labelled \(expected)") }
            }
            elementTotal += 1
            for element in GoalThread.Element.allCases {
                let expected = label.elements.contains(element.rawValue)
                if (thread.elements[element] != nil) == expected { elementRight[element.rawValue, default: 0] += 1 }
                else { misses.append("\(result.name): \(element.rawValue) \(expected ? "missed" : "found but not labelled")") }
            }
        }
        try #require(linkTotal >= 30 && elementTotal >= 40, "too few labelled notes")
        let linkAccuracy = Double(linkRight) / Double(linkTotal)
        print("goal link accuracy \(linkRight)/\(linkTotal) = \(String(format: "%.2f", linkAccuracy))")
        for element in GoalThread.Element.allCases {
            print("\(element.rawValue) accuracy \(elementRight[element.rawValue, default: 0])/\(elementTotal)")
        }
        for miss in misses { print("miss: \(miss)") }
        #expect(linkAccuracy >= 0.85)
        for element in GoalThread.Element.allCases {
            #expect(Double(elementRight[element.rawValue, default: 0]) / Double(elementTotal) >= Self.floors[element.rawValue]!, "\(element.rawValue)")
        }
    }
}
