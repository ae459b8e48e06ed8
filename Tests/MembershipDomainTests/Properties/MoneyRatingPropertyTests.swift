import PropertyBased
import Testing
import MembershipDomain

@Suite("Properties: money and rating")
struct MoneyRatingPropertyTests {
    @Test("multiplication is within half a cent of the exact product, and credits mirror debits")
    func rounding() async {
        await propertyCheck(input: Gen.int64(in: 0...10_000_000), Gen.int64(in: 0...40_000)) { amount, factor in
            let result = Money(cents: amount).multiplied(by: Factor(tenThousandths: factor))
            let exact = amount * factor  // in cents x 10_000
            let error = result.cents * 10_000 - exact
            #expect(error >= -5_000 && error <= 5_000)
            if error == -5_000 { Issue.record("an exact half must round up, not down") }
            #expect(Money(cents: -amount).multiplied(by: Factor(tenThousandths: factor)) == -result)
        }
    }

    @Test("B4: premium is monotone in age from 21 to 64 on the default curve, for any base rate")
    func monotone() async {
        await propertyCheck(input: Gen.int64(in: 1...500_000), Gen.int(in: 21...63)) { base, age in
            let rate = BaseRate(plan: "P", planYear: 2026, ratingArea: RatingArea(4)!, baseRateAge21: Money(cents: base),
                                childDental: .zero)
            let calculator = PremiumCalculator(rates: RateTable([rate]))
            let younger = calculator.premium(memberID: "A", ratingAge: age, network: .ppo, rate: rate).total
            let older = calculator.premium(memberID: "A", ratingAge: age + 1, network: .ppo, rate: rate).total
            #expect(younger <= older)
            #expect(younger >= Money(cents: base))
        }
    }

    @Test("B5: exactly min(3, n) children under 21 are charged, and they are the oldest")
    func threeOldest() async {
        let childAges = Gen.int(in: 0...25).array(of: 0...8)
        await propertyCheck(input: childAges, Gen.int(in: 0...1)) { ages, withSpouse in
            let start = CalendarDate(year: 2026, month: 1, day: 1)!
            var members = [RatedPerson(memberID: "S", relationship: .subscriber, dateOfBirth: CalendarDate(year: 1970, month: 5, day: 5)!)]
            if withSpouse == 1 {
                members.append(RatedPerson(memberID: "P", relationship: .spouse, dateOfBirth: CalendarDate(year: 2006, month: 5, day: 5)!))
            }
            for (index, age) in ages.enumerated() {
                members.append(RatedPerson(memberID: MemberID("C\(index)"), relationship: .child,
                                           dateOfBirth: CalendarDate(year: 2025 - age, month: 7, day: 1)!))
            }
            let rate = BaseRate(plan: "P", planYear: 2026, ratingArea: RatingArea(4)!, baseRateAge21: Money(cents: 50_000),
                                childDental: .zero)
            let premiums = PremiumCalculator(rates: RateTable([rate])).familyPremiums(
                network: .ppo, rate: rate, ratingDate: start, members: members)
            let children = premiums.dropFirst(1 + withSpouse)
            let young = children.filter { $0.ratingAge < 21 }
            #expect(young.filter(\.isCharged).count == min(3, young.count))
            #expect(children.filter { $0.ratingAge >= 21 }.allSatisfy { $0.isCharged })
            #expect(premiums.prefix(1 + withSpouse).allSatisfy { $0.isCharged })
            let oldestFree = young.filter { !$0.isCharged }.map(\.ratingAge).max() ?? -1
            let youngestCharged = young.filter(\.isCharged).map(\.ratingAge).min() ?? 99
            #expect(oldestFree <= youngestCharged)
        }
    }
}
