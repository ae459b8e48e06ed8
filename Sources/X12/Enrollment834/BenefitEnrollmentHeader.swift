/// The header of one 834 transaction set: BGN, REF*38, DTP, QTY and the 1000A/B/C parties, with the envelope
/// it came in.
public struct BenefitEnrollmentHeader: Sendable, Hashable {
    /// The interchange (sender, control number).
    public var interchange: X12InterchangeHeader
    /// The functional group.
    public var group: X12FunctionalGroupHeader
    /// The ST.
    public var transactionSet: X12TransactionSetHeader
    /// BGN01: `00` original, `15` re-submission, `22` information copy.
    public var purpose: String = ""
    /// BGN02: the sender's reference for the set.
    public var reference: String = ""
    /// BGN03: the date the set was created.
    public var date: X12Date?
    /// BGN04: HHMM[SS].
    public var time: String = ""
    /// BGN08: `2` changes (updates), `4` verify (a full file to reconcile), `RX` replace.
    public var actionCode: String = ""
    /// REF*38: the master policy number.
    public var masterPolicyNumber: String?
    /// Header DTP dates by qualifier (`007` effective, `303` maintenance effective, `382` enrollment ...).
    public var dates: [String: X12Date] = [:]
    /// QTY counts by qualifier (`TO` total, `DT` dependents, `ET` employees).
    public var quantities: [String: String] = [:]
    /// 1000A: the plan sponsor (N1*P5).
    public var sponsor: X12Party?
    /// 1000B: the payer (N1*IN).
    public var payer: X12Party?
    /// 1000C: brokers and third-party administrators (N1*BO, N1*TV).
    public var brokers: [X12Party] = []

    /// A header with only its envelope known (BGN not read yet).
    public init(interchange: X12InterchangeHeader, group: X12FunctionalGroupHeader, transactionSet: X12TransactionSetHeader) {
        self.interchange = interchange
        self.group = group
        self.transactionSet = transactionSet
    }

    /// Whether the set is a full file to reconcile against what is enrolled (BGN08 = 4).
    public var isFullFile: Bool { actionCode == "4" }
}
