/// Reads the service facts a note states in its own words — the person, the date, the
/// duration and any time range, the service type and setting, the group size, the billing code
/// and modifier, pre-admission, an LPHA co-signature, an ad hoc service — from labelled header
/// lines ("DOS: 3/12/2026"), titles ("Group Peer Support – WRAP") and sentences ("We met for 45
/// minutes by phone"), as real notes pasted from an EHR state them. A fact that front matter or
/// an export gives is kept; where the text says otherwise, that is recorded as a conflict.
/// The labels and phrases are the lexicon's `side: fact` entries.
struct TextFacts {
    private let words: FactWords
    private let bytes: [UInt8]
    private let body: Range<Int>
    /// What has been read so far, with where; a `weak` fact came from a sentence.
    private var found: [String: (value: Value, range: Range<Int>, isWeak: Bool)] = [:]
    /// Names header lines give to staff ("Facilitator: Luis Santiago-Cruz, YPA-C").
    private var staff: [String] = []
    /// Whether the setting came from the note's own word in brackets ("(community)").
    private var settingInBrackets = false
    /// Whether the lines now read are an addendum's, which correct the note's facts.
    private var correcting = false
    /// The facts the addendum has corrected: each once, by the first thing it says of it.
    private var corrected: Set<String> = []
    /// The labels an addendum's sentence may open with.
    private static let correctableKinds: Set<LexiconEntry.FactKind> = [.duration, .time, .timeStart, .timeEnd, .groupSize, .service, .setting]
    /// What an addendum may correct: the service's facts, never who or when.
    private static let correctable: Set<String> = ["minutes", "range_minutes", "group_size", "service", "setting", "modifier", "billing_code"]

    /// A fact's value.
    private enum Value: Equatable {
        case text(String), number(Int), flag(Bool), service(NoteMetadata.Service), setting(NoteMetadata.Setting)
    }

    /// `metadata` with the facts the note's text states where it gives none.
    static func read(_ note: Note, words: FactWords, into metadata: inout NoteMetadata) {
        // Only the part read is copied; offsets stay those of the whole text.
        let end = min(note.body.upperBound, note.body.lowerBound + readLimit)
        var reader = TextFacts(words: words, bytes: Array(note.text.utf8.prefix(end)), body: note.body.lowerBound..<end)
        reader.read()
        reader.merge(into: &metadata)
    }

    private init(words: FactWords, bytes: [UInt8], body: Range<Int>) {
        self.words = words
        self.bytes = bytes
        self.body = body
    }

    // MARK: Reading

    private mutating func read() {
        let lines = self.lines()
        // A title is one of the first short lines before the narrative starts.
        var titles = 0
        var narrative: [Range<Int>] = [], titleLines: Set<Range<Int>> = []
        // An export's layout: a label alone on its line ("Participants"), its value on the next.
        var waiting: LexiconEntry.FactKind? = nil
        for (number, line) in lines.enumerated() {
            if let kind = waiting {
                waiting = nil
                if bareLabel(line) == nil, labelledKind(line) == nil, line.count <= Self.valueLineLimit, !endsSentence(line) {
                    readLabelled(kind, line)
                    continue
                }
            }
            if let kind = bareLabel(line) {
                waiting = kind
                continue
            }
            // "Addendum 4/7/2026: corrected participant count to 13.": the rest of the note corrects it.
            if !correcting, number > 0, opensAddendum(line) { correcting = true }
            if correcting {
                // A co-signature or a labelled field after it is read as anywhere else (and corrects).
                if !readLabels(in: line) { readCorrections(in: line) }
                continue
            }
            let isTitle = titles < 4 && number < 8 && line.count <= 120 && !endsSentence(line)
            let before = unlabelledPieces.count
            // "12 members today: Nolan, Beatriz, …" with thirteen names: the names are who came.
            if let roster = namedRoster(in: line) {
                _ = readLabels(in: line)
                found["group_size"] = (.number(roster.count), roster.range, false)
                continue
            }
            if readLabels(in: line) {
                if number < 8 { titleLines.formUnion(unlabelledPieces[before...]) }
                continue
            }
            // Labelled lines take no title's place: "Onsite, youth room" after four labels is one.
            if isTitle { titles += 1 }
            narrative.append(line)
            if isTitle || number == 0 { titleLines.insert(line) }
            // The first line is a title even when it ends a sentence; of a whole paragraph, its first sentence is.
            if number == 0 && !isTitle && line.count > 160 {
                let title = firstSentence(of: line)
                readPhrases(in: title, isTitle: true)
                readPhrases(in: title.upperBound..<line.upperBound, isTitle: false)
            } else {
                readPhrases(in: line, isTitle: isTitle || number == 0)
            }
        }
        // Family peer support serves the parent or caregiver: when no one else is labelled, it is they.
        if found["person"] == nil, let caregiver = found["caregiver"] { found["person"] = caregiver }
        if found["person"] == nil,
           let person = PersonMention.served(in: bytes, lines: unlabelledPieces + narrative, titleLines: titleLines, words: words, staff: staff,
                                             cuedOnly: found["service"]?.value == .service(.group)) {
            set("person", .text(person.name), person.range, weak: true)
        }
        if found["range_minutes"] == nil, let start = rangeEnds.start, let end = rangeEnds.end,
           let minutes = TimeRange.between(bytes, start: start, end: end) {
            set("range_minutes", .number(minutes), start.lowerBound..<end.upperBound)
        }
        // "Two women from the Azores" in an individual note is not a group's size.
        if found["group_size"]?.isWeak == true, found["service"].map({ $0.value != .service(.group) }) ?? false { found["group_size"] = nil }
        // A group size says the service was a group, when nothing else says what it was; one
        // from a sentence ("Five people came out") only when the note names no one person.
        if found["service"] == nil, found["group_size"]?.isWeak == false || found["person"] == nil, case .number(let size)? = found["group_size"]?.value, size > 1,
           let range = found["group_size"]?.range {
            set("service", .service(.group), range, weak: true)
        }
        // "Billed H0038-HQ": the group modifier says the service was a group.
        if found["service"] == nil, case .text("HQ")? = found["modifier"]?.value, let range = found["modifier"]?.range {
            set("service", .service(.group), range, weak: true)
        }
        // One person, met somewhere (a phone call, the library), and nothing of a group or a family:
        // an individual service, as a reader of the note would take it.
        if found["service"] == nil, found["group_size"] == nil, found["person"] != nil, let setting = found["setting"] {
            set("service", .service(.individual), setting.range, weak: true)
        }
        // A duration from a sentence ("after 10 minutes") is not the service's when a header gives its time range.
        if found["minutes"]?.isWeak == true, let range = found["range_minutes"], !range.isWeak { found["minutes"] = nil }
    }

