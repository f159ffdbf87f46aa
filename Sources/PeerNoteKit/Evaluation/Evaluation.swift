import Yams

/// A labelled sentence of the evaluation set (`Corpus/eval/sentences.yml`).
public struct LabelledSentence: Sendable {
    /// What a careful supervisor would say about the sentence.
    public enum Label: String, Sendable, CaseIterable {
        /// Holds wording to coach, at `spans`.
        case concern
        /// A risky word in a legitimate context: nothing should be flagged.
        case tricky
        /// Person-centered: nothing should be flagged.
        case recovery
    }

    /// The sentence without braces.
    public var text: String
    /// Its label.
    public var label: Label
    /// UTF-8 byte ranges that should be flagged (concern sentences only).
    public var spans: [Range<Int>]
    /// Its line in the set's file.
    public var line: Int
    /// A concern sentence's categories, a tricky sentence's kind ("subject", "quote"…): the
    /// names before the first colon or semicolon of its `note:`, comma-separated.
    public var categories: [String] = []

    /// A labelled sentence.
    public init(text: String, label: Label, spans: [Range<Int>], line: Int, categories: [String] = []) {
        self.text = text
        self.label = label
        self.spans = spans
        self.line = line
        self.categories = categories
    }

    /// The categories a `note:` names: "jargon, substance-use" or "subject: the landlord refuses";
    /// a writer's remark after a semicolon is not one ("compliance; writer A (…, …)").
    static func categories(inNote note: String) -> [String] {
        let head = note.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == ";" }.first ?? ""
        return head.split(separator: ",").map { String($0).trimmingSpaces().lowercased() }
            .filter { !$0.isEmpty && !$0.contains(" ") }
    }
}

/// The human labels of one Corpus note (`Corpus/notes/LABELS.yml`): the plan goals it links to
/// (nil before admission, when there is no plan) and the required elements it states.
public struct NoteLabel: Sendable {
    /// Labelled goal ids; empty when the note links to none; nil when it cannot (pre-admission).
    public var goalLink: [String]?
    /// Labelled elements: `type`, `purpose`, `response`, `progress`.
    public var elements: Set<String>
}

/// Precision, recall and false alarms of the flagged words on the labelled sentences, and the
/// accuracy of the goal link and each element on the labelled notes — PeerNote's report card.
public struct Evaluation: Sendable {
    /// Flagged spans that overlap a labelled span (each labelled span counts once).
    public private(set) var truePositives = 0
    /// Flagged spans that overlap no labelled span.
    public private(set) var falsePositives = 0
    /// Labelled spans nothing flagged.
    public private(set) var falseNegatives = 0
    /// Sentences per label, and how many of them had anything flagged.
    public private(set) var sentences: [LabelledSentence.Label: (total: Int, flagged: Int)] = [:]
    /// Notes with a goal-link label, and how many the analysis got right.
    public private(set) var goalLink = (total: 0, right: 0)
    /// Notes with element labels, and per element how many the analysis got right.
    public private(set) var elements: (total: Int, right: [String: Int]) = (0, [:])
    /// Every disagreement, one line each: `line N: flagged {x} …` or `note: purpose missed`.
    public private(set) var misses: [String] = []
    /// Flagged words per category (the finding's category, the sentence's for labelled spans).
    public private(set) var categories: [String: CategoryScore] = [:]
    /// Tricky sentences per kind (`subject`, `quote`, `history`…), and how many had anything flagged.
    public private(set) var trickyKinds: [String: (total: Int, flagged: Int)] = [:]
    /// Every disagreement on a sentence, with its likely cause.
    public private(set) var sentenceMisses: [SentenceMiss] = []

    /// The language of the set the sentences come from (`Evaluation.language(of:)`): a sentence
    /// whose own words tell no language ("Pte. A&Ox3, cooperador a ratos.") is read in it, as
    /// the same line is inside a note of that language. Nil: the analyzer's own language.
    public var setLanguage: String?

    /// An empty evaluation.
    public init() {}

    /// The language most of a set's sentences are written in, by their function words together:
    /// Spanish for a Spanish set, English for an English one, nil when they do not say.
    public static func language(of set: [LabelledSentence]) -> String? {
        var text = set.map(\.text).joined(separator: "\n")
        return text.withUTF8 { bytes in LanguageGuess.language(of: bytes, range: 0..<bytes.count) }
    }

