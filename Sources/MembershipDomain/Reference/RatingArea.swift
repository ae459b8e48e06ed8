/// A California rating area, 1 through 19 (rule B2). Premiums depend on it (rule B1).
public struct RatingArea: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The area number, 1 through 19.
    public let number: Int

    /// Creates an area if `number` is 1 through 19.
    public init?(_ number: Int) {
        guard (1...19).contains(number) else { return nil }
        self.number = number
    }

    /// Rating area 4, where a business outside California is rated (rule B2).
    public static let outOfState = RatingArea(4)!

    /// `Area 15` style label.
    public var description: String { "Area \(number)" }

    /// Orders by number.
    public static func < (lhs: RatingArea, rhs: RatingArea) -> Bool { lhs.number < rhs.number }

    /// Decodes from the bare number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Int.self)
        guard (1...19).contains(value) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "rating area \(value) not in 1...19")
        }
        number = value
    }

    /// Encodes as the bare number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(number)
    }
}
