/// A request that waits for an operator (rules M2, M3, E4, E12).
public struct PendingReview: Hashable, Sendable {
    /// The request waiting.
    public let requestID: String
    /// The case it waits on.
    public let caseID: ReviewCaseID
    /// The case's due date (rule M3).
    public let dueDate: CalendarDate
    /// Why the case exists.
    public let reason: ReviewReason
    /// The case to open, when this request opens one; `nil` when the request waits behind a case
    /// already open for its family (the store records it as held by ``caseID``, and decides it
    /// again once the case is resolved).
    public let openedCase: ReviewCase?

    /// Creates a pending review.
    public init(requestID: String, caseID: ReviewCaseID, dueDate: CalendarDate, reason: ReviewReason, openedCase: ReviewCase?) {
        self.requestID = requestID
        self.caseID = caseID
        self.dueDate = dueDate
        self.reason = reason
        self.openedCase = openedCase
    }

    /// Whether the request waits behind another request's case rather than opening its own.
    public var isHeldBehindAnotherRequest: Bool { openedCase == nil }
}
