import Testing
import MembershipDomain

@Suite("Business days")
struct BusinessDaysTests {
    // 2026-11-23 is a Monday.
    @Test("M3: due date is two business days after receipt, skipping weekends", arguments: [
        ("2026-11-23", "2026-11-25"),  // Monday -> Wednesday
        ("2026-11-26", "2026-11-30"),  // Thursday -> Monday
        ("2026-11-27", "2026-12-01"),  // Friday -> Tuesday
        ("2026-11-28", "2026-12-01"),  // Saturday -> Tuesday
        ("2026-11-29", "2026-12-01"),  // Sunday -> Tuesday
    ])
    func dueDate(received: String, due: String) {
        #expect(date(received).adding(businessDays: 2) == date(due))
    }

    @Test("M3: a naive calendar-day count would be wrong over a weekend")
    func notCalendarDays() {
        let friday = date("2026-11-27")
        #expect(friday.adding(businessDays: 2) != friday.adding(days: 2))
    }

    @Test("M3: holidays are skipped when given")
    func holidays() {
        let thanksgiving = date("2026-11-26")
        #expect(date("2026-11-25").adding(businessDays: 2, holidays: [thanksgiving]) == date("2026-11-30"))
        #expect(!thanksgiving.isBusinessDay(holidays: [thanksgiving]))
        #expect(date("2026-11-25").isBusinessDay())
        #expect(!date("2026-11-28").isBusinessDay())
    }

    @Test("zero business days is the same day")
    func zero() {
        #expect(date("2026-11-28").adding(businessDays: 0) == date("2026-11-28"))
    }
}
