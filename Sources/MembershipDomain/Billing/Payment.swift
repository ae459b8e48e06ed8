/// A payment received for a group's account (rule B9).
public struct Payment: Hashable, Sendable, Codable {
    /// The payment processor's id; applying the same id twice has no further effect.
    public let id: String
    /// The group paying.
    public let groupNumber: GroupNumber
    /// The day it was received (in the plan's time zone, rule X1).
    public let receivedOn: CalendarDate
    /// The amount, positive.
    public let amount: Money

    /// Creates a payment.
    public init(id: String, groupNumber: GroupNumber, receivedOn: CalendarDate, amount: Money) {
        self.id = id
        self.groupNumber = groupNumber
        self.receivedOn = receivedOn
        self.amount = amount
    }
}
