/// A California county of the plan's service area, with ZIP codes that `Reference/service-area-zips.csv`
/// marks "served" (rule E8) and their cities.
struct DemoCounty: Sendable {
    /// County name as in `Reference/counties.csv`.
    let name: String
    /// Served ZIP codes with the city they belong to.
    let places: [(zip: String, city: String)]
}
