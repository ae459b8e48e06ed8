/// A person to enroll (rules M2, E6, E8): identity, residence, mailing address and, for a
/// subscriber, employment. Personal data: never log it.
public struct Enrollee: Hashable, Sendable {
    /// Who the person is (rule M2).
    public let identity: PersonIdentity
    /// Where the person lives (rules E8, M1).
    public let residence: Residence
    /// Where ID cards go; `nil` means the home address.
    public let mailingAddress: MailingAddress?
    /// The subscriber's employment; `nil` for a dependent.
    public let employment: Employment?
    /// Whether the person is disabled (rules E6, E11).
    public let isDisabled: Bool

    /// Creates an enrollee.
    public init(identity: PersonIdentity, residence: Residence, mailingAddress: MailingAddress? = nil,
                employment: Employment? = nil, isDisabled: Bool = false) {
        self.identity = identity
        self.residence = residence
        self.mailingAddress = mailingAddress
        self.employment = employment
        self.isDisabled = isDisabled
    }
}
