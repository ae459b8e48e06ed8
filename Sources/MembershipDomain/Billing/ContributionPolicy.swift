/// A group's employer contribution settings (rule G3).
public struct ContributionPolicy: Hashable, Sendable, Codable {
    /// Applied to each subscriber's own premium.
    public let subscriber: Contribution
    /// Applied to each dependent's premium (a separate group setting; default none).
    public let dependents: Contribution

    /// Creates a policy. `dependents` defaults to no contribution (rule G3).
    public init(subscriber: Contribution, dependents: Contribution = .none) {
        self.subscriber = subscriber
        self.dependents = dependents
    }

    /// The employer's share of a member's premium: none for COBRA coverage (the continuee pays
    /// everything, rule E11), otherwise the subscriber or dependent setting. The employee's share is
    /// the rest, so the two always add up to the premium exactly.
    public func employerShare(of premium: Money, relationship: Relationship, isCOBRA: Bool) -> Money {
        if isCOBRA { return .zero }
        return (relationship == .subscriber ? subscriber : dependents).employerPart(of: premium)
    }
}
