/// A physical ID card waiting to be mailed or already mailed (rules C1-C5).
public struct CardRecord: Sendable, Equatable {
    /// Card id (idempotency: the same request never creates a second card, rule C5).
    public var cardID: String
    /// The household it is mailed to.
    public var householdID: String
    /// The member.
    public var personID: String
    /// MRN printed on the card.
    public var mrn: String
    /// Group printed on the card.
    public var groupNumber: String
    /// Plan printed on the card.
    public var planID: String
    /// Coverage effective date printed on the card, ISO `YYYY-MM-DD`.
    public var effectiveDate: String
    /// `new-enrollment`, `reinstatement`, `name-change`, `replacement` (rule C1).
    public var reason: String
    /// `pending`, `claimed` or `mailed`.
    public var status: String
    /// Day requested, ISO `YYYY-MM-DD` (the SLA of rule C4 counts from coverage start).
    public var requestedOn: String
    /// Worker that claimed it for a mailing run.
    public var claimedBy: String?
    /// When it was claimed.
    public var claimedAt: Int64?
    /// When it was written, milliseconds since the Unix epoch.
    public var createdAt: Int64

    /// Creates a pending card.
    public init(
        cardID: String, householdID: String, personID: String, mrn: String, groupNumber: String, planID: String,
        effectiveDate: String, reason: String, requestedOn: String, createdAt: Int64
    ) {
        self.cardID = cardID
        self.householdID = householdID
        self.personID = personID
        self.mrn = mrn
        self.groupNumber = groupNumber
        self.planID = planID
        self.effectiveDate = effectiveDate
        self.reason = reason
        self.status = "pending"
        self.requestedOn = requestedOn
        self.claimedBy = nil
        self.claimedAt = nil
        self.createdAt = createdAt
    }
}

/// An envelope of at most four cards for one household (rules C2, C3).
public struct EnvelopeRecord: Sendable, Equatable {
    /// Envelope id.
    public var envelopeID: String
    /// The household.
    public var householdID: String
    /// The normalised address it goes to.
    public var addressKey: String
    /// 1-based number of this envelope among the household's envelopes of one run.
    public var sequenceNumber: Int
    /// Cards inside, in packing order.
    public var cardIDs: [String]
    /// When it was written, milliseconds since the Unix epoch.
    public var createdAt: Int64

    /// Creates an envelope.
    public init(
        envelopeID: String, householdID: String, addressKey: String, sequenceNumber: Int, cardIDs: [String],
        createdAt: Int64
    ) {
        self.envelopeID = envelopeID
        self.householdID = householdID
        self.addressKey = addressKey
        self.sequenceNumber = sequenceNumber
        self.cardIDs = cardIDs
        self.createdAt = createdAt
    }
}
