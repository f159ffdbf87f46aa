/// Dates, durations and time ranges as notes write them in words and digits: "March 12, 2026",
/// "3/12/26", "45 min", "1 hr 15 min", "1.5 hours", "10:00–11:15 AM", "0900-1100". Each reader
/// takes a byte range of UTF-8 text and gives values with the byte range they were read from.
enum DateText {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
        "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    ]

    /// The first full date in `range` (a year is needed): `3/12/2026`, `03/12/26`, `2026-03-12`,
    /// `March 12, 2026`, `12 March 2026`, `Mar. 12th 2026`.
    static func first(in bytes: [UInt8], _ range: Range<Int>) -> (iso: String, range: Range<Int>)? {
        // A date has a year, so digits: a line without one is passed over before its words are
        // made, unless it says a day in words ("march seventeenth twenty twenty six").
        guard bytes[range].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || SpokenTime.mayHoldDay(bytes, range),
              mayHoldDate(bytes, range) else { return nil }
        let words = StatedWords(bytes, range)
        for (index, word) in words.items.enumerated() {
            // Digits and separators as one run: 3/12/2026, 2026-03-12, 3.12.26.
            if word.isDigits {
                var end = word.range.upperBound
                var separators = 0
                while end < range.upperBound, [0x2F, 0x2D, 0x2E].contains(bytes[end]), end + 1 < range.upperBound,
                      bytes[end + 1] >= 0x30 && bytes[end + 1] <= 0x39, separators < 2 {
                    separators += 1
                    end += 1
                    while end < range.upperBound && bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
                }
                if separators == 2, let iso = ServiceDate.iso(String(decoding: bytes[word.range.lowerBound..<end], as: UTF8.self)) {
                    return (iso, word.range.lowerBound..<end)
                }
                continue
            }
            guard let month = months[word.lowercased] else { continue }
            if let spoken = SpokenTime.dayAndYear(words, after: index), let iso = ServiceDate.iso("\(spoken.year)-\(pad(month))-\(pad(spoken.day))") {
                return (iso, word.range.lowerBound..<words.items[spoken.last].range.upperBound)
            }
            if let spoken = SpokenTime.spanishDayAndYear(words, month: index), let iso = ServiceDate.iso("\(spoken.year)-\(pad(month))-\(pad(spoken.day))") {
                return (iso, words.items[spoken.first].range.lowerBound..<words.items[spoken.last].range.upperBound)
            }
            // Month day[,] year, or day month year; the day may be an ordinal ("March 3rd, 2026").
            let ordinal = index + 2 < words.items.count && ["st", "nd", "rd", "th"].contains(words.items[index + 2].lowercased) ? 1 : 0
            if let day = words.number(at: index + 1), (1...31).contains(day), let year = words.number(at: index + 2 + ordinal), (1900...2100).contains(year) {
                if let iso = ServiceDate.iso("\(year)-\(pad(month))-\(pad(day))") { return (iso, word.range.lowerBound..<words.items[index + 2 + ordinal].range.upperBound) }
            }
            // "12 de marzo de 2026", and typed in a hurry, "6 de marzo 2026"
            if index > 1, words.items[index - 1].lowercased == "de", let day = words.number(at: index - 2), (1...31).contains(day) {
                let yearIndex = index + 1 < words.items.count && words.items[index + 1].lowercased == "de" ? index + 2 : index + 1
                if yearIndex < words.items.count, let year = words.number(at: yearIndex), (1900...2100).contains(year),
                   let iso = ServiceDate.iso("\(year)-\(pad(month))-\(pad(day))") {
                    return (iso, words.items[index - 2].range.lowerBound..<words.items[yearIndex].range.upperBound)
                }
            }
            if index > 0, let day = words.number(at: index - 1), (1...31).contains(day), var year = words.number(at: index + 1) {
                // "20-May-26": a year of two digits, only where hyphens hold the three together.
                if year < 100, bytes[word.range.lowerBound - 1] == 0x2D, word.range.upperBound < range.upperBound, bytes[word.range.upperBound] == 0x2D,
                   words.items[index + 1].range.count == 2 { year += 2000 }
                if (1900...2100).contains(year), let iso = ServiceDate.iso("\(year)-\(pad(month))-\(pad(day))") {
                    return (iso, words.items[index - 1].range.lowerBound..<words.items[index + 1].range.upperBound)
                }
            }
        }
        return nil
    }

