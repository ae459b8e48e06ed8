/// An exact multiplier with four decimal places, stored as ten-thousandths.
///
/// Used for age factors (three decimals, `1.444`), COBRA's 102% (`1.02`), contribution and
/// commission percentages (`50%` = `0.5`, `4.25%` = `0.0425`). Keeping it an integer means
/// `Money.multiplied(by:)` rounds once and exactly.
public struct Factor: Hashable, Sendable, Comparable, Codable {
    /// The denominator of ``tenThousandths``.
    public static let scale: Int64 = 10_000

    /// The factor times 10,000 (`1.444` is 14,440).
    public let tenThousandths: Int64

    /// Creates a factor from ten-thousandths (`1.444` is `Factor(tenThousandths: 14_440)`).
    @inlinable
    public init(tenThousandths: Int64) {
        self.tenThousandths = tenThousandths
    }

    /// Creates a factor from thousandths (`1.444` is `Factor(thousandths: 1_444)`).
    public init(thousandths: Int64) {
        self.tenThousandths = thousandths * 10
    }

    /// Creates a factor from a percentage in basis points (102% is 10,200; 4.25% is 425).
    public init(basisPoints: Int64) {
        self.tenThousandths = basisPoints
    }

    /// Creates a factor from a whole percentage (50 means 50%).
    public init(percent: Int64) {
        self.tenThousandths = percent * 100
    }

    /// 1.0.
    public static let one = Factor(tenThousandths: 10_000)
    /// 0.
    public static let zero = Factor(tenThousandths: 0)
    /// 102%: the COBRA premium factor (rule E11, 29 USC 1162).
    public static let cobra = Factor(tenThousandths: 10_200)

    /// The sum of two factors (exact).
    public static func + (lhs: Factor, rhs: Factor) -> Factor {
        Factor(tenThousandths: lhs.tenThousandths + rhs.tenThousandths)
    }

    /// Orders by value.
    public static func < (lhs: Factor, rhs: Factor) -> Bool { lhs.tenThousandths < rhs.tenThousandths }

    /// Encodes as the integer number of ten-thousandths.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tenThousandths)
    }

    /// Decodes from an integer number of ten-thousandths.
    public init(from decoder: any Decoder) throws {
        tenThousandths = try decoder.singleValueContainer().decode(Int64.self)
    }
}

extension Factor: CustomStringConvertible, LosslessStringConvertible {
    /// Decimal form with trailing zeros removed but at least one decimal, e.g. `1.444`, `1.02`, `0.5`.
    public var description: String {
        let sign = tenThousandths < 0 ? "-" : ""
        let magnitude = tenThousandths.magnitude
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(magnitude / 10_000) + "." + fraction
    }

    /// Parses a non-negative decimal with up to four decimals (`1.444`, `0.5`, `2`); otherwise `nil`.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let whole = parts.first, !whole.isEmpty, whole.count <= 9,
              whole.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var value = Int64(whole)! * 10_000
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...4).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            var scaled = Int64(fraction)!
            for _ in fraction.count..<4 { scaled *= 10 }
            value += scaled
        }
        self.init(tenThousandths: value)
    }
}
