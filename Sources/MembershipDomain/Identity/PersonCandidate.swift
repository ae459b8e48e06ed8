/// A stored person that the store found for an enrollee's ``CandidateQuery`` (rule M2), with what
/// the decision needs about them: their MRNs (rule M1) and their coverages (rule M4).
public struct PersonCandidate: Hashable, Sendable {
    /// One coverage the person holds or held in some group.
    public struct GroupCoverage: Hashable, Sendable {
        /// The group.
        public let groupNumber: GroupNumber
        /// The membership.
        public let memberID: MemberID
        /// The person's relationship to that family's subscriber.
        public let relationship: Relationship
        /// First covered day.
        public let start: CalendarDate
        /// Last covered day; `nil` while open-ended.
        public let end: CalendarDate?

        /// Creates a coverage summary.
        public init(groupNumber: GroupNumber, memberID: MemberID, relationship: Relationship, start: CalendarDate,
                    end: CalendarDate? = nil) {
            self.groupNumber = groupNumber
            self.memberID = memberID
            self.relationship = relationship
            self.start = start
            self.end = end
        }

        /// Whether the coverage includes `date` or any later day (open-ended or ending on/after it).
        public func isInForce(onOrAfter date: CalendarDate) -> Bool {
            guard let end else { return true }
            return end >= date
        }
    }

    /// The person.
    public let personID: PersonID
    /// The stored identifying data.
    public let key: IdentityKey
    /// The person's MRN in each region where they have one (rule M1).
    public let mrns: [Region: MedicalRecordNumber]
    /// The person's coverages in every group (rule M4 looks at the request's group).
    public let coverages: [GroupCoverage]

    /// Creates a candidate.
    public init(personID: PersonID, key: IdentityKey, mrns: [Region: MedicalRecordNumber] = [:], coverages: [GroupCoverage] = []) {
        self.personID = personID
        self.key = key
        self.mrns = mrns
        self.coverages = coverages
    }
}
