/// A calendar month of a year, e.g. March 2026: the unit of billing (rule B7) and of a billing
/// cycle's identity (rule B8).
///
/// The textual and `Codable` form is `YYYY-MM`.
public struct YearMonth: Hashable, Sendable, Comparable {
    /// The year, 1 through 9999.
    public let year: Int
    /// The month, 1 through 12.
    public let month: Int

    /// Creates a month if the components are in range, otherwise `nil`.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month's first day.
    public var firstDay: CalendarDate { CalendarDate(uncheckedYear: year, month: month, day: 1) }

    /// The month's last day.
    public var lastDay: CalendarDate {
        CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysInMonth(year: year, month: month))
    }

    /// The month `months` later (earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        return YearMonth(uncheckedYear: index / 12, month: index % 12 + 1)
    }

    /// The number of months from `self` to `other` (positive when `other` is later).
    public func months(until other: YearMonth) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }

    /// Chronological order.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension YearMonth: CustomStringConvertible, LosslessStringConvertible {
    /// The form `YYYY-MM`.
    public var description: String {
        CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2)
    }

    /// Parses exactly `YYYY-MM`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let y = CalendarDate.digits(bytes[0..<4]), let m = CalendarDate.digits(bytes[5..<7])
        else { return nil }
        self.init(year: y, month: m)
    }
}

extension YearMonth: Codable {
    /// Decodes from a `YYYY-MM` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = YearMonth(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a month YYYY-MM, got \(text)")
        }
        self = value
    }

    /// Encodes as a `YYYY-MM` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
