/// The ID-card mailing service level (rule C4): a card should reach the member within a month of
/// coverage start; a card not mailed in time is reported.
public struct CardSLA: Hashable, Sendable, Codable {
    /// Where a card stands against its SLA.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Mailed on or before its due date.
        case met
        /// Mailed after its due date.
        case missed
        /// Not mailed yet, due date not passed.
        case pending
        /// Not mailed yet and the due date has passed: report it.
        case overdue
    }

    /// Months after the SLA start by which the card must be mailed (default 1).
    public let months: Int
    /// Days before that deadline the card must be mailed to allow for delivery (default 0: the
    /// rule is checked on the mailing date).
    public let deliveryAllowanceDays: Int

    /// Creates an SLA; the defaults are rule C4's one month, checked on the mailing date.
    public init(months: Int = 1, deliveryAllowanceDays: Int = 0) {
        self.months = months
        self.deliveryAllowanceDays = deliveryAllowanceDays
    }

    /// The last day the card may be mailed. The clock starts at coverage start, or at the request
    /// date when that is later (a retroactive enrollment or a replacement cannot be late before it
    /// is asked for).
    public func dueDate(for card: IDCard) -> CalendarDate {
        let start = max(card.effectiveDate, card.requestedOn)
        return start.adding(months: months).adding(days: -deliveryAllowanceDays)
    }

    /// The card's status: `mailedOn` is `nil` while it is unmailed; `today` is the decision date
    /// (rule X1), never the wall clock.
    public func status(of card: IDCard, mailedOn: CalendarDate?, today: CalendarDate) -> Status {
        let due = dueDate(for: card)
        if let mailedOn { return mailedOn <= due ? .met : .missed }
        return today > due ? .overdue : .pending
    }

    /// The unmailed cards that are overdue on `today`, in card-id order (the report of rule C4).
    public func overdue(_ unmailed: [IDCard], today: CalendarDate) -> [IDCard] {
        unmailed.filter { status(of: $0, mailedOn: nil, today: today) == .overdue }.sorted { $0.id < $1.id }
    }
}
