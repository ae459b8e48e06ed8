/// A non-empty list of rejection reasons as an `Error`, so window checks can return `Result`.
public struct RejectionReasons: Error, Hashable, Sendable {
    /// The reasons, in the order found.
    public let reasons: [RejectionReason]

    /// Wraps reasons.
    public init(_ reasons: [RejectionReason]) {
        self.reasons = reasons
    }
}
