/// A rejected request (rule E12): every failed rule's reason code and one human sentence that
/// contains no personal data.
public struct Rejection: Hashable, Sendable {
    /// The request this outcome answers.
    public let requestID: String
    /// Every reason found, at least one, without duplicates, in the order found.
    public let reasons: [RejectionReason]
    /// A human sentence for the upstream system's users (no SSN, name or date of birth).
    public let message: String
    /// How the enrollee was identified (rule M2) when identity decided the rejection (rule M4);
    /// `nil` otherwise.
    public let identity: IdentityMatch?
    /// The review case this outcome closes (rule M3), if any.
    public let closedCase: ReviewClosure?

    /// Creates a rejection; the message is built from the reasons' sentences and repeated reasons
    /// are kept once.
    ///
    /// - Precondition: `reasons` is not empty (a rejection always says why).
    public init(requestID: String, reasons: [RejectionReason], identity: IdentityMatch? = nil, closedCase: ReviewClosure? = nil) {
        precondition(!reasons.isEmpty, "a rejection needs at least one reason")
        var unique: [RejectionReason] = []
        for reason in reasons where !unique.contains(reason) { unique.append(reason) }
        self.requestID = requestID
        self.reasons = unique
        self.message = unique.map(\.sentence).joined(separator: " ")
        self.identity = identity
        self.closedCase = closedCase
    }

    func closing(_ closure: ReviewClosure) -> Rejection {
        Rejection(requestID: requestID, reasons: reasons, identity: identity, closedCase: closure)
    }
}
