/// A person's coverage in a group under a plan, for a span of dates.
public struct CoverageRecord: Sendable, Equatable {
    /// Stable id assigned by the enrollment worker.
    public var coverageID: String
    /// The group.
    public var groupNumber: String
    /// The family (subscriber's household) this coverage belongs to.
    public var householdID: String
    /// The covered person.
    public var personID: String
    /// The person's MRN in the group's region.
    public var mrn: String
    /// `subscriber`, `spouse`, `domestic-partner`, `child`, ... (the domain's vocabulary).
    public var relationship: String
    /// The plan.
    public var planID: String
    /// First covered day, ISO `YYYY-MM-DD`.
    public var effectiveDate: String
    /// Last covered day (inclusive), ISO `YYYY-MM-DD`, or `nil` while open-ended.
    public var terminationDate: String?
    /// Whether this is COBRA continuation (rule E11).
    public var cobra: Bool
    /// When it was written, milliseconds since the Unix epoch.
    public var createdAt: Int64

    /// Creates a coverage.
    public init(
        coverageID: String, groupNumber: String, householdID: String, personID: String, mrn: String,
        relationship: String, planID: String, effectiveDate: String, terminationDate: String? = nil,
        cobra: Bool = false, createdAt: Int64
    ) {
        self.coverageID = coverageID
        self.groupNumber = groupNumber
        self.householdID = householdID
        self.personID = personID
        self.mrn = mrn
        self.relationship = relationship
        self.planID = planID
        self.effectiveDate = effectiveDate
        self.terminationDate = terminationDate
        self.cobra = cobra
        self.createdAt = createdAt
    }
}
