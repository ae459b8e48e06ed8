/// A calendar date as X12 writes it (`D8`: CCYYMMDD), checked to be a real day.
public struct X12Date: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Four-digit year.
    public let year: Int
    /// 1-12.
    public let month: Int
    /// 1-31, valid for the month.
    public let day: Int

    /// A date, when `year`/`month`/`day` name a real day of the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `CCYYMMDD`; `nil` for anything else, including 30 February.
    public init?(d8 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        self.init(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }

    /// `CCYYMMDD`.
    public var d8: String { pad(year, 4) + pad(month, 2) + pad(day, 2) }

    /// ISO `YYYY-MM-DD`.
    public var description: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }

    /// The day before.
    public var previousDay: X12Date {
        if day > 1 { return X12Date(unchecked: year, month, day - 1) }
        if month > 1 { return X12Date(unchecked: year, month - 1, Self.days(in: month - 1, of: year)) }
        return X12Date(unchecked: year - 1, 12, 31)
    }

    /// Orders by year, month, day.
    public static func < (lhs: X12Date, rhs: X12Date) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
