/// An employer group's contract as submitted for setup, renewal or reinstatement (rules G1-G6).
public struct GroupContract: Hashable, Sendable, Codable {
    /// One enrolling subscriber as the contract's census lists them.
    public struct CensusEntry: Hashable, Sendable, Codable {
        /// Date of birth (for the G3 minimum on a fixed-amount contribution).
        public let dateOfBirth: CalendarDate
        /// The plan chosen.
        public let plan: PlanID
        /// Two-letter state of residence (rule G4 counts out-of-state PPO subscribers).
        public let residenceState: String

        /// Creates a census entry.
        public init(dateOfBirth: CalendarDate, plan: PlanID, residenceState: String) {
            self.dateOfBirth = dateOfBirth
            self.plan = plan
            self.residenceState = residenceState
        }
    }

    /// The group number (rule G1).
    public let groupNumber: GroupNumber
    /// Business address; its ZIP and county decide the rating area (rules G1, B2).
    public let businessAddress: MailingAddress
    /// County of the business address.
    public let businessCounty: String
    /// The contract's effective date; it renews every 12 months (rule G1).
    public let effectiveDate: CalendarDate
    /// Full-time plus full-time-equivalent employees (rule G2: 1 to 100).
    public let fullTimeEquivalentEmployees: Int
    /// W-2 employees who are not an owner, a partner or their spouse (rule G2: at least one).
    public let nonOwnerW2Employees: Int
    /// Employees eligible for coverage (rule E1/E2 applied by the employer).
    public let eligibleEmployees: Int
    /// Eligible employees who enrol (rule G2: at least 50%).
    public let enrolledEmployees: Int
    /// Whether coverage is offered to every eligible employee (rule G2).
    public let offeredToAllEligible: Bool
    /// Employer contribution (rule G3).
    public let contribution: ContributionPolicy
    /// Plans the group offers (rule G4).
    public let offeredPlans: [PlanID]
    /// Whether this plan is the group's only carrier (rules G4, G5).
    public let soleCarrier: Bool
    /// Riders taken (rule G5).
    public let riders: Set<Rider>
    /// The enrolling subscribers, when the submission includes a census (rules G3, G4).
    public let census: [CensusEntry]

    /// Creates a contract.
    public init(groupNumber: GroupNumber, businessAddress: MailingAddress, businessCounty: String, effectiveDate: CalendarDate,
                fullTimeEquivalentEmployees: Int, nonOwnerW2Employees: Int, eligibleEmployees: Int, enrolledEmployees: Int,
                offeredToAllEligible: Bool, contribution: ContributionPolicy, offeredPlans: [PlanID], soleCarrier: Bool,
                riders: Set<Rider> = [], census: [CensusEntry] = []) {
        self.groupNumber = groupNumber
        self.businessAddress = businessAddress
        self.businessCounty = businessCounty
        self.effectiveDate = effectiveDate
        self.fullTimeEquivalentEmployees = fullTimeEquivalentEmployees
        self.nonOwnerW2Employees = nonOwnerW2Employees
        self.eligibleEmployees = eligibleEmployees
        self.enrolledEmployees = enrolledEmployees
        self.offeredToAllEligible = offeredToAllEligible
        self.contribution = contribution
        self.offeredPlans = offeredPlans
        self.soleCarrier = soleCarrier
        self.riders = riders
        self.census = census
    }
}
