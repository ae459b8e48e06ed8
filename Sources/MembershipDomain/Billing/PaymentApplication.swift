/// What applying one payment did (rules B9, B10).
public struct PaymentApplication: Hashable, Sendable, Codable {
    /// How much of the payment went to one invoice, and the commission that part earned.
    public struct Allocation: Hashable, Sendable, Codable {
        /// The invoice paid.
        public let invoice: BillingCycleID
        /// The amount applied to it.
        public let amount: Money
        /// Commission earned on that amount (rule B10).
        public let commission: Money

        /// Creates an allocation.
        public init(invoice: BillingCycleID, amount: Money, commission: Money) {
            self.invoice = invoice
            self.amount = amount
            self.commission = commission
        }
    }

    /// The payment.
    public let payment: Payment
    /// Allocations to open invoices, oldest month first.
    public let allocations: [Allocation]
    /// The part of the payment no open invoice needed (it stays on the account as a credit balance).
    public let unapplied: Money
    /// The broker of record, if the group has one (rule B10).
    public let brokerID: String?
    /// Total commission this payment earns (rule B10).
    public let commission: Money
    /// The account's balance due after the payment (rule B9); negative means the group is in credit.
    public let balanceAfter: Money

    /// Creates a record.
    public init(payment: Payment, allocations: [Allocation], unapplied: Money, brokerID: String?, commission: Money,
                balanceAfter: Money) {
        self.payment = payment
        self.allocations = allocations
        self.unapplied = unapplied
        self.brokerID = brokerID
        self.commission = commission
        self.balanceAfter = balanceAfter
    }
}
