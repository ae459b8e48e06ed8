/// An enrollment request that waits (rule E12): for its group's contract, or behind a review case of its family.
public struct HeldEnrollmentRequest: Sendable, Equatable {
    /// What a held request waits for.
    public enum WaitingFor: String, Sendable, Equatable {
        /// The group's contract has not arrived (rule E12, bounded by the contract wait).
        case contract
        /// A review case of the family is open (rules E12, M3).
        case reviewCase = "review-case"
    }

    /// The request's event id.
    public var requestID: String
    /// The request's group.
    public var groupNumber: String
    /// The request's family key within the group.
    public var subscriberRef: String
    /// What it waits for.
    public var waitingFor: WaitingFor
    /// When the request was received, in milliseconds since the Unix epoch (rule X1): the order of release.
    public var receivedAt: Int64
    /// The request event (binary protobuf), without SSNs.
    public var payload: [UInt8]
    /// The enrollee's SSN, protected, when the request carried one.
    public var ssn: ProtectedSSN?
    /// When it was held, in milliseconds since the Unix epoch (the holding event's time).
    public var heldAt: Int64

    /// Creates a held request.
    public init(requestID: String, groupNumber: String, subscriberRef: String, waitingFor: WaitingFor, receivedAt: Int64,
                payload: [UInt8], ssn: ProtectedSSN? = nil, heldAt: Int64) {
        self.requestID = requestID
        self.groupNumber = groupNumber
        self.subscriberRef = subscriberRef
        self.waitingFor = waitingFor
        self.receivedAt = receivedAt
        self.payload = payload
        self.ssn = ssn
        self.heldAt = heldAt
    }
}
