import Foundation
import Yams

/// Turns Yams' errors into `file:line: what` without quoting the document: a YAML error
/// in a note's front matter must not leak note text.
enum YAMLSupport {
    /// How much of YAML a document may use. YAML aliases (`*name`) repeat a whole subtree, so a
    /// few lines can stand for billions of values: a note's front matter or plan, or a lexicon,
    /// must not be able to take the machine down.
    struct Limits: Sendable {
        /// Alias references (`*name`) in the document.
        var aliases: Int
        /// Nesting of lists and mappings, aliases expanded.
        var depth: Int
        /// Values (scalars, lists and mappings) once every alias is expanded.
        var values: Int

        /// Front matter, plans and mapping files: a few dozen fields.
        static let metadata = Limits(aliases: 64, depth: 16, values: 10_000)
        /// Lexicons and evaluation sets: data files of any realistic size.
        static let data = Limits(aliases: 1_024, depth: 32, values: 10_000_000)
    }

    /// A document over its `Limits`, at the line where it went over.
    struct LimitExceeded: Error {
        var line: Int
        var message: String
    }

    /// Parses YAML with the basic resolver — every scalar is text until PeerNote converts it —
    /// and UTF-8 named outright. Yams' default resolver runs a regular expression per scalar
    /// comparison (loading the lexicons took six times longer), and its default encoding reads
    /// the whole process environment on every call (a quarter of a JSON Lines run).
    ///
    /// Aliases are checked before Yams sees the text (Yams compares mapping keys by hashing
    /// them, so an alias used as a key would be expanded there), and the composed tree is
    /// measured with aliases expanded, stopping as soon as it is over `limits`.
    static func compose(_ yaml: String, limits: Limits = .metadata) throws -> Node? {
        try checkAliases(yaml, limits: limits)
        guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return nil }
        var budget = limits.values
        try measure(node, depth: 1, limits: limits, budget: &budget)
        return node
    }

    /// Reads the text as YAML's scanner would, just enough to count alias references and
    /// nesting (flow brackets, and block indentation) outside quotes and comments, and to refuse
    /// an alias used as a key. Yams composes recursively, so nesting is bounded before it runs.
    private static func checkAliases(_ yaml: String, limits: Limits) throws {
        var yaml = yaml
        try yaml.withUTF8 { bytes in
            var index = 0, line = 1, aliases = 0, flowDepth = 0
            var indents: [Int] = []                           // the block indentation levels open
            var lineStart = true, indent = 0
            var previous: UInt8 = 0x0A                        // the last byte that was not blank
            func over(_ message: String) -> LimitExceeded { LimitExceeded(line: line, message: message) }
            while index < bytes.count {
                let byte = bytes[index]
                if lineStart {
                    if byte == 0x20 { indent += 1; index += 1; continue }
                    lineStart = false
                    if byte != 0x0A && byte != 0x0D && byte != 0x23 && flowDepth == 0 {
                        while let last = indents.last, last >= indent { indents.removeLast() }
                        indents.append(indent)
                        if indents.count > limits.depth { throw over("nests lists and mappings more than \(limits.depth) deep") }
                    }
                }
                switch byte {
                case 0x0A:
                    line += 1
                    lineStart = true
                    indent = 0
                case 0x22, 0x27 where valueCanStart(after: previous):
                    // A quoted scalar: skipped whole, escapes and doubled quotes included.
                    var end = index + 1
                    while end < bytes.count {
                        if bytes[end] == 0x0A { line += 1 }
                        if byte == 0x22 && bytes[end] == 0x5C { end += 2; continue }
                        if bytes[end] == byte {
                            if byte == 0x27 && end + 1 < bytes.count && bytes[end + 1] == 0x27 { end += 2; continue }
                            break
                        }
                        end += 1
                    }
                    index = end
                case 0x23 where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 || bytes[index - 1] == 0x0A:
                    while index + 1 < bytes.count && bytes[index + 1] != 0x0A { index += 1 }
                case 0x5B, 0x7B where valueCanStart(after: previous):
                    flowDepth += 1
                    if indents.count + flowDepth > limits.depth { throw over("nests lists and mappings more than \(limits.depth) deep") }
                case 0x5D, 0x7D where flowDepth > 0:
                    flowDepth -= 1
                case 0x2A where valueCanStart(after: previous):
                    aliases += 1
                    if aliases > limits.aliases { throw over("uses more than \(limits.aliases) aliases (`*name`); write the values out") }
                    var end = index + 1
                    while end < bytes.count, !isAliasEnd(bytes[end]) { end += 1 }
                    var next = end
                    while next < bytes.count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
                    let isKey = previous == 0x3F || (next < bytes.count && bytes[next] == 0x3A && (next + 1 == bytes.count || isAliasEnd(bytes[next + 1])))
                    if isKey { throw over("uses an alias (`*name`) as a key; write the key out") }
                    index = end - 1
                default:
                    break
                }
                if index < bytes.count, byte != 0x20 && byte != 0x09 && byte != 0x0D { previous = bytes[index] }
                index += 1
            }
        }
    }

    /// Whether a scalar, alias or flow collection can start after `byte`, the last byte that
    /// was not blank: at a line's start, or after `:`, `-`, `?`, `[`, `{` or `,`.
    private static func valueCanStart(after byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x3A || byte == 0x2D || byte == 0x3F || byte == 0x5B || byte == 0x7B || byte == 0x2C
    }

    /// Whether a byte ends an alias name: white space or a flow indicator.
    private static func isAliasEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D
    }

    /// Walks `node` as if its aliases were expanded, until `budget` values are spent. An alias
    /// repeats a node written earlier, so the line reported is the latest on the way down:
    /// where the alias that went over was used.
    private static func measure(_ node: Node, depth: Int, line: Int = 1, limits: Limits, budget: inout Int) throws {
        budget -= 1
        let line = max(line, node.mark?.line ?? 1)
        if budget < 0 {
            throw LimitExceeded(line: line, message: "holds more than \(limits.values) values once its aliases are expanded; write the values out")
        }
        if depth > limits.depth {
            throw LimitExceeded(line: line, message: "nests lists and mappings more than \(limits.depth) deep")
        }
        switch node {
        case .scalar, .alias: return
        case .sequence(let sequence):
            for item in sequence { try measure(item, depth: depth + 1, line: line, limits: limits, budget: &budget) }
        case .mapping(let mapping):
            for pair in mapping {
                try measure(pair.key, depth: depth + 1, line: line, limits: limits, budget: &budget)
                try measure(pair.value, depth: depth + 1, line: line, limits: limits, budget: &budget)
            }
        }
    }

    /// `file:line: what` for a YAML error, never quoting the document: a key YAML finds twice
    /// is named by its line, not its text (a note's front matter could hold anything there).
    static func inputError(_ error: Error, file: String, lineOffset: Int = 0) -> InputError {
        if let limit = error as? LimitExceeded {
            return InputError(file: file, line: limit.line + lineOffset, message: "the YAML \(limit.message)")
        }
        guard let yaml = error as? YamlError else { return InputError(file: file, message: "could not read YAML") }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line + lineOffset, message: "invalid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return InputError(file: file, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(_, let context):
            return InputError(file: file, line: context.mark.line + lineOffset, message: "invalid YAML: a key on this line is given more than once")
        default:
            return InputError(file: file, message: "invalid YAML")
        }
    }
}

extension YAMLSupport {
    /// A YAML boolean: true/false (also yes/no, on/off as YAML 1.1 had them, and Y/N as EHRs export them).
    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
    }

    /// A whole number, written as digits, with spaces around it allowed. Trimmed here, not by
    /// Foundation, which copies the text to UTF-16: this runs for every note's minutes.
    static func integer(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return nil }
        return Int(String(scalars[first...last]))
    }
}

extension Node {
    /// A YAML boolean (see `YAMLSupport.flag`).
    var flag: Bool? { scalar.flatMap { YAMLSupport.flag($0.string) } }

    /// A whole number, written as digits.
    var integer: Int? { scalar.flatMap { YAMLSupport.integer($0.string) } }
}
