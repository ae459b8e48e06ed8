/// A subscriber's employment with the group's employer (rules E1, E2, E3, E5).
public struct Employment: Hashable, Sendable {
    /// How the employer classifies the worker.
    public enum Classification: String, CaseIterable, Hashable, Sendable, Codable {
        /// Full-time employee (eligible, rule E1).
        case fullTime = "full-time"
        /// Part-time employee (eligible when the hours rule is met, rule E1).
        case partTime = "part-time"
        /// Independent contractor paid on a 1099 (never eligible, rule E2).
        case contractor1099 = "contractor-1099"
        /// Employee working outside the United States (never eligible, rule E2).
        case nonUS = "non-us"
        /// Paid intern (never eligible, rule E2).
        case paidIntern = "paid-intern"
        /// Vendor's staff (never eligible, rule E2).
        case vendor
        /// Third-party administrator's staff (never eligible, rule E2).
        case thirdPartyAdministrator = "third-party-administrator"
        /// Temporary staff (never eligible, rule E2).
        case temporary
        /// Seasonal staff (never eligible, rule E2).
        case seasonal
        /// Private household or domestic help (never eligible, rule E2).
        case householdDomestic = "household-domestic"

        /// Whether the class can ever be eligible (rule E2): only full-time and part-time employees.
        public var canBeEligible: Bool { self == .fullTime || self == .partTime }
    }

    /// The classification.
    public let classification: Classification
    /// Average weekly hours in hundredths (3250 = 32.5 hours); `nil` when not reported.
    public let averageWeeklyHundredths: Int?
    /// Hours in the last complete pay period in hundredths; `nil` when not reported.
    public let payPeriodHundredths: Int?
    /// First day of employment (rules E3, E5).
    public let hireDate: CalendarDate

    /// Creates employment data.
    public init(classification: Classification, averageWeeklyHundredths: Int? = nil, payPeriodHundredths: Int? = nil,
                hireDate: CalendarDate) {
        self.classification = classification
        self.averageWeeklyHundredths = averageWeeklyHundredths
        self.payPeriodHundredths = payPeriodHundredths
        self.hireDate = hireDate
    }
}
