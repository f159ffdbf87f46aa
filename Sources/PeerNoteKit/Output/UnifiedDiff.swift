/// A unified diff of two texts, line by line (`diff -u` style, three lines of context).
public enum UnifiedDiff {
    /// The diff from `old` to `new`, or an empty string when they are equal.
    public static func diff(_ old: [UInt8], _ new: [UInt8], oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        let script = editScript(a, b)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { index += 1; continue }
            // A hunk: this change, and every change within 2×context lines of it.
            let start = max(0, index - context)
            var end = index
            var lastChange = index
            while end < script.count && end - lastChange <= 2 * context {
                if script[end].kind != .same { lastChange = end }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            let hunk = script[start..<end]
            let oldStart = hunk.first!.oldLine, newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(oldStart + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(newStart + (newCount > 0 ? 1 : 0)),\(newCount) @@\n"
            for step in hunk {
                let prefix = step.kind == .same ? " " : step.kind == .delete ? "-" : "+"
                output += prefix + step.text + (step.text.hasSuffix("\n") ? "" : "\n\\ No newline at end of file\n")
            }
            index = end
        }
        return output
    }

    private enum Kind { case same, delete, insert }
    private struct Step { var kind: Kind; var text: String; var oldLine: Int; var newLine: Int }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(String(decoding: bytes[start...index], as: UTF8.self))
            start = index + 1
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    /// Longest common subsequence by dynamic programming, which notes are short enough for.
    /// Rewrites rarely change the number of lines; then lines pair up one to one.
    private static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        if a.count == b.count || a.count * b.count > 4_000_000 {
            var steps: [Step] = []
            for index in 0..<max(a.count, b.count) {
                if index < a.count, index < b.count, a[index] == b[index] {
                    steps.append(Step(kind: .same, text: a[index], oldLine: index, newLine: index))
                    continue
                }
                if index < a.count { steps.append(Step(kind: .delete, text: a[index], oldLine: index, newLine: min(index, b.count))) }
                if index < b.count { steps.append(Step(kind: .insert, text: b[index], oldLine: min(index + 1, a.count), newLine: index)) }
            }
            return steps
        }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                steps.append(Step(kind: .same, text: a[i], oldLine: i, newLine: j)); i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                steps.append(Step(kind: .insert, text: b[j], oldLine: i, newLine: j)); j += 1
            } else {
                steps.append(Step(kind: .delete, text: a[i], oldLine: i, newLine: j)); i += 1
            }
        }
        return steps
    }
}
