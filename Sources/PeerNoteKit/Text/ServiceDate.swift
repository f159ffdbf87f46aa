/// Service dates as EHR exports write them — `2026-01-05`, `1/5/2026`, `01/05/26`, `1-5-2026` —
/// turned into one form, `2026-01-05`, so that one day is one day however it was typed (the
/// 12-unit daily limit depends on it) and reports can group by week and month.
public enum ServiceDate {
    /// The ISO form of `text`, or nil when it is not a real calendar date.
    public static func iso(_ text: String) -> String? {
        // Most exports write the ISO form already: checked by its bytes, it is its own answer
        // (splitting it into strings was a fifth of reading a note's metadata).
        if let valid = validISO(text) { return valid ? text : nil }
        let parts = text.trimmingSpaces().split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        var (year, month, day): (Int, Int, Int)
        if parts[0].count == 4 { (year, month, day) = (numbers[0], numbers[1], numbers[2]) }      // 2026-01-05
        else { (month, day, year) = (numbers[0], numbers[1], numbers[2]) }                           // 1/5/2026, 01/05/26
        // 17/03/2026: no month is 17, so the day comes first (as notes from Spain and Latin America
        // write it); 3/4/2026 keeps the US order, the one NY EHRs print.
        if parts[0].count != 4, month > 12, (1...12).contains(day) { (month, day) = (day, month) }
        if parts[parts[0].count == 4 ? 0 : 2].count == 2 { year += 2000 }
        guard (1900...2100).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// Whether `text`, when it is exactly `dddd-dd-dd` in ASCII digits, is a real calendar date;
    /// nil when it has another shape (the general reading decides).
    private static func validISO(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            /// The number the ASCII digits at `range` spell; nil when one is not a digit.
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
                    value = value * 10 + Int(bytes[index] - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (1900...2100).contains(year) && (1...12).contains(month) && (1...daysIn(month, year)).contains(day)
        }
    }

    /// An ISO date as one number, `2026-01-05` as 20260105 (for compact keys); 0 when it is not one.
    static func number(_ iso: String) -> Int32 {
        let parts = iso.split(separator: "-").compactMap { Int32($0) }
        return parts.count == 3 ? parts[0] * 10_000 + parts[1] * 100 + parts[2] : 0
    }

    /// The ISO date of a `number(_:)`.
    static func iso(number: Int32) -> String {
        "\(number / 10_000)-\(pad(Int(number / 100 % 100)))-\(pad(Int(number % 100)))"
    }

    /// `2026-01` for an ISO date.
    public static func month(_ iso: String) -> String { String(iso.prefix(7)) }

    /// The ISO week, `2026-W02`, of an ISO date (weeks start on Monday; week 1 holds January 4).
    public static func week(_ iso: String) -> String {
        let numbers = iso.split(separator: "-").compactMap { Int($0) }
        guard numbers.count == 3 else { return iso }
        let (year, month, day) = (numbers[0], numbers[1], numbers[2])
        let ordinal = (1..<month).reduce(day) { $0 + daysIn($1, year) }
        let weekday = weekdayMonday1(year, month, day)
        var week = (ordinal - weekday + 10) / 7
        var weekYear = year
        if week < 1 {
            weekYear -= 1
            week = weeksIn(weekYear)
        } else if week > weeksIn(year) {
            weekYear += 1
            week = 1
        }
        return "\(weekYear)-W\(pad(week))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 1 = Monday … 7 = Sunday (Zeller's congruence).
    private static func weekdayMonday1(_ year: Int, _ month: Int, _ day: Int) -> Int {
        var (y, m) = (year, month)
        if m < 3 { m += 12; y -= 1 }
        let h = (day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7   // 0 = Saturday
        return (h + 5) % 7 + 1
    }

    private static func weeksIn(_ year: Int) -> Int {
        let jan1 = weekdayMonday1(year, 1, 1)
        return jan1 == 4 || (isLeap(year) && jan1 == 3) ? 53 : 52
    }
}
