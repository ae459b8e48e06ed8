/// What the envelope check and the set's reader found in one transaction set.
public struct X12TransactionSetResult: Sendable, Hashable {
    /// The ST.
    public var header: X12TransactionSetHeader
    /// Problems of its segments (IK3/IK4), in file order.
    public var problems: [X12Problem]
    /// Set-level syntax errors (IK502-IK506).
    public var codes: [X12TransactionSetCode]

    /// Creates a result.
    public init(header: X12TransactionSetHeader, problems: [X12Problem] = [], codes: [X12TransactionSetCode] = []) {
        self.header = header
        self.problems = problems
        self.codes = codes
    }

    /// Whether the set is accepted (IK501 `A`): no problem at all.
    public var isAccepted: Bool { problems.isEmpty && codes.isEmpty }
}
