/// One 12-month contract year of a group (rules G1, B3): rates and rating ages are fixed from its
/// first day to its last.
public struct ContractYear: Hashable, Sendable, Codable {
    /// The first day; rating ages are computed on it (rule B3).
    public let start: CalendarDate

    /// Creates the contract year starting on `start`.
    public init(start: CalendarDate) {
        self.start = start
    }

    /// The contract year, of a contract first effective on `effectiveDate` and renewed every 12
    /// months, that contains `date`. For dates before `effectiveDate` it is the first year.
    public init(contractEffective effectiveDate: CalendarDate, containing date: CalendarDate) {
        var years = date.year - effectiveDate.year
        if years > 0, effectiveDate.adding(months: 12 * years) > date { years -= 1 }
        self.start = effectiveDate.adding(months: 12 * max(years, 0))
    }

    /// The last day (the day before the next renewal).
    public var end: CalendarDate { start.adding(months: 12).adding(days: -1) }

    /// The plan year whose rate table applies: the calendar year in which this contract year
    /// starts (rates are guaranteed for the 12 months, rule B3).
    public var planYear: Int { start.year }

    /// Whether `date` falls inside this contract year.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
}
