/// Finds the person a note is about when no header names them: "Met Héctor Morales at housing
/// court", "2/2/26 Ray Santiago - indiv peer session", "Jorge Batista attended". A name is two or
/// three capitalized words, with a nickname in quotes or brackets between ("Dolores "Dee"
/// Whitehorse"). The person served is the name whose first name (or nickname) the note keeps
/// coming back to; a name in a title line or after words such as "with" or "met" counts more.
/// Staff are left out: a name on a staff header line, or signed with a credential ("Beth
/// Kowalski, CRPA").
struct PersonMention {
    /// A capitalized word of a line, with its byte range.
    private struct Word {
        var text: String
        var range: Range<Int>
        /// The bytes between this word and the previous one on the line.
        var gap: [UInt8]
    }

    /// A possible name: its words' index range in a line's words, and where it is written.
    private struct Candidate {
        var text: String
        var range: Range<Int>
        var first: String
        var nickname: String?
        var score = 0
        var cued = false
    }

    private let bytes: [UInt8]
    private let words: FactWords

    /// The person served, as written, and where; nil when no name stands out.
    /// `lines` are the lines to look in (not labelled header lines), `titleLines` those of
    /// them at the top; `staff` are names the headers give to staff, whose first names do not count.
    /// In a group's note (`cuedOnly`) only a name after words such as "note for" or "with" is the
    /// person's: the rest are the group's members, their places and their talk.
    static func served(in bytes: [UInt8], lines: [Range<Int>], titleLines: Set<Range<Int>>, words: FactWords, staff: [String],
                       cuedOnly: Bool = false) -> (name: String, range: Range<Int>)? {
        guard let (name, range) = PersonMention(bytes: bytes, words: words).served(lines: lines, titleLines: titleLines, staff: staff, cuedOnly: cuedOnly)
        else { return nil }
        // "Stopped by Mei-Lin Chow's apartment": the name, not its possessive.
        for suffix in ["'s", "’s"] where name.hasSuffix(suffix) && name.count > 3 {
            return (String(name.dropLast(2)), range.lowerBound..<(range.upperBound - suffix.utf8.count))
        }
        return (name, range)
    }

    /// How far into a note, in bytes, a line still belongs to its header.
    private static let headerBytes = 300

    /// Whether a dash, a comma or a colon follows `end` as a field's end ("José Almonte — …").
    private func opensField(after end: Int, in line: Range<Int>) -> Bool {
        let rest = bytes[end..<line.upperBound].drop { $0 == 0x20 }
        guard let first = rest.first else { return false }
        if first == 0x2C || first == 0x3A { return true }
        if first == 0x2D { return rest.dropFirst().first == 0x20 }
        return rest.starts(with: [0xE2, 0x80, 0x94]) || rest.starts(with: [0xE2, 0x80, 0x93])
    }

    private init(bytes: [UInt8], words: FactWords) {
        self.bytes = bytes
        self.words = words
    }