    /// Of the flagged spans, the share that should be.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    /// Of the spans that should be flagged, the share that are.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// The share of sentences with `label` that had anything flagged.
    public func falseAlarmRate(_ label: LabelledSentence.Label) -> Double {
        ratio(sentences[label]?.flagged ?? 0, sentences[label]?.total ?? 0)
    }

    /// Scores one sentence with `analyzer`: flagged means a concern finding about the writer's
    /// own wording (not a strength, not a quotation of the person). With `baseline` (the plain
    /// word list), each missed span is told apart: a term the lexicon lacks, or one that context
    /// silenced.
    public mutating func add(_ sentence: LabelledSentence, analyzer: Analyzer, baseline: Analyzer? = nil) {
        var note = Note(id: "eval", text: sentence.text)
        if let setLanguage, LanguageGuess.language(of: note, untold: "").isEmpty { note.metadata.language = setLanguage }
        let isConcern = Self.concernRules(of: analyzer)
        let findings = analyzer.analyze(note).findings.filter { $0.isAboutWording && isConcern($0.rule) }
        let flagged = findings.filter { !$0.isQuoted }
        let bytes = Array(sentence.text.utf8)
        let show = { (range: Range<Int>) in "{" + String(decoding: bytes[range], as: UTF8.self) + "}" }
        sentences[sentence.label, default: (0, 0)].total += 1
        if !flagged.isEmpty { sentences[sentence.label, default: (0, 0)].flagged += 1 }
        if sentence.label == .tricky {
            let kind = sentence.categories.first ?? "other"
            trickyKinds[kind, default: (0, 0)].total += 1
            if !flagged.isEmpty { trickyKinds[kind, default: (0, 0)].flagged += 1 }
            for category in Set(flagged.map(\.category)) { categories[category, default: .init()].trickyFlagged += 1 }
        }
        var found = Set<Int>()
        for finding in flagged {
            if let index = sentence.spans.indices.first(where: { sentence.spans[$0].overlaps(finding.range) }) {
                if found.insert(index).inserted {
                    truePositives += 1
                    categories[finding.category, default: .init()].truePositives += 1
                }
            } else {
                falsePositives += 1
                categories[finding.category, default: .init()].falsePositives += 1
                misses.append("line \(sentence.line): \(sentence.label.rawValue) sentence, flagged \(show(finding.range)) [\(finding.rule)]")
                sentenceMisses.append(SentenceMiss(line: sentence.line, words: show(finding.range), rule: finding.rule, isMissed: false,
                                                   cause: SentenceMiss.cause(flaggedIn: sentence)))
            }
        }
        for category in Set(sentence.categories) where sentence.label == .concern {
            categories[category, default: .init()].labelled += sentence.spans.count
            categories[category, default: .init()].found += found.count
        }
        let missed = sentence.spans.indices.filter { !found.contains($0) }
        guard !missed.isEmpty else { return }
        let silenced = analyzer.silencedMatches(in: note)
        let plain = baseline.map { baseline in
            baseline.analyze(note).findings.filter { $0.isAboutWording && !$0.isQuoted && Self.concernRules(of: baseline)($0.rule) }
        } ?? []
        for index in missed {
            let span = sentence.spans[index]
            falseNegatives += 1
            misses.append("line \(sentence.line): missed \(show(span))")
            var miss = SentenceMiss(line: sentence.line, words: show(span), rule: nil, isMissed: true, cause: "missing term")
            if let quoted = findings.first(where: { $0.isQuoted && $0.range.overlaps(span) }) {
                (miss.cause, miss.rule) = ("silenced: quotation, read as the person's words", quoted.rule)
            } else if let match = silenced.first(where: { $0.range.overlaps(span) }) {
                (miss.cause, miss.rule, miss.by) = ("silenced: \(match.reason.rawValue)", match.rule, match.by)
            } else if let match = plain.first(where: { $0.range.overlaps(span) }) {
                (miss.cause, miss.rule) = ("silenced: a longer phrase or another entry covers it", match.rule)
            }
            sentenceMisses.append(miss)
        }
    }

    /// Whether a rule id is a concern entry of `analyzer`'s lexicon.
    private static func concernRules(of analyzer: Analyzer) -> (String) -> Bool {
        let ids = analyzer.lexicon.concernIDs
        return { ids.contains($0) }
    }

    /// The share of tricky sentences of `kind` that had anything flagged.
    public func falseAlarmRate(trickyKind kind: String) -> Double {
        ratio(trickyKinds[kind]?.flagged ?? 0, trickyKinds[kind]?.total ?? 0)
    }

