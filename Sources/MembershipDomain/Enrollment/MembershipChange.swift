/// One state change an accepted decision asks the store to write, in order.
public enum MembershipChange: Hashable, Sendable {
    /// Create a person (rule M2: no plausible candidate).
    case createPerson(PersonID, PersonIdentity)
    /// Give a person an MRN in a region (rule M1); the MRN's region is part of it.
    case assignMRN(PersonID, MedicalRecordNumber)
    /// Create a member: a person's place in a family of a group.
    case addMember(NewMember)
    /// Start a coverage span for a member.
    case startCoverage(MemberID, CoverageSpan)
    /// Move a member to another plan from a day on: the current span ends the day before.
    case switchPlan(MemberID, plan: PlanID, effective: CalendarDate)
    /// End a member's current coverage on `lastDay`. `retroactive` when that day is before the
    /// request's date (rule E7: billing credits the months concerned, rule B9).
    case endCoverage(MemberID, lastDay: CalendarDate, retroactive: Bool)
    /// Remove the end of a member's current coverage: it continues without a gap (reinstatement).
    case reinstateCoverage(MemberID)
    /// Replace a member's identity on record (rule E10).
    case updateIdentity(MemberID, PersonIdentity)
    /// Replace a member's residence, with the MRN for its region (rules E10, M1).
    case updateResidence(MemberID, Residence, mrn: MedicalRecordNumber)
    /// Replace a member's mailing address (rule E10).
    case updateMailingAddress(MemberID, MailingAddress)

    /// A member to create.
    public struct NewMember: Hashable, Sendable {
        /// The new member id.
        public let memberID: MemberID
        /// The person (new or reused).
        public let personID: PersonID
        /// The family.
        public let family: FamilyKey
        /// Relationship to the subscriber.
        public let relationship: Relationship
        /// The member's MRN.
        public let mrn: MedicalRecordNumber
        /// The identity as the request gave it.
        public let identity: PersonIdentity
        /// Residence.
        public let residence: Residence
        /// Mailing address; `nil` means the home address.
        public let mailingAddress: MailingAddress?
        /// Whether disabled.
        public let isDisabled: Bool
        /// The subscriber's hire date; `nil` for dependents.
        public let hireDate: CalendarDate?

        /// Creates the record.
        public init(memberID: MemberID, personID: PersonID, family: FamilyKey, relationship: Relationship,
                    mrn: MedicalRecordNumber, identity: PersonIdentity, residence: Residence,
                    mailingAddress: MailingAddress?, isDisabled: Bool, hireDate: CalendarDate?) {
            self.memberID = memberID
            self.personID = personID
            self.family = family
            self.relationship = relationship
            self.mrn = mrn
            self.identity = identity
            self.residence = residence
            self.mailingAddress = mailingAddress
            self.isDisabled = isDisabled
            self.hireDate = hireDate
        }
    }
}
