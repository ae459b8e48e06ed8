/// Checks the fields of an enrollment request one by one (rule E12), before any rule decides on it.
///
/// Each check names the field it found wrong in a ``FieldViolation`` and never echoes the value, which
/// may be personal data.
public enum FieldValidator {
    /// The years a date may have: nothing in enrollment happened before 1900 or is planned after 2199.
    public static let acceptedYears = 1900...2199
    /// The oldest a person can be on the day of the request.
    public static let maximumAgeYears = 130
    /// The longest name parts, in characters (X12 834 NM1 allows 60 for the last name, 35 for the first).
    public static let maximumNameLengths = (first: 35, middle: 35, last: 60, suffix: 10)
    /// The most hours a week has, in hundredths.
    public static let maximumWeeklyHundredths = 168 * 100
    /// The most hours a pay period (at most a month of 31 days) has, in hundredths.
    public static let maximumPayPeriodHundredths = 31 * 24 * 100

    /// The date named by `year`, `month` and `day`, or why it is not an acceptable one.
    public static func date(year: Int, month: Int, day: Int, field: String) throws(FieldViolation) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else { throw FieldViolation(.invalidDate, field: field) }
        guard acceptedYears.contains(date.year) else { throw FieldViolation(.dateOutOfRange, field: field) }
        return date
    }

    /// A date of birth: a real date, not after the day the request was received, and not more than
    /// ``maximumAgeYears`` before it.
    public static func birthDate(year: Int, month: Int, day: Int, receivedOn: CalendarDate,
                                 field: String) throws(FieldViolation) -> CalendarDate {
        let birth = try date(year: year, month: month, day: day, field: field)
        guard birth <= receivedOn else { throw FieldViolation(.birthDateInFuture, field: field) }
        guard receivedOn.year - birth.year <= maximumAgeYears else { throw FieldViolation(.dateOutOfRange, field: field) }
        return birth
    }

    /// A ZIP code: five ASCII digits, or ZIP+4 written `NNNNN-NNNN`; `00000` is never assigned.
    public static func zipCode(_ text: String, field: String) throws(FieldViolation) {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let valid: Bool
        switch bytes.count {
        case 5: valid = bytes.allSatisfy(isDigit)
        case 10: valid = bytes[0..<5].allSatisfy(isDigit) && bytes[5] == 0x2d && bytes[6...].allSatisfy(isDigit)
        default: valid = false
        }
        guard valid, !text.hasPrefix("00000") else { throw FieldViolation(.zipCodeFormat, field: field) }
    }

    /// A state: two ASCII capital letters (`CA`).
    public static func state(_ text: String, field: String) throws(FieldViolation) {
        let bytes = Array(text.utf8)
        guard bytes.count == 2, bytes.allSatisfy({ $0 >= 0x41 && $0 <= 0x5a }) else {
            throw FieldViolation(.stateFormat, field: field)
        }
    }

    /// Every part of a legal name; `field` is the name's path (the parts are `first_name`, `middle_name`,
    /// `last_name`, `suffix`). Empty optional parts are fine; the last name's presence is checked by the
    /// caller as a missing field.
    public static func name(_ name: LegalName, field: String) throws(FieldViolation) {
        let limits = maximumNameLengths
        for (part, suffix, limit) in [(name.first, "first_name", limits.first), (name.middle, "middle_name", limits.middle),
                                      (name.last, "last_name", limits.last), (name.suffix, "suffix", limits.suffix)]
        where !part.isEmpty {
            try namePart(part, limit: limit, field: field + "." + suffix)
        }
    }

    private static func namePart(_ text: String, limit: Int, field: String) throws(FieldViolation) {
        var letters = 0
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic {
                letters += 1
            } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                continue
            } else if !" -'.\u{2019}".unicodeScalars.contains(scalar) {
                throw FieldViolation(.nameCharacters, field: field)
            }
        }
        guard letters > 0, text.count <= limit else { throw FieldViolation(.nameLength, field: field) }
    }

    /// An SSN: nine digits, bare or written `NNN-NN-NNNN`, and a number that can have been issued: not area
    /// 000, 666 or 900-999, not group 00, not serial 0000.
    public static func ssn(_ text: String, field: String) throws(FieldViolation) -> SocialSecurityNumber {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let digits: [UInt8]
        if bytes.count == 9, bytes.allSatisfy(isDigit) {
            digits = bytes
        } else if bytes.count == 11, bytes[3] == 0x2d, bytes[6] == 0x2d,
                  bytes[0..<3].allSatisfy(isDigit), bytes[4..<6].allSatisfy(isDigit), bytes[7...].allSatisfy(isDigit) {
            digits = Array(bytes[0..<3] + bytes[4..<6] + bytes[7...])
        } else {
            throw FieldViolation(.ssnFormat, field: field)
        }
        let number = String(decoding: digits, as: UTF8.self)
        let area = number.prefix(3), group = number.dropFirst(3).prefix(2), serial = number.suffix(4)
        guard area != "000", area != "666", area.first != "9", group != "00", serial != "0000",
              let ssn = SocialSecurityNumber(number)
        else { throw FieldViolation(.ssnNeverIssued, field: field) }
        return ssn
    }

    /// Hours in hundredths: not negative, and at most `maximum`.
    public static func hours(_ hundredths: Int, maximum: Int, field: String) throws(FieldViolation) {
        guard hundredths >= 0 else { throw FieldViolation(.negativeHours, field: field) }
        guard hundredths <= maximum else { throw FieldViolation(.hoursOutOfRange, field: field) }
    }
}
