import Foundation

/// Every loaded lexicon entry, compiled into one matcher.
///
/// Files apply in order: an entry replaces one loaded earlier with the same id, and a
/// file's `disable:` list switches earlier entries off.
public struct Lexicon: Sendable {
    /// The active entries, in load order.
    public let entries: [LexiconEntry]
    /// The files they came from.
    public let files: [String]
    let matcher: Matcher
    /// Section headings (normalized) and the golden-thread element each states.
    let headings: [String: String]

    /// Compiles parsed files into one lexicon.
    public init(files: [LexiconFile]) throws(LexiconErrors) {
        var entries: [LexiconEntry] = []
        var position: [String: Int] = [:]
        var problems: [InputError] = []
        for file in files {
            for id in file.disabled {
                guard let index = position.removeValue(forKey: id) else {
                    problems.append(InputError(file: file.path, message: "disable: no entry '\(id)' was loaded before this file"))
                    continue
                }
                entries[index].id = ""   // tombstone; dropped below so later indexes stay valid
            }
            for entry in file.entries {
                if let index = position[entry.id] { entries[index] = entry } else {
                    position[entry.id] = entries.count
                    entries.append(entry)
                }
            }
        }
        entries.removeAll { $0.id.isEmpty }

        let tokenizer: Tokenizer
        do { tokenizer = try Tokenizer() } catch {
            throw LexiconErrors([InputError(file: files.first?.path ?? "lexicon", message: "\(error)")])
        }
        var keyed: [(key: [UInt8], pattern: Matcher.Pattern)] = []
        for (index, entry) in entries.enumerated() {
            let phrases = entry.terms.map { ($0.text, Matcher.Pattern(entry: index, form: $0.form, isException: false)) }
                + entry.exceptions.map { ($0, Matcher.Pattern(entry: index, form: .literal, isException: true)) }
            for (phrase, pattern) in phrases {
                guard let key = Self.key(for: phrase, tokenizer: tokenizer) else {
                    problems.append(Self.problem(at: entry.origin,
                        "'\(phrase)' in '\(entry.id)' has punctuation other than spaces, hyphens or slashes between its words, so it can never match"))
                    continue
                }
                keyed.append((key, pattern))
            }
        }
        let (matcher, collisions) = Matcher.build(keyed)
        for collision in collisions {
            let first = entries[collision.first.entry], second = entries[collision.second.entry]
            let what = collision.second.isException ? "exception" : "term"
            problems.append(Self.problem(at: second.origin,
                "\(what) '\(String(decoding: collision.key, as: UTF8.self))' of '\(second.id)' is already claimed by '\(first.id)' (\(first.origin))"))
        }
        if !problems.isEmpty { throw LexiconErrors(problems) }
        self.entries = entries
        self.files = files.map(\.path)
        self.matcher = matcher
        var headings: [String: String] = [:]
        for entry in entries where entry.side == .thread {
            for heading in entry.headings { headings[Headings.key(heading)] = entry.category }
        }
        self.headings = headings
    }

    /// The matcher key of a phrase: its normalized word tokens, joined without separators.
    /// Nil when other punctuation sits between its words.
    static func key(for phrase: String, tokenizer: Tokenizer) -> [UInt8]? {
        var key: [UInt8] = []
        var phrase = phrase
        let tokens = phrase.withUTF8 { tokenizer.tokens(in: $0, range: 0..<$0.count) }
        for token in tokens {
            if token.isWordLike { key.append(contentsOf: token.normalized.utf8) }
            else if !token.joinsWords { return nil }
        }
        return key.isEmpty ? nil : key
    }

    private static func problem(at origin: String, _ message: String) -> InputError {
        let split = origin.lastIndex(of: ":")
        let file = split.map { String(origin[..<$0]) } ?? origin
        let line = split.flatMap { Int(origin[origin.index(after: $0)...]) }
        return InputError(file: file, line: line, message: message)
    }
}

extension Lexicon {
    /// Loads the bundled lexicons for `language`, then each extra file in order.
    public static func load(language: String = "en", extraFiles: [String] = []) throws(LexiconErrors) -> Lexicon {
        guard let directory = BundledLexicons.directory(language: language) else {
            throw LexiconErrors([InputError(file: "Lexicons/\(language)", message:
                "the bundled lexicons were not found; set PEERNOTE_LEXICONS to the Lexicons folder, or install the peernote_PeerNoteKit.resources folder beside the binary")])
        }
        let bundled = BundledLexicons.files(in: directory)
        var parsed: [LexiconFile] = []
        var problems: [InputError] = []
        for path in bundled + extraFiles {
            do { parsed.append(try LexiconFile(path: path, contents: try readLexiconText(path))) }
            catch let errors as LexiconErrors { problems += errors.problems }
            catch { problems.append(InputError(file: path, message: "\(error)")) }
        }
        if !problems.isEmpty { throw LexiconErrors(problems) }
        return try Lexicon(files: parsed)
    }

    private static func readLexiconText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconErrors([InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconErrors([InputError(file: path, message: "the file is not valid UTF-8")])
        }
        return text
    }
}