    private func served(lines: [Range<Int>], titleLines: Set<Range<Int>>, staff: [String], cuedOnly: Bool) -> (name: String, range: Range<Int>)? {
        let staffWords = Set(staff.flatMap { $0.split(separator: " ").map { $0.lowercased() } })
        var candidates: [Candidate] = []
        var counts: [String: Int] = [:]
        var singles: [(word: Word, cued: Bool, title: Bool)] = []
        for line in lines {
            let lineWords = capitalizedWords(in: line)
            // "Okoro, Chinedu" alone on a title line: the chart's "Last, First", whatever follows.
            if titleLines.contains(line), let name = lastFirst(lineWords, line: line), !staffWords.contains(name.first.lowercased()) {
                return (name.text, line)
            }
            // "DeWayne's plan" mentions DeWayne.
            for word in lineWords { counts[Self.withoutPossessive(word.text), default: 0] += 1 }
            // "the Rescue Mission", "the Mount Sinai ER": an article makes the words a place's name.
            for var candidate in names(in: lineWords, line: line) where !staffWords.contains(candidate.first.lowercased())
                && !followsArticle(candidate.range.lowerBound, in: line) {
                if titleLines.contains(line) { candidate.score += 2 }
                // "José Almonte — one-time contact, not on his plan.": a full name opening a line near
                // the top, set off as a field, heads the note as a title would.
                else if candidate.range.lowerBound == line.lowerBound, line.lowerBound < Self.headerBytes, opensField(after: candidate.range.upperBound, in: line) {
                    candidate.score += 2
                }
                if isCued(before: candidate.range.lowerBound, in: line) { candidate.score += 2; candidate.cued = true }
                candidates.append(candidate)
            }
            // A word on its own: not part of a longer name ("Bongani Khumalo, NYCPS").
            for (index, word) in lineWords.enumerated() where word.gap != [0x20] && (index + 1 == lineWords.count || lineWords[index + 1].gap != [0x20])
                && !staffWords.contains(word.text.lowercased()) && !isEveryday(word.text) && !startsPlaceName(after: word.range.upperBound, in: line) {
                // A title: short, as a heading is (the first line of a paragraph is not one).
                singles.append((word, isCued(before: word.range.lowerBound, in: line) || reachesOut(word.range, in: line),
                                titleLines.contains(line) && line.count <= 120))
            }
        }
        for index in candidates.indices {
            // Each later mention of the first name or nickname alone: the name's own mention is not one.
            let first = (counts[candidates[index].first] ?? 1) - 1
            let nickname = candidates[index].nickname.map { (counts[$0] ?? 1) - 1 } ?? 0
            candidates[index].score += 2 * min(3, max(first, nickname))
            // "Hearing Voices", "Managing Stress": everyday words in capitals name a group or a
            // program, unless the note comes back to the first of them as a person's name.
            let everyday = candidates[index].text.split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy { isEveryday(String($0)) }
            if everyday && first == 0 && nickname == 0 { candidates[index].score = 0 }
        }
        if cuedOnly {
            candidates.removeAll { !$0.cued && (counts[$0.first] ?? 1) < 2 && $0.nickname.map { (counts[$0] ?? 0) < 1 } ?? true }
            singles.removeAll { !$0.cued }
        }
        // The highest score; of equals, the first written.
        if let best = candidates.enumerated().max(by: { a, b in (a.element.score, -a.offset) < (b.element.score, -b.offset) })?.element,
           best.score > 0 {
            // A first name freed from a sentence's "Met" is the full name where the note writes one.
            if let full = candidates.first(where: { $0.first == best.text && $0.text.hasPrefix(best.text + " ") }) { return (full.text, full.range) }
            return (best.text, best.range)
        }
        // "kwame asante-boateng -- phone": a name typed in lowercase, alone in a title's field.
        for line in lines where titleLines.contains(line) {
            if let name = lowercaseName(in: line, staff: staffWords) { return name }
        }
        // "tyrell whitehorse march twenty fourth …", "second note tyrell whitehorse same day march …":
        // a dictated note opens with the name before the date, in its first few words.
        if let line = lines.first {
            let opening = FactWords.words(in: bytes[line].prefix(100)).prefix(8)
            if let date = opening.firstIndex(where: { Self.dateWords.contains($0.word) || $0.word.first?.isNumber == true }), date >= 2 {
                for start in 0..<(date - 1) {
                    if let name = lowercaseName(field: opening[start].range.lowerBound..<opening[start + 1].range.upperBound, staff: staffWords) { return name }
                }
            }
        }
        // "Video session with Marguerite", "Phone check-in - Sofia - 11/18": a first name alone,
        // when no full name stands out — after "with" or "met", or on a short title line and met again.
        let single = singles.first { $0.cued } ?? singles.first { $0.title && (counts[$0.word.text] ?? 0) >= 2 }
        return single.map { ($0.word.text, $0.word.range) }
    }

    /// A title's field of two or three lowercase words, none an everyday word or a fact's
    /// ("marisol quintanilla     1/9/26", "video check in -- kwame asante-boateng -- 03/03/26"),
    /// capitalized as a name is written.
    private func lowercaseName(in line: Range<Int>, staff: Set<String>) -> (name: String, range: Range<Int>)? {
        var start = line.lowerBound
        var index = line.lowerBound
        while index <= line.upperBound {
            // Fields end at a tab, two spaces, a spaced dash, a bar, a comma or semicolon, brackets, or the line's end.
            let ends = index == line.upperBound || [0x09, 0x7C, 0x2C, 0x3B, 0x28, 0x29].contains(bytes[index])
                || (bytes[index] == 0x20 && index + 1 < line.upperBound && [0x20, 0x2D].contains(bytes[index + 1]))
                || (bytes[index] == 0xE2 && index + 2 < line.upperBound && bytes[index + 1] == 0x80 && (0x93...0x94).contains(bytes[index + 2]))
            if ends {
                if let name = lowercaseName(field: start..<index, staff: staff) { return name }
                start = index + 1
            }
            index += 1
        }
        return nil
    }

