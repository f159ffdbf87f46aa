import ArgumentParser
import Foundation
import PeerNoteKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: lexicon entries and note-level checks, with what each says and why.",
        discussion: """
        Examples:
          peernote rules                             every rule, one per line
          peernote rules --kind check                the note-level checks (thread, elements, voice, billing)
          peernote rules --format json               for tools
          peernote rules --kind check --format markdown   the table in the README
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Option(help: "text, json or markdown.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only rules of this kind: concern, strength, thread, context or check (repeatable).", valueName: "KIND"))
    var kind: [Rule.Kind] = []

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        let loaded = try lexicon.load()
        // The same checks the analyzer holds the words to: an error names a rule without words.
        _ = try makeAnalyzer(loaded)
        let rules = loaded.rules.filter { kind.isEmpty || kind.contains($0.kind) }
        let output = StandardOutput()
        switch format {
        case .text: output.write(RuleTable.text(rules), newline: false)
        case .markdown: output.write(RuleTable.markdown(rules), newline: false)
        case .json: output.write(bytes: RuleTable.json(rules))
        }
        output.flush()
    }
}

extension Rule.Kind: ExpressibleByArgument {}
