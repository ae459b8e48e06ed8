/// A mailing address in USPS-style standard form (rule C3): upper case, no punctuation, standard
/// street-suffix, directional and unit abbreviations, a five-digit ZIP.
///
/// Two spellings of one address (`123 Main Street, Apt. 4` and `123 MAIN ST #4`) normalise to the
/// same value, so they form one household; different addresses stay different. Produced by
/// ``AddressNormalizer``.
///
/// The components live in one immutable, shared storage object: households and envelopes copy
/// addresses often, and a copy is then a single reference-count increment.
public struct NormalizedAddress: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private final class Storage: Sendable {
        let street: String
        let city: String
        let state: String
        let zip5: String
        let key: String

        init(street: String, city: String, state: String, zip5: String) {
            self.street = street
            self.city = city
            self.state = state
            self.zip5 = zip5
            self.key = street + "|" + city + "|" + state + "|" + zip5
        }
    }

    private let storage: Storage

    /// Creates a normalised address from components already in standard form.
    public init(street: String, city: String, state: String, zip5: String) {
        storage = Storage(street: street, city: city, state: state, zip5: zip5)
    }

    /// Street line with unit, e.g. `123 MAIN ST APT 4`.
    public var street: String { storage.street }
    /// City, e.g. `LOS ANGELES`.
    public var city: String { storage.city }
    /// Two-letter state, e.g. `CA`.
    public var state: String { storage.state }
    /// Five-digit ZIP (ZIP+4 is cut to five), e.g. `90012`.
    public var zip5: String { storage.zip5 }
    /// `street|city|state|zip5`: one string to hash and compare.
    public var key: String { storage.key }

    /// Whether the street line is a post-office box (`PO BOX 12`); rule G1 refuses these as a
    /// group's business address.
    public var isPOBox: Bool {
        street.hasPrefix("PO BOX ") || street == "PO BOX"
    }

    /// `123 MAIN ST APT 4, LOS ANGELES CA 90012`.
    public var description: String { "\(street), \(city) \(state) \(zip5)" }

    /// Equality by ``key``.
    public static func == (lhs: NormalizedAddress, rhs: NormalizedAddress) -> Bool {
        lhs.storage === rhs.storage || lhs.key == rhs.key
    }
    /// Hashes ``key``.
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    /// Orders by ``key``.
    public static func < (lhs: NormalizedAddress, rhs: NormalizedAddress) -> Bool { lhs.key < rhs.key }

    private enum CodingKeys: String, CodingKey {
        case street, city, state, zip5
    }

    /// Decodes the four components (the key is derived).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(street: try container.decode(String.self, forKey: .street), city: try container.decode(String.self, forKey: .city),
                  state: try container.decode(String.self, forKey: .state), zip5: try container.decode(String.self, forKey: .zip5))
    }

    /// Encodes the four components.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(street, forKey: .street)
        try container.encode(city, forKey: .city)
        try container.encode(state, forKey: .state)
        try container.encode(zip5, forKey: .zip5)
    }
}
