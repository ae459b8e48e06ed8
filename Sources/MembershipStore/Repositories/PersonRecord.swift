/// A person known to the plan (identity, rule M2). Names and birth date are PII: never log them.
public struct PersonRecord: Sendable, Equatable {
    /// Stable id assigned by the enrollment worker.
    public var personID: String
    /// The stored SSN, when the person gave one.
    public var ssn: ProtectedSSN?
    /// Given name as received (printed on ID cards).
    public var firstName: String
    /// Family name as received.
    public var lastName: String
    /// Normalised full name used for matching (the domain's normalisation).
    public var normalizedName: String
    /// Date of birth, ISO `YYYY-MM-DD`.
    public var birthDate: String
    /// Group the upstream member id belongs to.
    public var upstreamGroup: String?
    /// The upstream system's member id, unique within ``upstreamGroup``.
    public var upstreamMemberID: String?
    /// When the person was first recorded, milliseconds since the Unix epoch.
    public var createdAt: Int64

    /// Creates a person.
    public init(
        personID: String, ssn: ProtectedSSN?, firstName: String, lastName: String, normalizedName: String,
        birthDate: String, upstreamGroup: String?, upstreamMemberID: String?, createdAt: Int64
    ) {
        self.personID = personID
        self.ssn = ssn
        self.firstName = firstName
        self.lastName = lastName
        self.normalizedName = normalizedName
        self.birthDate = birthDate
        self.upstreamGroup = upstreamGroup
        self.upstreamMemberID = upstreamMemberID
        self.createdAt = createdAt
    }
}

extension PersonRecord: CustomStringConvertible {
    /// Only the id: names, birth date and SSN are PII and must not reach logs through interpolation.
    public var description: String { "PersonRecord(\(personID))" }
}
