/// Inline markers an editor can jump between: `{>>PeerNote warning [rule]: message<<}`,
/// CriticMarkup's comment form, placed right after the words they are about (note-level
/// findings go at the start of the narrative's first line). `strip` removes exactly what
/// `annotate` added, so `strip(annotate(text)) == text` for any text without markers.
public enum Annotations {

    /// The edits that insert one marker per finding.
    public static func edits(for findings: [Finding], body: Range<Int>) -> [(range: Range<Int>, replacement: [UInt8])] {
        findings.map { finding in
            let at = finding.isAboutWording ? finding.range.upperBound : finding.range.lowerBound
            return (at..<at, Array(marker(for: finding).utf8))
        }
    }

    /// The marker text for one finding.
    public static func marker(for finding: Finding) -> String {
        var text = "\(finding.severity.rawValue) [\(finding.rule)]: \(finding.message)"
        if finding.isAboutWording, let first = finding.suggestions.first { text += " — try \"\(first)\"" }
        // A message may not close the marker early.
        return Marker.open + text.replacingOccurrences(of: Marker.close, with: "<< }").replacingLineBreaks() + Marker.close
    }


    /// `bytes` without any markers; with `keepingOK`, the writer's `ok` markers stay.
    public static func strip(_ bytes: [UInt8], keepingOK: Bool = false) -> [UInt8] {
        let openBytes = Array(Marker.open.utf8), closeBytes = Array(Marker.close.utf8)
        let okPrefix = Array((Marker.open + "ok").utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            // A marker is an opener, then its closer on the same line with no other opener in
            // between: a writer's stray "{>>PeerNote " must never swallow text up to our marker.
            if bytes[index] == openBytes[0], bytes[index...].starts(with: openBytes),
               let end = firstIndex(of: closeBytes, in: bytes, from: index + openBytes.count),
               !bytes[index..<end].contains(0x0A), !bytes[index..<end].contains(0x0D),
               firstIndex(of: openBytes, in: Array(bytes[(index + 1)..<end]), from: 0) == nil,
               !(keepingOK && bytes[index...].starts(with: okPrefix)
                 && [UInt8(ascii: "<"), UInt8(ascii: ":")].contains(bytes[index + okPrefix.count])) {
                index = end + closeBytes.count
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
