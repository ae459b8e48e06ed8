/// A member as rating sees them: who they are in the family and when they were born.
public struct RatedPerson: Hashable, Sendable, Codable {
    /// The member.
    public let memberID: MemberID
    /// Relationship to the subscriber; only children count toward the three-child limit (rule B5).
    public let relationship: Relationship
    /// Date of birth.
    public let dateOfBirth: CalendarDate

    /// Creates a rated person.
    public init(memberID: MemberID, relationship: Relationship, dateOfBirth: CalendarDate) {
        self.memberID = memberID
        self.relationship = relationship
        self.dateOfBirth = dateOfBirth
    }
}
