import Testing
import MembershipDomain

@Suite("Money")
struct MoneyTests {
    @Test("multiplying rounds once, half away from zero", arguments: [
        (Int64(50_000), Int64(14_440), Int64(72_200)),   // 500.00 x 1.444 = 722.00
        (Int64(45_678), Int64(8_850), Int64(40_425)),    // 456.78 x 0.885 = 404.2503 -> 404.25
        (Int64(1), Int64(5_000), Int64(1)),              // 0.01 x 0.5 = 0.005 -> 0.01
        (Int64(-1), Int64(5_000), Int64(-1)),            // -0.005 -> -0.01 (symmetric)
        (Int64(3), Int64(5_000), Int64(2)),              // 0.015 -> 0.02
        (Int64(33_333), Int64(10_200), Int64(34_000)),   // 333.33 x 1.02 = 339.9966 -> 340.00
        (Int64(12_345), Int64(10_200), Int64(12_592)),   // 123.45 x 1.02 = 125.919 -> 125.92
        (Int64(12_325), Int64(10_200), Int64(12_572)),   // 123.25 x 1.02 = 125.715 -> 125.72
    ])
    func multiply(amount: Int64, factor: Int64, expected: Int64) {
        #expect(Money(cents: amount).multiplied(by: Factor(tenThousandths: factor)) == Money(cents: expected))
    }

    @Test("rounding helper", arguments: [
        (Int64(15), Int64(10), Int64(2)), (Int64(14), Int64(10), Int64(1)), (Int64(-15), Int64(10), Int64(-2)),
        (Int64(-14), Int64(10), Int64(-1)), (Int64(7), Int64(3), Int64(2)), (Int64(0), Int64(7), Int64(0)),
    ])
    func rounding(numerator: Int64, denominator: Int64, expected: Int64) {
        #expect(Money.divideRounded(numerator, by: denominator) == expected)
    }

    @Test("parses and prints dollars and cents", arguments: [
        ("0", Int64(0), "0.00"), ("12.5", Int64(1_250), "12.50"), ("-0.05", Int64(-5), "-0.05"),
        ("1234.56", Int64(123_456), "1234.56"),
    ])
    func text(input: String, cents: Int64, printed: String) {
        #expect(Money(input) == Money(cents: cents))
        #expect(Money(cents: cents).description == printed)
    }

    @Test("rejects malformed amounts", arguments: ["", "1.234", "$5", "1,000", "-", "1.", ".5", "abc"])
    func malformed(input: String) {
        #expect(Money(input) == nil)
    }

    @Test("arithmetic")
    func arithmetic() {
        #expect(cents(150) + cents(275) == cents(425))
        #expect(cents(150) - cents(275) == cents(-125))
        #expect(-cents(99) == cents(-99))
        #expect(cents(1_999) * 3 == cents(5_997))
    }
}

@Suite("Factor")
struct FactorTests {
    @Test("parses decimals up to four places", arguments: [
        ("1.444", Int64(14_440)), ("0.5", Int64(5_000)), ("2", Int64(20_000)), ("1.02", Int64(10_200)),
        ("0.0425", Int64(425)),
    ])
    func parse(text: String, expected: Int64) {
        #expect(Factor(text)?.tenThousandths == expected)
    }

    @Test("rejects malformed factors", arguments: ["", "1.23456", "-1", "1,5", "x", "."])
    func malformed(text: String) {
        #expect(Factor(text) == nil)
    }

    @Test("constructors agree")
    func constructors() {
        #expect(Factor(thousandths: 1_444) == Factor(tenThousandths: 14_440))
        #expect(Factor(basisPoints: 10_200) == Factor.cobra)
        #expect(Factor(percent: 50) == Factor("0.5"))
        #expect(Factor(thousandths: 1_357).description == "1.357")
        #expect(Factor.cobra.description == "1.02")
    }
}
