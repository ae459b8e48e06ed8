/// Age factors by rating age (rule B4): premium = base rate at age 21 x the factor of the member's
/// band. The curve is data; ``federalDefault`` is the CMS default curve and `Reference/age-curve.csv`
/// holds the same values for the store.
public struct AgeCurve: Hashable, Sendable, Codable {
    /// Factors indexed by band lower age clamped to 0...64: index 0 serves ages 0-14, index 64
    /// serves 64 and over. Indexes 1-14 repeat the 0-14 factor so lookup is a single array access.
    private let factors: [Factor]

    /// Creates a curve from one factor per band (exactly the 51 bands of ``AgeBand/all``).
    ///
    /// - Returns: `nil` if a band is missing.
    public init?(bandFactors: [AgeBand: Factor]) {
        guard bandFactors.count == AgeBand.all.count, let child = bandFactors[AgeBand(age: 0)] else { return nil }
        var factors = Array(repeating: child, count: 65)
        for age in 15...64 {
            guard let factor = bandFactors[AgeBand(age: age)] else { return nil }
            factors[age] = factor
        }
        self.factors = factors
    }

    /// The factor for a rating age.
    @inlinable
    public func factor(forAge age: Int) -> Factor {
        factor(for: AgeBand(age: age))
    }

    /// The factor for a band.
    public func factor(for band: AgeBand) -> Factor {
        factors[band.lowerAge]
    }

    /// Whether factors never decrease with age (true of the federal default curve).
    public var isNonDecreasing: Bool {
        zip(factors, factors.dropFirst()).allSatisfy { $0.0 <= $0.1 }
    }
}
