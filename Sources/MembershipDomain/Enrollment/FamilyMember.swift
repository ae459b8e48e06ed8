/// One member of a family as the store holds it: the state a decision starts from.
public struct FamilyMember: Hashable, Sendable {
    /// The member.
    public let memberID: MemberID
    /// The person behind the member.
    public let personID: PersonID
    /// The member's MRN (in the region of ``residence``, rule M1).
    public let mrn: MedicalRecordNumber
    /// Every MRN the person has, by region (rule M1: a move back reuses the old region's MRN).
    public let personMRNs: [Region: MedicalRecordNumber]
    /// Relationship to the subscriber.
    public let relationship: Relationship
    /// Identity on record.
    public let identity: PersonIdentity
    /// Residence on record.
    public let residence: Residence
    /// Mailing address on record; `nil` means the home address.
    public let mailingAddress: MailingAddress?
    /// Whether the member is disabled (rules E6, E11).
    public let isDisabled: Bool
    /// The subscriber's hire date (rules E3, E5); `nil` for dependents.
    public let hireDate: CalendarDate?
    /// The member's current (latest) coverage span.
    public let coverage: CoverageSpan

    /// Creates a member. `personMRNs` defaults to just `mrn`.
    public init(memberID: MemberID, personID: PersonID, mrn: MedicalRecordNumber, personMRNs: [Region: MedicalRecordNumber]? = nil,
                relationship: Relationship, identity: PersonIdentity, residence: Residence, mailingAddress: MailingAddress? = nil,
                isDisabled: Bool = false, hireDate: CalendarDate? = nil, coverage: CoverageSpan) {
        self.memberID = memberID
        self.personID = personID
        self.mrn = mrn
        self.personMRNs = personMRNs ?? [mrn.region: mrn]
        self.relationship = relationship
        self.identity = identity
        self.residence = residence
        self.mailingAddress = mailingAddress
        self.isDisabled = isDisabled
        self.hireDate = hireDate
        self.coverage = coverage
    }
}
