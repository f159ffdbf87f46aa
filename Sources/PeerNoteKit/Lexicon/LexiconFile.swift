import Yams

/// One lexicon file, parsed and checked: its entries and the ids it switches off.
public struct LexiconFile: Sendable {
    /// The file's path (for messages).
    public var path: String
    /// The `lexicon:` name.
    public var name: String
    /// The `language:` code.
    public var language: String
    /// Ids of entries loaded earlier that this file switches off.
    public var disabled: [String]
    /// The entries it defines.
    public var entries: [LexiconEntry]
    /// Words whose spelling without a stress mark is another word ("él", "sí"): a Spanish
    /// term's accentless spelling keeps these as written (see `Accents`).
    public var accentsMatter: [String] = []

    /// Parses `contents` of the file at `path`. Throws every problem found, each as `file:line: what`.
    public init(path: String, contents: String) throws(InputErrors) {
        let root: Node
        do {
            guard let node = try YAMLSupport.compose(contents, limits: .data) else {
                throw InputErrors([InputError(file: path, line: 1, message: "the file is empty; a lexicon needs `side:` and `entries:`")])
            }
            root = node
        } catch let error as InputErrors {
            throw error
        } catch {
            throw InputErrors([YAMLSupport.inputError(error, file: path)])
        }
        var reader = Reader(path: path)
        let file = reader.file(root)
        guard reader.problems.isEmpty, let file else { throw InputErrors(reader.problems) }
        self = file
    }

    init(path: String, name: String, language: String, disabled: [String], entries: [LexiconEntry]) {
        self.path = path
        self.name = name
        self.language = language
        self.disabled = disabled
        self.entries = entries
    }
}

/// Walks a lexicon's YAML tree, collecting every problem instead of stopping at the first,
/// so `peernote lexicon lint` can list them all.
private struct Reader {
    static let fileKeys: Set<String> = ["lexicon", "language", "side", "disable", "allow", "entries", "guidance", "accents_matter"]
    static let entryKeys: Set<String> = [
        "id", "category", "severity", "terms", "verb", "noun", "message", "rationale", "alternatives",
        "safe", "except", "source", "examples", "counterexamples", "headings",
        "not_after", "not_before", "only_after", "only_before", "senses", "window", "quoted", "in_names", "applies_to",
        "suggestion", "variants", "categories", "slot", "guidance", "rewrites", "subject", "role", "between", "only_quoted", "reaches_back",
        "verbo", "adjetivo",
    ]
    static let alternativeKeys: Set<String> = ["text", "slot", "be", "next", "only_before", "only_after", "not_before", "not_after", "for", "safe"]

    let path: String
    var problems: [InputError] = []
    /// The file's `language:`, read before its entries (Spanish forms are Spanish only).
    var language = "en"

    init(path: String) { self.path = path }

    mutating func report(_ node: Node?, _ message: String) {
        problems.append(InputError(file: path, line: node?.mark?.line, message: message))
    }

