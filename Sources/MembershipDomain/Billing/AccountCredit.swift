/// A credit to a group's account that is not a payment, e.g. a goodwill adjustment or a refund
/// reversal (rule B9: balance due = invoices - payments - credits).
public struct AccountCredit: Hashable, Sendable, Codable {
    /// Unique id; recording the same id twice has no further effect.
    public let id: String
    /// The day it was granted.
    public let date: CalendarDate
    /// The amount, positive.
    public let amount: Money
    /// Why it was granted, for the history.
    public let reason: String

    /// Creates a credit.
    public init(id: String, date: CalendarDate, amount: Money, reason: String) {
        self.id = id
        self.date = date
        self.amount = amount
        self.reason = reason
    }
}
