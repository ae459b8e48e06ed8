/// Where a request ends up: a final outcome, or waiting in manual review (rule E12).
public enum DemoOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// Applied.
    case accepted
    /// Not applied, with reasons.
    case rejected
    /// Waiting for an operator's decision (rule M2).
    case pendingReview = "pending-review"
}
