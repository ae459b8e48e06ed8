/// Base rates by plan, plan year and rating area (rule B4: rate tables are data, not code).
public struct RateTable: Hashable, Sendable, Codable {
    /// The lookup key of a rate.
    public struct Key: Hashable, Sendable, Codable {
        /// The plan.
        public let plan: PlanID
        /// The plan year.
        public let planYear: Int
        /// The rating area.
        public let ratingArea: RatingArea

        /// Creates a key.
        public init(plan: PlanID, planYear: Int, ratingArea: RatingArea) {
            self.plan = plan
            self.planYear = planYear
            self.ratingArea = ratingArea
        }
    }

    private var rates: [Key: BaseRate]

    /// Creates a table. When two rows share a key, the later one wins; the CSV parser rejects
    /// duplicates before this point.
    public init(_ rows: [BaseRate]) {
        var rates: [Key: BaseRate] = [:]
        for row in rows {
            rates[Key(plan: row.plan, planYear: row.planYear, ratingArea: row.ratingArea)] = row
        }
        self.rates = rates
    }

    /// The rate for a plan in a plan year and rating area, or `nil` if none is filed.
    public func rate(plan: PlanID, planYear: Int, ratingArea: RatingArea) -> BaseRate? {
        rates[Key(plan: plan, planYear: planYear, ratingArea: ratingArea)]
    }

    /// Every row, ordered by plan, year, area.
    public var rows: [BaseRate] {
        rates.values.sorted { ($0.plan, $0.planYear, $0.ratingArea) < ($1.plan, $1.planYear, $1.ratingArea) }
    }
}
