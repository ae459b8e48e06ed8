/// How much of a premium the employer pays (rule G3).
public enum Contribution: Hashable, Sendable, Codable {
    /// A percentage of the premium (`Factor(percent: 50)` is 50%), rounded once to the cent.
    case percentage(Factor)
    /// A fixed monthly amount, capped at the premium.
    case fixedAmount(Money)

    /// No contribution (the default for dependents, rule G3).
    public static let none = Contribution.percentage(.zero)

    /// The employer's part of `premium`; never more than the premium, never negative for a positive
    /// premium. For a negative amount (a credit) the percentage applies symmetrically and a fixed
    /// amount is capped at the credit.
    public func employerPart(of premium: Money) -> Money {
        switch self {
        case .percentage(let factor):
            return premium.multiplied(by: factor)
        case .fixedAmount(let amount):
            if premium >= .zero { return min(amount, premium) }
            return max(-amount, premium)
        }
    }
}
