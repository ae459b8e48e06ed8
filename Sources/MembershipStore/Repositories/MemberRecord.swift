/// A person's membership in a region, with the Medical Record Number it carries (rule M1).
public struct MemberRecord: Sendable, Equatable {
    /// Medical Record Number; never changes for this person and region.
    public var mrn: String
    /// The person.
    public var personID: String
    /// The region (reference data, rule M1).
    public var regionCode: String
    /// When it was created, milliseconds since the Unix epoch.
    public var createdAt: Int64

    /// Creates a member.
    public init(mrn: String, personID: String, regionCode: String, createdAt: Int64) {
        self.mrn = mrn
        self.personID = personID
        self.regionCode = regionCode
        self.createdAt = createdAt
    }
}
