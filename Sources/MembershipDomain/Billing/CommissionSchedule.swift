/// A broker of record and the commission it earns per product (rule B10).
public struct CommissionSchedule: Hashable, Sendable, Codable {
    /// The group's broker of record.
    public let brokerID: String
    /// Commission rate per plan, as a fraction of premium paid (4% is `Factor(basisPoints: 400)`).
    public let ratesByPlan: [PlanID: Factor]
    /// Rate for plans not listed.
    public let defaultRate: Factor

    /// Creates a schedule.
    public init(brokerID: String, ratesByPlan: [PlanID: Factor] = [:], defaultRate: Factor) {
        self.brokerID = brokerID
        self.ratesByPlan = ratesByPlan
        self.defaultRate = defaultRate
    }

    /// The rate for a plan.
    public func rate(for plan: PlanID) -> Factor { ratesByPlan[plan] ?? defaultRate }

    /// The commission earned when `paid` of an invoice whose lines total `totalsByPlan` is paid:
    /// the paid amount spread over the plans in proportion to what each was billed, times each
    /// plan's rate, computed exactly and rounded once to the cent, half away from zero.
    /// No commission when the invoice total is not positive.
    public func commission(onPaid paid: Money, ofInvoiceTotalsByPlan totalsByPlan: [PlanID: Money]) -> Money {
        let total = totalsByPlan.values.reduce(Money.zero, +)
        guard total > .zero, paid > .zero else { return .zero }
        // weighted = sum(planAmount x rate) in cents x ten-thousandths.
        var weighted: Int64 = 0
        for (plan, amount) in totalsByPlan { weighted += amount.cents * rate(for: plan).tenThousandths }
        guard weighted > 0 else { return .zero }
        // commission = paid x weighted / (total x 10_000), in 128 bits so large accounts cannot overflow.
        let numerator = paid.cents.multipliedFullWidth(by: weighted)
        let denominator = total.cents * Factor.scale
        let (quotient, remainder) = denominator.dividingFullWidth(numerator)
        let roundUp = remainder.magnitude * 2 >= denominator.magnitude
        return Money(cents: quotient + (roundUp ? 1 : 0))
    }
}
