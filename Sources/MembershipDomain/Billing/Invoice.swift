/// A group's bill for one month (rule B7), identified by its billing cycle (rule B8).
public struct Invoice: Hashable, Sendable, Codable {
    /// The cycle, and so the invoice number.
    public let id: BillingCycleID
    /// Premium lines for the month, then retroactive adjustment lines, in a deterministic order.
    public let lines: [InvoiceLine]

    /// Creates an invoice.
    public init(id: BillingCycleID, lines: [InvoiceLine]) {
        self.id = id
        self.lines = lines
    }

    /// The group billed.
    public var groupNumber: GroupNumber { id.groupNumber }
    /// The month billed.
    public var month: YearMonth { id.month }

    /// The amount due for this invoice: every line, credits included.
    public var total: Money { lines.reduce(.zero) { $0 + $1.amount } }
    /// The employer's part of ``total``.
    public var employerTotal: Money { lines.reduce(.zero) { $0 + $1.employerShare } }
    /// The employees' part of ``total``; `employerTotal + employeeTotal == total` always.
    public var employeeTotal: Money { lines.reduce(.zero) { $0 + $1.employeeShare } }
    /// The premium lines' sum (the month's own charges).
    public var premiumTotal: Money { lines.filter { $0.kind == .premium }.reduce(.zero) { $0 + $1.amount } }
    /// The adjustment lines' sum (negative when credits outweigh debits).
    public var adjustmentTotal: Money { lines.filter { $0.kind != .premium }.reduce(.zero) { $0 + $1.amount } }

    /// The amount billed for each plan, used for commission (rule B10).
    public var totalsByPlan: [PlanID: Money] {
        var totals: [PlanID: Money] = [:]
        for line in lines { totals[line.plan, default: .zero] += line.amount }
        return totals
    }
}
