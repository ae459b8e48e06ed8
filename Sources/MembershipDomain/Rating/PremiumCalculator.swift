/// Computes members' monthly premiums from rate tables and the age curve (rules B1-B6, E11).
///
/// A premium depends only on the plan, the rating area and the member's rating age (rule B1):
/// nothing about claims or health is an input.
public struct PremiumCalculator: Sendable {
    /// The age curve in use (rule B4; the federal default unless configured).
    public let ageCurve: AgeCurve
    /// The rate table.
    public let rates: RateTable

    /// The number of children under 21 charged per family (rule B5).
    public static let chargedChildrenLimit = 3
    /// Children at or above this rating age are rated like adults and do not count toward the
    /// three-child limit (rule B5).
    public static let childLimitAge = 21
    /// Members below this rating age pay the HMO child-dental amount (rule B6: bands 0-14 to 18).
    public static let childDentalAge = 19

    /// Creates a calculator.
    public init(ageCurve: AgeCurve = .federalDefault, rates: RateTable) {
        self.ageCurve = ageCurve
        self.rates = rates
    }

    /// The base rate that applies to a plan in a contract year and rating area.
    public func baseRate(plan: PlanID, contractYear: ContractYear, ratingArea: RatingArea) throws(RatingError) -> BaseRate {
        guard let rate = rates.rate(plan: plan, planYear: contractYear.planYear, ratingArea: ratingArea) else {
            throw RatingError(code: .noRateFiled,
                              message: "no rate filed for plan \(plan) in plan year \(contractYear.planYear), rating area \(ratingArea.number)")
        }
        return rate
    }

    /// Monthly premiums of one family on one plan, in the order of `members`.
    ///
    /// - Rating age is each member's age on `contractYear.start` (rule B3), 0 if born later.
    /// - Premium = base rate at 21 x the band's factor, rounded once to the cent (rule B4).
    /// - Of the children whose rating age is under 21, only the three oldest are charged; the
    ///   others cost $0 (rule B5). "Oldest" is the higher rating age, then the earlier date of birth,
    ///   and the lower member id breaks any remaining tie (twins), so the result is deterministic.
    /// - HMO plans add the child-dental amount to charged members under 19 (rule B6); PPO rates
    ///   include it already.
    public func familyPremiums(plan: Plan, contractYear: ContractYear, ratingArea: RatingArea,
                               members: [RatedPerson]) throws(RatingError) -> [MemberPremium] {
        let rate = try baseRate(plan: plan.id, contractYear: contractYear, ratingArea: ratingArea)
        return familyPremiums(network: plan.network, rate: rate, ratingDate: contractYear.start, members: members)
    }

    /// Monthly premiums of one family given the rate row already looked up (the hot path of billing
    /// and of the domain benchmark). See ``familyPremiums(plan:contractYear:ratingArea:members:)``.
    public func familyPremiums(network: Plan.Network, rate: BaseRate, ratingDate: CalendarDate,
                               members: [RatedPerson]) -> [MemberPremium] {
        let ages = members.map { $0.dateOfBirth.age(on: ratingDate) }
        let uncharged = PremiumCalculator.unchargedChildren(members: members, ratingAges: ages)
        var result: [MemberPremium] = []
        result.reserveCapacity(members.count)
        for index in members.indices {
            let age = ages[index]
            let charged = !uncharged.contains(index)
            result.append(premium(memberID: members[index].memberID, ratingAge: age, charged: charged,
                                  network: network, rate: rate))
        }
        return result
    }

    /// One member's premium at a rating age (rules B4, B6), charged or not (rule B5).
    @inlinable
    public func premium(memberID: MemberID, ratingAge: Int, charged: Bool = true,
                        network: Plan.Network, rate: BaseRate) -> MemberPremium {
        let band = AgeBand(age: ratingAge)
        let factor = ageCurve.factor(for: band)
        guard charged else {
            return MemberPremium(memberID: memberID, ratingAge: ratingAge, band: band, factor: factor,
                                 isCharged: false, medical: .zero, childDental: .zero)
        }
        let medical = rate.baseRateAge21.multiplied(by: factor)
        // Rule B6: HMO child dental for the bands under 19; PPO rates include it.
        let dental = network == .hmo && ratingAge < PremiumCalculator.childDentalAge ? rate.childDental : .zero
        return MemberPremium(memberID: memberID, ratingAge: ratingAge, band: band, factor: factor,
                             isCharged: true, medical: medical, childDental: dental)
    }

    /// The indexes (into `members`) of children under 21 beyond the three oldest (rule B5).
    static func unchargedChildren(members: [RatedPerson], ratingAges: [Int]) -> Set<Int> {
        var young: [Int] = []
        for index in members.indices
        where members[index].relationship == .child && ratingAges[index] < childLimitAge {
            young.append(index)
        }
        guard young.count > chargedChildrenLimit else { return [] }
        young.sort { a, b in
            if ratingAges[a] != ratingAges[b] { return ratingAges[a] > ratingAges[b] }
            if members[a].dateOfBirth != members[b].dateOfBirth { return members[a].dateOfBirth < members[b].dateOfBirth }
            return members[a].memberID < members[b].memberID
        }
        return Set(young.dropFirst(chargedChildrenLimit))
    }

    /// The COBRA premium: 102% of the regular premium, rounded once to the cent, half away from
    /// zero (rule E11, 29 USC 1162).
    public static func cobraPremium(_ regular: Money) -> Money {
        regular.multiplied(by: .cobra)
    }
}