    private func lowercaseName(field: Range<Int>, staff: Set<String>) -> (name: String, range: Range<Int>)? {
        var field = field
        while field.lowerBound < field.upperBound, [0x20, 0x2D].contains(bytes[field.lowerBound]) { field = (field.lowerBound + 1)..<field.upperBound }
        while field.lowerBound < field.upperBound, [0x20, 0x2D, 0x0D].contains(bytes[field.upperBound - 1]) { field = field.lowerBound..<(field.upperBound - 1) }
        guard field.count >= 5, field.count <= 40,
              bytes[field].allSatisfy({ (0x61...0x7A).contains($0) || $0 == 0x20 || $0 == 0x2D || $0 == 0x27 }) else { return nil }
        // Two or three words a space apart ("asante-boateng" is one), none of them a fact's.
        let fieldWords = FactWords.words(in: bytes[field])
        guard (1...2).contains(bytes[field].count(where: { $0 == 0x20 })),
              fieldWords.allSatisfy({ $0.word.count >= 2 && !isEveryday($0.word) && words.mayBeName($0.word) && !staff.contains($0.word) }),
              words.matches(in: fieldWords).isEmpty else { return nil }
        let text = String(decoding: bytes[field], as: UTF8.self)
        let name = text.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
        return (name, field)
    }

    /// An everyday word ("Hearing", "Stress", "Mission"), as the lexicon's common words list them.
    private func isEveryday(_ word: String) -> Bool {
        words.commonWords.contains(word.lowercased())
    }

    /// "Okoro, Chinedu" or "Reyes, Luz Marina" as the whole of a line: "Chinedu Okoro".
    private func lastFirst(_ lineWords: [Word], line: Range<Int>) -> (text: String, first: String)? {
        guard (2...3).contains(lineWords.count), lineWords[1].gap == [0x2C, 0x20],
              lineWords.dropFirst(2).allSatisfy({ $0.gap == [0x20] }) else { return nil }
        // Nothing else on the line but spaces.
        let written = lineWords[0].range.lowerBound..<lineWords.last!.range.upperBound
        guard bytes[line.lowerBound..<written.lowerBound].allSatisfy({ $0 == 0x20 }),
              bytes[written.upperBound..<line.upperBound].allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { return nil }
        let given = lineWords.dropFirst().map(\.text)
        return ((given + [lineWords[0].text]).joined(separator: " "), given[0])
    }

