/// A family's current membership in its group: the subscriber and dependents the store holds for
/// one ``FamilyKey``. Empty for a family not enrolled yet.
public struct FamilyMembership: Hashable, Sendable {
    /// The family.
    public let key: FamilyKey
    /// Every member, in any order.
    public let members: [FamilyMember]

    /// Creates a family's state.
    public init(key: FamilyKey, members: [FamilyMember] = []) {
        self.key = key
        self.members = members
    }

    /// The subscriber, if enrolled (even if their coverage has ended). After a re-enrollment the
    /// family has several subscriber members; this is the one whose coverage started last.
    public var subscriber: FamilyMember? {
        members.filter { $0.relationship == .subscriber }.max { ($0.coverage.start, $0.memberID) < ($1.coverage.start, $1.memberID) }
    }

    /// The members whose coverage has not ended before `date`.
    public func members(inForceOnOrAfter date: CalendarDate) -> [FamilyMember] {
        members.filter { $0.coverage.isInForce(onOrAfter: date) }
    }

    /// Members ordered subscriber first, then dependents by date of birth, then member id (the
    /// order results and cards use, as rule C2 does).
    public static func ordered(_ members: [FamilyMember]) -> [FamilyMember] {
        members.sorted { a, b in
            if (a.relationship == .subscriber) != (b.relationship == .subscriber) { return a.relationship == .subscriber }
            if a.identity.dateOfBirth != b.identity.dateOfBirth { return a.identity.dateOfBirth < b.identity.dateOfBirth }
            return a.memberID < b.memberID
        }
    }
}
