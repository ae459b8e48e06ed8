/// A ZIP code in one of the plan's counties, served or explicitly excluded (rule E8).
public struct ServiceAreaZIP: Hashable, Sendable, Codable {
    /// Whether the plan covers people living in the ZIP.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Inside the service area.
        case served
        /// In a served county but outside the service area (an outlying ZIP, rule E8).
        case excluded
    }

    /// Five-digit ZIP.
    public let zip: String
    /// Two-letter state code.
    public let state: String
    /// County the ZIP belongs to.
    public let county: String
    /// Served or excluded.
    public let status: Status

    /// Creates a record.
    public init(zip: String, state: String, county: String, status: Status) {
        self.zip = zip
        self.state = state
        self.county = county
        self.status = status
    }
}