    mutating func file(_ root: Node) -> LexiconFile? {
        guard let mapping = root.mapping else {
            report(root, "expected a mapping with `side:` and `entries:` at the top level")
            return nil
        }
        for key in mapping.keys where !Self.fileKeys.contains(key.string ?? "") {
            report(key, "unknown key '\(key.string ?? "?")'; a lexicon file has \(Self.fileKeys.sorted().joined(separator: ", "))")
        }
        var side = LexiconEntry.Side.concern
        if let node = mapping["side"] {
            if let value = node.string.flatMap(LexiconEntry.Side.init(rawValue:)) { side = value }
            else { report(node, "`side:` must be concern, strength, thread, context, check or fact") }
        } else if mapping["entries"] != nil {
            report(root, "missing `side:` (concern, strength, thread, context, check or fact)")
        }
        language = mapping["language"]?.string ?? "en"
        let disabled = strings(mapping["disable"], key: "disable")
        let accentsMatter = strings(mapping["accents_matter"], key: "accents_matter")
        let allowed = strings(mapping["allow"], key: "allow")
        let guidance = mapping["guidance"].map { node in
            let text = node.string?.trimmingSpaces() ?? ""
            if text.isEmpty { report(node, "`guidance:` must be non-empty text") }
            return text
        } ?? ""

        var entries: [LexiconEntry] = []
        var firstLine: [String: Int] = [:]
        if let node = mapping["entries"] {
            if let list = node.sequence {
                for item in list {
                    guard var entry = entry(item, side: side) else { continue }
                    if entry.guidance.isEmpty && side == .concern { entry.guidance = guidance }
                    if let line = firstLine[entry.id] {
                        report(item, "duplicate id '\(entry.id)' (first at line \(line))")
                        continue
                    }
                    firstLine[entry.id] = item.mark?.line ?? 0
                    entries.append(entry)
                }
            } else {
                report(node, "`entries:` must be a list")
            }
        } else if disabled.isEmpty && allowed.isEmpty {
            report(root, "missing `entries:`")
        }
        if !allowed.isEmpty {
            // The allow list is one entry whose exceptions silence every term they cover.
            let name = mapping["lexicon"]?.string ?? "project"
            entries.append(LexiconEntry(
                id: "allow-" + name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined(),
                side: .context, category: "allow", severity: .hint, wordClass: .phrase, terms: [], exceptions: allowed,
                message: "Allowed by \(name)", rationale: "", alternatives: [], isSafe: false, source: "", examples: [],
                counterexamples: [], headings: [], origin: "\(path):\(mapping["allow"]?.mark?.line ?? 0)"))
        }
        var file = LexiconFile(path: path, name: mapping["lexicon"]?.string ?? path,
                               language: language, disabled: disabled, entries: entries)
        file.accentsMatter = accentsMatter
        return file
    }

