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
        // Read straight from the UTF-8 view: dates are parsed for every DTP and DMG, and copying the bytes into
        // an array first cost an allocation each.
        var year = 0
        var month = 0
        var day = 0
        var count = 0
        for byte in text.utf8 {
            guard count < 8, byte >= 0x30, byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            switch count {
            case 0..<4: year = year * 10 + digit
            case 4..<6: month = month * 10 + digit
            default: day = day * 10 + digit
            }
            count += 1
        }
        guard count == 8 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `CCYYMMDD`.
    public var d8: String { digits(separator: nil) }

    /// ISO `YYYY-MM-DD`.
    public var description: String { digits(separator: UInt8(ascii: "-")) }

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

    /// The year as four digits, month and day as two, optionally separated. Written byte by byte: the mapper
    /// formats several dates per member, and padding and joining strings allocated for each part.
    private func digits(separator: UInt8?) -> String {
        let width = separator == nil ? 8 : 10
        return String(unsafeUninitializedCapacity: width) { target in
            var offset = 0
            func put(_ value: Int, _ places: Int) {
                var divisor = 1
                for _ in 1..<places { divisor *= 10 }
                while divisor > 0 {
                    target[offset] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    offset += 1
                    divisor /= 10
                }
            }
            put(year, 4)
            if let separator { target[offset] = separator; offset += 1 }
            put(month, 2)
            if let separator { target[offset] = separator; offset += 1 }
            put(day, 2)
            return offset
        }
    }
}
