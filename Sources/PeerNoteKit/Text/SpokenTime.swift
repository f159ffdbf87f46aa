/// Dates and clock times said in words, as a note dictated into a phone writes them: "march
/// seventeenth twenty twenty six", "from two to three thirty", "from six to seven in the evening".
enum SpokenTime {
    private static let ones: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    private static let hours: [String: Int] = ones.merging(["ten": 10, "eleven": 11, "twelve": 12, "noon": 12]) { $1 }
        // A Spanish dictation's clock: "de nueve a once y media de la mañana".
        .merging(["una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
                  "diez": 10, "once": 11, "doce": 12, "mediodia": 12]) { $1 }
    /// Spanish numbers a dictated date's day says ("dos de abril", "veintiuno de marzo").
    private static let spanishNumbers: [String: Int] = [
        "uno": 1, "primero": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
        "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidos": 22, "veintitres": 23,
        "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
        "treinta": 30,
        // As written with their stress marks.
        "dieciséis": 16, "veintidós": 22, "veintitrés": 23, "veintiséis": 26,
    ]
    private static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// The ordinal words, by length: whether a line without digits may say a date's day.
    private static let ordinalWords = StatedWords.ByLength(ordinals.keys)

    /// Whether `bytes[range]` has an ordinal word, as a date said in words has, or the "mil" of
    /// a Spanish year ("dos mil veintiseis").
    static func mayHoldDay(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        ordinalWords.isAnyWord(of: bytes, range) || thousandWord.isAnyWord(of: bytes, range)
    }

    private static let thousandWord = StatedWords.ByLength(["mil"])

    /// A Spanish date said in words around a month's name at `index`: "dos de abril dos mil
    /// veintiseis", "treinta y uno de marzo del dos mil veintiseis"; the day's and the year's,
    /// and the indexes of the first and the last word read.
    static func spanishDayAndYear(_ words: StatedWords, month index: Int) -> (day: Int, year: Int, first: Int, last: Int)? {
        func word(_ at: Int) -> String? { at >= 0 && at < words.items.count ? words.items[at].lowercased : nil }
        guard word(index - 1) == "de", var day = word(index - 2).flatMap({ spanishNumbers[$0] }) else { return nil }
        var first = index - 2
        // "treinta y uno"
        if word(index - 3) == "y", word(index - 4) == "treinta", day < 10 { day += 30; first = index - 4 }
        guard (1...31).contains(day) else { return nil }
        var next = index + 1
        if ["de", "del"].contains(word(next)) { next += 1 }
        if let digits = words.number(at: next), (1900...2100).contains(digits) { return (day, digits, first, next) }
        guard word(next) == "dos", word(next + 1) == "mil" else { return nil }
        if let ones = word(next + 2).flatMap({ spanishNumbers[$0] }), (20...29).contains(ones) { return (day, 2000 + ones, first, next + 2) }
        if word(next + 2) == "veinte", word(next + 3) == "y", let one = word(next + 4).flatMap({ spanishNumbers[$0] }), one < 10 {
            return (day, 2020 + one, first, next + 4)
        }
        return nil
    }

    /// The day and year said after a month's name at `index` ("seventeenth twenty twenty six",
    /// "twenty first two thousand twenty six") and the index of the last word read.
    static func dayAndYear(_ words: StatedWords, after index: Int) -> (day: Int, year: Int, last: Int)? {
        func word(_ at: Int) -> String? { at < words.items.count ? words.items[at].lowercased : nil }
        var next = index + 1
        var day: Int
        if let ordinal = word(next).flatMap({ ordinals[$0] }) {
            day = ordinal
        } else if let tens = word(next).flatMap({ ["twenty": 20, "thirty": 30][$0] }), let ordinal = word(next + 1).flatMap({ ordinals[$0] }), ordinal < 10 {
            day = tens + ordinal
            next += 1
        } else { return nil }
        guard day <= 31 else { return nil }
        next += 1
        // "twenty twenty six", "two thousand (and) twenty six", or digits: "2026".
        if let digits = words.number(at: next), (1900...2100).contains(digits) { return (day, digits, next) }
        if word(next) == "twenty", word(next + 1) == "twenty", let one = word(next + 2).flatMap({ ones[$0] }) {
            return (day, 2020 + one, next + 2)
        }
        if word(next) == "two", word(next + 1) == "thousand" {
            var at = next + 2
            if word(at) == "and" { at += 1 }
            if word(at) == "twenty", let one = word(at + 1).flatMap({ ones[$0] }) { return (day, 2020 + one, at + 1) }
        }
        return nil
    }

