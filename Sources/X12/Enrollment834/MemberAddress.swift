/// An address from N3/N4 (member residence in 2100A, mailing address in 2100C). Personal data.
public struct MemberAddress: Sendable, Hashable {
    /// N301.
    public var line1: String
    /// N302.
    public var line2: String
    /// N401.
    public var city: String
    /// N402.
    public var state: String
    /// N403: five or nine digits.
    public var postalCode: String
    /// N404: country code, empty for the US.
    public var country: String
    /// N406 when N405 is `CY`: the county code.
    public var countyCode: String

    /// Creates an address.
    public init(line1: String, line2: String = "", city: String = "", state: String = "", postalCode: String = "",
                country: String = "", countyCode: String = "") {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.state = state
        self.postalCode = postalCode
        self.country = country
        self.countyCode = countyCode
    }
}
