public import X12

/// One 834 transaction set as read and mapped.
public struct EnrollmentSet: Sendable {
    /// BGN, parties and envelope.
    public var header: BenefitEnrollmentHeader
    /// The envelope's and the reader's verdict (999 IK5).
    public var result: X12TransactionSetResult
    /// The requests of its member loops, in file order (empty when the set is rejected).
    public var requests: [PlannedRequest]
    /// Roster lines for reconcile (INS03 030, or every addition-shaped member of a full file).
    public var roster: [RosterEntry]
    /// Members read.
    public var memberCount: Int
    /// Requests its member loops map to (also when the reader did not retain them; 0 when rejected).
    public var requestCount: Int

    /// Creates a set.
    public init(header: BenefitEnrollmentHeader, result: X12TransactionSetResult, requests: [PlannedRequest], roster: [RosterEntry],
                memberCount: Int, requestCount: Int) {
        self.header = header
        self.result = result
        self.requests = requests
        self.roster = roster
        self.memberCount = memberCount
        self.requestCount = requestCount
    }

    /// Whether the set asks to be reconciled against the store: a full file (BGN08 = 4) or audit lines (030).
    public var needsReconcile: Bool { result.isAccepted && (header.isFullFile || !roster.isEmpty) }

    /// The day the roster describes: header DTP*007 (effective), else DTP*303, else BGN03.
    public var reconcileDate: X12Date? { header.dates["007"] ?? header.dates["303"] ?? header.date }
}
