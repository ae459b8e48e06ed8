/// A member the store has in force, as reconcile compares it with a full file.
public struct EnrolledMember: Sendable, Hashable {
    /// The group.
    public var groupNumber: String
    /// The family's subscriber ref (the 834's REF*0F).
    public var subscriberRef: String
    /// The member id this system assigned (`M-...`).
    public var memberID: String
    /// The upstream member id stored with the person, when there is one.
    public var upstreamMemberID: String?
    /// Whether the member is the family's subscriber.
    public var isSubscriber: Bool

    /// Creates a member.
    public init(groupNumber: String, subscriberRef: String, memberID: String, upstreamMemberID: String?, isSubscriber: Bool) {
        self.groupNumber = groupNumber
        self.subscriberRef = subscriberRef
        self.memberID = memberID
        self.upstreamMemberID = upstreamMemberID
        self.isSubscriber = isSubscriber
    }
}
