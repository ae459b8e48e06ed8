/// A group's receivables account: invoices issued, payments and credits applied, and the history
/// (rule B9: balance due = invoices - payments - credits; rule B10: commission per payment).
///
/// A value type: the store loads it, the billing worker calls a mutating method, the store saves it
/// with the outgoing events in one transaction. Every mutation is idempotent by id, so a redelivered
/// message changes nothing.
public struct GroupAccount: Hashable, Sendable, Codable {
    /// One thing that happened to the account, in the order recorded.
    public enum Event: Hashable, Sendable, Codable {
        /// An invoice was issued on a date.
        case invoiceIssued(BillingCycleID, issuedOn: CalendarDate, amount: Money)
        /// A payment was applied.
        case paymentApplied(PaymentApplication)
        /// A credit was granted.
        case credited(AccountCredit)
    }

    /// An invoice as the account tracks it.
    public struct OpenItem: Hashable, Sendable, Codable {
        /// The invoice.
        public let invoice: BillingCycleID
        /// Its total.
        public let amount: Money
        /// Its amount by plan, for commission (rule B10).
        public let totalsByPlan: [PlanID: Money]
        /// How much payments and credits have covered so far.
        public internal(set) var settled: Money

        /// What is still owed on it (0 for a fully paid or credit invoice).
        public var open: Money { amount - settled }
    }

    /// The group.
    public let groupNumber: GroupNumber
    /// Invoices in month order.
    public private(set) var items: [OpenItem] = []
    /// The history, in the order recorded (rule B9).
    public private(set) var history: [Event] = []
    /// Money received or credited that no invoice has needed yet (overpayments, credits, invoices
    /// whose adjustments exceed their charges); it settles the next invoices first. Always
    /// `balanceDue == (sum of open amounts) - unallocated`.
    public private(set) var unallocated: Money = .zero

    /// An empty account.
    public init(groupNumber: GroupNumber) {
        self.groupNumber = groupNumber
    }

    /// Sum of invoice totals.
    public var invoiced: Money { items.reduce(.zero) { $0 + $1.amount } }
    /// Sum of payments applied.
    public var paid: Money {
        history.reduce(.zero) { sum, event in
            if case .paymentApplied(let application) = event { return sum + application.payment.amount }
            return sum
        }
    }
    /// Sum of credits granted.
    public var credited: Money {
        history.reduce(.zero) { sum, event in
            if case .credited(let credit) = event { return sum + credit.amount }
            return sum
        }
    }
    /// Balance due: invoices - payments - credits (rule B9). Negative when the group is in credit.
    public var balanceDue: Money { invoiced - paid - credited }

    /// Records an issued invoice. Returns `false` (and changes nothing) if it was already recorded
    /// (rule B8) or belongs to another group.
    @discardableResult
    public mutating func record(_ invoice: Invoice, issuedOn: CalendarDate) -> Bool {
        guard invoice.groupNumber == groupNumber, !items.contains(where: { $0.invoice == invoice.id }) else { return false }
        let total = invoice.total
        var item = OpenItem(invoice: invoice.id, amount: total, totalsByPlan: invoice.totalsByPlan, settled: .zero)
        if total > .zero {
            // Money already on the account settles the new invoice first.
            let part = min(unallocated, total)
            item.settled = part
            unallocated -= part
        } else if total < .zero {
            // A net-credit invoice (retroactive credits beyond the month's charges) works like a credit.
            item.settled = total
            settleOldest(with: -total)
        }
        items.append(item)
        items.sort { $0.invoice.month < $1.invoice.month }
        history.append(.invoiceIssued(invoice.id, issuedOn: issuedOn, amount: total))
        return true
    }

    /// Applies a payment to the oldest open invoices first and states the commission it earns
    /// (rules B9, B10). Applying a payment whose id was already applied returns the earlier record
    /// unchanged.
    public mutating func apply(_ payment: Payment, commission schedule: CommissionSchedule?) -> PaymentApplication {
        for event in history {
            if case .paymentApplied(let earlier) = event, earlier.payment.id == payment.id { return earlier }
        }
        var remaining = payment.amount
        var allocations: [PaymentApplication.Allocation] = []
        for index in items.indices where remaining > .zero && items[index].open > .zero {
            let part = min(remaining, items[index].open)
            items[index].settled += part
            remaining -= part
            let earned = schedule?.commission(onPaid: part, ofInvoiceTotalsByPlan: items[index].totalsByPlan) ?? .zero
            allocations.append(.init(invoice: items[index].invoice, amount: part, commission: earned))
        }
        unallocated += remaining
        let commission = allocations.reduce(Money.zero) { $0 + $1.commission }
        let balanceAfter = balanceDue - payment.amount
        let application = PaymentApplication(payment: payment, allocations: allocations, unapplied: remaining,
                                             brokerID: schedule?.brokerID, commission: commission, balanceAfter: balanceAfter)
        history.append(.paymentApplied(application))
        return application
    }

    /// Grants a credit, settling the oldest open invoices first (no commission is earned on credits).
    /// Returns `false` if a credit with the same id was already granted.
    @discardableResult
    public mutating func grant(_ credit: AccountCredit) -> Bool {
        for event in history {
            if case .credited(let earlier) = event, earlier.id == credit.id { return false }
        }
        settleOldest(with: credit.amount)
        history.append(.credited(credit))
        return true
    }

    /// Settles the oldest open invoices with `amount`; what is left stays unallocated.
    private mutating func settleOldest(with amount: Money) {
        var remaining = amount
        for index in items.indices where remaining > .zero && items[index].open > .zero {
            let part = min(remaining, items[index].open)
            items[index].settled += part
            remaining -= part
        }
        unallocated += remaining
    }

    /// All payments applied, in the order applied (rule B9: payment history is kept).
    public var payments: [PaymentApplication] {
        history.compactMap { event in
            if case .paymentApplied(let application) = event { return application }
            return nil
        }
    }
}