    /// The share of all tricky sentences in which a rule of `category` flagged something.
    public func falseAlarmRate(category: String) -> Double {
        ratio(categories[category]?.trickyFlagged ?? 0, sentences[.tricky]?.total ?? 0)
    }

    /// Scores one note's goal link and elements against its label.
    public mutating func add(_ analysis: NoteAnalysis, label: NoteLabel, name: String) {
        guard let thread = analysis.thread else { return }
        if let expected = label.goalLink {
            goalLink.total += 1
            let found = Set(thread.linkedGoalIDs)
            // Right when the note links exactly when the label says so, and only to labelled goals.
            let right = expected.isEmpty ? thread.links.isEmpty : (!thread.links.isEmpty && found.isSubset(of: Set(expected)))
            if right { goalLink.right += 1 } else { misses.append("\(name): goals \(found.sorted()) vs labelled \(expected)") }
        }
        elements.total += 1
        for element in GoalThread.Element.allCases {
            let expected = label.elements.contains(element.rawValue)
            if (thread.elements[element] != nil) == expected { elements.right[element.rawValue, default: 0] += 1 }
            else { misses.append("\(name): \(element.rawValue) \(expected ? "missed" : "found but not labelled")") }
        }
    }

    /// The share of labelled notes whose goal link is right.
    public var goalLinkAccuracy: Double { ratio(goalLink.right, goalLink.total) }

    /// The share of labelled notes where `element` is found exactly when labelled.
    public func accuracy(of element: GoalThread.Element) -> Double {
        ratio(elements.right[element.rawValue] ?? 0, elements.total)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { Self.ratio(part, whole) }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}

extension Evaluation {
    /// An evaluation file's YAML, read with the data limits; a parse error comes back as a
    /// `file:line` error.
    static func root(yaml: String, file: String) throws(InputErrors) -> Node? {
        do { return try YAMLSupport.compose(yaml, limits: .data) } catch { throw InputErrors([YAMLSupport.inputError(error, file: file)]) }
    }

    /// The list under `key` at the top of an evaluation file; `items` says what each holds, for
    /// the error when there is no such list.
    static func list(_ key: String, yaml: String, file: String, items: String) throws(InputErrors) -> Node.Sequence {
        guard let list = try root(yaml: yaml, file: file)?.mapping?[key]?.sequence else {
            throw InputErrors([InputError(file: file, line: 1, message: "expected `\(key):` with a list of \(items)")])
        }
        return list
    }

    /// Reads the evaluation set's YAML: `sentences:` with `text` (concern spans in `{braces}`)
    /// and `label`. Problems come back as `file:line` errors.
    public static func sentences(yaml: String, file: String) throws(InputErrors) -> [LabelledSentence] {
        let list = try list("sentences", yaml: yaml, file: file, items: "{text, label}")
        var result: [LabelledSentence] = []
        var problems: [InputError] = []
        for item in list {
            let line = (item.mark?.line ?? 0)
            guard let text = item.mapping?["text"]?.string,
                  let label = item.mapping?["label"]?.string.flatMap(LabelledSentence.Label.init(rawValue:)) else {
                problems.append(InputError(file: file, line: line, message: "each sentence needs `text:` and `label:` (concern, tricky or recovery)"))
                continue
            }
            let (plain, spans) = Lexicon.unbrace(text)
            if (label == .concern) == spans.isEmpty {
                problems.append(InputError(file: file, line: line, message: label == .concern
                    ? "a concern sentence marks what should be flagged in {braces}" : "only concern sentences have {braces}"))
                continue
            }
            let categories = item.mapping?["note"]?.string.map(LabelledSentence.categories(inNote:)) ?? []
            result.append(LabelledSentence(text: plain, label: label, spans: spans, line: line, categories: categories))
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return result
    }

    /// Reads `LABELS.yml`: note file name (its `file:`) → goal link and elements.
    public static func noteLabels(yaml: String, file: String) throws(InputErrors) -> [String: NoteLabel] {
        let root = try root(yaml: yaml, file: file)
        var labels: [String: NoteLabel] = [:]
        for (key, value) in root?.mapping ?? [:] {
            guard let fields = value.mapping, let name = fields["file"]?.string ?? key.string else { continue }
            let link: [String]? = fields["goal_link"].flatMap { node in node.sequence.map { $0.compactMap(\.string) } }
            let elements = Set((fields["elements"]?.sequence ?? []).compactMap(\.string))
            labels[name] = NoteLabel(goalLink: link, elements: elements)
        }
        return labels
    }
}
