extension ReferenceData {
    /// Column names of each reference file, in order.
    public enum Columns {
        /// `age-curve.csv`
        public static let ageCurve = ["band", "factor"]
        /// `plans.csv`
        public static let plans = ["plan_id", "name", "metal", "network", "illustrative"]
        /// `base-rates.csv`
        public static let baseRates = ["plan_id", "plan_year", "rating_area", "base_rate_age_21", "child_dental"]
        /// `counties.csv`
        public static let counties = ["state", "county", "region", "rating_area", "zip3_prefixes"]
        /// `service-area-zips.csv`
        public static let serviceArea = ["zip", "state", "county", "status"]
    }

    /// Parses and cross-checks the five reference files (given as text; this module reads no files).
    ///
    /// - Throws: the first ``ReferenceDataError`` found, naming the file and line.
    public init(
        ageCurveCSV: String, plansCSV: String, baseRatesCSV: String, countiesCSV: String, serviceAreaCSV: String
    ) throws(ReferenceDataError) {
        let curve = try ReferenceData.parseAgeCurve(ageCurveCSV)
        let plans = try ReferenceData.parsePlans(plansCSV)
        let counties = try ReferenceData.parseCounties(countiesCSV)
        let rates = try ReferenceData.parseBaseRates(
            baseRatesCSV, plans: Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        let zips = try ReferenceData.parseServiceArea(serviceAreaCSV, counties: counties)
        self.init(ageCurve: curve, plans: plans, rates: RateTable(rates), counties: counties, serviceArea: zips)
    }

    /// Parses `age-curve.csv`: one row per band (`0-14`, `15` ... `63`, `64+`), factor with up to
    /// four decimals. Every band must appear exactly once.
    public static func parseAgeCurve(_ text: String, file: String = "age-curve.csv") throws(ReferenceDataError) -> AgeCurve {
        let table = try CSVTable(file: file, text: text, columns: Columns.ageCurve)
        var bands: [AgeBand: Factor] = [:]
        for row in table.rows {
            guard let band = AgeBand(label: row.fields[0]) else {
                throw table.invalid(row, "band", "'\(row.fields[0])' is not a band (0-14, 15 ... 63, 64+)")
            }
            guard let factor = Factor(row.fields[1]), factor > .zero else {
                throw table.invalid(row, "factor", "'\(row.fields[1])' is not a positive decimal with up to 4 places")
            }
            guard bands[band] == nil else {
                throw ReferenceDataError(code: .duplicate, file: file, line: row.line, message: "band \(band) appears twice")
            }
            bands[band] = factor
        }
        guard let curve = AgeCurve(bandFactors: bands) else {
            let missing = AgeBand.all.filter { bands[$0] == nil }.map(\.description)
            throw ReferenceDataError(code: .missing, file: file, line: nil,
                                     message: "missing bands: \(missing.joined(separator: ", "))")
        }
        return curve
    }

    /// Parses `plans.csv`: id, name, metal (`platinum`...`bronze`), network (`HMO`/`PPO`),
    /// illustrative (`yes`/`no`).
    public static func parsePlans(_ text: String, file: String = "plans.csv") throws(ReferenceDataError) -> [Plan] {
        let table = try CSVTable(file: file, text: text, columns: Columns.plans)
        var seen: Set<String> = []
        var plans: [Plan] = []
        for row in table.rows {
            let f = row.fields
            guard !f[0].isEmpty else { throw table.invalid(row, "plan_id", "must not be empty") }
            guard !f[1].isEmpty else { throw table.invalid(row, "name", "must not be empty") }
            guard let metal = Plan.Metal(rawValue: f[2]) else {
                throw table.invalid(row, "metal", "'\(f[2])' is not platinum, gold, silver or bronze")
            }
            guard let network = Plan.Network(rawValue: f[3]) else {
                throw table.invalid(row, "network", "'\(f[3])' is not HMO or PPO")
            }
            guard let illustrative = parseYesNo(f[4]) else { throw table.invalid(row, "illustrative", "'\(f[4])' is not yes or no") }
            guard seen.insert(f[0]).inserted else {
                throw ReferenceDataError(code: .duplicate, file: file, line: row.line, message: "plan \(f[0]) appears twice")
            }
            plans.append(Plan(id: PlanID(f[0]), name: f[1], metal: metal, network: network, illustrative: illustrative))
        }
        return plans
    }

    /// Parses `base-rates.csv`: plan id (must be in `plans`), plan year, rating area 1-19, base rate
    /// at 21 and child dental in dollars and cents. A PPO's child dental must be 0 (rule B6).
    public static func parseBaseRates(
        _ text: String, plans: [PlanID: Plan], file: String = "base-rates.csv"
    ) throws(ReferenceDataError) -> [BaseRate] {
        let table = try CSVTable(file: file, text: text, columns: Columns.baseRates)
        var seen: Set<RateTable.Key> = []
        var rates: [BaseRate] = []
        for row in table.rows {
            let f = row.fields
            let planID = PlanID(f[0])
            guard let plan = plans[planID] else {
                throw ReferenceDataError(code: .unknownReference, file: file, line: row.line, message: "plan_id: unknown plan \(f[0])")
            }
            guard let year = Int(f[1]), (2000...2100).contains(year) else {
                throw table.invalid(row, "plan_year", "'\(f[1])' is not a year")
            }
            guard let areaNumber = Int(f[2]), let area = RatingArea(areaNumber) else {
                throw table.invalid(row, "rating_area", "'\(f[2])' is not a rating area 1-19")
            }
            guard let base = Money(f[3]), base > .zero else {
                throw table.invalid(row, "base_rate_age_21", "'\(f[3])' is not a positive amount")
            }
            guard let dental = Money(f[4]), dental >= .zero else {
                throw table.invalid(row, "child_dental", "'\(f[4])' is not an amount")
            }
            if plan.network == .ppo, !dental.isZero {
                throw table.invalid(row, "child_dental", "must be 0 for PPO plan \(f[0]): PPO rates include child dental (rule B6)")
            }
            let key = RateTable.Key(plan: planID, planYear: year, ratingArea: area)
            guard seen.insert(key).inserted else {
                throw ReferenceDataError(code: .duplicate, file: file, line: row.line,
                                         message: "rate for \(f[0]) \(year) area \(areaNumber) appears twice")
            }
            rates.append(BaseRate(plan: planID, planYear: year, ratingArea: area, baseRateAge21: base, childDental: dental))
        }
        return rates
    }

    /// Parses `counties.csv`: state, county, region (e.g. `southern-california`), rating area
    /// (required in California, empty elsewhere), space-separated three-digit ZIP prefixes for a
    /// county split between areas (empty for the rest of the county).
    public static func parseCounties(_ text: String, file: String = "counties.csv") throws(ReferenceDataError) -> [County] {
        let table = try CSVTable(file: file, text: text, columns: Columns.counties)
        var counties: [County] = []
        var restOfCounty: Set<CountyKey> = []
        var prefixesSeen: Set<String> = []
        for row in table.rows {
            let f = row.fields
            guard f[0].count == 2, f[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw table.invalid(row, "state", "'\(f[0])' is not a two-letter state code")
            }
            guard !f[1].isEmpty else { throw table.invalid(row, "county", "must not be empty") }
            guard let region = Region(rawValue: f[2]) else {
                throw table.invalid(row, "region", "'\(f[2])' is not one of \(Region.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var area: RatingArea?
            if f[0] == "CA" {
                guard let number = Int(f[3]), let parsed = RatingArea(number) else {
                    throw table.invalid(row, "rating_area", "'\(f[3])' is not a rating area 1-19 (required in CA)")
                }
                area = parsed
            } else if !f[3].isEmpty {
                throw table.invalid(row, "rating_area", "must be empty outside CA (rule B2 rates those businesses in area 4)")
            }
            let prefixes = f[4].split(separator: " ").map(String.init)
            for prefix in prefixes {
                guard prefix.count == 3, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    throw table.invalid(row, "zip3_prefixes", "'\(prefix)' is not a three-digit ZIP prefix")
                }
                guard prefixesSeen.insert(f[0] + prefix).inserted else {
                    throw ReferenceDataError(code: .duplicate, file: file, line: row.line, message: "ZIP prefix \(prefix) appears twice")
                }
            }
            let key = CountyKey(state: f[0], name: normalizedCountyName(f[1]))
            if prefixes.isEmpty {
                guard restOfCounty.insert(key).inserted else {
                    throw ReferenceDataError(code: .duplicate, file: file, line: row.line, message: "county \(f[1]), \(f[0]) appears twice")
                }
            }
            counties.append(County(state: f[0], name: f[1], region: region, ratingArea: area, zip3Prefixes: prefixes))
        }
        return counties
    }

    /// Parses `service-area-zips.csv`: five-digit ZIP, state, county (must be in `counties`),
    /// status `served` or `excluded`.
    public static func parseServiceArea(
        _ text: String, counties: [County], file: String = "service-area-zips.csv"
    ) throws(ReferenceDataError) -> [ServiceAreaZIP] {
        let table = try CSVTable(file: file, text: text, columns: Columns.serviceArea)
        let known = Set(counties.map { CountyKey(state: $0.state, name: normalizedCountyName($0.name)) })
        var seen: Set<String> = []
        var zips: [ServiceAreaZIP] = []
        for row in table.rows {
            let f = row.fields
            guard f[0].count == 5, f[0].allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw table.invalid(row, "zip", "'\(f[0])' is not a five-digit ZIP")
            }
            guard known.contains(CountyKey(state: f[1], name: normalizedCountyName(f[2]))) else {
                throw ReferenceDataError(code: .unknownReference, file: file, line: row.line,
                                         message: "county: \(f[2]), \(f[1]) is not in counties.csv")
            }
            guard let status = ServiceAreaZIP.Status(rawValue: f[3]) else {
                throw table.invalid(row, "status", "'\(f[3])' is not served or excluded")
            }
            guard seen.insert(f[0]).inserted else {
                throw ReferenceDataError(code: .duplicate, file: file, line: row.line, message: "ZIP \(f[0]) appears twice")
            }
            zips.append(ServiceAreaZIP(zip: f[0], state: f[1], county: f[2], status: status))
        }
        return zips
    }

    private static func parseYesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: return nil
        }
    }
}
