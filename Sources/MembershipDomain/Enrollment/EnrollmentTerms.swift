/// The settings of a group's contract that enrollment decisions use (rules E1, E3, E5, E7, G1, G4,
/// X1). Built from the group contract in force; every group setting has the default DOMAIN.md gives.
public struct EnrollmentTerms: Hashable, Sendable {
    /// The group's annual open-enrollment period (rule E3).
    public struct OpenEnrollment: Hashable, Sendable {
        /// First day on which open-enrollment requests are accepted.
        public let start: CalendarDate
        /// Last day (inclusive) on which open-enrollment requests are accepted.
        public let end: CalendarDate
        /// The day coverage chosen during open enrollment starts (normally the renewal date).
        public let coverageEffective: CalendarDate

        /// Creates a period.
        public init(start: CalendarDate, end: CalendarDate, coverageEffective: CalendarDate) {
            self.start = start
            self.end = end
            self.coverageEffective = coverageEffective
        }

        /// Whether `date` is inside the period.
        public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
    }

    /// How hours make a full-time or part-time employee eligible (rule E1). Hours are in
    /// hundredths (3000 = 30 hours), as upstream systems report them.
    public enum HoursRule: Hashable, Sendable {
        /// An average of at least this many hundredths of an hour a week (the default: 3000).
        case averageWeekly(minimumHundredths: Int)
        /// At least this many hundredths of an hour in the last pay period (a county group's rule,
        /// e.g. 4000).
        case perPayPeriod(minimumHundredths: Int)

        /// The default: an average of at least 30 hours a week.
        public static let standard = HoursRule.averageWeekly(minimumHundredths: 3000)
    }

    /// The group.
    public let groupNumber: GroupNumber
    /// First day of the contract (rule G1).
    public let contractEffective: CalendarDate
    /// Last day of the group's coverage when the contract is terminated; `nil` while in force.
    public let contractEnd: CalendarDate?
    /// The plans the group offers (rule G4).
    public let offeredPlans: Set<PlanID>
    /// Days from hire until coverage may start (rule E5). Values over 90 are limited by the
    /// 90-day rule when computing effective dates.
    public let waitingPeriodDays: Int
    /// Days after hire during which a new hire may enroll (rule E3).
    public let newHireWindowDays: Int
    /// Days after a qualifying life event during which it may be reported (rule E3).
    public let qleWindowDays: Int
    /// The open-enrollment period; `nil` when none is scheduled.
    public let openEnrollment: OpenEnrollment?
    /// The employer's payroll calendar (rule E7).
    public let paySchedule: PaySchedule
    /// How hours make an employee eligible (rule E1).
    public let hoursRule: HoursRule
    /// Whether the group is a public-sector county employer (rules E1, E3).
    public let isCountyGroup: Bool
    /// The plan's time zone, in which a request's receipt instant becomes a date (rule X1).
    public let timeZone: PlanTimeZone

    /// The default new-hire and QLE windows: 30 days, or 60 for a county group (rule E3).
    public static func defaultWindowDays(countyGroup: Bool) -> Int { countyGroup ? 60 : 30 }

    /// Creates terms. `newHireWindowDays` and `qleWindowDays` default to 30 (60 for a county
    /// group), `hoursRule` to an average of 30 hours a week, `timeZone` to America/Los_Angeles.
    public init(groupNumber: GroupNumber, contractEffective: CalendarDate, contractEnd: CalendarDate? = nil,
                offeredPlans: Set<PlanID>, waitingPeriodDays: Int = 0, newHireWindowDays: Int? = nil,
                qleWindowDays: Int? = nil, openEnrollment: OpenEnrollment? = nil, paySchedule: PaySchedule,
                hoursRule: HoursRule = .standard, isCountyGroup: Bool = false, timeZone: PlanTimeZone = .pacific) {
        self.groupNumber = groupNumber
        self.contractEffective = contractEffective
        self.contractEnd = contractEnd
        self.offeredPlans = offeredPlans
        self.waitingPeriodDays = max(0, waitingPeriodDays)
        self.newHireWindowDays = newHireWindowDays ?? EnrollmentTerms.defaultWindowDays(countyGroup: isCountyGroup)
        self.qleWindowDays = qleWindowDays ?? EnrollmentTerms.defaultWindowDays(countyGroup: isCountyGroup)
        self.openEnrollment = openEnrollment
        self.paySchedule = paySchedule
        self.hoursRule = hoursRule
        self.isCountyGroup = isCountyGroup
        self.timeZone = timeZone
    }

    /// Whether the contract has ended before `date` (rules G1, G6).
    public func isTerminated(before date: CalendarDate) -> Bool {
        guard let contractEnd else { return false }
        return contractEnd < date
    }
}
