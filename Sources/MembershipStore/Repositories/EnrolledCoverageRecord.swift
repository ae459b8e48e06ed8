/// A coverage in force with the identifiers a roster comparison needs (an 834 full file's reconcile).
public struct EnrolledCoverageRecord: Sendable, Equatable {
    /// The group.
    public var groupNumber: String
    /// The family: `<group>/<subscriber ref>`.
    public var householdID: String
    /// The member id the enrollment worker assigned (the part of the coverage id before `/`).
    public var memberID: String
    /// `subscriber`, `spouse`, `domestic-partner`, `child`.
    public var relationship: String
    /// The upstream member id stored with the person, when there is one.
    public var upstreamMemberID: String?

    /// Creates a record.
    public init(groupNumber: String, householdID: String, memberID: String, relationship: String, upstreamMemberID: String?) {
        self.groupNumber = groupNumber
        self.householdID = householdID
        self.memberID = memberID
        self.relationship = relationship
        self.upstreamMemberID = upstreamMemberID
    }

    /// The family's subscriber ref: the household id after `<group>/`.
    public var subscriberRef: String {
        let prefix = groupNumber + "/"
        return householdID.hasPrefix(prefix) ? String(householdID.dropFirst(prefix.count)) : householdID
    }
}
