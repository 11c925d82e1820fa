import Foundation

/// A date as network files write it: a year (`2026`), a month (`2026-06`) or a day (`2026-06-15`).
///
/// A date stands for the span it names: `2026` is the whole year, `2026-06` the whole month. ``firstDay`` and
/// ``lastDay`` are the ends of that span, so `period: {start: 2025, end: 2026}` runs from 1 January 2025 to
/// 31 December 2026, and a network "as it stands on 2026-06" keeps what runs at some time in June 2026
/// (`Period.overlaps(_:)`).
public struct PeriodDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12; nil for a whole year.
    public let month: Int?
    /// The day of the month; nil for a whole month or year.
    public let day: Int?

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit month and day, a real calendar day).
    ///
    /// - Parameter text: the date as written, surrounding spaces ignored.
    /// - Returns: the date, or nil when the text is not one of the three shapes or names no calendar day.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), year >= 1 else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        } else {
            month = nil
        }
        if parts.count == 3, let month {
            guard let day = Int(parts[2]), day >= 1, day <= PeriodDate.days(inMonth: month, of: year) else { return nil }
            self.day = day
        } else {
            day = nil
        }
    }

    /// A date from its parts (a whole year when `month` is nil, a whole month when `day` is nil).
    ///
    /// - Parameters:
    ///   - year: the year.
    ///   - month: the month, 1–12, or nil.
    ///   - day: the day of the month, or nil.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// The date as written: `2026`, `2026-06` or `2026-06-15`.
    public var description: String {
        var text = zeroPadded(year, 4)
        if let month { text += "-" + zeroPadded(month, 2) }
        if let day { text += "-" + zeroPadded(day, 2) }
        return text
    }

    /// The first day of the span the date names (`2026` → 2026-01-01).
    public var firstDay: PeriodDate { PeriodDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day of the span the date names (`2026` → 2026-12-31, `2024-02` → 2024-02-29).
    public var lastDay: PeriodDate {
        let m = month ?? 12
        return PeriodDate(year: year, month: m, day: day ?? PeriodDate.days(inMonth: m, of: year))
    }

    /// Orders dates by their first day, then the shorter span first (`2026-01-01` < `2026-01` < `2026`).
    public static func < (lhs: PeriodDate, rhs: PeriodDate) -> Bool {
        let a = lhs.firstDay.ordinal, b = rhs.firstDay.ordinal
        if a != b { return a < b }
        return lhs.lastDay.ordinal < rhs.lastDay.ordinal
    }

    /// A number that grows with the calendar day (not a count of days): for comparing first and last days.
    var ordinal: Int { (year * 13 + (month ?? 0)) * 32 + (day ?? 0) }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// `value` in decimal, with leading zeros up to `width` digits.
private func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension Period {
    /// The start as a date; nil when open or not a date (a validated network has only dates).
    public var startDate: PeriodDate? { start.flatMap(PeriodDate.init) }
    /// The end as a date; nil when open or not a date.
    public var endDate: PeriodDate? { end.flatMap(PeriodDate.init) }

    /// Whether the period runs at some time within the span `date` names: it starts on or before that span's last
    /// day and ends on or after its first day (an open end reaches as far as it must).
    ///
    /// - Parameter date: a year, month or day.
    /// - Returns: whether the two spans share a day.
    /// - Complexity: O(1).
    public func overlaps(_ date: PeriodDate) -> Bool {
        if let start = startDate, start.firstDay.ordinal > date.lastDay.ordinal { return false }
        if let end = endDate, end.lastDay.ordinal < date.firstDay.ordinal { return false }
        return true
    }

    /// Whether the period shares a day with `other` (open ends reach as far as they must).
    ///
    /// - Parameter other: another period.
    /// - Returns: whether the two periods overlap.
    public func overlaps(_ other: Period) -> Bool {
        if let start = startDate, let end = other.endDate, start.firstDay.ordinal > end.lastDay.ordinal { return false }
        if let end = endDate, let start = other.startDate, end.lastDay.ordinal < start.firstDay.ordinal { return false }
        return true
    }
}
