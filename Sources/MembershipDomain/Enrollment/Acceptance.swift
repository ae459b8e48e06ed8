/// An accepted request: what to write and what to publish (rule E12).
public struct Acceptance: Hashable, Sendable {
    /// An ID card to issue for a member (rule C1); the ID-card worker builds the card.
    public struct CardOrder: Hashable, Sendable {
        /// The member.
        public let memberID: MemberID
        /// Why the card is issued.
        public let reason: IDCard.Reason
        /// Whether a digital card is available too (rule M5).
        public let digitalCardAvailable: Bool

        /// Creates an order.
        public init(memberID: MemberID, reason: IDCard.Reason, digitalCardAvailable: Bool) {
            self.memberID = memberID
            self.reason = reason
            self.digitalCardAvailable = digitalCardAvailable
        }
    }

    /// The request this outcome answers.
    public let requestID: String
    /// The plan-local date the decision was made for (rule X1).
    public let decidedOn: CalendarDate
    /// The state changes, in the order to apply them.
    public let changes: [MembershipChange]
    /// The members the request created or changed, subscriber first.
    public let members: [MemberCoverage]
    /// ID cards to issue (rule C1).
    public let cards: [CardOrder]
    /// How the enrollee was identified (rule M2); `nil` for actions without an enrollee.
    public let identity: IdentityMatch?
    /// The review case this outcome closes (rule M3), if any.
    public let closedCase: ReviewClosure?

    /// Creates an acceptance.
    public init(requestID: String, decidedOn: CalendarDate, changes: [MembershipChange], members: [MemberCoverage],
                cards: [CardOrder] = [], identity: IdentityMatch? = nil, closedCase: ReviewClosure? = nil) {
        self.requestID = requestID
        self.decidedOn = decidedOn
        self.changes = changes
        self.members = members
        self.cards = cards
        self.identity = identity
        self.closedCase = closedCase
    }

    func closing(_ closure: ReviewClosure) -> Acceptance {
        Acceptance(requestID: requestID, decidedOn: decidedOn, changes: changes, members: members, cards: cards,
                   identity: identity, closedCase: closure)
    }
}
