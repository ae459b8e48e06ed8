import Testing
import MembershipDomain

@Suite("Pay periods")
struct PayScheduleTests {
    @Test("E7: weekly periods from an anchor", arguments: [
        ("2026-01-05", "2026-01-05", "2026-01-11"),
        ("2026-01-11", "2026-01-05", "2026-01-11"),
        ("2026-01-12", "2026-01-12", "2026-01-18"),
        ("2026-01-04", "2025-12-29", "2026-01-04"),  // before the anchor
    ])
    func weekly(day: String, start: String, end: String) {
        let schedule = PaySchedule(frequency: .weekly, anchor: date("2026-01-05"))
        #expect(schedule.period(containing: date(day)) == date(start)...date(end))
    }

    @Test("E7: biweekly periods from an anchor", arguments: [
        ("2026-03-14", "2026-03-14"), ("2026-03-15", "2026-03-28"), ("2026-02-28", "2026-02-28"),
        ("2025-12-31", "2026-01-03"),
    ])
    func biweekly(day: String, end: String) {
        // Periods: ... 2025-12-21..2026-01-03, 2026-01-04..01-17, ... 02-15..02-28, 03-01..03-14, 03-15..03-28
        let schedule = PaySchedule(frequency: .biweekly, anchor: date("2026-01-04"))
        #expect(schedule.periodEnd(containing: date(day)) == date(end))
    }

    @Test("E7: semimonthly periods end on the 15th and the month's last day", arguments: [
        ("2026-02-01", "2026-02-15"), ("2026-02-15", "2026-02-15"), ("2026-02-16", "2026-02-28"),
        ("2024-02-20", "2024-02-29"), ("2026-07-31", "2026-07-31"),
    ])
    func semimonthly(day: String, end: String) {
        let schedule = PaySchedule(frequency: .semimonthly, anchor: date("2026-01-01"))
        #expect(schedule.periodEnd(containing: date(day)) == date(end))
    }

    @Test("E7: monthly periods start on the anchor's day", arguments: [
        ("2026-03-10", "2026-03-10", "2026-04-09"),
        ("2026-03-09", "2026-02-10", "2026-03-09"),
        ("2026-12-25", "2026-12-10", "2027-01-09"),
    ])
    func monthly(day: String, start: String, end: String) {
        let schedule = PaySchedule(frequency: .monthly, anchor: date("2026-01-10"))
        #expect(schedule.period(containing: date(day)) == date(start)...date(end))
    }

    @Test("E7: monthly anchor on the 31st clamps in short months")
    func monthlyClamped() {
        let schedule = PaySchedule(frequency: .monthly, anchor: date("2026-01-31"))
        #expect(schedule.period(containing: date("2026-02-28")) == date("2026-02-28")...date("2026-03-30"))
        #expect(schedule.period(containing: date("2026-02-27")) == date("2026-01-31")...date("2026-02-27"))
        #expect(schedule.periodEnd(containing: date("2026-01-01")) == date("2026-01-30"))
    }

    @Test("E7: calendar-month schedule ends on the month's last day")
    func calendarMonthly() {
        let schedule = PaySchedule(frequency: .monthly, anchor: date("2026-01-01"))
        #expect(schedule.periodEnd(containing: date("2026-02-14")) == date("2026-02-28"))
        #expect(schedule.periodEnd(containing: date("2028-02-14")) == date("2028-02-29"))
    }
}
