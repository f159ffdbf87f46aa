import Foundation
import Yams

/// Turns Yams' errors into `file:line: what` without quoting the document: a YAML error
/// in a note's front matter must not leak note text.
enum YAMLSupport {
    /// Parses YAML with the basic resolver — every scalar is text until PeerNote converts it —
    /// and UTF-8 named outright. Yams' default resolver runs a regular expression per scalar
    /// comparison (loading the lexicons took six times longer), and its default encoding reads
    /// the whole process environment on every call (a quarter of a JSON Lines run).
    static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    }

    static func inputError(_ error: Error, file: String, lineOffset: Int = 0) -> InputError {
        guard let yaml = error as? YamlError else { return InputError(file: file, message: "could not read YAML") }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line + lineOffset, message: "invalid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return InputError(file: file, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return InputError(file: file, message: "invalid YAML: duplicate keys \(duplicates.joined(separator: ", "))")
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
