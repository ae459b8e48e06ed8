/// Loop 2300: one health coverage of a member (HD, its DTP dates, REF ids and IDC card requests).
public struct HealthCoverage: Sendable, Hashable {
    /// HD01: the coverage's maintenance type code.
    public var maintenanceType: String
    /// HD03: the insurance line (`HLT`, `DEN`, `VIS` ...).
    public var insuranceLine: String
    /// HD04: the plan coverage description (this project's plan id).
    public var planDescription: String
    /// HD05: the coverage level (`EMP`, `ESP`, `FAM` ...).
    public var coverageLevel: String
    /// DTP*348: benefit begin.
    public var begin: X12Date?
    /// DTP*349: benefit end.
    public var end: X12Date?
    /// REF ids of the coverage by qualifier (`CE` class of contract, `1L` group or policy number ...).
    public var identifiers: [String: String]
    /// IDC card requests.
    public var cardRequests: [CardRequest]

    /// Creates a coverage.
    public init(maintenanceType: String, insuranceLine: String, planDescription: String, coverageLevel: String,
                begin: X12Date? = nil, end: X12Date? = nil, identifiers: [String: String] = [:], cardRequests: [CardRequest] = []) {
        self.maintenanceType = maintenanceType
        self.insuranceLine = insuranceLine
        self.planDescription = planDescription
        self.coverageLevel = coverageLevel
        self.begin = begin
        self.end = end
        self.identifiers = identifiers
        self.cardRequests = cardRequests
    }
}
