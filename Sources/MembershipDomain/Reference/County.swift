/// A county's rating area and region (rules B2, M1).
///
/// A county may be split between rating areas by three-digit ZIP prefix (Los Angeles is areas 15
/// and 16); such a county has several records, each listing its prefixes, plus at most one record
/// with no prefixes that serves the rest of the county.
public struct County: Hashable, Sendable, Codable {
    /// Two-letter state code, e.g. `CA`.
    public let state: String
    /// County name as written in the reference data, e.g. `Los Angeles`.
    public let name: String
    /// The region the plan operates in there (rule M1).
    public let region: Region
    /// The rating area; `nil` outside California, where businesses are rated in area 4 (rule B2).
    public let ratingArea: RatingArea?
    /// Three-digit ZIP prefixes this record covers; empty means "the rest of the county".
    public let zip3Prefixes: [String]

    /// Creates a county record.
    public init(state: String, name: String, region: Region, ratingArea: RatingArea?, zip3Prefixes: [String] = []) {
        self.state = state
        self.name = name
        self.region = region
        self.ratingArea = ratingArea
        self.zip3Prefixes = zip3Prefixes
    }
}
