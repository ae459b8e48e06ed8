import MembershipDomain
import Testing

/// Rule E12: every field of a request is checked on its own and a bad one is named with a reason code,
/// never with its value.
@Suite("E12: field validation, one reason code per kind of bad field")
struct FieldValidatorTests {
    static let received = CalendarDate(year: 2026, month: 1, day: 10)!

    static func violation(_ body: () throws(FieldViolation) -> Void) -> FieldViolation.Code? {
        do {
            try body()
            return nil
        } catch {
            return error.code
        }
    }

    @Test("E12: dates that do not exist, or lie outside the accepted years", arguments: [
        (2026, 2, 29, FieldViolation.Code.invalidDate),
        (2024, 2, 30, .invalidDate),
        (2026, 13, 1, .invalidDate),
        (2026, 0, 1, .invalidDate),
        (2026, 4, 31, .invalidDate),
        (2026, 1, 0, .invalidDate),
        (0, 1, 1, .invalidDate),
        (1899, 12, 31, .dateOutOfRange),
        (2200, 1, 1, .dateOutOfRange),
        (9999, 12, 31, .dateOutOfRange),
    ] as [(Int, Int, Int, FieldViolation.Code)])
    func badDates(year: Int, month: Int, day: Int, code: FieldViolation.Code) {
        #expect(Self.violation { () throws(FieldViolation) in
            _ = try FieldValidator.date(year: year, month: month, day: day, field: "terminate.coverage_end_date")
        } == code)
    }

    @Test("E12: good dates pass, leap days included", arguments: [(2024, 2, 29), (1900, 1, 1), (2199, 12, 31), (2026, 12, 31)])
    func goodDates(year: Int, month: Int, day: Int) throws {
        let date = try FieldValidator.date(year: year, month: month, day: day, field: "x")
        #expect(date == CalendarDate(year: year, month: month, day: day))
    }

    @Test("E12: a birth date after the day of receipt, or more than 130 years before it", arguments: [
        (2026, 1, 11, FieldViolation.Code.birthDateInFuture),
        (2027, 1, 1, .birthDateInFuture),
        (1895, 6, 1, .dateOutOfRange),
        (2026, 2, 30, .invalidDate),
    ] as [(Int, Int, Int, FieldViolation.Code)])
    func badBirthDates(year: Int, month: Int, day: Int, code: FieldViolation.Code) {
        #expect(Self.violation { () throws(FieldViolation) in
            _ = try FieldValidator.birthDate(year: year, month: month, day: day, receivedOn: Self.received, field: "dob")
        } == code)
    }

    @Test("E12: born on the day of receipt (a newborn) or 126 years before it is fine")
    func edgeBirthDates() throws {
        #expect(try FieldValidator.birthDate(year: 2026, month: 1, day: 10, receivedOn: Self.received, field: "dob")
            == Self.received)
        #expect(try FieldValidator.birthDate(year: 1900, month: 1, day: 1, receivedOn: Self.received, field: "dob").year == 1900)
    }

    @Test("E12: ZIP codes are five digits or ZIP+4", arguments: [
        ("93030", true), ("93030-1234", true), ("02134", true),
        ("9303", false), ("930301", false), ("93030-123", false), ("93030 1234", false), ("9303O", false),
        ("930301234", false), ("00000", false), ("00000-1234", false), ("", false), ("９３０３０", false),
    ])
    func zipCodes(zip: String, valid: Bool) {
        let code = Self.violation { () throws(FieldViolation) in try FieldValidator.zipCode(zip, field: "home_address.zip_code") }
        #expect(code == (valid ? nil : .zipCodeFormat))
    }

    @Test("E12: states are two capital letters", arguments: [("CA", true), ("ca", false), ("CAL", false), ("C", false), ("C1", false)])
    func states(state: String, valid: Bool) {
        let code = Self.violation { () throws(FieldViolation) in try FieldValidator.state(state, field: "home_address.state") }
        #expect(code == (valid ? nil : .stateFormat))
    }

    @Test("E12: names of letters, spaces, hyphens, apostrophes and periods pass, in any script", arguments: [
        LegalName(first: "María José", last: "García-López"),
        LegalName(first: "Seán", middle: "P.", last: "O'Brien", suffix: "Jr."),
        LegalName(first: "D\u{2019}Angelo", last: "de la Cruz", suffix: "III"),
        LegalName(first: "Zoë", last: "Nguyễn"),
        LegalName(first: "美咲", last: "山田"),
        LegalName(first: "", last: "Madonna"),
        LegalName(first: String(repeating: "a", count: 35), last: String(repeating: "b", count: 60)),
    ])
    func goodNames(name: LegalName) {
        #expect(Self.violation { () throws(FieldViolation) in try FieldValidator.name(name, field: "identity.name") } == nil)
    }

    @Test("E12: names with digits, symbols or control characters, or too long, or without a letter", arguments: [
        (LegalName(first: "Ana1", last: "Reyes"), "identity.name.first_name", FieldViolation.Code.nameCharacters),
        (LegalName(first: "Ana", last: "Reyes<script>"), "identity.name.last_name", .nameCharacters),
        (LegalName(first: "Ana", last: "Re\u{0}yes"), "identity.name.last_name", .nameCharacters),
        (LegalName(first: "Ana", last: "Reyes\n"), "identity.name.last_name", .nameCharacters),
        (LegalName(first: "Ana", middle: "@", last: "Reyes"), "identity.name.middle_name", .nameCharacters),
        (LegalName(first: "Ana", last: "Reyes", suffix: "#3"), "identity.name.suffix", .nameCharacters),
        (LegalName(first: String(repeating: "a", count: 36), last: "Reyes"), "identity.name.first_name", .nameLength),
        (LegalName(first: "Ana", last: String(repeating: "b", count: 61)), "identity.name.last_name", .nameLength),
        (LegalName(first: "Ana", last: "Reyes", suffix: "Junior Junior"), "identity.name.suffix", .nameLength),
        (LegalName(first: "Ana", last: "- '."), "identity.name.last_name", .nameLength),
    ] as [(LegalName, String, FieldViolation.Code)])
    func badNames(name: LegalName, field: String, code: FieldViolation.Code) {
        do {
            try FieldValidator.name(name, field: "identity.name")
            Issue.record("accepted a bad name")
        } catch {
            #expect(error == FieldViolation(code, field: field))
        }
    }

    @Test("E12: SSN format: nine digits, bare or NNN-NN-NNNN", arguments: [
        ("123456789", true), ("123-45-6789", true),
        ("12345678", false), ("1234567890", false), ("123 45 6789", false), ("12-345-6789", false),
        ("12345678a", false), ("123-45-678", false), ("١٢٣٤٥٦٧٨٩", false), ("", false),
    ])
    func ssnFormat(text: String, valid: Bool) {
        let code = Self.violation { () throws(FieldViolation) in _ = try FieldValidator.ssn(text, field: "identity.ssn") }
        #expect(code == (valid ? nil : .ssnFormat))
    }

    @Test("E12: SSNs never issued: area 000, 666, 900-999; group 00; serial 0000", arguments: [
        "000123456", "666123456", "900123456", "987654321", "999999999", "123006789", "123450000",
        "000-12-3456", "666-12-3456", "912-34-5678", "123-00-6789", "123-45-0000", "000000000",
    ])
    func ssnNeverIssued(text: String) {
        let code = Self.violation { () throws(FieldViolation) in _ = try FieldValidator.ssn(text, field: "identity.ssn") }
        #expect(code == .ssnNeverIssued)
    }

    @Test("E12: issuable SSNs next to the never-issued ranges pass", arguments: [
        ("001010001", "0001"), ("665-99-9999", "9999"), ("667010001", "0001"), ("899-99-9999", "9999"), ("123-01-0001", "0001"),
    ])
    func ssnIssuable(text: String, last4: String) throws {
        #expect(try FieldValidator.ssn(text, field: "identity.ssn").last4 == last4)
    }

    @Test("E12: hours may not be negative nor exceed the period", arguments: [
        (-1, 16_800, FieldViolation.Code?.some(.negativeHours)),
        (-3_250, 16_800, .negativeHours),
        (0, 16_800, nil),
        (3_250, 16_800, nil),
        (16_800, 16_800, nil),
        (16_801, 16_800, .hoursOutOfRange),
        (74_401, 74_400, .hoursOutOfRange),
    ] as [(Int, Int, FieldViolation.Code?)])
    func hours(hundredths: Int, maximum: Int, code: FieldViolation.Code?) {
        #expect(Self.violation { () throws(FieldViolation) in
            try FieldValidator.hours(hundredths, maximum: maximum, field: "employment.average_weekly_hours_hundredths")
        } == code)
    }

    @Test("E12: a violation names the field and the code, never the value")
    func description() {
        let violation = FieldViolation(.ssnNeverIssued, field: "add_subscriber.subscriber.identity.ssn")
        #expect(violation.description
            == "add_subscriber.subscriber.identity.ssn is a number the Social Security Administration never issues [e12-ssn-never-issued]")
    }

    @Test("E12: every code is documented in Docs/REASON-CODES.md")
    func documented() throws {
        let text = try ReasonCodeTests.text("Docs/REASON-CODES.md")
        for code in FieldViolation.Code.allCases {
            #expect(text.contains("| `\(code.rawValue)` |"), "\(code.rawValue)")
            #expect(code.ruleID == "E12")
        }
    }
}