    mutating func entry(_ node: Node, side: LexiconEntry.Side) -> LexiconEntry? {
        guard let mapping = node.mapping else { report(node, "an entry must be a mapping with id, category and terms"); return nil }
        // One dictionary per entry: Yams' own subscript compares every key node in turn.
        let fields = Dictionary(mapping.map { ($0.key.scalar?.string ?? "", $0.value) }, uniquingKeysWith: { first, _ in first })
        let problemsBefore = problems.count
        for key in mapping.keys where !Self.entryKeys.contains(key.string ?? "") {
            report(key, "unknown key '\(key.string ?? "?")' in entry; known keys: \(Self.entryKeys.sorted().joined(separator: ", "))")
        }

        let id = text(fields, "id", in: node, required: true)
        if !id.isEmpty && !Self.isKebab(id) { report(fields["id"], "id '\(id)' must be kebab-case: lowercase letters, digits and '-'") }
        let category = text(fields, "category", in: node, required: true)
        if !category.isEmpty && !Self.isKebab(category) { report(fields["category"], "category '\(category)' must be kebab-case") }
        // The checks act on what a thread cue or a fact is, so its category is one they know.
        if side == .thread, !category.isEmpty, LexiconEntry.CueKind(rawValue: category) == nil {
            report(fields["category"], "a thread cue's category must be one of \(LexiconEntry.CueKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(category)'")
        }
        if side == .fact, !category.isEmpty, LexiconEntry.FactKind(rawValue: category) == nil {
            report(fields["category"], "a fact's category must be one of \(LexiconEntry.FactKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(category)'")
        }

        var severity: Severity = side == .concern ? .warning : .hint
        if let value = fields["severity"] {
            if let parsed = value.string.flatMap(Severity.init(rawValue:)) { severity = parsed }
            else { report(value, "`severity:` must be one of error, warning, info, hint") }
        }

        // `verbo:` and `adjetivo:` are Spanish phrases whose forms are made by rule (SpanishForms).
        let classes: [(key: String, wordClass: WordClass)] = [("terms", .phrase), ("verb", .verb), ("noun", .noun),
                                                              ("verbo", .phrase), ("adjetivo", .phrase)]
        let present = classes.filter { fields[$0.key] != nil }
        if present.isEmpty && fields["headings"] == nil && side != .check { report(node, "entry '\(id)' needs `terms:`, `verb:` or `noun:`") }
        for key in ["verbo", "adjetivo"] where fields[key] != nil && language != "es" {
            report(fields[key], "`\(key):` makes Spanish forms: it belongs to `language: es` files")
        }
        if side == .fact, let key = present.first?.key, key != "terms" { report(fields[key], "a fact's phrases are `terms:`") }
        if !present.isEmpty && side == .check { report(fields[present[0].key], "a check's words match no text: `side: check` entries have no terms") }
        if Set(present.map(\.wordClass)).count > 1 {
            report(node, "entry '\(id)' mixes \(present.map { "`\($0.key):`" }.joined(separator: " and ")); use one entry per word class")
        }
        let wordClass = present.first?.wordClass ?? .phrase
        var terms: [LexiconEntry.Term] = []
        for (key, spec) in present.flatMap({ class_ in strings(fields[class_.key], key: class_.key).map { (class_.key, $0) } }) {
            if key == "verbo" || key == "adjetivo" {
                guard let forms = key == "verbo" ? SpanishForms.verbForms(spec) : SpanishForms.adjectiveForms(spec) else {
                    report(fields[key], key == "verbo"
                        ? "'\(spec)' needs a verb in the infinitive (negarse, rechazar), then optionally |present (niega) and |preterite (mintió)"
                        : "'\(spec)' has an empty '|' part")
                    continue
                }
                for text in forms where !terms.contains(where: { $0.text == text }) { terms.append(.init(text: text, form: .literal)) }
                continue
            }
            guard let forms = wordClass.inflections(of: spec) else {
                report(fields[present[0].key], "'\(spec)' has the wrong number of '|' parts: a verb needs base|-s|-ed|-ing, a noun singular|plural")
                continue
            }
            for (form, text) in forms where !terms.contains(where: { $0.text == text }) {
                terms.append(.init(text: text, form: form))
            }
        }

        // A goal's words are met one at a time: a life area's phrase of two words would never meet.
        if side == .fact, category == LexiconEntry.FactKind.lifeArea.rawValue,
           let phrase = terms.first(where: { $0.text.contains(where: { !($0.isLetter || $0.isNumber) }) }) {
            report(fields["terms"], "a life area's terms are single words; '\(phrase.text)' is not")
        }

        let defaultSlots = fields["slot"].map { slots($0) } ?? (wordClass == .verb ? [.verb] : wordClass == .noun ? [.nounPhrase] : [])
        let alternatives = self.alternatives(fields["alternatives"], slots: defaultSlots, wordClass: wordClass,
                                             termKeys: Set(terms.map { Alternative.key($0.text) }))
        for alternative in alternatives where alternative.text.contains("|") {
            // A phrase entry's `a|b` is singular|plural, chosen by the noun it is placed after.
            let parts = alternative.text.split(separator: "|", omittingEmptySubsequences: false).count
            if wordClass == .phrase ? parts != 2 : wordClass.inflections(of: alternative.text) == nil {
                report(fields["alternatives"], "alternative '\(alternative.text)' has the wrong number of '|' parts for a \(wordClass.rawValue)")
            }
        }
        var safe = false
        if let value = fields["safe"] {
            if let bool = value.flag { safe = bool } else { report(value, "`safe:` must be true or false") }
        }
        if safe && alternatives.isEmpty { report(fields["safe"], "`safe: true` needs at least one alternative") }
        let rewrites = self.rewrites(fields["rewrites"])
        for key in ["slot", "guidance", "rewrites"] where side != .concern && fields[key] != nil {
            report(fields[key], "`\(key):` belongs to concern entries")
        }

        let examples = strings(fields["examples"], key: "examples")
        // A check's examples are whole notes it must fire on; a lexicon entry's mark its words.
        for example in examples where side != .check && !Self.hasBracedSpans(example) {
            report(fields["examples"], "example \"\(example)\" must mark the flagged text in {braces}")
        }
        let message = text(fields, "message", in: node, required: side == .concern || side == .check)
        let headings = strings(fields["headings"], key: "headings")
        if !headings.isEmpty && side != .thread && side != .fact { report(fields["headings"], "`headings:` belong to `side: thread` and `side: fact` files") }
        let rationale = text(fields, "rationale", in: node, required: false)
        let source = text(fields, "source", in: node, required: false)

        let context = self.context(fields, side: side)
        var role: LexiconEntry.Role? = nil
        if let node = fields["role"] {
            if side != .context { report(node, "`role:` belongs to `side: context` entries") }
            else if let value = node.string.flatMap(LexiconEntry.Role.init(rawValue:)) { role = value }
            else { report(node, "`role:` must be one of \(LexiconEntry.Role.allCases.map(\.rawValue).joined(separator: ", "))") }
        }
        if role != nil, let key = ["subject", "applies_to", "window", "examples"].first(where: { fields[$0] != nil }) {
            report(fields[key], "a `role:` entry is a word list: `\(key):` does not apply")
        }
        let suggestion = fields["suggestion"] == nil ? "" : text(fields, "suggestion", in: node, required: false)
        let categories = strings(fields["categories"], key: "categories")
        let variants = self.variants(fields["variants"])
        for key in ["suggestion", "variants", "categories"] where side != .check && fields[key] != nil {
            report(fields[key], "`\(key):` belongs to `side: check` entries")
        }

        guard problems.count == problemsBefore else { return nil }
        var entry = LexiconEntry(
            id: id, side: side, category: category, severity: severity, wordClass: wordClass, terms: terms,
            exceptions: strings(fields["except"], key: "except"), message: message, rationale: rationale,
            alternatives: alternatives, isSafe: safe, source: source, examples: examples,
            counterexamples: strings(fields["counterexamples"], key: "counterexamples"), headings: headings,
            origin: "\(path):\(node.mark?.line ?? 0)")
        entry.context = context
        entry.guidance = fields["guidance"] == nil ? "" : text(fields, "guidance", in: node, required: false)
        entry.rewrites = rewrites
        entry.role = role
        entry.suggestion = suggestion
        entry.variants = variants
        entry.categories = categories
        return entry
    }

