/// A rating age band (rule B4): `0-14` is one band, then each age 15 through 63 is its own band,
/// and `64+` is the last.
public struct AgeBand: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The band's lowest age: 0, 15, 16, ..., 63 or 64.
    public let lowerAge: Int

    /// The band a rating age falls in.
    @inlinable
    public init(age: Int) {
        lowerAge = age <= 14 ? 0 : min(age, 64)
    }

    /// All 51 bands in order: 0-14, 15, ..., 63, 64+.
    public static let all: [AgeBand] = [AgeBand(age: 0)] + (15...64).map { AgeBand(age: $0) }

    /// The band's label as printed on a bill and used in reference data: `0-14`, `15`, ..., `64+`.
    public var description: String {
        switch lowerAge {
        case 0: return "0-14"
        case 64: return "64+"
        default: return String(lowerAge)
        }
    }

    /// Parses a label produced by ``description``.
    public init?(label: String) {
        switch label {
        case "0-14": lowerAge = 0
        case "64+": lowerAge = 64
        default:
            guard let age = Int(label), (15...63).contains(age) else { return nil }
            lowerAge = age
        }
    }

    /// Whether the band is under 19 (0-14 through 18): the bands that pay child dental (rule B6).
    public var isChildDentalBand: Bool { lowerAge < 19 }

    /// Orders by age.
    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.lowerAge < rhs.lowerAge }
}