    /// The hour words, by length: whether a line may hold a clock said in words at all.
    private static let hourWords = StatedWords.ByLength(hours.keys)

    /// The first range of clock times said in words in `range` and its minutes: after "from"
    /// ("from two to three thirty"), or where `leadFreeStart` says a range may start without it
    /// (right after a date said in words: "tuesday march tenth twenty twenty six one to two
    /// thirty"). That start is asked for only on a line with an hour word.
    static func range(in bytes: [UInt8], _ range: Range<Int>, leadFreeStart: () -> Int? = { nil }) -> (minutes: Int, range: Range<Int>)? {
        guard hourWords.isAnyWord(of: bytes, range) else { return nil }
        let words = StatedWords(bytes, range)
        let start = leadFreeStart()
        for index in words.items.indices {
            let lead = ["from", "de", "desde"].contains(words.items[index].lowercased)
            guard lead || words.items[index].range.lowerBound == start else { continue }
            guard let from = clock(words, at: lead ? index + 1 : index),
                  from.next < words.items.count, ["to", "till", "til", "until", "a", "hasta"].contains(words.items[from.next].lowercased),
                  let to = clock(words, at: from.next + 1) else { continue }
            // "from two to three times a week": a count, not a clock.
            if to.next < words.items.count, countNouns.contains(words.items[to.next].lowercased) { continue }
            var minutes = (to.hour % 12 * 60 + to.minute) - (from.hour % 12 * 60 + from.minute)
            if minutes <= 0 { minutes += 12 * 60 }
            guard minutes <= 6 * 60 else { continue }
            return (minutes, words.items[index].range.lowerBound..<words.items[to.next - 1].range.upperBound)
        }
        return nil
    }

    /// Words after a range of numbers that make it a count: "from two to three drinks".
    private static let countNouns: Set<String> = [
        "times", "days", "weeks", "months", "years", "hours", "minutes", "mins", "drinks", "people", "members",
        "nights", "meetings", "sessions", "pills", "cigarettes", "blocks", "miles", "percent", "kids", "of",
        "veces", "dias", "días", "semanas", "meses", "años", "anos", "horas", "minutos", "personas", "tragos", "cervezas",
        "pastillas", "cuadras", "millas", "hijos", "cuartos",
    ]

    /// An hour said in words and the minutes after it: "three", "three thirty", "ten fifteen",
    /// "nine oh five", "eleven forty five"; "two pm", "seven in the evening". Minutes are the
    /// quarter hours and tens a speaker says, so "eleven thirty two hours" is 11:30, then a duration.
    private static func clock(_ words: StatedWords, at index: Int) -> (hour: Int, minute: Int, next: Int)? {
        func word(_ at: Int) -> String? { at < words.items.count ? words.items[at].lowercased : nil }
        guard let hour = word(index).flatMap({ hours[$0] }) else { return nil }
        var minute = 0, next = index + 1
        if word(next) == "oh", let one = word(next + 1).flatMap({ ones[$0] }) {
            minute = one; next += 2
        } else if let tens = word(next).flatMap({ ["ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50][$0] }) {
            minute = tens; next += 1
            if [20, 40].contains(tens), word(next) == "five" { minute += 5; next += 1 }
        }
        // "once y media", "dos y cuarto", "nueve y quince"; "de la tarde".
        if minute == 0, word(next) == "y", let after = word(next + 1),
           let minutes = ["media": 30, "cuarto": 15, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40][after] {
            minute = minutes; next += 2
            if minutes == 40, word(next) == "y", word(next + 1) == "cinco" { minute = 45; next += 2 }
        }
        if word(next) == "de", word(next + 1) == "la", let part = word(next + 2), ["mañana", "manana", "tarde", "noche"].contains(part) { next += 3 }
        if let half = word(next), ["am", "pm"].contains(half) { next += 1 }
        else if word(next) == "a" || word(next) == "p", word(next + 1) == "m" { next += 2 }
        else if word(next) == "in", word(next + 1) == "the", let part = word(next + 2), ["morning", "afternoon", "evening"].contains(part) { next += 3 }
        return (hour, minute, next)
    }
}
