import Foundation

/// Finds the lexicons that ship with PeerNote, without `Bundle.module`, which stops the
/// program when its bundle is missing: an installed binary must fail with a message instead.
enum BundledLexicons {
    /// The folder holding the `.yml` files for `language`, if any is found.
    static func directory(language: String) -> String? {
        candidates().map { "\($0)/\(language)" }.first { isDirectory($0) }
    }

    /// The `.yml` files of a folder, in name order.
    static func files(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
    }

    private static func candidates() -> [String] {
        var folders: [String] = []
        if let override = ProcessInfo.processInfo.environment["PEERNOTE_LEXICONS"], !override.isEmpty {
            folders.append(override)
        }
        // SwiftPM puts `<package>_<target>.resources` beside the binary (and the test bundle).
        let binary = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var executables = [binary.deletingLastPathComponent().path]
        if let main = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path { executables.append(main) }
        for folder in executables {
            folders.append("\(folder)/PeerNote_PeerNoteKit.resources/Lexicons")
            folders.append("\(folder)/../share/peernote/Lexicons")
        }
        // A development checkout: the Lexicons folder at the top of the package.
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(source.appendingPathComponent("Lexicons").path)
        return folders
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