    /// The month names, by length: what `mayHoldDate` looks for.
    private static let monthWords = StatedWords.ByLength(months.keys)

    /// Whether `bytes[range]` has what a date needs: digits, a separator and a digit ("3/12"), or
    /// a month's name as a word.
    private static func mayHoldDate(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        for index in range where isDigit(bytes[index]) && index + 2 < range.upperBound {
            if [0x2F, 0x2D, 0x2E].contains(bytes[index + 1]) && isDigit(bytes[index + 2]) { return true }
        }
        return monthWords.isAnyWord(of: bytes, range)
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

enum Duration {
    // With the Spanish units ("1 hora 15 minutos"): the same numerals, read the same way.
    private static let hours: Set<String> = ["hr", "hrs", "hour", "hours", "h", "hora", "horas"]
    private static let minutes: Set<String> = ["min", "mins", "minute", "minutes", "minuets", "minuts", "mns", "m", "minuto", "minutos"]
    private static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "twelve": 12, "seventy": 70, "eighty": 80,
        "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
        "doce": 12, "quince": 15, "veinte": 20, "veinticinco": 25, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
        "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "once": 11, "trece": 13, "catorce": 14,
        // "media hora": half of the unit after it
        "media": 0.5,
    ]

    /// Every duration in `range`, in order, in minutes.
    static func all(in bytes: [UInt8], _ range: Range<Int>) -> [(minutes: Int, range: Range<Int>)] {
        // A duration has a unit: a stretch without one is passed over before its words are made.
        guard hasUnit(bytes, range) else { return [] }
        let words = StatedWords(bytes, range)
        var found: [(minutes: Int, range: Range<Int>)] = []
        var index = 0
        while index < words.items.count {
            guard let (value, valueEnd) = amount(words, at: index), valueEnd < words.items.count else { index += 1; continue }
            let unitWord = words.items[valueEnd], unit = unitWord.lowercased
            let touches = unitWord.range.lowerBound == words.items[valueEnd - 1].range.upperBound
            // "1h30", "1hr15": minutes glued after an hour glued to its number.
            var gluedMinutes: Int?
            if hours.contains(unit), touches, valueEnd + 1 < words.items.count, words.items[valueEnd + 1].isDigits,
               words.items[valueEnd + 1].range.lowerBound == unitWord.range.upperBound, let glued = Int(words.items[valueEnd + 1].text), glued < 60 {
                gluedMinutes = glued
            }
            // Not a unit: letters glued to digits ("H0038"), or a lone "h"/"m" apart from its number.
            let glued = unitWord.range.upperBound < words.bytes.count && (0x30...0x39).contains(words.bytes[unitWord.range.upperBound])
            if (glued && gluedMinutes == nil) || (unit.count == 1 && !touches) { index += 1; continue }
            var total: Double
            // "1:30 hrs" is an hour and a half; a clock before minutes is no duration.
            let clock = valueEnd - index == 2 && words.bytes[words.items[index].range.upperBound] == 0x3A
            if clock && !hours.contains(unit) { index += 1; continue }
            if hours.contains(unit) { total = value * 60 } else if minutes.contains(unit) && !(unit == "m" && value > 600) { total = value } else { index += 1; continue }
            var end = valueEnd
            if let gluedMinutes {
                total += Double(gluedMinutes)
                end = valueEnd + 1
            }
            // "1 hr 15 min", "1 hour and 15 minutes", "an hour and a half".
            var next = end + 1
            if next < words.items.count, ["and", "&", "y"].contains(words.items[next].lowercased) { next += 1 }
            if hours.contains(unit), next + 1 < words.items.count, words.items[next].lowercased == "a", words.items[next + 1].lowercased == "half" {
                total += 30
                end = next + 1
            } else if hours.contains(unit), next + 1 < words.items.count, words.items[next].lowercased == "a",
                      words.items[next + 1].lowercased == "quarter" {  // "an hour and a quarter"
                total += 15
                end = next + 1
            } else if hours.contains(unit), next < words.items.count, words.items[next].lowercased == "media" {  // "una hora y media"
                total += 30
                end = next
            } else if hours.contains(unit), next < words.items.count, words.items[next].lowercased == "cuarto" {  // "una hora y cuarto"
                total += 15
                end = next
            } else if hours.contains(unit), let (more, moreEnd) = amount(words, at: next), moreEnd < words.items.count, minutes.contains(words.items[moreEnd].lowercased) {
                total += more
                end = moreEnd
            }
            // "half an hour"
            if index > 0, words.items[index - 1].lowercased == "half", value == 1, hours.contains(unit) { total = 30 }
            let start = index > 0 && words.items[index - 1].lowercased == "half" ? words.items[index - 1].range.lowerBound : words.items[index].range.lowerBound
            if total > 0 && total <= 24 * 60 { found.append((Int(total.rounded()), start..<words.items[end].range.upperBound)) }
            index = end + 1
        }
        return found
    }

    /// The units, by length: what `all` looks for before it reads a stretch's words.
    private static let units = StatedWords.ByLength(hours.union(minutes))

    private static func hasUnit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { units.isAnyWord(of: bytes, range) }

    /// A number at word `index` (digits, a decimal such as 1.5 or 1.25, or a word), and the
    /// index of the word after it.
    private static func amount(_ words: StatedWords, at index: Int) -> (Double, Int)? {
        guard index < words.items.count else { return nil }
        let word = words.items[index]
        if word.isDigits, let whole = Double(word.text) {
            let next = index + 1 < words.items.count ? words.items[index + 1] : nil
            let after = word.range.upperBound < words.bytes.count ? words.bytes[word.range.upperBound] : 0
            let adjacent = next.map { $0.range.lowerBound == word.range.upperBound + 1 && $0.isDigits } ?? false
            // A decimal: "1.5" is the words 1 and 5 with a point between.
            if adjacent, after == 0x2E, let fraction = Double("0." + next!.text) {
                return (whole + fraction, index + 2)
            }
            // "1:30 hrs": hours and minutes on a clock's face.
            if adjacent, after == 0x3A, next!.text.count == 2, let minutes = Double(next!.text), minutes < 60 {
                return (whole + minutes / 60, index + 2)
            }
            // "1/2 hour", and "1 1/2 hours": a half or a quarter.
            if adjacent, after == 0x2F, let denominator = Double(next!.text), [2, 4].contains(denominator), whole < denominator {
                return (whole / denominator, index + 2)
            }
            if let fraction = amount(words, at: index + 1), fraction.0 < 1, fraction.1 == index + 3 {
                return (whole + fraction.0, fraction.1)
            }
            return (whole, index + 1)
        }
        if let value = numberWords[word.lowercased] {
            // "ciento cincuenta minutos"
            if word.lowercased == "ciento", let rest = amount(words, at: index + 1), rest.0 < 100, rest.0 >= 1 { return (100 + rest.0, rest.1) }
            // "forty-five", "twenty five", "cuarenta y cinco"
            if value >= 20, index + 1 < words.items.count, let ones = numberWords[words.items[index + 1].lowercased], ones >= 1, ones < 10 {
                return (value + ones, index + 2)
            }
            if value >= 30, index + 2 < words.items.count, words.items[index + 1].lowercased == "y",
               let ones = numberWords[words.items[index + 2].lowercased], ones >= 1, ones < 10 {
                return (value + ones, index + 3)
            }
            return (value, index + 1)
        }
        return nil
    }
}

enum TimeRange {
    /// The first time range in `range` and its length in minutes: "10:00–11:15 AM",
    /// "9:00 AM - 12:30 PM", "2:15pm–3:00pm", "14:00-14:45", "0900-1100", "10:00 to 10:45".
    static func first(in bytes: [UInt8], _ range: Range<Int>) -> (minutes: Int, range: Range<Int>)? {
        var index = range.lowerBound
        while index < range.upperBound {
            // A time starts a number, not a date's last part ("3/24/2026 — 1:00 PM"), or a clock
            // said in words ("half past 2").
            let said = (bytes[index] | 0x20 == 0x71 || bytes[index] | 0x20 == 0x68) && (index == range.lowerBound || !isLetter(bytes[index - 1]))
                && clockWords(bytes, at: index, limit: range.upperBound) != nil
            guard said || bytes[index] >= 0x30 && bytes[index] <= 0x39,
                  said || index == range.lowerBound || !(isDigit(bytes[index - 1]) || [0x2F, 0x2D, 0x2E, 0x3A].contains(bytes[index - 1])) else {
                index += 1
                continue
            }
            if let start = time(bytes, at: index, limit: range.upperBound), let (separatorEnd, _) = separator(bytes, at: start.end, limit: range.upperBound),
               let end = time(bytes, at: separatorEnd, limit: range.upperBound) {
                let military = start.isMilitary && end.isMilitary
                // "July 9, 2026 - 11:00 AM": four digits beside a clock are a year, not 20:26.
                guard start.isMilitary == end.isMilitary else { index += 1; continue }
                let written = start.hasColon || end.hasColon || start.half != nil || end.half != nil || military
                    || saidAsClock(bytes, start: index, end: end.end, limit: range.upperBound, within: range)
                if written, let minutes = length(start, end, military: military), minutes > 0, minutes <= 12 * 60 {
                    return (minutes, index..<end.end)
                }
            }
            index += 1
        }
        return nil
    }