    /// Runs of two to four name words ("Héctor Morales", "Mei Lin Huang", "Eleanor (Ellie)
    /// Voss", "Carmen Idalia Vega Ortiz": Spanish names carry both surnames), each also without
    /// its first word when that word starts a sentence ("Met").
    private func names(in lineWords: [Word], line: Range<Int>) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index < lineWords.count {
            var run = [index]
            var nickname: Int?
            var next = index + 1
            while next < lineWords.count, run.count < 4 + (nickname == nil ? 0 : 1) {
                let gap = lineWords[next].gap
                if gap == [0x20] { run.append(next); next += 1; continue }
                // A nickname: ` "Dee" `, ` (Ellie) `, ` “Dee” `.
                if nickname == nil, Self.opensNickname(gap), next + 1 < lineWords.count, Self.closesNickname(lineWords[next + 1].gap) {
                    nickname = next
                    run += [next, next + 1]
                    next += 2
                    continue
                }
                break
            }
            let nameWords = run.filter { $0 != nickname }
            if nameWords.count >= 2, !isSignedStaff(after: lineWords[run.last!].range.upperBound, line: line),
               !startsPlaceName(after: lineWords[run.last!].range.upperBound, in: line) {
                // The whole run; and, for three or four words, without the first (a sentence's "Met").
                var starts = [run[0]]
                if nameWords.count >= 3 && nickname == nil { starts.append(run[1]) }
                // "Picked Floyd up at the farm": an everyday word capitalized as a sentence's first is
                // no part of the name (the word list leaves out given names that are words: Grace, Will).
                if nameWords.count == 2 && nickname == nil, isEveryday(lineWords[run[0]].text), startsSentence(lineWords[run[0]].range.lowerBound, in: line) {
                    starts = [run[1]]
                }
                for start in starts {
                    let range = lineWords[start].range.lowerBound..<lineWords[run.last!].range.upperBound
                    found.append(Candidate(
                        text: String(decoding: bytes[range], as: UTF8.self), range: range, first: lineWords[start].text,
                        nickname: nickname.map { lineWords[$0].text }))
                }
            }
            index = next
        }
        return found
    }

    /// The line's words that could be part of a name: capitalized, with a lowercase letter
    /// after the first ("WRAP" and "HQ" are not), and not a word the lexicon says names places
    /// and programs ("Center", "Court", "Group").
    private func capitalizedWords(in line: Range<Int>) -> [Word] {
        var found: [Word] = []
        var index = line.lowerBound, gapStart = line.lowerBound
        var previousWasName = false
        while index < line.upperBound {
            guard Self.isLetterByte(bytes, index) else { index += 1; continue }
            let start = index
            while index < line.upperBound && (Self.isLetterByte(bytes, index) || Self.isInnerMark(bytes, index, end: line.upperBound)) { index += 1 }
            // "Priya R.": a last name's initial after a name word is part of the name.
            if previousWasName, index == start + 1, bytes[start] >= 0x41 && bytes[start] <= 0x5A,
               index < line.upperBound, bytes[index] == 0x2E, bytes[gapStart..<start].elementsEqual([0x20]),
               index + 1 == line.upperBound || !Self.isLetterByte(bytes, index + 1) {
                found.append(Word(text: String(decoding: bytes[start...index], as: UTF8.self), range: start..<(index + 1), gap: [0x20]))
                index += 1
                previousWasName = false
                gapStart = index
                continue
            }
            // Most words start with a lowercase ASCII letter: passed over before a String is made.
            if bytes[start] >= 0x61 && bytes[start] <= 0x7A {
                previousWasName = false
                gapStart = index
                continue
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            let isName: Bool
            if bytes[start..<index].allSatisfy({ $0 < 0x80 }) {
                // ASCII (most words): a capital, then a lowercase letter; the run holds no digit.
                isName = bytes[start] >= 0x41 && bytes[start] <= 0x5A && bytes[(start + 1)..<index].contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                    && words.mayBeName(FactWords.lowercased(bytes[start..<index]))
            } else {
                isName = text.first!.isUppercase && text.dropFirst().contains(where: \.isLowercase)
                    && !text.contains(where: \.isNumber) && words.mayBeName(text.lowercased())
            }
            if isName {
                // A word right after a word that is not a name starts a new run: its gap is not a space.
                let gap = previousWasName ? Array(bytes[gapStart..<start]) : [0x0A]
                found.append(Word(text: text, range: start..<index, gap: gap))
            }
            previousWasName = isName
            gapStart = index
        }
        return found
    }

    /// Whether a capitalized word that names places and programs follows right after `end`:
    /// "Harmony House", "Expressive Writing Group", "Northshore Counseling Ctr" name no person.
    private func startsPlaceName(after end: Int, in line: Range<Int>) -> Bool {
        guard end + 1 < line.upperBound, bytes[end] == 0x20, (0x41...0x5A).contains(bytes[end + 1]) else { return false }
        var index = end + 1
        while index < line.upperBound && Self.isLetterByte(bytes, index) { index += 1 }
        return !words.mayBeName(FactWords.lowercased(bytes[(end + 1)..<index]))
    }

    /// Whether no word comes before `start` in its sentence: the line starts there, or a mark or
    /// a number ("1/13/26. Picked", "2/19/2026 Drove") comes before it.
    private func startsSentence(_ start: Int, in line: Range<Int>) -> Bool {
        var index = start
        while index > line.lowerBound && bytes[index - 1] == 0x20 { index -= 1 }
        return index == line.lowerBound || !Self.isLetterByte(bytes, index - 1)
    }

    /// The words a date said first starts with: a weekday or a month.
    private static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Titles written before a name: "Note for Mrs. Winifred Agyeman" is cued as "note for Winifred" is.
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]

    /// Whether words such as "with", "met" or "note for" end right before `start` (a title between).
    private func isCued(before start: Int, in line: Range<Int>) -> Bool {
        var before = Array(FactWords.words(in: bytes[line.lowerBound..<start]).suffix(4))
        if let last = before.last, Self.honorifics.contains(last.word) { before.removeLast() } else if before.count == 4 { before.removeFirst() }
        return words.matches(in: before).contains { $0.kind == .personCue && $0.last == before.count - 1 }
    }

    /// Whether a name that opens its sentence is followed by the person reaching out: "Floyd
    /// called my work cell", "Kayleigh texted me".
    private func reachesOut(_ name: Range<Int>, in line: Range<Int>) -> Bool {
        // After a sentence's end, or only a date at the line's start ("2-17-26 Kayleigh texted me").
        let opening = bytes[line.lowerBound..<name.lowerBound]
        let afterStop = opening.last { $0 != 0x20 && $0 != 0x09 }.map { [0x2E, 0x21, 0x3F].contains($0) } ?? true
        guard afterStop || opening.allSatisfy({ (0x30...0x39).contains($0) || [0x20, 0x09, 0x2D, 0x2F, 0x2E, 0x3A].contains($0) })
        else { return false }
        let after = Array(FactWords.words(in: bytes[name.upperBound..<min(line.upperBound, name.upperBound + 60)]).prefix(4))
        return words.matches(in: after).contains { $0.kind == .personVerb && $0.first == 0 }
    }

    /// Whether the word before `start` on its line is "the".
    private func followsArticle(_ start: Int, in line: Range<Int>) -> Bool {
        let before = FactWords.words(in: bytes[line.lowerBound..<start]).last?.word
        return before == "the"
    }

    /// A name signed with a credential: "Beth Kowalski, CRPA", "D. Harris, NYCPS-P".
    private func isSignedStaff(after end: Int, line: Range<Int>) -> Bool {
        var index = end
        while index < line.upperBound && bytes[index] == 0x20 { index += 1 }
        guard index < line.upperBound, bytes[index] == 0x2C else { return false }
        index += 1
        while index < line.upperBound && bytes[index] == 0x20 { index += 1 }
        let role = index
        // "Marcus Delacroix, US Army": where the person served, in capitals, is no credential.
        let after = Array(FactWords.words(in: bytes[role..<line.upperBound]).prefix(6))
        if words.matches(in: after).contains(where: { $0.kind == .affiliation && $0.first == 0 }) { return false }
        var capitals = 0
        while index < line.upperBound, (0x41...0x5A).contains(bytes[index]) || bytes[index] == 0x2D { capitals += 1; index += 1 }
        if capitals >= 2 && (index == line.upperBound || !(0x61...0x7A).contains(bytes[index])) { return true }
        // "Rosalind Tadesse, Peer Specialist": a staff role, as staff header lines are labelled.
        var end = line.upperBound
        while end > role, [0x20, 0x2E, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard end - role <= 40 else { return false }
        return words.labels[HeadingLabel.key(String(decoding: bytes[role..<end], as: UTF8.self))] == .staff
    }

    /// "DeWayne's" as "DeWayne".
    private static func withoutPossessive(_ word: String) -> String {
        word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
    }

    private static func opensNickname(_ gap: [UInt8]) -> Bool {
        gap == [0x20, 0x22] || gap == [0x20, 0x28] || gap == [0x20, 0xE2, 0x80, 0x9C]
    }

    private static func closesNickname(_ gap: [UInt8]) -> Bool {
        gap == [0x22, 0x20] || gap == [0x29, 0x20] || gap == [0xE2, 0x80, 0x9D, 0x20]
    }

    /// A letter: ASCII, or a byte of a non-ASCII character other than the punctuation block
    /// (U+2000–U+206F: dashes and curly quotes).
    private static func isLetterByte(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
        if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 { return false }
        if byte >= 0x80 && byte < 0xC0, index >= 1 {
            // A continuation byte belongs to the character it continues.
            var lead = index - 1
            while lead > 0 && bytes[lead] >= 0x80 && bytes[lead] < 0xC0 { lead -= 1 }
            return isLetterByte(bytes, lead)
        }
        return true
    }

    /// An apostrophe or hyphen inside a word: "O'Connell-Baptiste".
    private static func isInnerMark(_ bytes: [UInt8], _ index: Int, end: Int) -> Bool {
        guard bytes[index] == 0x27 || bytes[index] == 0x2D, index + 1 < end, index > 0 else { return false }
        return isLetterByte(bytes, index - 1) && isLetterByte(bytes, index + 1)
    }
}
