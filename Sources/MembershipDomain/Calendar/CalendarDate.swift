/// A date on the civil (proleptic Gregorian) calendar: year, month and day, with no time and no
/// time zone.
///
/// Coverage dates, dates of birth, contract dates and billing months are calendar dates, not instants,
/// so they get a type of their own instead of `Date` at midnight in some zone. Converting an instant
/// into a calendar date is the job of ``PlanTimeZone`` (rule X1).
///
/// Values are always valid: the failable initialiser rejects impossible dates such as 2025-02-29.
/// The textual and `Codable` form is ISO 8601 `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Sendable {
    /// The year, 1 through 9999.
    public let year: Int
    /// The month, 1 (January) through 12 (December).
    public let month: Int
    /// The day of the month, 1 through the month's length.
    public let day: Int

    /// Creates a date if the components name a real day, otherwise returns `nil`.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from components already known to be valid.
    @usableFromInline
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    @inlinable
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year` (28 to 31).
    @inlinable
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (which is day 0); negative before it.
    ///
    /// This is the date's serial number; all day arithmetic goes through it. The algorithm is the
    /// well-known "days from civil" conversion on 400-year eras, exact for every valid date.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Creates the date with the given serial number (days since 1970-01-01).
    ///
    /// - Precondition: the result lies in years 1 through 9999.
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition((1...9999).contains(year), "CalendarDate out of range: serial \(daysSinceEpoch)")
        self.init(uncheckedYear: year, month: month, day: day)
    }
}

extension CalendarDate: Comparable {
    /// Chronological order.
    @inlinable
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return lhs.month < rhs.month }
        return lhs.day < rhs.day
    }
}
