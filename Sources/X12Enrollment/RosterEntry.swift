/// A member a full file (BGN08 = 4) or an audit line (INS03 = 030) says is enrolled.
public struct RosterEntry: Sendable {
    /// The group (REF*1L, else REF*38).
    public var groupNumber: String
    /// REF*0F.
    public var subscriberID: String
    /// The member's upstream id (``MemberKey``).
    public var memberKey: String
    /// Whether INS01 = Y.
    public var isSubscriber: Bool
    /// The request that enrolls the member when the store does not have them (an addition built from the
    /// audit line), or `nil` when the line lacks what an addition needs (reported as a problem).
    public var addition: PlannedRequest?

    /// Creates an entry.
    public init(groupNumber: String, subscriberID: String, memberKey: String, isSubscriber: Bool, addition: PlannedRequest?) {
        self.groupNumber = groupNumber
        self.subscriberID = subscriberID
        self.memberKey = memberKey
        self.isSubscriber = isSubscriber
        self.addition = addition
    }
}
