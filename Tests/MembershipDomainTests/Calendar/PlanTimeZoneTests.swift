import Testing
import MembershipDomain

@Suite("Plan time zone")
struct PlanTimeZoneTests {
    @Test("X1: the received instant is dated in the plan's zone, not UTC", arguments: [
        // 2026-01-01T07:59:59Z is 23:59:59 on Dec 31 in Los Angeles (PST, UTC-8).
        (Int64(1_767_254_399), "2025-12-31"),
        (Int64(1_767_254_400), "2026-01-01"),
        // 2026-07-01T06:30:00Z is 23:30 on Jun 30 in Los Angeles (PDT, UTC-7).
        (Int64(1_782_887_400), "2026-06-30"),
        (Int64(1_782_891_000), "2026-07-01"),
    ])
    func pacific(instant: Int64, expected: String) {
        #expect(PlanTimeZone.pacific.calendarDate(ofUnixSeconds: instant) == date(expected))
    }

    @Test("X1: daylight saving changes the offset")
    func offsets() {
        #expect(PlanTimeZone.pacific.secondsFromUTC(atUnixSeconds: 1_767_254_400) == -28_800)
        #expect(PlanTimeZone.pacific.secondsFromUTC(atUnixSeconds: 1_782_891_000) == -25_200)
    }

    @Test("X1: other zones and unknown identifiers")
    func otherZones() {
        let denver = PlanTimeZone(identifier: "America/Denver")
        #expect(denver?.calendarDate(ofUnixSeconds: 1_767_254_400) == date("2026-01-01"))
        #expect(PlanTimeZone(identifier: "Pacific/Honolulu")?.calendarDate(ofUnixSeconds: 1_767_254_400)
            == date("2025-12-31"))
        #expect(PlanTimeZone(identifier: "Not/AZone") == nil)
        #expect(PlanTimeZone(identifier: "UTC")?.calendarDate(ofUnixSeconds: -1) == date("1969-12-31"))
    }
}