    /// Whether `line` opens with an addendum's word ("Addendum 3/10/2026:", "CORRECTION -").
    private func opensAddendum(_ line: Range<Int>) -> Bool {
        let opening = Array(FactWords.words(in: bytes[line].prefix(40)).prefix(4))
        return words.matches(in: opening).contains { $0.kind == .addendum && $0.first == 0 }
    }

    /// An addendum's line: "corrected end time to 09:21", "service box should read Individual"
    /// are read as the labelled lines "End time: 09:21" and "Service: Individual" would be, and
    /// its sentences ("Actual session 2:00-2:40 PM, 40 minutes") as sentences; what they state
    /// replaces the note's first word on it.
    private mutating func readCorrections(in line: Range<Int>) {
        let lineWords = FactWords.words(in: bytes[line])
        for (index, word) in lineWords.enumerated() {
            // "corrected … to VALUE", "… should read VALUE", "… should be VALUE".
            let valueStart: Int
            if word.word == "to" { valueStart = index + 1 }
            else if word.word == "should", index + 1 < lineWords.count, ["read", "be"].contains(lineWords[index + 1].word) { valueStart = index + 2 }
            else { continue }
            guard valueStart < lineWords.count else { continue }
            // The label: up to four words before, after "corrected"/"changed" or the sentence's start.
            var first = index - 1
            while first > 0, index - first < 4, !["corrected", "changed", "updated", "amended", "the", "addendum"].contains(lineWords[first - 1].word),
                  !bytes[lineWords[first - 1].range.upperBound..<lineWords[first].range.lowerBound].contains(where: { $0 == 0x2E || $0 == 0x3A }) {
                first -= 1
            }
            guard first >= 0, first < index, let kind = correctedKind(lineWords[first..<index].map(\.word)) else { continue }
            let start = lineWords[valueStart].range.lowerBound
            readLabelled(kind, start..<(sentenceEnd(from: start, in: line) ?? line.upperBound))
        }
        // "Total time 11 min.", "Actual duration 40 minutes": a sentence that opens with a label.
        var sentenceStart = line.lowerBound
        while sentenceStart < line.upperBound {
            let end = sentenceEnd(from: sentenceStart, in: line) ?? line.upperBound
            let opening = lineWords.filter { $0.range.lowerBound >= sentenceStart && $0.range.upperBound <= end }.prefix(4)
            for count in stride(from: min(3, opening.count - 1), through: 1, by: -1) {
                let label = opening.prefix(count).map(\.word)
                if let kind = words.labels[label.joined(separator: " ")], Self.correctableKinds.contains(kind) {
                    readLabelled(kind, opening[opening.startIndex + count].range.lowerBound..<end)
                    break
                }
            }
            sentenceStart = end + 1
        }
        readPhrases(in: line, isTitle: false)
    }

    /// The fact a corrected label names: "end time", "participant count", "service box".
    private func correctedKind(_ label: [String]) -> LexiconEntry.FactKind? {
        var label = label
        if let last = label.last, ["box", "field", "entry"].contains(last) { label.removeLast() }
        while !label.isEmpty {
            if let kind = words.labels[label.joined(separator: " ")] { return kind }
            label.removeFirst()
        }
        return nil
    }

    /// Where the sentence that runs on from `start` ends (at its ". "), or nil for the line's end.
    private func sentenceEnd(from start: Int, in line: Range<Int>) -> Int? {
        firstSentenceEnd(in: start..<line.upperBound).map { $0 - 2 }
    }

    /// How much of a note is read for its facts: a note states them in its first lines, and a
    /// note of megabytes (an export's mistake) must not cost more than one of pages.
    static let readLimit = 64 * 1024

