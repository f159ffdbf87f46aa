import Foundation

/// Section headings of the common note formats (GIRP, DAP, SOAP, BIRP, labelled free text):
/// a line that starts with a short label and a colon, like `Response:` or `**S:**`.
enum Headings {
    /// The longest label read as a heading, in bytes.
    static let maximumLabelBytes = 40

    /// Each element whose heading appears with text under it, and the heading's range; the
    /// labels of every element's heading, filled or not ("Progress: N/A" states no progress,
    /// and its label's word is no cue); and the labels of those a template left unfilled
    /// ("Goal: N/A" names no goal).
    static func find(in bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>, map: [String: String])
        -> (elements: GoalThread.Elements, labels: [Range<Int>], unfilled: [Range<Int>]) {
        var found = GoalThread.Elements()
        var labels: [Range<Int>] = []
        var unfilled: [Range<Int>] = []
        var pending: (elements: [GoalThread.Element], line: Range<Int>)? = nil
        let text = UnsafeBufferPointer(rebasing: bytes[..<body.upperBound])
        var lineStart = body.lowerBound
        while lineStart < body.upperBound {
            let lineEnd = ByteScan.nextLineBreak(in: text, from: lineStart)
            let line = lineStart..<lineEnd
            if let (label, rest) = heading(in: bytes, line: line) {
                pending = nil
                let elements = self.elements(of: label, map: map)
                if !elements.isEmpty { labels.append(line.lowerBound..<rest.lowerBound) }
                if hasText(bytes, rest) {
                    for element in elements where found[element] == nil { found[element] = line }
                } else if !elements.isEmpty {
                    pending = (elements, line)
                    // "Goal addressed: [ ] Goal 1  [ ] Goal 2": boxes none of which is ticked.
                    if hasLetters(bytes, rest) || rest.contains(where: { bytes[$0] == 0x5B }) { unfilled.append(line.lowerBound..<rest.lowerBound) }
                }
            } else if let (elements, range) = pending, hasText(bytes, line) {
                // A heading alone on its line counts once text follows it.
                for element in elements where found[element] == nil { found[element] = range }
                pending = nil
            }
            // "Ad hoc, one time. Reason: he asked the team …": a label after a sentence's end, or
            // after an export's field ("…; Goal: Objective 1.2 …", "… | Response: …").
            var stop = sentenceStop(in: bytes, from: line.lowerBound, before: line.upperBound)
            while let end = stop {
                let after = end + 2..<line.upperBound
                if let (label, rest) = heading(in: bytes, line: after), hasText(bytes, rest) {
                    for element in elements(of: label, map: map) where found[element] == nil {
                        found[element] = after
                        labels.append(after.lowerBound..<rest.lowerBound)
                    }
                }
                stop = sentenceStop(in: bytes, from: end + 2, before: line.upperBound)
            }
            lineStart = lineEnd + 1
            if lineEnd < body.upperBound && bytes[lineEnd] == 0x0D && lineStart < body.upperBound && bytes[lineStart] == 0x0A { lineStart += 1 }
        }
        return (found, labels, unfilled)
    }

    /// The next ". ", "; " or "| " in `start..<end` before a colon that could end a label after
    /// it: only a line with a colon is looked at further.
    private static func sentenceStop(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var index = start
        while index + 2 < end {
            if bytes[index] == 0x2E || bytes[index] == 0x3B || bytes[index] == 0x7C, bytes[index + 1] == 0x20 {
                let limit = min(end, index + 2 + maximumLabelBytes + 1)
                if (index + 2..<limit).contains(where: { bytes[$0] == 0x3A }) { return index }
            }
            index += 1
        }
        return nil
    }

    /// The elements a heading label states: its own, and those of the labels it joins
    /// ("Response/Outcome", "Purpose & goal", "Response and progress": one section, two elements).
    private static func elements(of label: String, map: [String: String]) -> [GoalThread.Element] {
        var elements: [GoalThread.Element] = []
        if let category = map[label], let element = GoalThread.Element(rawValue: category) { elements.append(element) }
        guard label.contains("/") || label.contains("&") || label.contains(" and ") else { return elements }
        for part in label.replacingOccurrences(of: " and ", with: "/").split(whereSeparator: { $0 == "/" || $0 == "&" }) {
            let key = part.trimmingCharacters(in: .whitespaces)
            if let category = map[key], let element = GoalThread.Element(rawValue: category), !elements.contains(element) {
                elements.append(element)
            }
        }
        return elements
    }

    /// The normalized label of a heading line and the range after its colon.
    private static func heading(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> (String, Range<Int>)? {
        var start = line.lowerBound
        // Switches, not array literals: this runs on every byte at the start of every line.
        lead: while start < line.upperBound {
            switch bytes[start] {
            case 0x20, 0x09, 0x23, 0x2A, 0x5F, 0x2D: start += 1   // space tab # * _ -
            default: break lead
            }
        }
        var colon = start
        while colon < line.upperBound, colon - start <= maximumLabelBytes, bytes[colon] != 0x3A {
            switch bytes[colon] {
            case 0x41...0x5A, 0x61...0x7A, 0x20, 0x2F, 0x26, 0x27, 0x2D, 0x28, 0x29, 0x2A: colon += 1   // letters space / & ' - ( ) *
            default: return nil
            }
        }
        guard colon < line.upperBound, bytes[colon] == 0x3A, colon > start else { return nil }
        let (label, words) = HeadingLabel.key(UnsafeBufferPointer(rebasing: bytes[start..<colon]))
        guard words > 0, words <= 5 else { return nil }
        var after = colon + 1
        while after < line.upperBound, bytes[after] == 0x2A { after += 1 }   // the closing ** of **Response:**
        return (label, after..<line.upperBound)
    }

    private static func hasText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard hasLetters(bytes, range) else { return false }
        // "Response: N/A", "Progress: TBD": a template's field left unfilled states nothing; so
        // does one that only says why ("Goal: N/A - single ad hoc service, not on the plan").
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.prefix(24)]), as: UTF8.self).lowercased()
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
        let head = trimmed(value.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "(" || $0 == ";" }).first.map(String.init) ?? value)
        // A bare "No" before a dash answers the heading ("Progress: No - she missed the bus"): text.
        if placeholders.contains(head) && head != "no" { return false }
        guard range.count <= 24 else { return true }
        return !placeholders.contains(trimmed(value))
    }

    /// Whether `range` holds any letter.
    private static func hasLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.contains(where: { (bytes[$0] >= 0x41 && bytes[$0] <= 0x5A) || (bytes[$0] >= 0x61 && bytes[$0] <= 0x7A) || bytes[$0] >= 0x80 })
    }

    /// What an EHR template's unfilled field holds.
    private static let placeholders: Set<String> = [
        "n/a", "na", "n.a", "none", "tbd", "pending", "not applicable", "not documented", "see above", "see below", "no", "nil",
        "ninguno", "ninguna", "no aplica", "pendiente",
    ]
}
