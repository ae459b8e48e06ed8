public import MembershipDomain

extension ReferenceRows {
    /// The rows to store for the domain's parsed reference data (`membership reference load DIR`: the domain
    /// parses and validates the CSV files into ``MembershipDomain/ReferenceData``, this turns it into rows).
    ///
    /// Age factors are stored under the curve name `default` as exact decimal text with four places
    /// (`1.4440`); counties without a rating area get a region row only, and a county split by ZIP3 prefix gets
    /// one row (its rating area is decided in the domain). The counties' ZIP3 prefixes are
    /// not stored: the rating area is decided in the domain, from the data it loaded.
    public init(_ data: MembershipDomain.ReferenceData) {
        self.init()
        regions = Region.allCases.map { RegionRow(code: $0.rawValue, name: $0.description, digitalCards: $0.offersDigitalCards) }
        // A county split between rating areas by ZIP3 prefix (Los Angeles) has one row per area in the file,
        // but one row per county here: its region, and the rating area of the rest of the county (the row
        // without prefixes). PostgreSQL refuses an upsert that names one key twice.
        var seen: Set<String> = []
        let counties = data.counties.sorted { $0.zip3Prefixes.isEmpty && !$1.zip3Prefixes.isEmpty }
            .filter { seen.insert($0.state + "|" + $0.name).inserted }
            .sorted { ($0.state, $0.name) < ($1.state, $1.name) }
        countyRegions = counties.map { CountyRegionRow(state: $0.state, county: $0.name, regionCode: $0.region.rawValue) }
        ratingAreas = counties.compactMap { county in
            county.ratingArea.map { RatingAreaRow(state: county.state, county: county.name, ratingArea: $0.number) }
        }
        serviceAreaZIPs = data.serviceArea.values.sorted { $0.zip < $1.zip }.map {
            ServiceAreaZIPRow(zip: $0.zip, state: $0.state, county: $0.county, excluded: $0.status == .excluded)
        }
        plans = data.plans.values.sorted { $0.id < $1.id }.map {
            PlanRow(planID: $0.id.rawValue, name: $0.name, product: $0.network.rawValue, metalLevel: $0.metal.rawValue,
                    illustrative: $0.illustrative)
        }
        rates = data.rates.rows.map {
            RateRow(planID: $0.plan.rawValue, ratingArea: $0.ratingArea.number, planYear: $0.planYear,
                    baseRateCents: $0.baseRateAge21.cents, childDentalCents: $0.childDental.cents)
        }
        ageFactors = AgeBand.all.map { band in
            let factor = data.ageCurve.factor(for: band).tenThousandths
            let fraction = String(factor % Factor.scale)
            let text = "\(factor / Factor.scale)." + String(repeating: "0", count: 4 - fraction.count) + fraction
            return AgeFactorRow(curve: "default", band: band.description, factor: text)
        }
    }
}

extension ReferenceDataLoader {
    /// Stores the domain's parsed reference data (idempotent upsert, one transaction).
    public func load(_ data: MembershipDomain.ReferenceData) async throws {
        try await load(ReferenceRows(data))
    }
}
