/// The identity of the billing cycle, and of its invoice, for one group and month (rule B8).
///
/// Derived only from the group number and the month, so every run of the same cycle, on any worker,
/// names the same invoice: the store keeps one invoice per identity and a second run returns it.
public struct BillingCycleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The group billed.
    public let groupNumber: GroupNumber
    /// The month billed.
    public let month: YearMonth

    /// The cycle of `groupNumber` for `month`.
    public init(groupNumber: GroupNumber, month: YearMonth) {
        self.groupNumber = groupNumber
        self.month = month
    }

    /// `INV-<group>-<YYYY-MM>`, e.g. `INV-G1001-2026-03`: the invoice number.
    public var description: String { "INV-\(groupNumber.rawValue)-\(month)" }

    /// Orders by group number, then month.
    public static func < (lhs: BillingCycleID, rhs: BillingCycleID) -> Bool {
        (lhs.groupNumber, lhs.month) < (rhs.groupNumber, rhs.month)
    }
}