    /// The minutes from the first time in `start` to the first time in `end`: "Time in: 13:00",
    /// "Time out: 13:50" are 50.
    static func between(_ bytes: [UInt8], start: Range<Int>, end: Range<Int>) -> Int? {
        func firstClock(_ range: Range<Int>) -> Clock? {
            var index = range.lowerBound
            while index < range.upperBound {
                if isDigit(bytes[index]), index == range.lowerBound || !isDigit(bytes[index - 1]), let clock = time(bytes, at: index, limit: range.upperBound) {
                    return clock
                }
                index += 1
            }
            return nil
        }
        guard let from = firstClock(start), let to = firstClock(end), from.hasColon || from.half != nil || from.isMilitary else { return nil }
        guard let minutes = length(from, to, military: from.isMilitary && to.isMilitary), minutes > 0, minutes <= 12 * 60 else { return nil }
        return minutes
    }

    /// "from 3 to 4 on Thurs", "from 3 to quarter to 4": hours said bare, after "from" and
    /// before no word that would make them a count ("from 3 to 4 times a week").
    private static func saidAsClock(_ bytes: [UInt8], start: Int, end: Int, limit: Int, within range: Range<Int>) -> Bool {
        // "from 2 till 3", "from about 2 till 3"
        guard let lead = clockLeads.first(where: { start - range.lowerBound >= $0.utf8.count && spells($0, in: bytes, at: start - $0.utf8.count, limit: start) })
        else { return false }
        let from = start - lead.utf8.count
        guard from == range.lowerBound || !isLetter(bytes[from - 1]) else { return false }
        var index = end
        while index < limit && bytes[index] == 0x20 { index += 1 }
        guard index < limit, isLetter(bytes[index]) else { return true }
        var wordEnd = index
        while wordEnd < limit && isLetter(bytes[wordEnd]) { wordEnd += 1 }
        return wordsAfterClock.contains(String(decoding: bytes[index..<wordEnd].map { $0 | 0x20 }, as: UTF8.self))
    }

