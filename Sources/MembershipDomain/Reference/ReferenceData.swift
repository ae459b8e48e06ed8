/// All reference data the rules consult: the age curve, plans, rate tables, counties and the
/// service area.
///
/// The domain does no I/O: the store reads the CSV files in `Reference/` and hands their text to
/// ``init(ageCurveCSV:plansCSV:baseRatesCSV:countiesCSV:serviceAreaCSV:)``, which validates each
/// file (errors carry file and line) and checks the files against each other.
public struct ReferenceData: Sendable {
    /// The age curve (rule B4).
    public let ageCurve: AgeCurve
    /// Plans by id.
    public let plans: [PlanID: Plan]
    /// Base rates (rules B1, B4, B6).
    public let rates: RateTable
    /// County records (rules B2, M1).
    public let counties: [County]
    /// Service-area ZIPs by five-digit ZIP (rule E8).
    public let serviceArea: [String: ServiceAreaZIP]

    private let countyIndex: [CountyKey: [County]]

    struct CountyKey: Hashable {
        let state: String
        let name: String
    }

    /// Assembles reference data from already-validated parts.
    public init(ageCurve: AgeCurve, plans: [Plan], rates: RateTable, counties: [County], serviceArea: [ServiceAreaZIP]) {
        self.ageCurve = ageCurve
        self.plans = Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.rates = rates
        self.counties = counties
        self.serviceArea = Dictionary(serviceArea.map { ($0.zip, $0) }, uniquingKeysWith: { _, last in last })
        self.countyIndex = Dictionary(grouping: counties) {
            CountyKey(state: $0.state.uppercased(), name: ReferenceData.normalizedCountyName($0.name))
        }
    }

    /// The rating area of a business at `zip` in `county`, `state` (rule B2): area 4 for any
    /// business outside California; inside California the county's area, using the record whose
    /// ZIP prefixes include the ZIP when the county is split. `nil` for an unknown California county.
    public func ratingArea(state: String, county: String, zip: String) -> RatingArea? {
        if state.uppercased() != "CA" { return .outOfState }
        guard let records = countyIndex[CountyKey(state: "CA", name: ReferenceData.normalizedCountyName(county))]
        else { return nil }
        let prefix = String(zip.prefix(3))
        if let split = records.first(where: { $0.zip3Prefixes.contains(prefix) }) { return split.ratingArea }
        return records.first(where: { $0.zip3Prefixes.isEmpty })?.ratingArea
    }

    /// The region of a home county (rule M1), or `nil` if the county is not in the reference data.
    public func region(state: String, county: String) -> Region? {
        countyIndex[CountyKey(state: state.uppercased(), name: ReferenceData.normalizedCountyName(county))]?.first?.region
    }

    /// The service-area status of a ZIP (rule E8); `nil` means the ZIP is not in any plan county,
    /// which is outside the service area too. ZIP+4 is accepted; only the first five digits count.
    public func serviceAreaStatus(zip: String) -> ServiceAreaZIP? {
        serviceArea[String(zip.prefix(5))]
    }

    /// Whether a person living at `zip` is inside the service area (rule E8).
    public func isInServiceArea(zip: String) -> Bool {
        serviceAreaStatus(zip: zip)?.status == .served
    }

    static func normalizedCountyName(_ name: String) -> String {
        var words = name.uppercased().split(separator: " ").map(String.init)
        if words.last == "COUNTY" { words.removeLast() }
        return words.joined(separator: " ")
    }
}
