/// Reference rows, already parsed and validated by the domain's CSV parser, ready to store.
public struct ReferenceRows: Sendable, Equatable {
    /// Regions (rule M1) and whether digital cards are offered there (rule M5).
    public var regions: [RegionRow] = []
    /// County -> region (rule M1).
    public var countyRegions: [CountyRegionRow] = []
    /// County -> rating area (rule B2).
    public var ratingAreas: [RatingAreaRow] = []
    /// Service-area ZIPs, with excluded outlying ZIPs flagged (rule E8).
    public var serviceAreaZIPs: [ServiceAreaZIPRow] = []
    /// Plans (illustrative samples).
    public var plans: [PlanRow] = []
    /// Base rates per plan, rating area and plan year (rules B4, B6).
    public var rates: [RateRow] = []
    /// Age factors per curve and band (rule B4).
    public var ageFactors: [AgeFactorRow] = []

    /// Creates an empty set; fill the arrays.
    public init() {}
}

/// A region.
public struct RegionRow: Sendable, Equatable {
    /// Region code, e.g. `NCAL`.
    public var code: String
    /// Display name.
    public var name: String
    /// Whether digital ID cards are offered (rule M5: not in Northern California).
    public var digitalCards: Bool
    /// Creates a row.
    public init(code: String, name: String, digitalCards: Bool) {
        self.code = code
        self.name = name
        self.digitalCards = digitalCards
    }
}

/// County -> region.
public struct CountyRegionRow: Sendable, Equatable {
    /// Two-letter state.
    public var state: String
    /// County name as the domain normalises it.
    public var county: String
    /// Region code.
    public var regionCode: String
    /// Creates a row.
    public init(state: String, county: String, regionCode: String) {
        self.state = state
        self.county = county
        self.regionCode = regionCode
    }
}

/// County -> rating area.
public struct RatingAreaRow: Sendable, Equatable {
    /// Two-letter state.
    public var state: String
    /// County name.
    public var county: String
    /// Rating area number.
    public var ratingArea: Int
    /// Creates a row.
    public init(state: String, county: String, ratingArea: Int) {
        self.state = state
        self.county = county
        self.ratingArea = ratingArea
    }
}

/// A service-area ZIP.
public struct ServiceAreaZIPRow: Sendable, Equatable {
    /// Five-digit ZIP.
    public var zip: String
    /// Two-letter state.
    public var state: String
    /// County.
    public var county: String
    /// An outlying ZIP of a served county that is not covered (rule E8).
    public var excluded: Bool
    /// Creates a row.
    public init(zip: String, state: String, county: String, excluded: Bool) {
        self.zip = zip
        self.state = state
        self.county = county
        self.excluded = excluded
    }
}

/// A plan.
public struct PlanRow: Sendable, Equatable {
    /// Plan id.
    public var planID: String
    /// Display name.
    public var name: String
    /// `HMO` or `PPO`.
    public var product: String
    /// `platinum`, `gold`, `silver`, `bronze`.
    public var metalLevel: String
    /// Sample data, not a real product.
    public var illustrative: Bool
    /// Creates a row.
    public init(planID: String, name: String, product: String, metalLevel: String, illustrative: Bool) {
        self.planID = planID
        self.name = name
        self.product = product
        self.metalLevel = metalLevel
        self.illustrative = illustrative
    }
}

/// A base rate.
public struct RateRow: Sendable, Equatable {
    /// Plan id.
    public var planID: String
    /// Rating area.
    public var ratingArea: Int
    /// Plan year.
    public var planYear: Int
    /// Monthly base rate at age 21, cents.
    public var baseRateCents: Int64
    /// Child dental amount for members under 19 on HMO plans, cents (rule B6).
    public var childDentalCents: Int64
    /// Creates a row.
    public init(planID: String, ratingArea: Int, planYear: Int, baseRateCents: Int64, childDentalCents: Int64) {
        self.planID = planID
        self.ratingArea = ratingArea
        self.planYear = planYear
        self.baseRateCents = baseRateCents
        self.childDentalCents = childDentalCents
    }
}

/// An age factor.
public struct AgeFactorRow: Sendable, Equatable {
    /// Curve name, e.g. `federal-default`.
    public var curve: String
    /// Band label: `0-14`, `15` ... `63`, `64+`.
    public var band: String
    /// Exact decimal factor as text, e.g. `1.444` (never a binary float).
    public var factor: String
    /// Creates a row.
    public init(curve: String, band: String, factor: String) {
        self.curve = curve
        self.band = band
        self.factor = factor
    }
}
