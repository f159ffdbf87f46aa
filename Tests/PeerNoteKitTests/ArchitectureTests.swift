import Foundation
import Testing

/// The library's folders are its pipeline, and a folder may use only the folders before it
/// (`docs/architecture.md`). The compiler cannot hold that inside one module, so this test does:
/// it finds every type declared at the top of a file, and fails when a file names a type
/// declared in a folder later in the order.
@Suite struct ArchitectureTests {
    /// The order of `docs/architecture.md`; folders on one step do not use each other.
    static let layers: [[String]] = [
        ["Model"], ["Support"], ["Text"], ["Lexicon"], ["Analysis"], ["Input"], ["Run"], ["Output"], ["Rewrite"],
        ["Report", "Evaluation", "Server", "Page"],
    ]

    static func step(of folder: String) -> Int? { layers.firstIndex { $0.contains(folder) } }

    struct Source { let folder: String; let path: String; let code: String }

    static func sources() throws -> [Source] {
        let library = packageRoot.appendingPathComponent("Sources/PeerNoteKit")
        let walker = FileManager.default.enumerator(atPath: library.path)
        var found: [Source] = []
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: library.appendingPathComponent(relative), encoding: .utf8)
            found.append(Source(folder: String(relative.prefix { $0 != "/" }), path: relative, code: withoutCommentsAndStrings(text)))
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Comments and string literals name types in prose and in generated JavaScript: only code counts.
    static func withoutCommentsAndStrings(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var kept = ""
            var inString = false
            var previous: Character = " "
            for character in line {
                if !inString && character == "/" && previous == "/" { kept.removeLast(); break }
                if character == "\"" && previous != "\\" { inString.toggle(); kept.append(character) }
                else if !inString { kept.append(character) }
                previous = character
            }
            return kept
        }.joined(separator: "\n")
    }

    /// Types declared at a file's top level (not nested), by name, with their folder.
    static func declarations(in sources: [Source]) -> [String: String] {
        let declaration = /^(?:(?:public|internal|fileprivate|private|final|indirect) )*(?:struct|enum|class|protocol|actor|typealias) ([A-Z]\w*)/.anchorsMatchLineEndings()
        var owner: [String: String] = [:]
        for source in sources {
            for match in source.code.matches(of: declaration) { owner[String(match.1)] = source.folder }
        }
        return owner
    }

    @Test func everyFolderIsInTheOrder() throws {
        let folders = Set(try Self.sources().map(\.folder)).filter { !$0.hasSuffix(".swift") }
        #expect(folders.filter { Self.step(of: $0) == nil }.sorted() == [], "add the folder to docs/architecture.md and to `layers`")
    }

    /// Every use of a type from a later folder, as "path uses Name from Folder".
    static func upwardUses(in sources: [Source]) -> [String] {
        let owner = declarations(in: sources)
        var upward: [String] = []
        for source in sources {
            guard let step = step(of: source.folder) else { continue }
            let names = Set(source.code.matches(of: /\b[A-Z]\w*/).map { String($0.0) })
            for name in names.sorted() {
                guard let folder = owner[name], let other = Self.step(of: folder), other > step else { continue }
                upward.append("\(source.path) uses \(name) from \(folder)")
            }
        }
        return upward
    }

    @Test func noFolderUsesALaterOne() throws {
        let sources = try Self.sources()
        let owner = Self.declarations(in: sources)
        #expect(owner["Finding"] == "Model" && owner["NoteRun"] == "Run" && owner["Rewriter"] == "Rewrite",
                "the declarations are found")
        #expect(Self.upwardUses(in: sources) == [])
    }

    @Test func theCheckFindsAnUpwardUse() {
        let sources = [
            Source(folder: "Model", path: "Model/Note.swift", code: "struct Note { var report: CaseloadReport }"),
            Source(folder: "Report", path: "Report/CaseloadReport.swift", code: "public struct CaseloadReport {}"),
        ]
        #expect(Self.declarations(in: sources) == ["Note": "Model", "CaseloadReport": "Report"])
        #expect(Self.upwardUses(in: sources) == ["Model/Note.swift uses CaseloadReport from Report"])
        #expect(Self.withoutCommentsAndStrings("let a = \"Finding\" // Finding\nlet b = 1") == "let a = \"\" \nlet b = 1")
    }
}
