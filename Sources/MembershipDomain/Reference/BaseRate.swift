/// One row of a rate table: a plan's monthly premium at age 21 in one rating area for one plan
/// year, and its child-dental amount (rules B1, B4, B6).
public struct BaseRate: Hashable, Sendable, Codable {
    /// The plan.
    public let plan: PlanID
    /// The plan year: the calendar year in which the group's contract year starts (rule B3).
    public let planYear: Int
    /// The rating area (rule B2).
    public let ratingArea: RatingArea
    /// Monthly premium of a 21-year-old.
    public let baseRateAge21: Money
    /// Monthly child-dental amount added for members under 19 on HMO plans (rule B6); 0 for PPO
    /// plans, whose rates already include it.
    public let childDental: Money

    /// Creates a rate row.
    public init(plan: PlanID, planYear: Int, ratingArea: RatingArea, baseRateAge21: Money, childDental: Money) {
        self.plan = plan
        self.planYear = planYear
        self.ratingArea = ratingArea
        self.baseRateAge21 = baseRateAge21
        self.childDental = childDental
    }
}
