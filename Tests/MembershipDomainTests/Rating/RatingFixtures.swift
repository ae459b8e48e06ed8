import MembershipDomain

/// A hand-made rate table with round numbers so expected premiums can be computed by hand.
enum RatingFixtures {
    static let hmo = Plan(id: "T-HMO", name: "Test HMO", metal: .gold, network: .hmo, illustrative: true)
    static let ppo = Plan(id: "T-PPO", name: "Test PPO", metal: .gold, network: .ppo, illustrative: true)
    static let area = RatingArea(15)!
    static let otherArea = RatingArea(4)!

    /// Base $500.00 at 21; HMO child dental $20.00. Area 4 is $600.00. 2027 is $550.00.
    static let rates = RateTable([
        BaseRate(plan: "T-HMO", planYear: 2026, ratingArea: area, baseRateAge21: cents(50_000), childDental: cents(2_000)),
        BaseRate(plan: "T-PPO", planYear: 2026, ratingArea: area, baseRateAge21: cents(50_000), childDental: .zero),
        BaseRate(plan: "T-HMO", planYear: 2026, ratingArea: otherArea, baseRateAge21: cents(60_000), childDental: cents(2_000)),
        BaseRate(plan: "T-HMO", planYear: 2027, ratingArea: area, baseRateAge21: cents(55_000), childDental: cents(2_000)),
    ])

    static let calculator = PremiumCalculator(rates: rates)
    static let year2026 = ContractYear(start: date("2026-01-01"))

    static func person(_ id: String, _ relationship: Relationship, _ dob: String) -> RatedPerson {
        RatedPerson(memberID: MemberID(id), relationship: relationship, dateOfBirth: date(dob))
    }
}
