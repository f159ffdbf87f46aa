import Foundation

/// Finds the lexicons that ship with PeerNote, without `Bundle.module`, which stops the
/// program when its bundle is missing: an installed binary must fail with a message instead.
enum BundledLexicons {
    /// The folder holding the `.yml` files for `language`, if any is found. Places are tried in
    /// order and the rest left alone: asking Foundation for the main bundle cost a one-note
    /// check a fortieth of its time, and the binary's own folder is nearly always the answer.
    static func directory(language: String) -> String? {
        candidates.lazy.flatMap { $0() }.map { "\($0)/\(language)" }.first { isDirectory($0) }
    }

    /// The `.yml` files of a folder, in name order.
    static func files(in directory: String) -> [String] {
        let names = (FileStatus.entries(of: directory) ?? []).map(\.name)
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
    }

    /// The files of `language`'s folder `directory`, after the English files every language
    /// shares: the note-level checks' words and the facts' labels (EHR screens print English
    /// labels in notes written in any language).
    static func files(language: String, in directory: String) -> [String] {
        let own = files(in: directory)
        guard language != LanguageGuess.english else { return own }
        let english = (directory as NSString).deletingLastPathComponent + "/" + LanguageGuess.english
        return shared.map { "\(english)/\($0)" }.filter { FileManager.default.fileExists(atPath: $0) } + own
    }

    /// The files that make PeerNote speak `language` (`<language>/messages/*.yml`): none for
    /// English, or when they are not found.
    static func messageFiles(language: String) -> [String] {
        guard language != LanguageGuess.english, let directory = directory(language: language) else { return [] }
        return files(in: directory + "/messages")
    }

    /// The languages PeerNote ships lexicons for.
    static let languages = [LanguageGuess.english, LanguageGuess.spanish]

    /// The English files every language loads first.
    static let shared = ["checks.yml", "facts.yml"]

    /// Where the lexicons may be, in order of preference, each worked out only when asked.
    private static let candidates: [@Sendable () -> [String]] = [
        { environmentVariable("PEERNOTE_LEXICONS").map { $0.isEmpty ? [] : [$0] } ?? [] },
        // SwiftPM puts `<package>_<target>.resources` beside the binary (and the test bundle).
        { beside(URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent().path) },
        // Started through PATH, the first argument is a bare name: the main bundle knows where.
        { Bundle.main.executableURL.map { beside($0.resolvingSymlinksInPath().deletingLastPathComponent().path) } ?? [] },
        // A development checkout: the Lexicons folder at the top of the package.
        { [URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons").path] },
    ]

    /// The places for lexicons beside a binary in `folder`: built, and installed.
    private static func beside(_ folder: String) -> [String] {
        ["\(folder)/PeerNote_PeerNoteKit.resources/Lexicons", "\(folder)/../share/peernote/Lexicons"]
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
