/// A postal address as entered upstream (rules C3, G1, E8).
public struct MailingAddress: Hashable, Sendable, Codable {
    /// Street line, e.g. `123 Main Street Apt 4`.
    public let line1: String
    /// Second line (often the unit), may be empty.
    public let line2: String
    /// City.
    public let city: String
    /// State code.
    public let state: String
    /// ZIP or ZIP+4.
    public let zip: String

    /// Creates an address.
    public init(line1: String, line2: String = "", city: String, state: String, zip: String) {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.state = state
        self.zip = zip
    }
}
