/// A manual-review case (rules M2, M3): an enrollment request that was not applied because identity
/// matching was uncertain, waiting for an operator.
public struct ReviewCaseRecord: Sendable, Equatable {
    /// Case id (Kafka key of the review-cases topic).
    public var caseID: String
    /// The request's group.
    public var groupNumber: String
    /// The request's subscriber reference (requests of the same family wait behind the case, rule E12).
    public var subscriberRef: String
    /// Event id of the request under review.
    public var requestEventID: String
    /// Machine-readable reason code.
    public var reason: String
    /// `open` or `closed`.
    public var status: String
    /// Day the request was received, ISO `YYYY-MM-DD`.
    public var receivedOn: String
    /// Due date (2 business days after receipt, rule M3), ISO `YYYY-MM-DD`.
    public var dueDate: String
    /// The original request's bytes, re-applied when the case is resolved.
    public var requestPayload: [UInt8]
    /// When the case was opened, milliseconds since the Unix epoch.
    public var openedAt: Int64
    /// When it was closed.
    public var closedAt: Int64?
    /// `matched:<person>`, `new-person` or `rejected` (the domain's vocabulary).
    public var resolution: String?
    /// Who resolved it.
    public var resolvedBy: String?

    /// Creates an open case.
    public init(
        caseID: String, groupNumber: String, subscriberRef: String, requestEventID: String, reason: String,
        receivedOn: String, dueDate: String, requestPayload: [UInt8], openedAt: Int64
    ) {
        self.caseID = caseID
        self.groupNumber = groupNumber
        self.subscriberRef = subscriberRef
        self.requestEventID = requestEventID
        self.reason = reason
        self.status = "open"
        self.receivedOn = receivedOn
        self.dueDate = dueDate
        self.requestPayload = requestPayload
        self.openedAt = openedAt
        self.closedAt = nil
        self.resolution = nil
        self.resolvedBy = nil
    }
}
