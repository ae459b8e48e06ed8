/// Reference data: idempotent loading and the lookups the workers need.
public struct ReferenceRepository: Sendable {
    let session: StoreSession

    /// Inserts every row, or updates the row with the same key: loading the same files twice leaves the
    /// database as after the first load, and a corrected file replaces the values. Rows absent from `data`
    /// are kept (reference data is never deleted by a load, because stored coverages may refer to it).
    public func load(_ data: ReferenceRows) async throws {
        try await upsert(
            "regions", ["region_code", "name", "digital_cards"], key: 1,
            data.regions.map { [$0.code, $0.name, $0.digitalCards.sqlFlag] }
        )
        try await upsert(
            "county_regions", ["state", "county", "region_code"], key: 2,
            data.countyRegions.map { [$0.state, $0.county, $0.regionCode] }
        )
        try await upsert(
            "rating_areas", ["state", "county", "rating_area"], key: 2,
            data.ratingAreas.map { [$0.state, $0.county, Int64($0.ratingArea)] }
        )
        try await upsert(
            "service_area_zips", ["zip", "state", "county", "excluded"], key: 1,
            data.serviceAreaZIPs.map { [$0.zip, $0.state, $0.county, $0.excluded.sqlFlag] }
        )
        try await upsert(
            "plans", ["plan_id", "name", "product", "metal_level", "illustrative"], key: 1,
            data.plans.map { [$0.planID, $0.name, $0.product, $0.metalLevel, $0.illustrative.sqlFlag] }
        )
        try await upsert(
            "rate_tables", ["plan_id", "rating_area", "plan_year", "base_rate_cents", "child_dental_cents"], key: 3,
            data.rates.map {
                [$0.planID, Int64($0.ratingArea), Int64($0.planYear), $0.baseRateCents, $0.childDentalCents]
            }
        )
        try await upsert(
            "age_factors", ["curve", "band", "factor"], key: 2,
            data.ageFactors.map { [$0.curve, $0.band, $0.factor] }
        )
    }

    /// Everything stored, each list in key order (what ``load(_:)`` stored, for checks and the CLI).
    public func all() async throws -> ReferenceRows {
        var data = ReferenceRows()
        data.regions = try await session.query("SELECT region_code, name, digital_cards FROM regions ORDER BY region_code")
            .map { RegionRow(code: try $0.string("region_code"), name: try $0.string("name"), digitalCards: try $0.flag("digital_cards")) }
        data.countyRegions = try await session.query("SELECT state, county, region_code FROM county_regions ORDER BY state, county")
            .map { CountyRegionRow(state: try $0.string("state"), county: try $0.string("county"), regionCode: try $0.string("region_code")) }
        data.ratingAreas = try await session.query("SELECT state, county, rating_area FROM rating_areas ORDER BY state, county")
            .map { RatingAreaRow(state: try $0.string("state"), county: try $0.string("county"), ratingArea: Int(try $0.int64("rating_area"))) }
        data.serviceAreaZIPs = try await session.query("SELECT zip, state, county, excluded FROM service_area_zips ORDER BY zip")
            .map {
                ServiceAreaZIPRow(
                    zip: try $0.string("zip"), state: try $0.string("state"), county: try $0.string("county"),
                    excluded: try $0.flag("excluded")
                )
            }
        data.plans = try await session.query("SELECT plan_id, name, product, metal_level, illustrative FROM plans ORDER BY plan_id")
            .map {
                PlanRow(
                    planID: try $0.string("plan_id"), name: try $0.string("name"), product: try $0.string("product"),
                    metalLevel: try $0.string("metal_level"), illustrative: try $0.flag("illustrative")
                )
            }
        data.rates = try await session.query(
            "SELECT plan_id, rating_area, plan_year, base_rate_cents, child_dental_cents FROM rate_tables ORDER BY plan_id, rating_area, plan_year"
        ).map {
            RateRow(
                planID: try $0.string("plan_id"), ratingArea: Int(try $0.int64("rating_area")),
                planYear: Int(try $0.int64("plan_year")), baseRateCents: try $0.int64("base_rate_cents"),
                childDentalCents: try $0.int64("child_dental_cents")
            )
        }
        data.ageFactors = try await session.query("SELECT curve, band, factor FROM age_factors ORDER BY curve, band")
            .map { AgeFactorRow(curve: try $0.string("curve"), band: try $0.string("band"), factor: try $0.string("factor")) }
        return data
    }

    /// The service-area entry of a ZIP, or `nil` when the ZIP is outside every served county (rule E8).
    public func serviceAreaZIP(_ zip: String) async throws -> ServiceAreaZIPRow? {
        try await session.query("SELECT zip, state, county, excluded FROM service_area_zips WHERE zip = ?", [zip])
            .first.map {
                ServiceAreaZIPRow(
                    zip: try $0.string("zip"), state: try $0.string("state"), county: try $0.string("county"),
                    excluded: try $0.flag("excluded")
                )
            }
    }

    /// The region of a county (rule M1).
    public func region(state: String, county: String) async throws -> RegionRow? {
        try await session.query(
            """
            SELECT r.region_code, r.name, r.digital_cards FROM county_regions c
            JOIN regions r ON r.region_code = c.region_code WHERE c.state = ? AND c.county = ?
            """,
            [state, county]
        ).first.map {
            RegionRow(code: try $0.string("region_code"), name: try $0.string("name"), digitalCards: try $0.flag("digital_cards"))
        }
    }

    /// The rating area of a county (rule B2), if listed.
    public func ratingArea(state: String, county: String) async throws -> Int? {
        try await session.query("SELECT rating_area FROM rating_areas WHERE state = ? AND county = ?", [state, county])
            .first.map { Int(try $0.int64("rating_area")) }
    }

    /// A plan's rate in a rating area and plan year.
    public func rate(planID: String, ratingArea: Int, planYear: Int) async throws -> RateRow? {
        try await session.query(
            """
            SELECT plan_id, rating_area, plan_year, base_rate_cents, child_dental_cents FROM rate_tables
            WHERE plan_id = ? AND rating_area = ? AND plan_year = ?
            """,
            [planID, Int64(ratingArea), Int64(planYear)]
        ).first.map {
            RateRow(
                planID: try $0.string("plan_id"), ratingArea: Int(try $0.int64("rating_area")),
                planYear: Int(try $0.int64("plan_year")), baseRateCents: try $0.int64("base_rate_cents"),
                childDentalCents: try $0.int64("child_dental_cents")
            )
        }
    }

    /// Multi-row upsert keyed on the first `key` columns.
    private func upsert(_ table: String, _ columns: [String], key: Int, _ rows: [[any Encodable & Sendable]]) async throws {
        let keyColumns = columns.prefix(key).joined(separator: ", ")
        let updates = columns.dropFirst(key).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try await session.insertRows(
            into: table, columns: columns, rows: rows, suffix: "ON CONFLICT (\(keyColumns)) DO UPDATE SET \(updates)"
        )
    }
}
