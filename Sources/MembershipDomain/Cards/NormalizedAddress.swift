/// A mailing address in USPS-style standard form (rule C3): upper case, no punctuation, standard
/// street-suffix, directional and unit abbreviations, a five-digit ZIP.
///
/// Two spellings of one address (`123 Main Street, Apt. 4` and `123 MAIN ST #4`) normalise to the
/// same value, so they form one household; different addresses stay different. Produced by
/// ``AddressNormalizer``.
public struct NormalizedAddress: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Street line with unit, e.g. `123 MAIN ST APT 4`.
    public let street: String
    /// City, e.g. `LOS ANGELES`.
    public let city: String
    /// Two-letter state, e.g. `CA`.
    public let state: String
    /// Five-digit ZIP (ZIP+4 is cut to five), e.g. `90012`.
    public let zip5: String
    /// `street|city|state|zip5`: one string to hash and compare.
    public let key: String

    /// Creates a normalised address from components already in standard form.
    public init(street: String, city: String, state: String, zip5: String) {
        self.street = street
        self.city = city
        self.state = state
        self.zip5 = zip5
        self.key = street + "|" + city + "|" + state + "|" + zip5
    }

    /// Whether the street line is a post-office box (`PO BOX 12`); rule G1 refuses these as a
    /// group's business address.
    public var isPOBox: Bool {
        street.hasPrefix("PO BOX ") || street == "PO BOX"
    }

    /// `123 MAIN ST APT 4, LOS ANGELES CA 90012`.
    public var description: String { "\(street), \(city) \(state) \(zip5)" }

    /// Equality by ``key``.
    public static func == (lhs: NormalizedAddress, rhs: NormalizedAddress) -> Bool { lhs.key == rhs.key }
    /// Hashes ``key``.
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    /// Orders by ``key``.
    public static func < (lhs: NormalizedAddress, rhs: NormalizedAddress) -> Bool { lhs.key < rhs.key }
}