    /// `slot:` names: one or a list.
    mutating func slots(_ node: Node) -> [Slot] {
        let names = strings(node, key: "slot")
        var slots: [Slot] = []
        for name in names {
            if let slot = Slot(rawValue: name) { slots.append(slot) }
            else { report(node, "unknown slot '\(name)'; a slot is one of \(Slot.allCases.map(\.rawValue).joined(separator: ", "))") }
        }
        if names.isEmpty { report(node, "`slot:` needs at least one slot") }
        return slots
    }

    /// `alternatives:`: strings (standing for `slots`), or mappings with `text:` and more.
    mutating func alternatives(_ node: Node?, slots: [Slot], wordClass: WordClass, termKeys: Set<String>) -> [Alternative] {
        guard let node else { return [] }
        if let single = node.scalar?.string { return single.isEmpty ? [] : [Alternative(text: single, slots: slots)] }
        guard let items = node.sequence else { report(node, "`alternatives:` must be a list"); return [] }
        var result: [Alternative] = []
        for item in items {
            if let text = item.scalar?.string.trimmingSpaces() {
                if text.isEmpty { report(item, "`alternatives:` items must be non-empty text") } else { result.append(Alternative(text: text, slots: slots)) }
                continue
            }
            guard let fields = item.mapping else { report(item, "an alternative is text, or a mapping with `text:` and `slot:`"); continue }
            for key in fields.keys where !Self.alternativeKeys.contains(key.string ?? "") {
                report(key, "unknown key '\(key.string ?? "?")' in an alternative; known keys: \(Self.alternativeKeys.sorted().joined(separator: ", "))")
            }
            guard let text = fields["text"]?.string?.trimmingSpaces() else { report(item, "an alternative needs `text:` (\"\" to leave the words out)"); continue }
            var alternative = Alternative(text: text, slots: fields["slot"].map { self.slots($0) } ?? slots)
            if let be = fields["be"] {
                alternative.be = be.string?.trimmingSpaces()
                if alternative.be == nil { report(be, "`be:` is the verb that replaces *be* (\"have\"), or \"\" to drop it") }
                if !alternative.slots.contains(.predicate) && !alternative.slots.contains(.nounPhrase) {
                    report(be, "`be:` belongs to predicate and noun-phrase alternatives")
                }
            }
            if let next = fields["next"] {
                if let pairs = next.mapping {
                    for (key, value) in pairs {
                        guard let word = key.string?.lowercased(), !word.isEmpty, let replacement = value.string else {
                            report(key, "`next:` maps a following word to what it becomes (\"\" drops it)")
                            continue
                        }
                        alternative.next[word] = replacement.trimmingSpaces()
                    }
                } else {
                    report(next, "`next:` must be a mapping of following words to what they become")
                }
            }
            alternative.onlyBefore = strings(fields["only_before"], key: "only_before")
            alternative.onlyAfter = strings(fields["only_after"], key: "only_after").map { $0.lowercased() }
            alternative.notBefore = strings(fields["not_before"], key: "not_before").map { $0.lowercased() }
            alternative.notAfter = strings(fields["not_after"], key: "not_after").map { $0.lowercased() }
            // Every form of the terms named: "comply with meds" also stands for "complied with meds".
            let named = strings(fields["for"], key: "for")
            for term in named where !termKeys.contains(Alternative.key(term.split(separator: "|").first.map(String.init) ?? term)) {
                report(fields["for"], "`for:` names '\(term)', which is not one of the entry's terms")
            }
            alternative.terms = named.flatMap { term in
                (wordClass.inflections(of: term) ?? [(.literal, term)]).map { Alternative.key($0.text) }
            }
            if let safe = fields["safe"] {
                if let flag = safe.flag { alternative.canApply = flag } else { report(safe, "`safe:` must be true or false") }
            }
            if text.isEmpty && alternative.be?.isEmpty != false && alternative.slots != [.attributive] && alternative.slots != [.clause] {
                report(item, "an alternative that leaves the words out (`text: \"\"`) stands for an attributive or a clause, or gives *be* a verb (`be: disagree`)")
            }
            result.append(alternative)
        }
        return result
    }

