/// One line of a group's monthly bill (rule B7).
public struct InvoiceLine: Hashable, Sendable, Codable {
    /// What the line charges or credits.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The premium for the invoice's own month.
        case premium
        /// A debit for an earlier month: a retroactive addition (or any change that raises what that
        /// month should have cost).
        case retroactiveDebit = "retroactive-debit"
        /// A credit for an earlier month: a retroactive termination (or any change that lowers it).
        case retroactiveCredit = "retroactive-credit"
    }

    /// What the line is.
    public let kind: Kind
    /// The member.
    public let memberID: MemberID
    /// The member's subscriber.
    public let subscriberID: MemberID
    /// Relationship to the subscriber.
    public let relationship: Relationship
    /// The plan.
    public let plan: PlanID
    /// The month of coverage the line is for (earlier than the invoice month for adjustments).
    public let serviceMonth: YearMonth
    /// Rating age (rule B3).
    public let ratingAge: Int
    /// Age band (rule B4).
    public let band: AgeBand
    /// Whether the member is on COBRA (rule E11: 102%, no employer share).
    public let isCOBRA: Bool
    /// The amount: positive for charges and debits, negative for credits.
    public let amount: Money
    /// The employer's part of ``amount`` (rule G3).
    public let employerShare: Money
    /// The employee's part: always `amount - employerShare`.
    public var employeeShare: Money { amount - employerShare }

    /// Creates a line.
    public init(kind: Kind, memberID: MemberID, subscriberID: MemberID, relationship: Relationship, plan: PlanID,
                serviceMonth: YearMonth, ratingAge: Int, band: AgeBand, isCOBRA: Bool, amount: Money, employerShare: Money) {
        self.kind = kind
        self.memberID = memberID
        self.subscriberID = subscriberID
        self.relationship = relationship
        self.plan = plan
        self.serviceMonth = serviceMonth
        self.ratingAge = ratingAge
        self.band = band
        self.isCOBRA = isCOBRA
        self.amount = amount
        self.employerShare = employerShare
    }
}
