/// An employer group (rule G1) as the workers need it.
public struct GroupRecord: Sendable, Equatable {
    /// The group number (Kafka key of its topics).
    public var groupNumber: String
    /// Employer name.
    public var name: String
    /// `active`, `terminated`, ... (the domain's vocabulary).
    public var status: String
    /// Business address ZIP (rule B2).
    public var businessZIP: String
    /// Business address county.
    public var businessCounty: String
    /// Business address state.
    public var businessState: String
    /// Rating area derived from the business address (rule B2).
    public var ratingArea: Int
    /// Whether the group chose paperless bills (rule B9).
    public var paperless: Bool
    /// Broker of record (rule B10).
    public var brokerID: String?
    /// The group's settings as serialized by the domain (waiting period, windows, contributions ...).
    public var settings: [UInt8]?
    /// When it was last written, milliseconds since the Unix epoch.
    public var updatedAt: Int64

    /// Creates a group.
    public init(
        groupNumber: String, name: String, status: String, businessZIP: String, businessCounty: String,
        businessState: String, ratingArea: Int, paperless: Bool = false, brokerID: String? = nil,
        settings: [UInt8]? = nil, updatedAt: Int64
    ) {
        self.groupNumber = groupNumber
        self.name = name
        self.status = status
        self.businessZIP = businessZIP
        self.businessCounty = businessCounty
        self.businessState = businessState
        self.ratingArea = ratingArea
        self.paperless = paperless
        self.brokerID = brokerID
        self.settings = settings
        self.updatedAt = updatedAt
    }
}

/// One contract year of a group (rules G1, G6, B3).
public struct ContractRecord: Sendable, Equatable {
    /// The group.
    public var groupNumber: String
    /// Contract effective date, ISO `YYYY-MM-DD`.
    public var effectiveDate: String
    /// Renewal date, ISO `YYYY-MM-DD`.
    public var renewalDate: String
    /// `active`, `terminated`, `reinstated`, ...
    public var status: String
    /// Termination date, if terminated.
    public var terminatedOn: String?
    /// Plans offered (rule G4), in the group's order.
    public var planIDs: [String]
    /// When it was last written, milliseconds since the Unix epoch.
    public var updatedAt: Int64

    /// Creates a contract.
    public init(
        groupNumber: String, effectiveDate: String, renewalDate: String, status: String, terminatedOn: String? = nil,
        planIDs: [String], updatedAt: Int64
    ) {
        self.groupNumber = groupNumber
        self.effectiveDate = effectiveDate
        self.renewalDate = renewalDate
        self.status = status
        self.terminatedOn = terminatedOn
        self.planIDs = planIDs
        self.updatedAt = updatedAt
    }
}