    /// `rewrites:`: `{in: "…", out: "…"}` pairs; `out: null` when no alternative may fit.
    mutating func rewrites(_ node: Node?) -> [RewriteExample] {
        guard let node else { return [] }
        guard let items = node.sequence else { report(node, "`rewrites:` must be a list of {in: sentence, out: sentence or null}"); return [] }
        var examples: [RewriteExample] = []
        for item in items {
            guard let fields = item.mapping, let input = fields["in"]?.string, !input.isEmpty, let out = fields["out"] else {
                report(item, "each rewrite is {in: a sentence, out: the sentence rewritten, or null when no alternative fits}")
                continue
            }
            let isNull = out.scalar.map { $0.style == .plain && ["null", "~", ""].contains($0.string) } ?? false
            guard isNull || out.string != nil else { report(out, "`out:` is a sentence, or null"); continue }
            examples.append(RewriteExample(input: input, output: isNull ? nil : out.string))
        }
        return examples
    }

    /// A check's `variants:`: a mapping of names to a `message:` and/or a `suggestion:`.
    mutating func variants(_ node: Node?) -> [String: LexiconEntry.Variant] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else { report(node, "`variants:` must be a mapping of names to a message and a suggestion"); return [:] }
        var variants: [String: LexiconEntry.Variant] = [:]
        for (key, value) in mapping {
            guard let name = key.string, Self.isKebab(name), !name.isEmpty, let fields = value.mapping else {
                report(key, "each variant is a kebab-case name with `message:` and/or `suggestion:`")
                continue
            }
            for field in fields.keys where !["message", "suggestion"].contains(field.string ?? "") {
                report(field, "a variant has only `message:` and `suggestion:`")
            }
            let variant = LexiconEntry.Variant(message: fields["message"]?.string, suggestion: fields["suggestion"]?.string)
            if variant.message == nil && variant.suggestion == nil { report(value, "variant '\(name)' needs `message:` or `suggestion:`") }
            variants[name] = variant
        }
        return variants
    }

    /// The context rules of an entry: `not_after`, `senses`, `quoted` and the rest.
    mutating func context(_ fields: [String: Node], side: LexiconEntry.Side) -> LexiconEntry.Context {
        var context = LexiconEntry.Context()
        context.notAfter = strings(fields["not_after"], key: "not_after")
        context.notBefore = strings(fields["not_before"], key: "not_before")
        context.onlyAfter = strings(fields["only_after"], key: "only_after")
        context.onlyBefore = strings(fields["only_before"], key: "only_before")
        context.appliesTo = strings(fields["applies_to"], key: "applies_to")
        context.between = strings(fields["between"], key: "between")
        if let node = fields["window"] {
            if let value = node.integer, value > 0, value <= 50 { context.window = value }
            else { report(node, "`window:` must be a whole number of words from 1 to 50") }
        }
        if let node = fields["quoted"] {
            if let value = node.string.flatMap(LexiconEntry.Quoted.init(rawValue:)) { context.quoted = value }
            else { report(node, "`quoted:` must be info, skip or flag") }
        }
        if let node = fields["in_names"] {
            if let value = node.flag { context.inNames = value } else { report(node, "`in_names:` must be true or false") }
        }
        if let node = fields["senses"] {
            for item in node.sequence ?? [] {
                guard let sense = item.mapping, let name = sense["sense"]?.string, !name.isEmpty else {
                    report(item, "each of `senses:` needs `sense:` (a name) and `before:` or `after:` phrases")
                    continue
                }
                let before = strings(sense["before"], key: "before"), after = strings(sense["after"], key: "after")
                if before.isEmpty && after.isEmpty { report(item, "sense '\(name)' needs `before:` or `after:` phrases") }
                context.senses.append(.init(name: name, before: before, after: after))
            }
            if node.sequence == nil { report(node, "`senses:` must be a list") }
        }
        // A golden-thread cue may be silenced by words around it ("not part of her plan") or ask
        // for words before it ("para abrir" after "nos encontramos"), a context cue may ask for
        // words before it ("as" after "describe"); the rest of the rules are about wording.
        let wordRules = side == .thread ? ["only_before", "senses", "quoted", "in_names"]
            : side == .context ? ["not_after", "not_before", "only_before", "senses", "quoted", "in_names"]
            : ["not_after", "not_before", "only_after", "only_before", "senses", "quoted", "in_names"]
        if side != .concern, let key = wordRules.first(where: { fields[$0] != nil }) {
            report(fields[key], "`\(key):` belongs to concern entries")
        }
        if let node = fields["subject"] {
            let value = node.string.flatMap(LexiconEntry.SubjectRule.init(rawValue:))
            switch (side, value) {
            case (.concern, .person?), (.concern, .knownPerson?), (.concern, .staff?), (.concern, .label?), (.context, .notWriter?), (.context, .person?), (.context, .record?), (.context, .someoneElse?):
                context.subject = value
            case (.concern, _): report(node, "`subject:` of a concern entry must be `person`, `known-person`, `staff` or `label`")
            case (.context, _): report(node, "`subject:` of a context cue must be `not-writer`, `someone-else`, `person` or `record`")
            default: report(node, "`subject:` belongs to concern entries and context cues")
            }
        }
        if let node = fields["only_quoted"] {
            if let value = node.flag { context.onlyQuoted = value } else { report(node, "`only_quoted:` must be true or false") }
        }
        if let node = fields["reaches_back"] {
            if let value = node.flag { context.reachesBack = value } else { report(node, "`reaches_back:` must be true or false") }
        }
        for key in ["applies_to", "between", "reaches_back"] where side != .context && fields[key] != nil {
            report(fields[key], "`\(key):` belongs to `side: context` entries")
        }
        if side != .context && side != .concern, let node = fields["only_quoted"] {
            report(node, "`only_quoted:` belongs to concern entries and context cues")
        }
        return context
    }

    mutating func text(_ fields: [String: Node], _ key: String, in node: Node, required: Bool) -> String {
        guard let value = fields[key] else {
            if required { report(node, "entry is missing `\(key):`") }
            return ""
        }
        guard let string = value.string?.trimmingSpaces(), !string.isEmpty else {
            report(value, "`\(key):` must be non-empty text")
            return ""
        }
        return string
    }

    /// A list of non-empty strings; a single string counts as a list of one.
    mutating func strings(_ node: Node?, key: String) -> [String] {
        guard let node else { return [] }
        if let single = node.scalar?.string { return single.isEmpty ? [] : [single] }
        guard let items = node.sequence else { report(node, "`\(key):` must be a list of text"); return [] }
        var result: [String] = []
        for item in items {
            guard let string = item.scalar?.string.trimmingSpaces(), !string.isEmpty else {
                report(item, "`\(key):` items must be non-empty text")
                continue
            }
            result.append(string)
        }
        return result
    }

    static func isKebab(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    static func hasBracedSpans(_ text: String) -> Bool {
        var depth = 0, spans = 0
        for character in text {
            if character == "{" { depth += 1; spans += 1; if depth > 1 { return false } }
            if character == "}" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0 && spans > 0
    }
}
