/// Who a person is, as a request describes them: the data identity matching uses (rule M2).
/// Personal data: never log it.
public struct PersonIdentity: Hashable, Sendable {
    /// Legal name.
    public let name: LegalName
    /// Date of birth.
    public let dateOfBirth: CalendarDate
    /// Social Security number; `nil` when the upstream system does not have it (matching then
    /// cannot be automatic on SSN + DOB, rule M2).
    public let ssn: SocialSecurityNumber?
    /// The upstream system's own id for the person (e.g. an HR employee number), a strong
    /// identifier within the group (rule M2); `nil` when absent.
    public let upstreamMemberID: String?

    /// Creates an identity.
    public init(name: LegalName, dateOfBirth: CalendarDate, ssn: SocialSecurityNumber? = nil, upstreamMemberID: String? = nil) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.ssn = ssn
        self.upstreamMemberID = upstreamMemberID.flatMap { $0.isEmpty ? nil : $0 }
    }
}
