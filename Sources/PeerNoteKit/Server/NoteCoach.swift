import Foundation

/// What `peernote mcp` offers writing assistants, each an answer in JSON text: check a note,
/// rewrite it, explain a rule, list the rules. The transport (MCP over standard input and
/// output) lives with the command; nothing here reads files, nor logs a note.
///
/// A class that several tasks may share: its one analyzer keeps scratch space between notes,
/// so notes are analyzed one at a time, under a lock.
public final class NoteCoach: @unchecked Sendable {
    /// The lexicon the answers come from.
    public let lexicon: Lexicon
    /// The lexicon files loaded, bundled and the agency's own, offered as resources.
    public let lexiconFiles: [String]
    private let analyzer: Analyzer
    private let rulesByID: [String: Rule]
    private let lock = NSLock()

    /// A coach for `lexicon`, whose files were `lexiconFiles`.
    public init(lexicon: Lexicon, lexiconFiles: [String]) throws {
        self.lexicon = lexicon
        self.lexiconFiles = lexiconFiles
        analyzer = try Analyzer(lexicon: lexicon)
        rulesByID = Dictionary(lexicon.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The lexicon files `Lexicon.load(language:extraFiles:)` reads: the bundled ones for
    /// `language`, then `extraFiles`.
    public static func lexiconFiles(language: String, extraFiles: [String]) -> [String] {
        (BundledLexicons.directory(language: language).map(BundledLexicons.files) ?? []) + extraFiles
    }

    /// The note checked: the object `check --format json` writes for a file (`path` is `name`),
    /// the same findings, thread, facts and score.
    public func check(_ text: String, name: String = "note") -> String {
        let note = Note(id: name, text: text)
        return JSONFormat().object(lock.withLock { analyzer.analyze(note) }, note: note)
    }

    /// The note with its safe rewrites applied, as `peernote fix` applies them:
    /// `{"text":…,"diff":…,"rewrites":[{"rule","line","from","to"}]}`; the diff is unified, empty
    /// when nothing was rewritten.
    public func rewrite(_ text: String, name: String = "note") -> String {
        let note = Note(id: name, text: text)
        let (analysis, fixed) = lock.withLock { (analyzer.analyze(note), NoteFixer(analyzer: analyzer).fixed(Array(text.utf8), id: name)) }
        let rewrites = Rewriter.safeRewrites(for: analysis.findings, in: text)
        let lines = LineIndex(text)
        var json = JSONWriter()
        json.openObject()
        json.member("text", String(decoding: fixed, as: UTF8.self))
        json.member("diff", UnifiedDiff.diff(Array(text.utf8), fixed, oldName: "a/\(name)", newName: "b/\(name)"))
        json.key("rewrites")
        json.openArray()
        let bytes = Array(text.utf8)
        for rewrite in rewrites.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where rewrite.range.upperBound <= bytes.count {
            json.openObject()
            json.member("rule", rewrite.rule)
            json.member("line", lines.location(of: rewrite.range.lowerBound).line)
            json.member("from", String(decoding: bytes[rewrite.range], as: UTF8.self))
            json.member("to", rewrite.replacement)
            json.closeObject()
        }
        json.closeArray()
        json.closeObject()
        return String(decoding: json.finish(), as: UTF8.self)
    }

    /// One rule as `peernote rules --format json` lists it, with its id; nil for an unknown id.
    public func explain(_ id: String) -> String? {
        guard let rule = rulesByID[id] else { return nil }
        var text = String(decoding: RuleTable.json([rule]), as: UTF8.self)
        // The one object, without the list around it.
        text.removeFirst()
        text.removeLast(2)
        return text
    }

    /// Every rule of `kinds` (all when empty), as `peernote rules --format json`.
    public func rules(kinds: [Rule.Kind] = []) -> String {
        String(decoding: RuleTable.json(lexicon.rules.filter { kinds.isEmpty || kinds.contains($0.kind) }), as: UTF8.self)
    }

    /// Rule ids that start like `id`, for a message about an unknown one.
    public func ruleIDs(near id: String) -> [String] {
        let prefix = id.split(separator: "-").first.map(String.init) ?? id
        return lexicon.rules.map(\.id).filter { $0.hasPrefix(prefix) }.prefix(8).map { $0 }
    }
}