    /// The body's lines (up to `readLimit`), without line breaks, skipping blank ones.
    private func lines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        let end = body.upperBound
        var start = body.lowerBound, index = body.lowerBound
        while index <= end {
            if index == end || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if bytes[start..<index].contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append(start..<index) }
                if index < end && bytes[index] == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        return lines
    }

    /// The line up to the end of its first sentence (a period, `!` or `?` and a space) — its
    /// second too when the first is only a date and time ("3/6/2026 2:00–2:45 PM.") — at most
    /// 300 bytes.
    private func firstSentence(of line: Range<Int>) -> Range<Int> {
        let limit = min(line.upperBound, line.lowerBound + 300)
        var index = line.lowerBound + 1
        while index + 1 < limit {
            if [0x2E, 0x21, 0x3F].contains(bytes[index]) && bytes[index + 1] == 0x20 && index - line.lowerBound >= 60 {
                return line.lowerBound..<(index + 1)
            }
            index += 1
        }
        return line.lowerBound..<limit
    }

    /// The stretches of `line` between straight or curly double quotation marks.
    private static func quotations(in line: Range<Int>, _ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = [], open: Int? = nil
        var index = line.lowerBound
        while index < line.upperBound {
            // " (0x22), “ (E2 80 9C) and ” (E2 80 9D).
            let curly = index + 2 < line.upperBound && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            if bytes[index] == 0x22 || (curly && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D)) {
                if let start = open { spans.append(start..<index); open = nil } else { open = index }
                index += curly ? 3 : 1
            } else {
                index += 1
            }
        }
        return spans
    }

    private func endsSentence(_ line: Range<Int>) -> Bool {
        guard let last = bytes[line].last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return last == 0x2E || last == 0x21 || last == 0x3F
    }

    /// `Label: value` pieces of a line (several when separated by `|`, a tab or wide spaces);
    /// whether the line was a labelled line at all.
    /// The pieces of labelled lines that carry no label ("Hollis Okafor | DOS 02/03/2026 | Peer:
    /// S. Osei"): header text, where a name may stand alone.
    private var unlabelledPieces: [Range<Int>] = []
    /// The first clock of a `Start:` and an `End:` label, for a range split over two labels.
    private var rangeEnds: (start: Range<Int>?, end: Range<Int>?) = (nil, nil)

    private mutating func readLabels(in line: Range<Int>) -> Bool {
        var labelled = false
        var unlabelled: [Range<Int>] = []
        let pieces = pieces(of: line)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            if let kind = labelledKind(piece) {
                var valueStart = kind.colon + 1
                while valueStart < piece.upperBound && (bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 || bytes[valueStart] == 0x2A) { valueStart += 1 }
                labelled = true
                readLabelled(kind.kind, valueStart..<piece.upperBound)
            } else if index < pieces.count, let kind = bareLabel(piece), labelledKind(pieces[index]) == nil, bareLabel(pieces[index]) == nil {
                // "Date of Service<tab>3/31/2026<tab>Facilitator<tab>J. Ramos": label and value as cells.
                labelled = true
                readLabelled(kind, pieces[index])
                index += 1
            } else {
                unlabelled.append(piece)
            }
        }
        // "DOS: 02/05/26      10:00–11:30 AM (90 min)": the pieces beside a label are header text too.
        if labelled {
            // A piece as long as a paragraph ("Data: Met Tomasz at the bike shop …") is narrative.
            for piece in unlabelled { readPhrases(in: piece, isTitle: piece.count <= 160 || !endsSentence(piece)) }
            unlabelledPieces += unlabelled
        }
        return labelled
    }

    /// The fact a `Label: value` piece's label names, and where its colon is.
    private func labelledKind(_ piece: Range<Int>) -> (kind: LexiconEntry.FactKind, colon: Int)? {
        guard let colon = bytes[piece].firstIndex(of: 0x3A), colon - piece.lowerBound <= 40,
              let key = labelKey(piece.lowerBound..<colon) else { return nil }
        // "Group size today: 13", "Participants on the line: 13": a label said of this one
        // session, or of how the group met, is the label.
        for when in [" today", " tonight", " on the line", " on the call", " on zoom", " in the room", " in person"] where key.hasSuffix(when) {
            if let kind = words.labels[String(key.dropLast(when.count))] { return (kind, colon) }
        }
        guard let kind = words.labels[key] else { return nil }
        return (kind, colon)
    }

    /// The key of the label written in `range`, the marks a template puts before it ("## ",
    /// "- ", "**") left off, when it is short enough to be one (five words at most).
    private func labelKey(_ range: Range<Int>) -> String? {
        var start = range.lowerBound
        while start < range.upperBound, [0x20, 0x09, 0x2A, 0x23, 0x2D, 0x5F].contains(bytes[start]) { start += 1 }
        guard start < range.upperBound else { return nil }
        let key = Array(bytes[start..<range.upperBound]).withUnsafeBufferPointer { HeadingLabel.key($0) }
        return key.words <= 5 ? key.label : nil
    }

    /// The fact a label without a colon names, where the label is all of `range`: an export's
    /// field name alone on its line or in its own cell ("Participants", "Date of Service").
    private func bareLabel(_ range: Range<Int>) -> LexiconEntry.FactKind? {
        guard range.count <= 40, !bytes[range].contains(0x3A), let key = labelKey(range) else { return nil }
        return words.labels[key]
    }

    /// The longest line read as the value of a label on the line before it (a sentence is none).
    private static let valueLineLimit = 160

    /// Where the text after a label's value goes on past its first sentence ("Malik Lewis, 14.
    /// 2/5/2026 …"), if it does.
    private func firstSentenceEnd(in value: Range<Int>) -> Int? {
        var index = value.lowerBound
        while index + 1 < value.upperBound {
            // ". " after a word of two or more letters: "Malik Lewis, 14." but not "J. Ramos".
            if bytes[index] == 0x2E, bytes[index + 1] == 0x20, index - value.lowerBound >= 2,
               bytes[index - 2] != 0x20, bytes[index - 2] != 0x2E { return index + 2 }
            index += 1
        }
        return nil
    }

    /// Bytes that end one field of a title and start the next: , ; ( ) | - and the first byte
    /// of an en or em dash.
    private static func separatesFields(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x3B || byte == 0x28 || byte == 0x29 || byte == 0x7C || byte == 0x2D || byte == 0xE2
    }

    /// The length of a slash or a middle dot and the space after it at `index` (" / ", " · "), or nil.
    private static func fieldMark(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
        if index + 1 < limit, bytes[index] == 0x2F, bytes[index + 1] == 0x20 { return 2 }
        if index + 2 < limit, bytes[index] == 0xC2, bytes[index + 1] == 0xB7, bytes[index + 2] == 0x20 { return 3 }
        return nil
    }

    /// Whether a field of an export's line starts at `start`: a known label, or any short label
    /// and its colon ("; Goal: Goal 1 - …" ends the field before it, whatever it holds).
    private func startsField(at start: Int, in line: Range<Int>) -> Bool {
        if labelledKind(start..<line.upperBound) != nil { return true }
        let limit = min(line.upperBound, start + Self.fieldLabelLimit)
        guard let colon = bytes[start..<limit].firstIndex(of: 0x3A), colon > start,
              (0x41...0x5A).contains(bytes[start]) else { return false }
        return labelKey(start..<colon) != nil
    }

    /// The longest label of an export's field, in bytes.
    private static let fieldLabelLimit = 40

    /// A line cut where one labelled field ends and the next begins.
    private func pieces(of line: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = line.lowerBound, index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            var cut = 0
            if byte == 0x7C || byte == 0x09 { cut = 1 }
            else if byte == 0x20, index + 2 < line.upperBound, bytes[index + 1] == 0x20, bytes[index + 2] == 0x20 { cut = 3 }
            // "Onsite, Room 210. Group size today: 13": a short header phrase's end, then a known
            // label (after a narrative's sentence, "Present: the school psychologist …" is not one).
            // "Client: Tomasz W.; DOS: 03/10/2026; Start Time: 09:00": an export's fields on one line.
            else if byte == 0x3B, index + 1 < line.upperBound, bytes[index + 1] == 0x20, startsField(at: index + 2, in: line) { cut = 2 }
            else if byte == 0x2E, index - start <= 40, index + 1 < line.upperBound, bytes[index + 1] == 0x20, labelledKind(index + 2..<line.upperBound) != nil { cut = 2 }
            // "Nombre: Luis Pichardo / Fecha: 3/12/2026", "… · Date: …": a slash or a dot between fields, before a known label.
            else if byte == 0x20, let mark = Self.fieldMark(bytes, at: index + 1, limit: line.upperBound),
                    labelledKind(index + 1 + mark..<line.upperBound) != nil { cut = 1 + mark }
            // "Participant:<tab>Rashida Bello": white space after a label's colon is not a field's end.
            if cut > 0, let last = bytes[start..<index].last(where: { $0 != 0x20 && $0 != 0x09 }), last == 0x3A {
                cut = 0
            }
            if cut > 0 {
                if index > start { pieces.append(start..<index) }
                index += cut
                while index < line.upperBound && bytes[index] == 0x20 { index += 1 }
                start = index
                continue
            }
            index += 1
        }
        if start < line.upperBound { pieces.append(start..<line.upperBound) }
        return pieces
    }

    private mutating func readLabelled(_ kind: LexiconEntry.FactKind, _ value: Range<Int>) {
        let text = trimmed(value)
        guard !text.isEmpty else { return }
        switch kind {
        case .person, .caregiver:
            let name = personName(text)
            if !name.isEmpty { set(kind == .person ? "person" : "caregiver", .text(name), value) }
            // "Youth: Malik Lewis, 14. 2/5/2026. Youth peer support, 35 min": the header goes on.
            if let end = firstSentenceEnd(in: value) { readPhrases(in: end..<value.upperBound, isTitle: true) }
        case .date:
            if let date = firstDate(in: value) { set("date", .text(date.iso), date.range) }
            readPhrases(in: value, isTitle: true)
        case .time:
            readTimes(in: value)
            readPhrases(in: value, isTitle: true)
        case .duration:
            if let duration = firstDuration(in: value, strict: false) { set("minutes", .number(duration.minutes), duration.range) }
            // "Total Time: 45": an EHR's minutes field holds the number alone.
            else if let minutes = Int(text), (Self.bareMinutes).contains(minutes) { set("minutes", .number(minutes), value) }
            readPhrases(in: value, isTitle: true)
        case .service, .setting:
            readPhrases(in: value, isTitle: true)
            if kind == .setting && found["setting"] == nil { set("setting", .setting(.offsite), value) }
        case .groupSize:
            // "Nadia, Bree, Roz (Imani + Tash left at 3)": an aside in brackets counts no one.
            let counted = bytes[value].firstIndex(of: 0x28).map { $0 > value.lowerBound ? value.lowerBound..<$0 : value } ?? value
            if let count = firstNumber(in: counted) { set("group_size", .number(count.value), count.range) }
            else if let roster = rosterCount(in: counted) { set("group_size", .number(roster), counted) }
            readPhrases(in: value, isTitle: true)
        case .billingCode, .modifier:
            readPhrases(in: value, isTitle: true)
            if kind == .modifier, found["modifier"] == nil, let word = FactWords.words(in: bytes[value]).first, word.word.count <= 3 {
                set("modifier", .text(word.word.uppercased()), word.range)
            }
        case .preadmission:
            let answer = text.lowercased()
            if ["yes", "y", "true", "pre-admission", "preadmission"].contains(where: { answer.hasPrefix($0) }) { set("preadmission", .flag(true), value) }
            else if ["no", "n", "false", "admitted", "enrolled"].contains(where: { answer.hasPrefix($0) }) { set("preadmission", .flag(false), value) }
        case .staff:
            staff.append(personName(text))
        case .timeStart:
            if rangeEnds.start == nil || correcting { rangeEnds.start = value }
            if correcting { found["range_minutes"] = nil }
        case .timeEnd:
            if rangeEnds.end == nil || correcting { rangeEnds.end = value }
            if correcting { found["range_minutes"] = nil }
        case .goal:
            break
        case .cosign:
            readCosign(in: value, labelled: true)
        case .adhoc:
            let answer = text.lowercased()
            if ["yes", "y", "true"].contains(where: { answer.hasPrefix($0) }) { set("adhoc", .flag(true), value) }
            else if ["no", "n", "false"].contains(where: { answer.hasPrefix($0) }) { set("adhoc", .flag(false), value) }
        default:
            readPhrases(in: value, isTitle: true)
        }
    }

    /// Phrases in a title or a sentence: the service and setting (in a title any mention; in a
    /// sentence only a phrase of two words or more, so "a parent group" in a story is not the
    /// service), pre-admission, ad hoc, the billing code and modifier, a co-signature, a group's
    /// size, durations and time ranges.
    private mutating func readPhrases(in line: Range<Int>, isTitle: Bool) {
        let lineWords = FactWords.words(in: bytes[line])
        let matches = words.matches(in: lineWords)
        // "Family Peer Support Group": a group of families is billed as a group.
        if isTitle, matches.contains(where: { $0.kind == .serviceFamily }), let group = matches.first(where: { $0.kind == .serviceGroup }) {
            set("service", .service(.group), lineWords[group.first].range.lowerBound..<lineWords[group.last].range.upperBound)
        }
        let quoted = Self.quotations(in: line, bytes)
        // "(n=9)", "N = 13": a count as studies write it is the group's.
        if found["group_size"] == nil, let index = lineWords.indices.dropLast().first(where: { lineWords[$0].word == "n" }),
           bytes[lineWords[index].range.upperBound..<lineWords[index + 1].range.lowerBound].filter({ $0 != 0x20 }) == [0x3D],
           let count = Self.count(lineWords[index + 1].word), count > 1 {
            set("group_size", .number(count), lineWords[index].range.lowerBound..<lineWords[index + 1].range.upperBound)
        }
        for (number, match) in matches.enumerated() {
            let range = lineWords[match.first].range.lowerBound..<lineWords[match.last].range.upperBound
            // The person's quoted words ("my own phone plan") state no fact of the service.
            if quoted.contains(where: { $0.contains(range.lowerBound) }) { continue }
            // "walked from the clinic", "rather than the office": a place the service was not.
            if number > 0, matches[number - 1].kind == .notSetting, matches[number - 1].last + 1 == match.first { continue }
            let length = match.last - match.first + 1
            // "Client's home, dining room", "P.S. 214, 2nd floor conference room (CSE meeting)": a room
            // is inside the place the line names, and only says the setting where the line names no other.
            if match.kind == .placeOnsite, ["room", "rm"].contains(lineWords[match.last].word),
               matches.contains(where: { $0.first != match.first && (Self.settingWords[$0.kind] != nil || $0.kind == .placeOffsite) }) { continue }
            // "Eastbrook Clinic community room (onsite)": the note's own word for the setting, in
            // brackets beside the place, outranks whatever the place's words suggest.
            if let setting = Self.settingWords[match.kind], !settingInBrackets, isBracketed(range, in: line) {
                found["setting"] = (.setting(setting), range, false)
                settingInBrackets = true
                continue
            }
            // "Met Jordan at County Probation, 1:30-2:30 PM, community.": the word standing alone
            // between commas, as a header writes it, says the setting as a title would.
            // "Family peer support, onsite at the respite house", "onsite (respite house living
            // room)": the word, then where.
            if let setting = Self.settingWords[match.kind], !isTitle, length == 1,
               standsAlone(range, in: line) || byte(after: range.upperBound, in: line) == 0x28
                   || (Self.settingWordsBeforePlace.contains(lineWords[match.first].word)
                       && match.last + 1 < lineWords.count && ["at", "in"].contains(lineWords[match.last + 1].word)) {
                set("setting", .setting(setting), range)
                continue
            }
            // "a small group (4)": the count in brackets right after the group is its size; in a
            // title ("Walking grp Sunset Park 2:00-3:30pm 7/18/26 (9)"), anywhere on the line.
            if match.kind == .serviceGroup, found["group_size"] == nil,
               let count = bracketedCount(after: range.upperBound, in: line) ?? (isTitle ? bracketedCount(anywhereIn: line) : nil) {
                set("group_size", .number(count.value), count.range)
            }
            switch match.kind {
            case .serviceIndividual where isTitle || length >= 2: set("service", .service(.individual), range, weak: !isTitle)
            case .serviceGroup where isTitle || length >= 2: set("service", .service(.group), range, weak: !isTitle)
            case .serviceFamily where isTitle || length >= 2 || lineWords[match.first].word == "collateral":
                set("service", .service(.family), range, weak: !isTitle)
            case .settingOnsite where isTitle || length >= 2: set("setting", .setting(.onsite), range, weak: !isTitle)
            // A place only suggests the setting: "the drop-in center (community)" is in the community.
            case .placeOnsite where isTitle || length >= 2 || isMetAt(match.first, lineWords):
                set("setting", .setting(.onsite), range, weak: true)
            case .placeOffsite where isTitle || length >= 2 || isMetAt(match.first, lineWords):
                set("setting", .setting(.offsite), range, weak: true)
            case .settingOffsite where isTitle || length >= 2, .settingHome where isTitle || length >= 2:
                set("setting", .setting(.offsite), range, weak: !isTitle)
            case .settingVideo where isTitle || length >= 2 || ["zoom", "telehealth", "doxy"].contains(lineWords[match.first].word),
                 .settingPhone where isTitle || length >= 2 || lineWords[match.first].word == "telephone":
                set("setting", .setting(.telehealth), range, weak: !isTitle)
            case .preadmission: set("preadmission", .flag(true), range)
            case .adhoc: set("adhoc", .flag(true), range)
            case .billingCode:
                set("billing_code", .text(lineWords[match.first].word.uppercased()), range)
                // The modifier written right after the code: H0038-HQ, H0038 HQ.
                if match.last + 1 < lineWords.count, lineWords[match.last + 1].word.count == 2,
                   bytes[range.upperBound..<lineWords[match.last + 1].range.lowerBound].allSatisfy({ [0x20, 0x2D, 0x2B, 0x2F, 0x2C].contains($0) }),
                   lineWords[match.last + 1].range.lowerBound - range.upperBound <= 4 {
                    set("modifier", .text(lineWords[match.last + 1].word.uppercased()), lineWords[match.last + 1].range)
                }
            // "billed as H0038 with the HQ modifier": the modifier named as one, in a sentence too.
            case .modifier where isTitle || length >= 2: set("modifier", .text("HQ"), range)
            case .cosign: readCosign(in: range.lowerBound..<line.upperBound, labelled: false)
            case .groupMember:
                // "6 members attended", "asistieron 6 miembros": attendance just after the members or just before their count.
                let attended = matches.contains {
                    $0.kind == .groupAttendance && (($0.first > match.last && $0.first <= match.last + 2) || ($0.last < match.first && $0.last >= match.first - 3))
                }
                readGroupSize(lineWords, member: match.first, attested: isTitle || attended, in: line)
            // "9 in attendance", "11 present": the words of attendance count the group themselves.
            case .groupAttendance: readGroupSize(lineWords, member: match.first, attested: true, in: line)
            default: continue
            }
        }
        if found["minutes"] == nil || found["minutes"]!.isWeak, let duration = firstDuration(in: line, strict: !isTitle, quoted: quoted) {
            set("minutes", .number(duration.minutes), duration.range, weak: !isTitle)
        }
        readTimes(in: line, weak: !isTitle)
        // A sentence's date is the service's only while no title or label gives one.
        if found["date"] == nil || found["date"]!.isWeak, let date = firstDate(in: line) {
            set("date", .text(date.iso), date.range, weak: !isTitle)
        }
    }

    /// A co-signature: a name with a licensed practitioner's credential after the phrase (a
    /// peer's own credential does not count).
    private mutating func readCosign(in range: Range<Int>, labelled: Bool) {
        let lineWords = FactWords.words(in: bytes[range])
        guard words.matches(in: lineWords).contains(where: { $0.kind == .credential }) else { return }
        var start = range.lowerBound
        if !labelled, let colon = bytes[range].firstIndex(of: 0x3A) { start = colon + 1 }
        else if !labelled, let by = lineWords.firstIndex(where: { $0.word == "by" }) { start = lineWords[by].range.upperBound }
        let text = trimmed(start..<range.upperBound)
        if !text.isEmpty { set("lpha_cosign", .text(text), start..<range.upperBound) }
    }

    /// "6 participants", "eight members attended", "a group of 9". In a sentence the count is the
    /// group's only beside words of attendance or "with 4 other people": "Two members thanked
    /// her" counts some of the group, not all of it.
    private mutating func readGroupSize(_ lineWords: [(word: String, range: Range<Int>)], member: Int, attested: Bool, in line: Range<Int>) {
        guard found["group_size"] == nil else { return }
        // Said of attendance, a member word may be two words long: "13 voice-hearers showed up".
        for offset in 1...(attested ? 3 : 2) where member - offset >= 0 {
            // The words between the count and its members: a noun's ("voice-hearers"), not "and", "a".
            let between = lineWords[(member - offset + 1)..<member]
            if var count = Self.count(lineWords[member - offset].word), !isPartOfNumber(lineWords[member - offset].range),
               between.allSatisfy({ $0.word == "other" || !words.notGoalContent.contains($0.word) }) {
                // "4 other people", "otras 4 personas"
                let other = (offset == 2 && lineWords[member - 1].word == "other")
                    || (member - offset >= 1 && ["otras", "otros"].contains(lineWords[member - offset - 1].word))
                // "with 4 other people" counts who met; "because two other members were talking" does not.
                let withOthers = other && member - offset >= 1 && Self.joiningWords.contains(lineWords[member - offset - 1].word)
                guard attested || withOthers || isFragment(lineWords, count: member - offset, member: member, in: line) else { return }
                // "with 4 other people": the person is the fifth; "30 min youth session" counts minutes.
                if other { count += 1 }
                if between.contains(where: { Self.timeUnits.contains($0.word) }) { return }
                var first = member - offset
                // "10 of 11 members attended", "10 de 11 participantes": the group is who came.
                if first >= 2, ["of", "de"].contains(lineWords[first - 1].word), let came = Self.count(lineWords[first - 2].word), came <= count {
                    count = came
                    first -= 2
                }
                set("group_size", .number(count), lineWords[first].range.lowerBound..<lineWords[member].range.upperBound, weak: true)
                return
            }
        }
    }

    /// A number written as part of a date, a time or a fraction ("3/11/26", "1:30"): no count.
    private func isPartOfNumber(_ range: Range<Int>) -> Bool {
        let marks: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "-")]
        let before = range.lowerBound > 0 && marks.contains(bytes[range.lowerBound - 1])
            && range.lowerBound > 1 && (0x30...0x39).contains(bytes[range.lowerBound - 2])
        let after = range.upperBound + 1 < bytes.count && marks.contains(bytes[range.upperBound]) && (0x30...0x39).contains(bytes[range.upperBound + 1])
        return before || after
    }

    /// A line that counts a group and then names its members ("Attended (6): Jerome, Paulette,
    /// Sergei, Aisling, Moses", "Attendance (8 folks): Amara, …"): three names or more after a
    /// colon, with a group's label or its members' word before it. The names are counted.
    private func namedRoster(in line: Range<Int>) -> (count: Int, range: Range<Int>)? {
        guard let colon = bytes[line].firstIndex(of: 0x3A), colon - line.lowerBound <= 40 else { return nil }
        let label = FactWords.words(in: bytes[line.lowerBound..<colon]).map(\.word).filter { Self.count($0) == nil }
        let isGroupLabel = words.labels[label.joined(separator: " ")] == .groupSize
            || label.contains { word in words.phrases[word]?.contains { $0.kind == .groupMember && $0.words == [word] } == true }
        guard isGroupLabel else { return nil }
        var value = colon + 1
        while value < line.upperBound, bytes[value] == 0x20 || bytes[value] == 0x09 { value += 1 }
        // Capitalized names only, and nothing after them ("and others", "+2") that counts more.
        let names = rosterNames(in: value..<line.upperBound)
        guard names.count >= 3, names.allSatisfy({ name in
            let trimmed = name.drop { $0 == 0x20 }
            let nameWords = FactWords.words(in: trimmed)
            return (1...2).contains(nameWords.count) && (0x41...0x5A).contains(trimmed.first ?? 0)
                && nameWords.allSatisfy { Self.count($0.word) == nil && words.mayBeName($0.word) }
        }) else { return nil }
        return (names.count, value..<line.upperBound)
    }

    /// The pieces of a roster: what stands between its commas and semicolons.
    private func rosterNames(in value: Range<Int>) -> [ArraySlice<UInt8>] {
        bytes[value].split(whereSeparator: { $0 == 0x2C || $0 == 0x3B })
    }

    /// "Present: K., B., D., M." or "Attendees: Ana, Luis, Marco": a roster under a group-size
    /// label counts its people, two or more short names between commas or semicolons.
    private func rosterCount(in value: Range<Int>) -> Int? {
        let names = rosterNames(in: value)
        guard names.count >= 2, names.allSatisfy({ name in
            let words = FactWords.words(in: name)
            return (1...3).contains(words.count) && words.allSatisfy { Self.count($0.word) == nil }
        }) else { return nil }
        return names.count
    }

    /// "… 60 min. 7 participants. The purpose …": a count and its members standing alone, as
    /// a header states them, between a sentence's start and its end, a comma or an aside in
    /// brackets ("7 participants (not counting me)").
    private func isFragment(_ lineWords: [(word: String, range: Range<Int>)], count: Int, member: Int, in line: Range<Int>) -> Bool {
        // "Eleven (11) participants.": the number in words, then in digits.
        var count = count
        if count > 0, byte(before: lineWords[count].range.lowerBound, in: line) == 0x28,
           let digits = Self.count(lineWords[count].word), Self.count(lineWords[count - 1].word) == digits {
            count -= 1
        }
        let (starts, ends) = pieceEdges(lineWords[count].range.lowerBound..<lineWords[member].range.upperBound, in: line)
        let including = member + 1 < lineWords.count && ["incl", "including", "plus"].contains(lineWords[member + 1].word)
        let aside = bytes[lineWords[member].range.upperBound..<line.upperBound].first { $0 != 0x20 && $0 != 0x09 } == 0x28
        return starts && (ends || including || aside)
    }

    /// Words before "4 other people" that make them company at the service: "with", "and".
    private static let joiningWords: Set<String> = ["with", "and", "plus", "alongside", "y", "con"]

    /// The settings a note's own word names (not places that only suggest one).
    private static let settingWords: [LexiconEntry.FactKind: NoteMetadata.Setting] = [
        .settingOnsite: .onsite, .settingOffsite: .offsite, .settingHome: .offsite, .settingVideo: .telehealth, .settingPhone: .telehealth,
    ]

    /// Setting words that say the setting when a place follows ("onsite at the respite
    /// house"); "community at" is not said.
    private static let settingWordsBeforePlace: Set<String> = ["onsite", "offsite"]

    /// Whether the word at `index` is a place said with where it is: "at the Suds-n-Duds
    /// laundromat", "in the diner", "behind Maple Hollow Respite". A place's name (capitalized
    /// words) and an article may come between.
    private func isMetAt(_ index: Int, _ lineWords: [(word: String, range: Range<Int>)]) -> Bool {
        // A name's word is capitalized, or joined to the next by a hyphen ("Suds-n-Duds").
        let isNamePart = { (word: Range<Int>) in
            (0x41...0x5A).contains(self.bytes[word.lowerBound]) || (word.upperBound < self.bytes.count && self.bytes[word.upperBound] == 0x2D)
        }
        var before = index - 1
        var named = 0
        while before >= 0, named < 4, isNamePart(lineWords[before].range) { before -= 1; named += 1 }
        if before >= 0, Self.placeArticles.contains(lineWords[before].word) { before -= 1 }
        return before >= 0 && Self.placePrepositions.contains(lineWords[before].word)
    }

    private static let placeArticles: Set<String> = ["the", "a", "an", "her", "his", "their"]
    private static let placePrepositions: Set<String> = ["at", "in", "inside", "outside", "behind"]

    /// Whether `range` stands alone in brackets: "(onsite)", "( community )".
    private func isBracketed(_ range: Range<Int>, in line: Range<Int>) -> Bool {
        byte(before: range.lowerBound, in: line) == 0x28 && byte(after: range.upperBound, in: line) == 0x29
    }

    /// The first byte from `index` to the line's end that is not a space.
    private func byte(after index: Int, in line: Range<Int>) -> UInt8? {
        bytes[index..<line.upperBound].first { $0 != 0x20 }
    }

    /// The last byte from the line's start to `index` that is not a space.
    private func byte(before index: Int, in line: Range<Int>) -> UInt8? {
        bytes[line.lowerBound..<index].last { $0 != 0x20 }
    }

    /// Whether `range` is a piece of its own: between the line's start or `,` `.` `;` `|` and
    /// the line's end or one of them.
    private func standsAlone(_ range: Range<Int>, in line: Range<Int>) -> Bool {
        let (starts, ends) = pieceEdges(range, in: line)
        return starts && ends
    }

    /// Whether `range` starts a piece of its line (after the line's start or `,` `.` `;` `|`)
    /// and whether it ends one (before the line's end or one of them), spaces and tabs aside.
    private func pieceEdges(_ range: Range<Int>, in line: Range<Int>) -> (starts: Bool, ends: Bool) {
        let isEnd = { (byte: UInt8) in [0x2E, 0x2C, 0x3B, 0x7C].contains(byte) }   // . , ; |
        let before = bytes[line.lowerBound..<range.lowerBound].last { $0 != 0x20 && $0 != 0x09 }
        let after = bytes[range.upperBound..<line.upperBound].first { $0 != 0x20 && $0 != 0x09 }
        return (before.map(isEnd) ?? true, after.map(isEnd) ?? true)
    }

    /// The number in brackets right after `end` on the line ("group (4)"), and its range.
    private func bracketedCount(after end: Int, in line: Range<Int>) -> (value: Int, range: Range<Int>)? {
        var index = end
        while index < line.upperBound && bytes[index] == 0x20 { index += 1 }
        guard index < line.upperBound, bytes[index] == 0x28 else { return nil }   // (
        let start = index + 1
        var close = start
        while close < line.upperBound, (0x30...0x39).contains(bytes[close]) { close += 1 }
        guard close > start, close - start <= 3, close < line.upperBound, bytes[close] == 0x29,   // )
              let value = Int(String(decoding: bytes[start..<close], as: UTF8.self)) else { return nil }
        return (value, start..<close)
    }

    /// The first bare number in brackets on the line ("… 7/18/26 (9).").
    private func bracketedCount(anywhereIn line: Range<Int>) -> (value: Int, range: Range<Int>)? {
        var index = line.lowerBound
        while let open = bytes[index..<line.upperBound].firstIndex(of: 0x28) {
            if let count = bracketedCount(after: open, in: line) { return count }
            index = open + 1
        }
        return nil
    }

    /// Every time range on the line ("10:00–11:15 AM", "9:00 AM - 12:30 PM", "0900-1100",
    /// "14:00 to 14:45"): the first gives the range's minutes.
    private mutating func readTimes(in line: Range<Int>, weak: Bool = false) {
        guard found["range_minutes"] == nil || found["range_minutes"]!.isWeak else { return }
        if let range = TimeRange.first(in: bytes, line) {
            set("range_minutes", .number(range.minutes), range.range, weak: weak)
        } else if found["range_minutes"] == nil,
                  let range = SpokenTime.range(in: bytes, line, leadFreeStart: { firstDate(in: line).flatMap { nextWordStart(after: $0.range.upperBound, in: line) } }) {
            // A dictated note: "tuesday march tenth twenty twenty six one to two thirty".
            set("range_minutes", .number(range.minutes), range.range, weak: weak)
        }
    }

    /// Where the next word starts after `index` in `line`, past spaces and commas.
    private func nextWordStart(after index: Int, in line: Range<Int>) -> Int? {
        var at = index
        while at < line.upperBound, [0x20, 0x2C, 0x09, 0x2E].contains(bytes[at]) { at += 1 }
        return at < line.upperBound ? at : nil
    }

    // MARK: Values

    private func trimmed(_ range: Range<Int>) -> String {
        var start = range.lowerBound, end = range.upperBound
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && [0x20, 0x09, 0x2C, 0x3B].contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A name as a header gives it: an age or a note in brackets, and what follows a comma or a
    /// dash, left off ("Bao Pham (12)", "Linh Pham, mother").
    private func personName(_ text: String) -> String {
        // "TAKAHASHI, JUN" is Jun Takahashi; "DE JESÚS, MARÍA" and "Ruiz Bermúdez, Héctor" carry two
        // surnames, with the given names capitalized after the comma ("Linh Pham, mother" is no such name).
        let parts = text.split(separator: ",", maxSplits: 2).map { $0.trimmingSpaces() }
        if parts.count == 2, Self.isNameWords(parts[1], count: 1...2, initial: true),
           Self.isNameWords(parts[0], count: 1...1)
            || (Self.isNameWords(parts[0], count: 2...2) && parts[1].split(separator: " ").allSatisfy { $0.first?.isUppercase == true }) {
            return Self.capitalized(parts[1] + " " + parts[0])
        }
        let name = plainName(text)
        return name.contains(where: \.isLowercase) ? name : Self.capitalized(name)
    }

    /// Whether `text` is `count` words of letters (a hyphen or apostrophe inside), and with
    /// `initial` a middle initial after them ("Chidi A.", as an EHR writes "Okafor, Chidi A.").
    private static func isNameWords(_ text: String, count: ClosedRange<Int>, initial: Bool = false) -> Bool {
        var words = text.split(separator: " ")
        if initial, words.count > 1, let last = words.last, last.first?.isUppercase == true,
           last.count == 1 || (last.count == 2 && last.last == ".") {
            words.removeLast()
        }
        return count.contains(words.count) && words.allSatisfy { word in word.count > 1 && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }
    }

    /// "JUN TAKAHASHI" as "Jun Takahashi".
    private static func capitalized(_ name: String) -> String {
        guard !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    private func plainName(_ text: String) -> String {
        var name = Substring(text).drop { $0 == " " }
        // "Mrs. Odessa Freeman" is Odessa Freeman, "SFC (ret.) Rosalind Tate" Rosalind Tate: a
        // title, or a title's bracket, is a word that is never a name.
        while let space = name.firstIndex(of: " "),
              words.notNames.contains(String(name[..<space]).lowercased().trimmingCharacters(in: [".", "(", ")"])) {
            name = name[name.index(after: space)...].drop { $0 == " " }
        }
        // A nickname in brackets inside the name stays: "Eleanor (Ellie) Voss".
        let isNickname = { (open: Substring.Index) -> Bool in
            guard let close = name[open...].firstIndex(of: ")") else { return false }
            let inside = name[name.index(after: open)..<close], after = name[close...].dropFirst()
            return !inside.isEmpty && inside.allSatisfy(\.isLetter) && after.first == " " && after.dropFirst().first?.isUppercase == true
        }
        if let cut = name.firstIndex(where: { ($0 == "(" && !isNickname(name.firstIndex(of: "(")!)) || $0 == "," || $0 == ";" || $0 == "–" || $0 == "|" }) {
            name = name[..<cut]
        }
        if let dash = name.range(of: " - ") { name = name[..<dash.lowerBound] }
        let clean = name.trimmingSpaces()
        return clean.contains(where: \.isLetter) ? clean : ""
    }

    private func firstDate(in range: Range<Int>) -> (iso: String, range: Range<Int>)? {
        DateText.first(in: bytes, range)
    }

    private func firstNumber(in range: Range<Int>) -> (value: Int, range: Range<Int>)? {
        for word in FactWords.words(in: bytes[range]) { if let value = Self.count(word.word) { return (value, word.range) } }
        return nil
    }

    /// A duration: "45 min", "1 hr 15 min", "1.5 hours", "90 mins", "an hour", "half an hour".
    /// Only a duration that is the service's, not one after or before words such as "late",
    /// "waited" or "every": within three words before and two after in a sentence (`strict`),
    /// right beside it in a title. A duration in the person's quoted words ("that was 10 minutes
    /// of stuff I was scared of") is theirs, not the service's.
    private func firstDuration(in range: Range<Int>, strict: Bool, quoted: [Range<Int>] = []) -> (minutes: Int, range: Range<Int>)? {
        for duration in Duration.all(in: bytes, range) where !quoted.contains(where: { $0.contains(duration.range.lowerBound) }) {
            // A title's words are terse ("in office, 45 min"): only the word right beside counts there,
            // and none past a separator ("35 min - walked with him").
            let start = strict ? range.lowerBound : (bytes[range.lowerBound..<duration.range.lowerBound].lastIndex(where: Self.separatesFields).map { $0 + 1 } ?? range.lowerBound)
            let end = strict ? range.upperBound : (bytes[duration.range.upperBound..<range.upperBound].firstIndex(where: Self.separatesFields) ?? range.upperBound)
            let before = FactWords.words(in: bytes[start..<duration.range.lowerBound]).suffix(strict ? 3 : 1)
            let after = FactWords.words(in: bytes[duration.range.upperBound..<end]).prefix(strict ? 2 : 1)
            let context = (before.map(\.word) + after.map(\.word))
            let excluded = words.matches(in: Array(before) + Array(after)).contains { $0.kind == .notServiceTime }
            // "Call lasted 10 min before her connection dropped": said of the service, whatever follows.
            let affirmed = strict && words.matches(in: Array(before)).contains { $0.kind == .duration }
            if (excluded && !affirmed) || context.contains("ago") { continue }
            return (duration.minutes, duration.range)
        }
        return nil
    }

    /// A bare number under a duration label read as minutes: fewer than 5 would be hours or
    /// units, and no service lasts more than a day.
    private static let bareMinutes = 5...720

    private static let timeUnits: Set<String> = ["min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours"]

    /// A small count written in digits or words.
    static func count(_ word: String) -> Int? {
        if let number = Int(word), number > 0, number < 1000 { return number }
        return numberWords[word]
    }

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20,
        // "asistieron seis personas": "uno" and "una" are left out, as "a" is ("una participante dijo").
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
        "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20,
    ]

    // MARK: Recording

    /// Records a fact, unless one of its kind was read already: a labelled or title fact is
    /// taken first; a `weak` one (from a sentence) does not replace a strong one, and a strong
    /// one replaces a weak one.
    private mutating func set(_ field: String, _ value: Value, _ range: Range<Int>, weak: Bool = false) {
        if correcting, Self.correctable.contains(field), corrected.insert(field).inserted {
            found[field] = (value, range, false)
            return
        }
        if let existing = found[field], !(existing.isWeak && !weak) { return }
        found[field] = (value, range, weak)
    }

    /// Fills what `metadata` does not give; where it gives something else, records the conflict.
    private func merge(into metadata: inout NoteMetadata) {
        for (field, fact) in found.sorted(by: { $0.key < $1.key }) {
            let evidence = NoteMetadata.TextEvidence(range: fact.range, text: String(decoding: bytes[fact.range], as: UTF8.self), isGuess: fact.isWeak)
            switch (field, fact.value) {
            case ("person", .text(let name)): fill(\.person, name, field, evidence, &metadata, compare: false)
            case ("date", .text(let date)): fill(\.date, date, field, evidence, &metadata, compare: true)
            case ("minutes", .number(let minutes)): fill(\.minutes, minutes, field, evidence, &metadata, compare: true)
            case ("range_minutes", .number(let minutes)):
                metadata.rangeMinutes = minutes
                metadata.fromText[field] = evidence
            case ("service", .service(let service)): fill(\.service, service, field, evidence, &metadata, compare: true)
            case ("setting", .setting(let setting)): fill(\.setting, setting, field, evidence, &metadata, compare: false)
            case ("group_size", .number(let size)): fill(\.groupSize, size, field, evidence, &metadata, compare: true)
            case ("billing_code", .text(let code)):
                metadata.billingCode = code
                metadata.fromText[field] = evidence
            case ("modifier", .text(let modifier)): fill(\.modifier, modifier, field, evidence, &metadata, compare: false)
            case ("preadmission", .flag(let flag)): fill(\.preadmission, flag, field, evidence, &metadata, compare: true)
            case ("lpha_cosign", .text(let name)): fill(\.lphaCosign, name, field, evidence, &metadata, compare: false)
            case ("adhoc", .flag(let flag)): fill(\.adHoc, flag, field, evidence, &metadata, compare: true)
            default: continue
            }
        }
        // Minutes from a time range, when no total is stated.
        if metadata.minutes == nil, let range = metadata.rangeMinutes, let evidence = metadata.fromText["range_minutes"] {
            metadata.minutes = range
            metadata.fromText["minutes"] = evidence
        }
    }

    private func fill<Value: Equatable>(_ slot: WritableKeyPath<NoteMetadata, Value?>, _ value: Value, _ field: String,
                                        _ evidence: NoteMetadata.TextEvidence, _ metadata: inout NoteMetadata, compare: Bool) {
        if let given = metadata[keyPath: slot] {
            if compare && given != value { metadata.conflicts[field] = evidence }
        } else {
            metadata[keyPath: slot] = value
            metadata.fromText[field] = evidence
        }
    }
}
