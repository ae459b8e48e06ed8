import Testing
import MembershipDomain

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("rejects impossible dates", arguments: [
        (2025, 2, 29), (2023, 4, 31), (2024, 13, 1), (2024, 0, 10), (1900, 2, 29), (2024, 1, 0),
    ])
    func rejectsImpossible(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test("accepts leap days in leap years", arguments: [2000, 2024, 2028])
    func acceptsLeapDay(year: Int) {
        #expect(CalendarDate(year: year, month: 2, day: 29) != nil)
    }

    @Test("serial numbers", arguments: [
        ("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2026-01-01", 20_454),
        ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
    func serial(text: String, serial: Int) {
        #expect(date(text).daysSinceEpoch == serial)
        #expect(CalendarDate(daysSinceEpoch: serial) == date(text))
    }

    @Test("adding days crosses months, years and leap days", arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"), ("2025-12-31", 1, "2026-01-01"),
        ("2026-03-01", -1, "2026-02-28"), ("2024-01-15", 90, "2024-04-14"), ("2026-01-01", 365, "2027-01-01"),
    ])
    func addingDays(start: String, days: Int, expected: String) {
        #expect(date(start).adding(days: days) == date(expected))
    }

    @Test("adding months clamps to the month's last day", arguments: [
        ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
        ("2026-03-15", -3, "2025-12-15"), ("2026-11-30", 3, "2027-02-28"), ("2026-05-01", 0, "2026-05-01"),
    ])
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(date(start).adding(months: months) == date(expected))
    }

    @Test("days between")
    func daysBetween() {
        #expect(date("2026-01-01").days(until: date("2026-12-31")) == 364)
        #expect(date("2024-01-01").days(until: date("2025-01-01")) == 366)
        #expect(date("2026-03-10").days(until: date("2026-03-01")) == -9)
    }

    @Test("weekdays", arguments: [
        ("1970-01-01", Weekday.thursday), ("2026-11-25", .wednesday), ("2026-11-28", .saturday),
        ("2026-11-29", .sunday), ("2000-02-29", .tuesday), ("1969-12-29", .monday),
    ])
    func weekdays(text: String, weekday: Weekday) {
        #expect(date(text).weekday == weekday)
    }

    @Test("age on a date counts completed years", arguments: [
        ("1980-06-15", "2026-06-14", 45), ("1980-06-15", "2026-06-15", 46), ("1980-06-15", "1980-06-15", 0),
        ("2026-07-01", "2026-01-01", 0), ("2000-12-31", "2026-01-01", 25),
    ])
    func age(birth: String, on: String, expected: Int) {
        #expect(date(birth).age(on: date(on)) == expected)
    }

    @Test("a February 29 birthday's anniversary is March 1 in non-leap years", arguments: [
        ("2025-02-28", 16), ("2025-03-01", 17), ("2028-02-28", 19), ("2028-02-29", 20),
    ])
    func leapDayBirthday(on: String, expected: Int) {
        #expect(date("2008-02-29").age(on: date(on)) == expected)
    }

    @Test("anniversaries")
    func anniversaries() {
        #expect(date("2008-02-29").anniversary(in: 2025) == date("2025-03-01"))
        #expect(date("2008-02-29").anniversary(in: 2032) == date("2032-02-29"))
        #expect(date("2000-07-04").anniversary(in: 2026) == date("2026-07-04"))
    }

    @Test("month boundaries")
    func monthBoundaries() {
        #expect(date("2024-02-10").lastOfMonth == date("2024-02-29"))
        #expect(date("2026-04-17").firstOfMonth == date("2026-04-01"))
        #expect(date("2026-04-17").firstOfMonthOnOrAfter == date("2026-05-01"))
        #expect(date("2026-04-01").firstOfMonthOnOrAfter == date("2026-04-01"))
        #expect(date("2026-12-17").firstOfMonthOnOrAfter == date("2027-01-01"))
    }

    @Test("ISO text round trip and rejects malformed text", arguments: [
        "2026-1-01", "2026/01/01", "26-01-01", "2026-01-32", "abcd-ef-gh", "",
    ])
    func malformed(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("formats with zero padding")
    func formatting() {
        #expect(CalendarDate(year: 7, month: 3, day: 9)?.description == "0007-03-09")
        #expect(date("2026-11-25").description == "2026-11-25")
    }

    @Test("orders chronologically")
    func ordering() {
        #expect(date("2025-12-31") < date("2026-01-01"))
        #expect(date("2026-02-01") > date("2026-01-31"))
        #expect([date("2026-03-01"), date("2025-03-01"), date("2026-01-09")].sorted()
            == [date("2025-03-01"), date("2026-01-09"), date("2026-03-01")])
    }
}

@Suite("YearMonth")
struct YearMonthTests {
    @Test("first and last days")
    func days() {
        #expect(month("2024-02").lastDay == date("2024-02-29"))
        #expect(month("2026-02").lastDay == date("2026-02-28"))
        #expect(month("2026-09").firstDay == date("2026-09-01"))
    }

    @Test("adding and counting months")
    func arithmetic() {
        #expect(month("2026-11").adding(months: 3) == month("2027-02"))
        #expect(month("2026-01").adding(months: -1) == month("2025-12"))
        #expect(month("2025-10").months(until: month("2026-02")) == 4)
        #expect(YearMonth("2026-13") == nil)
    }
}
