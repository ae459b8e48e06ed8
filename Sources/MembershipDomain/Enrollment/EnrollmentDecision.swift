/// The outcome of deciding one enrollment request (rule E12): exactly one of accepted, rejected,
/// or pending review. A pending review is followed later by exactly one accepted or rejected
/// outcome for the same request, produced when the case is resolved.
public enum EnrollmentDecision: Hashable, Sendable {
    /// Applied: the state changes to write and the results to publish.
    case accepted(Acceptance)
    /// Not applied, with every failed rule's reason.
    case rejected(Rejection)
    /// Waiting for an operator: a case to open, or an open case the request waits behind.
    case pendingReview(PendingReview)

    /// The id of the request this outcome answers (for a resolution that closes a case, the
    /// request under review).
    public var requestID: String {
        switch self {
        case .accepted(let acceptance): return acceptance.requestID
        case .rejected(let rejection): return rejection.requestID
        case .pendingReview(let pending): return pending.requestID
        }
    }

    /// The reason codes of a rejection; empty otherwise.
    public var rejectionReasons: [RejectionReason] {
        if case .rejected(let rejection) = self { return rejection.reasons }
        return []
    }
}
