/// One change to one family's coverage (rule E12: it gets exactly one final outcome).
public struct EnrollmentRequest: Hashable, Sendable {
    /// The request's event id; results repeat it.
    public let requestID: String
    /// When the upstream system received the request, in seconds since 1970-01-01T00:00:00Z.
    /// Every date in the decision derives from this instant in the plan's time zone (rule X1).
    public let receivedAt: Int64
    /// The group the family belongs to.
    public let groupNumber: GroupNumber
    /// The family key: the upstream system's stable id for the subscriber.
    public let subscriberRef: String
    /// What to do.
    public let action: EnrollmentAction

    /// Creates a request.
    public init(requestID: String, receivedAt: Int64, groupNumber: GroupNumber, subscriberRef: String, action: EnrollmentAction) {
        self.requestID = requestID
        self.receivedAt = receivedAt
        self.groupNumber = groupNumber
        self.subscriberRef = subscriberRef
        self.action = action
    }

    /// The family the request belongs to.
    public var familyKey: FamilyKey { FamilyKey(groupNumber: groupNumber, subscriberRef: subscriberRef) }
}
