import Yams

/// Turns Yams' errors into `file:line: what` without quoting the document: a YAML error
/// in a note's front matter must not leak note text.
enum YAMLSupport {
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
