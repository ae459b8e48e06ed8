import PropertyBased
import Testing
import MembershipDomain

/// Invariants of the calendar types over random inputs, each checked against an independent,
/// simpler computation rather than against the code itself.
@Suite("Properties: calendar")
struct CalendarPropertyTests {
    /// Serial numbers from 1900-01-01 to 2100-12-31.
    static let serials = Gen.int(in: -25_567...47_846)

    /// The next day, by month lengths only: the naive definition the serial arithmetic must agree with.
    static func nextDay(_ d: CalendarDate) -> CalendarDate {
        if d.day < CalendarDate.daysInMonth(year: d.year, month: d.month) {
            return CalendarDate(year: d.year, month: d.month, day: d.day + 1)!
        }
        if d.month < 12 { return CalendarDate(year: d.year, month: d.month + 1, day: 1)! }
        return CalendarDate(year: d.year + 1, month: 1, day: 1)!
    }

    @Test("adding n days equals stepping one day n times")
    func addingDays() async {
        await propertyCheck(input: Self.serials, Gen.int(in: 0...400)) { serial, n in
            let start = CalendarDate(daysSinceEpoch: serial)
            var stepped = start
            for _ in 0..<n { stepped = Self.nextDay(stepped) }
            #expect(start.adding(days: n) == stepped)
            #expect(start.days(until: stepped) == n)
            #expect(stepped.adding(days: -n) == start)
        }
    }

    @Test("weekdays cycle every 7 days and serials round-trip")
    func weekdays() async {
        await propertyCheck(input: Self.serials) { serial in
            let day = CalendarDate(daysSinceEpoch: serial)
            #expect(day.daysSinceEpoch == serial)
            #expect(CalendarDate(day.description) == day)
            let next = Self.nextDay(day).weekday.rawValue
            #expect(next == day.weekday.rawValue % 7 + 1)
        }
    }

    @Test("age never decreases and increases by one on each anniversary")
    func age() async {
        await propertyCheck(input: Self.serials, Gen.int(in: 1...36_500)) { birthSerial, later in
            let birth = CalendarDate(daysSinceEpoch: birthSerial)
            let day = birth.adding(days: later)
            let age = birth.age(on: day)
            #expect(age >= 0)
            #expect(birth.age(on: day.adding(days: 1)) >= age)
            let anniversary = birth.anniversary(in: birth.year + age)
            #expect(anniversary <= day)
            #expect(birth.anniversary(in: birth.year + age + 1) > day)
            #expect(birth.age(on: anniversary) == age)
            #expect(birth.age(on: anniversary.adding(days: -1)) == max(age - 1, 0) || age == 0)
        }
    }

    @Test("adding months moves the month exactly and never overshoots the day")
    func addingMonths() async {
        await propertyCheck(input: Self.serials, Gen.int(in: -60...60)) { serial, months in
            let start = CalendarDate(daysSinceEpoch: serial)
            let moved = start.adding(months: months)
            #expect(start.yearMonth.months(until: moved.yearMonth) == months)
            #expect(moved.day <= start.day)
            #expect(moved.day == start.day || moved == moved.lastOfMonth)
        }
    }

    @Test("M3: the result of adding business days is a weekday with exactly n weekdays after the start")
    func businessDays() async {
        await propertyCheck(input: Self.serials, Gen.int(in: 1...30)) { serial, n in
            let start = CalendarDate(daysSinceEpoch: serial)
            let due = start.adding(businessDays: n)
            #expect(due.weekday.isWeekday)
            var count = 0
            var day = Self.nextDay(start)
            while day <= due {
                if day.weekday != .saturday && day.weekday != .sunday { count += 1 }
                day = Self.nextDay(day)
            }
            #expect(count == n)
        }
    }

    @Test("E7: pay periods contain their date and tile the calendar without gaps")
    func payPeriods() async {
        let frequencies = Gen.element(of: PaySchedule.Frequency.allCases).compactMap { $0 }
        await propertyCheck(input: frequencies, Self.serials, Self.serials) { frequency, anchorSerial, serial in
            let schedule = PaySchedule(frequency: frequency, anchor: CalendarDate(daysSinceEpoch: anchorSerial))
            let day = CalendarDate(daysSinceEpoch: serial)
            let period = schedule.period(containing: day)
            #expect(period.contains(day))
            let next = schedule.period(containing: period.upperBound.adding(days: 1))
            #expect(next.lowerBound == period.upperBound.adding(days: 1))
            #expect(schedule.period(containing: period.lowerBound) == period)
            let length = period.lowerBound.days(until: period.upperBound) + 1
            switch frequency {
            case .weekly: #expect(length == 7)
            case .biweekly: #expect(length == 14)
            case .semimonthly: #expect((13...16).contains(length))
            case .monthly: #expect((28...31).contains(length))
            }
        }
    }
}