    /// Words that make a clock approximate and leave it a clock: "till about 7:15".
    private static let approximations = ["about ", "around "]

    /// Words before a bare clock range's first hour.
    /// "de 1 a 2 de la tarde": Spanish's "from".
    private static let clockLeads = ["from ", "de ", "desde "] + approximations.map { "from " + $0 }

    /// Words that may follow a bare clock range: "from 3 to 4 on Thursday", "… in his room".
    private static let wordsAfterClock: Set<String> = ["on", "at", "in", "with", "today", "tonight", "this", "and", "for", "then", "while",
                                                                  "de", "en", "con", "hoy", "y"]

    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    /// Whether `bytes` at `index` spell `word` (lowercase ASCII) in any case, within `limit`;
    /// compared in place, as this runs on words of every line a note's facts are read from.
    private static func spells(_ word: String, in bytes: [UInt8], at index: Int, limit: Int) -> Bool {
        index + word.utf8.count <= limit && zip(bytes[index...], word.utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// "quarter to 4", "quarter past 3", "half past 3": a clock said in words, and where its
    /// digits start, with the minutes to add to the hour they name.
    private static func clockWords(_ bytes: [UInt8], at start: Int, limit: Int) -> (digits: Int, hourOffset: Int, minute: Int)? {
        for (words, hourOffset, minute) in [("quarter to ", -1, 45), ("quarter past ", 0, 15), ("half past ", 0, 30)] {
            let count = words.utf8.count
            if start + count < limit, spells(words, in: bytes, at: start, limit: limit), isDigit(bytes[start + count]) {
                return (start + count, hourOffset, minute)
            }
        }
        return nil
    }

    private struct Clock {
        var hour: Int, minute: Int
        var half: Bool?          // true pm, false am
        var hasColon: Bool, isMilitary: Bool
        var end: Int
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func time(_ bytes: [UInt8], at start: Int, limit: Int) -> Clock? {
        if let said = clockWords(bytes, at: start, limit: limit), var clock = time(bytes, at: said.digits, limit: limit),
           !clock.hasColon, !clock.isMilitary {
            clock.hour = (clock.hour + said.hourOffset + 12) % 12
            clock.minute = said.minute
            clock.hasColon = true   // a clock said in words is a time, as "3:45" is
            return clock
        }
        var index = start
        var digits = 0
        while index < limit && isDigit(bytes[index]) { index += 1; digits += 1 }
        guard digits > 0 else { return nil }
        let first = Int(String(decoding: bytes[start..<index], as: UTF8.self))!
        var clock: Clock
        if digits == 4 {
            clock = Clock(hour: first / 100, minute: first % 100, half: nil, hasColon: false, isMilitary: true, end: index)
        } else if digits <= 2 {
            clock = Clock(hour: first, minute: 0, half: nil, hasColon: false, isMilitary: false, end: index)
            if index + 2 < limit, bytes[index] == 0x3A || bytes[index] == 0x2E, isDigit(bytes[index + 1]), isDigit(bytes[index + 2]),
               index + 3 >= limit || !isDigit(bytes[index + 3]) {
                clock.minute = Int(bytes[index + 1] - 0x30) * 10 + Int(bytes[index + 2] - 0x30)
                clock.hasColon = bytes[index] == 0x3A
                clock.end = index + 3
            }
        } else { return nil }
        guard clock.hour <= 24, clock.minute < 60 else { return nil }
        // am / pm, a.m. / p.m., with or without a space; "10a", "8p" written right after the digits.
        var after = clock.end
        while after < limit && bytes[after] == 0x20 { after += 1 }
        if after < limit, bytes[after] | 0x20 == 0x61 || bytes[after] | 0x20 == 0x70 {
            var next = after + 1
            if next < limit && bytes[next] == 0x2E {
                next += 1
                // "4:15 p. m.", as Spanish writes it: a space between the letters.
                if next + 1 < limit, bytes[next] == 0x20, bytes[next + 1] | 0x20 == 0x6D { next += 1 }
            }
            var hasM = false
            if next < limit, bytes[next] | 0x20 == 0x6D {
                hasM = true
                next += 1
                if next < limit && bytes[next] == 0x2E { next += 1 }
            }
            let endsWord = next >= limit || !(bytes[next] | 0x20 >= 0x61 && bytes[next] | 0x20 <= 0x7A)
            if endsWord && (hasM || after == clock.end) {
                clock.half = bytes[after] | 0x20 == 0x70
                clock.end = next
            }
        }
        return clock
    }

    /// `-`, `–`, `—`, `/`, `to`, `until`, `till` between two times, with spaces around.
    private static func separator(_ bytes: [UInt8], at start: Int, limit: Int) -> (Int, Bool)? {
        var index = start
        while index < limit && bytes[index] == 0x20 { index += 1 }
        guard index < limit else { return nil }
        var end: Int
        if bytes[index] == 0x2D || bytes[index] == 0x2F { end = index + 1 }
        else if bytes[index] == 0xE2, index + 2 < limit, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { end = index + 3 }
        else {
            let words = ["to", "until", "till", "til", "hasta", "a"]  // "de 10:00 a 11:00"
            guard let word = words.first(where: { word in
                spells(word, in: bytes, at: index, limit: limit)
                    && (index + word.utf8.count == limit || bytes[index + word.utf8.count] == 0x20)
            }) else { return nil }
            end = index + word.utf8.count
        }
        while end < limit && bytes[end] == 0x20 { end += 1 }
        // "till about 7:15", "to around 3": the clock after it is the range's end.
        for word in approximations where spells(word, in: bytes, at: end, limit: limit) {
            end += word.utf8.count
            while end < limit && bytes[end] == 0x20 { end += 1 }
        }
        return (end, true)
    }

    private static func length(_ start: Clock, _ end: Clock, military: Bool) -> Int? {
        func minutes(_ clock: Clock, half: Bool?) -> Int {
            var hour = clock.hour % 12
            if half == true { hour += 12 }
            return hour * 60 + clock.minute
        }
        if military || (start.half == nil && end.half == nil && (start.hour > 12 || end.hour > 12)) {
            let difference = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            return difference > 0 ? difference : nil
        }
        // One side's am/pm stands for both, unless that would make the range run backwards.
        var startHalf = start.half, endHalf = end.half
        if startHalf == nil { startHalf = endHalf.map { pm in pm && start.hour % 12 > end.hour % 12 ? false : pm } }
        if endHalf == nil { endHalf = startHalf }
        var difference = minutes(end, half: endHalf) - minutes(start, half: startHalf)
        if difference <= 0 && start.half == nil && end.half == nil { difference += 12 * 60 }
        return difference > 0 ? difference : nil
    }
}

/// Words of a stretch of text with their byte ranges: runs of ASCII letters and digits (and
/// other letters' bytes).
struct StatedWords {
    struct Word {
        var range: Range<Int>
        var text: String
        var lowercased: String
        var isDigits: Bool
    }
    let bytes: [UInt8]
    let items: [Word]

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        self.bytes = bytes
        var items: [Word] = []
        var index = range.lowerBound
        func isWordByte(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80 }
        while index < range.upperBound {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            // Digits and letters apart: "45min" is 45 and min, "10am" is 10 and am.
            let digits = bytes[index] >= 0x30 && bytes[index] <= 0x39
            while index < range.upperBound && isWordByte(bytes[index]) && (bytes[index] >= 0x30 && bytes[index] <= 0x39) == digits { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            items.append(Word(range: start..<index, text: text, lowercased: text.lowercased(), isDigits: digits))
        }
        self.items = items
    }

    /// ASCII words to look for by their bytes, before a stretch's words are made.
    struct ByLength {
        private var words: [[[UInt8]]] = []

        init(_ list: some Sequence<String>) {
            for word in list {
                while words.count <= word.utf8.count { words.append([]) }
                words[word.utf8.count].append(Array(word.utf8))
            }
        }

        /// Whether a word of `bytes[range]` — letters apart from digits, as `StatedWords` cuts
        /// them — is one of the words, in any case. A word with a non-ASCII letter is none: of
        /// such letters only the Kelvin sign lowercases into ASCII, and no word here has a "k".
        func isAnyWord(of bytes: [UInt8], _ range: Range<Int>) -> Bool {
            func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0x80 }
            var index = range.lowerBound
            while index < range.upperBound {
                guard isLetter(bytes[index]) else { index += 1; continue }
                let start = index
                var isASCII = true
                while index < range.upperBound, isLetter(bytes[index]) {
                    if bytes[index] >= 0x80 { isASCII = false }
                    index += 1
                }
                let length = index - start
                guard isASCII, length < words.count else { continue }
                for word in words[length] where zip(word, bytes[start..<index]).allSatisfy({ $0 == $1 | 0x20 }) { return true }
            }
            return false
        }
    }

    /// The number word `index` spells in digits (an ordinal's "12th" included), if it is one.
    func number(at index: Int) -> Int? {
        guard index < items.count, items[index].isDigits else { return nil }
        return Int(items[index].text)
    }
}
