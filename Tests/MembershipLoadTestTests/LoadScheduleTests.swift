import MembershipLoadTest
import Testing

@Suite("Load schedule")
struct LoadScheduleTests {
    @Test("2,000/s: request i is due at i x 500 µs", arguments: [(0, 0), (1, 500_000), (3, 1_500_000), (2_000, 1_000_000_000)] as [(Int, Int64)])
    func dueTimes(index: Int, nanoseconds: Int64) {
        #expect(LoadSchedule(count: 5_000, rate: 2_000).dueNanoseconds(of: index) == nanoseconds)
    }

    @Test("Due count at a time includes every request due at or before it",
          arguments: [(-1, 0), (0, 1), (499_999, 1), (500_000, 2), (1_499_999, 3), (1_500_000, 4), (9_000_000, 5)] as [(Int64, Int)])
    func dueCount(elapsed: Int64, count: Int) {
        #expect(LoadSchedule(count: 5, rate: 2_000).dueCount(atNanoseconds: elapsed) == count)
    }

    @Test("A rate that does not divide a second stays exact over a long run (no drift)")
    func noDrift() {
        let schedule = LoadSchedule(count: 3_000_001, rate: 3)
        // Request 3,000,000 at 3/s is due 1,000,000 s after the start, to the nanosecond.
        #expect(schedule.dueNanoseconds(of: 3_000_000) == 1_000_000_000_000_000)
        #expect(schedule.dueNanoseconds(of: 1) == 333_333_333)
        #expect(schedule.dueCount(atNanoseconds: 1_000_000_000_000_000) == 3_000_001)
        #expect(schedule.dueCount(atNanoseconds: 999_999_999_999_999) == 3_000_000)
    }

    @Test("--rate max: everything is due at once")
    func maximum() {
        let schedule = LoadSchedule(count: 7, rate: nil)
        #expect(schedule.dueCount(atNanoseconds: 0) == 7)
        #expect(schedule.dueNanoseconds(of: 6) == 0)
        #expect(schedule.lastDueNanoseconds == 0)
    }
}
