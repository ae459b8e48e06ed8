/// A case closed by an operator's decision (rule M3); published as `CaseClosed`.
public struct ReviewClosure: Hashable, Sendable {
    /// The case.
    public let caseID: ReviewCaseID
    /// The decision.
    public let decision: ReviewDecision
    /// The operator's login.
    public let operatorLogin: String
    /// The operator's reason.
    public let reason: String
    /// The id of the resolve-review request that closed the case.
    public let resolutionRequestID: String
    /// The plan-local date of the resolution (rule X1).
    public let closedOn: CalendarDate
    /// Whether the case was closed after its due date (rule M3).
    public let closedOverdue: Bool

    /// Creates a closure.
    public init(caseID: ReviewCaseID, decision: ReviewDecision, operatorLogin: String, reason: String,
                resolutionRequestID: String, closedOn: CalendarDate, closedOverdue: Bool) {
        self.caseID = caseID
        self.decision = decision
        self.operatorLogin = operatorLogin
        self.reason = reason
        self.resolutionRequestID = resolutionRequestID
        self.closedOn = closedOn
        self.closedOverdue = closedOverdue
    }
}
