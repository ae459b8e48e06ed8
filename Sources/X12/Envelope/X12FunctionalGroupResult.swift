/// What the envelope check found in one functional group.
public struct X12FunctionalGroupResult: Sendable, Hashable {
    /// The GS.
    public var header: X12FunctionalGroupHeader
    /// Every transaction set of the group, in file order.
    public var sets: [X12TransactionSetResult]
    /// Group-level syntax errors (AK905-AK909).
    public var codes: [X12GroupCode]
    /// GE01 as sent, when the GE was there.
    public var declaredSetCount: Int?
    /// Problems of the GS/GE segments themselves, in words.
    public var problems: [X12Problem]

    /// Creates a result.
    public init(header: X12FunctionalGroupHeader, sets: [X12TransactionSetResult] = [], codes: [X12GroupCode] = [],
                declaredSetCount: Int? = nil, problems: [X12Problem] = []) {
        self.header = header
        self.sets = sets
        self.codes = codes
        self.declaredSetCount = declaredSetCount
        self.problems = problems
    }

    /// Sets accepted.
    public var acceptedCount: Int { sets.filter(\.isAccepted).count }
}
