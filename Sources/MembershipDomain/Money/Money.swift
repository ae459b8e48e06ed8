/// An amount of US dollars as an exact whole number of cents (rule B7: never floating point).
///
/// Multiplying by a ``Factor`` (an age factor, 102% for COBRA, a contribution or commission
/// percentage) is computed exactly in integer arithmetic and rounded **once**, to the nearest cent,
/// **half away from zero** ("half up" for positive amounts: $0.005 becomes $0.01, -$0.005 becomes
/// -$0.01). Rounding symmetrically means a credit is always the exact negative of the matching debit.
///
/// The textual form is `-1234.56` style (no currency sign, no grouping); `Codable` is the integer
/// number of cents, so stored and transmitted values never pass through a decimal parser.
public struct Money: Hashable, Sendable, Comparable, Codable {
    /// The amount in cents; negative for credits.
    public var cents: Int64

    /// Creates an amount from a number of cents.
    @inlinable
    public init(cents: Int64) {
        self.cents = cents
    }

    /// Zero dollars.
    public static let zero = Money(cents: 0)

    /// Whether the amount is exactly zero.
    public var isZero: Bool { cents == 0 }

    /// The amount multiplied by `factor`, rounded once to the nearest cent, half away from zero.
    @inlinable
    public func multiplied(by factor: Factor) -> Money {
        Money(cents: Money.divideRounded(cents * factor.tenThousandths, by: Factor.scale))
    }

    /// `numerator / denominator` rounded to the nearest integer, halves away from zero.
    ///
    /// - Precondition: `denominator > 0`.
    @inlinable
    public static func divideRounded(_ numerator: Int64, by denominator: Int64) -> Int64 {
        let half = denominator / 2
        let hasHalf = denominator % 2 == 0
        if numerator >= 0 {
            let quotient = numerator / denominator
            let remainder = numerator % denominator
            return remainder > half || (remainder == half && hasHalf) ? quotient + 1 : quotient
        }
        return -divideRounded(-numerator, by: denominator)
    }

    /// Orders amounts by value.
    @inlinable
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// Encodes as the integer number of cents.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cents)
    }

    /// Decodes from an integer number of cents.
    public init(from decoder: any Decoder) throws {
        cents = try decoder.singleValueContainer().decode(Int64.self)
    }
}

extension Money: AdditiveArithmetic {
    /// The sum.
    @inlinable
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    /// The difference.
    @inlinable
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    /// The negation (a debit turned into a credit).
    @inlinable
    public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }
    /// The amount times a whole number.
    @inlinable
    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * Int64(rhs)) }
}

extension Money: CustomStringConvertible, LosslessStringConvertible {
    /// Dollars and two-digit cents, e.g. `1234.05` or `-0.50`.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return sign + String(magnitude / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Parses `123`, `123.4`, `123.45` or `-123.45`; more than two decimals or any other character
    /// gives `nil` (amounts in reference data are exact cents, nothing is rounded on input).
    public init?(_ text: String) {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" {
            negative = true
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= 15
        else { return nil }
        var cents = Int64(whole)! * 100
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            cents += Int64(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        self.init(cents: negative ? -cents : cents)
    }
}
