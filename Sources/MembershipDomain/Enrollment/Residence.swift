/// Where a person lives: the address (rule E8 checks its ZIP) and the county the upstream system
/// gave (rule M1's region falls back to it when the ZIP's own county is unknown).
public struct Residence: Hashable, Sendable {
    /// The street address.
    public let address: MailingAddress
    /// The county name without "County", e.g. `Ventura`.
    public let county: String

    /// Creates a residence.
    public init(address: MailingAddress, county: String) {
        self.address = address
        self.county = county
    }
}
