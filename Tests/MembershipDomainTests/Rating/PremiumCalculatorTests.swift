import Testing
import MembershipDomain

@Suite("Rating")
struct PremiumCalculatorTests {
    typealias F = RatingFixtures

    /// Ages on 2026-01-01: 45, 43, 17, 14, 12, 9.
    static let workedExample = [
        F.person("M01", .subscriber, "1980-06-15"), F.person("M02", .spouse, "1982-03-10"),
        F.person("M03", .child, "2008-05-01"), F.person("M04", .child, "2011-07-04"),
        F.person("M05", .child, "2013-02-02"), F.person("M06", .child, "2016-09-09"),
    ]

    @Test("B5: worked example 45, 43, 17, 14, 12, 9 -> 5.216 x base")
    func workedExample() throws {
        let premiums = try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.area,
                                                       members: Self.workedExample)
        #expect(premiums.map(\.ratingAge) == [45, 43, 17, 14, 12, 9])
        // 500 x 1.444, 1.357, 0.885, 0.765, 0.765, 0
        #expect(premiums.map(\.total) == [cents(72_200), cents(67_850), cents(44_250), cents(38_250), cents(38_250), .zero])
        #expect(premiums.map(\.isCharged) == [true, true, true, true, true, false])
        #expect(premiums.reduce(Money.zero) { $0 + $1.total } == cents(260_800))  // 5.216 x 500.00
    }

    @Test("B5: three or fewer children under 21 are all charged")
    func threeChildren() throws {
        let family = Array(Self.workedExample.prefix(5))
        let premiums = try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.area, members: family)
        #expect(premiums.allSatisfy { $0.isCharged })
        #expect(premiums.reduce(Money.zero) { $0 + $1.total } == cents(260_800))
    }

    @Test("B5: children 21 and over are rated as adults and do not use a child slot")
    func adultChildren() throws {
        let family = [
            F.person("A", .subscriber, "1970-01-01"), F.person("B", .child, "2003-06-01"),  // 22
            F.person("C", .child, "2010-01-01"), F.person("D", .child, "2012-01-01"), F.person("E", .child, "2014-01-01"),
        ]
        let premiums = try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.area, members: family)
        #expect(premiums.map(\.isCharged) == [true, true, true, true, true])
        #expect(premiums[1].total == cents(50_000))  // age 22, factor 1.000
    }

    @Test("B5: twins at the cut are separated by member id")
    func twinsAtCut() throws {
        // Ages 17, 15, then twins aged 12 competing for the third slot.
        let family = [
            F.person("S", .subscriber, "1985-01-01"), F.person("K1", .child, "2008-03-03"), F.person("K2", .child, "2010-03-03"),
            F.person("TWIN-B", .child, "2013-05-05"), F.person("TWIN-A", .child, "2013-05-05"),
        ]
        let premiums = try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.area, members: family)
        let charged = Dictionary(uniqueKeysWithValues: premiums.map { ($0.memberID.rawValue, $0.isCharged) })
        #expect(charged == ["S": true, "K1": true, "K2": true, "TWIN-A": true, "TWIN-B": false])
        // Reversing the input order must not change who is charged.
        let reversed = try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.area,
                                                       members: family.reversed())
        #expect(reversed.first { $0.memberID == "TWIN-B" }?.isCharged == false)
        #expect(reversed.first { $0.memberID == "TWIN-A" }?.total == cents(38_250))
    }

    @Test("B3: a child born after the contract date has rating age 0")
    func bornAfterContract() throws {
        let family = [F.person("S", .subscriber, "1990-02-01"), F.person("BABY", .child, "2026-03-15")]
        let premiums = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.area, members: family)
        #expect(premiums[1].ratingAge == 0)
        #expect(premiums[1].band.description == "0-14")
        #expect(premiums[1].total == cents(40_250))  // 500 x 0.765 = 382.50 + dental 20.00
    }

    @Test("B3: rating age is fixed for the contract year and recomputed at renewal")
    func renewal() throws {
        let member = [F.person("S", .subscriber, "1981-03-01")]
        let contractEffective = date("2025-07-01")
        let yearA = ContractYear(contractEffective: contractEffective, containing: date("2026-05-01"))
        let yearB = ContractYear(contractEffective: contractEffective, containing: date("2026-07-01"))
        #expect(yearA.start == date("2025-07-01"))
        #expect(yearB.start == date("2026-07-01"))
        #expect(yearA.end == date("2026-06-30"))
        // Age 44 on 2025-07-01 though 45 by 2026-05; 45 on 2026-07-01.
        let ratesA = F.calculator.familyPremiums(network: .hmo, rate: F.rates.rate(plan: "T-HMO", planYear: 2026, ratingArea: F.area)!,
                                                 ratingDate: yearA.start, members: member)
        #expect(ratesA[0].ratingAge == 44)
        #expect(ratesA[0].total == cents(69_850))  // 500 x 1.397
        let ratesB = F.calculator.familyPremiums(network: .hmo, rate: F.rates.rate(plan: "T-HMO", planYear: 2026, ratingArea: F.area)!,
                                                 ratingDate: yearB.start, members: member)
        #expect(ratesB[0].ratingAge == 45)
        #expect(ratesB[0].total == cents(72_200))
    }

    @Test("B6: a member turning 19 mid-year keeps child dental by contract-date age")
    func turning19() throws {
        // Age 18 on 2026-01-01, 19 on 2026-05-20.
        let family = [F.person("S", .subscriber, "1980-01-01"), F.person("TEEN", .child, "2007-05-20")]
        let premiums = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.area, members: family)
        #expect(premiums[1].ratingAge == 18)
        #expect(premiums[1].childDental == cents(2_000))
        #expect(premiums[1].total == cents(47_650))  // 500 x 0.913 = 456.50 + 20.00
    }

    @Test("B6: no child dental at 19, or on a PPO")
    func noDental() throws {
        let nineteen = [F.person("S", .subscriber, "1980-01-01"), F.person("C", .child, "2006-12-31")]
        let hmo = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.area, members: nineteen)
        #expect(hmo[1].ratingAge == 19)
        #expect(hmo[1].childDental == .zero)
        #expect(hmo[1].total == cents(47_050))  // 500 x 0.941
        let young = [F.person("S", .subscriber, "1980-01-01"), F.person("C", .child, "2020-01-01")]
        let ppo = try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.area, members: young)
        #expect(ppo[1].childDental == .zero)
        #expect(ppo[1].total == cents(38_250))
    }

    @Test("B4: factors by band", arguments: [
        (0, Int64(38_250)), (14, Int64(38_250)), (15, Int64(41_650)), (20, Int64(48_500)), (21, Int64(50_000)),
        (24, Int64(50_000)), (40, Int64(63_900)), (63, Int64(147_600)), (64, Int64(150_000)), (80, Int64(150_000)),
    ])
    func bands(age: Int, expected: Int64) {
        let premium = F.calculator.premium(memberID: "X", ratingAge: age, network: .ppo,
                                           rate: F.rates.rate(plan: "T-PPO", planYear: 2026, ratingArea: F.area)!)
        #expect(premium.total == Money(cents: expected))
    }

    @Test("B4: band labels", arguments: [(0, "0-14"), (14, "0-14"), (15, "15"), (63, "63"), (64, "64+"), (99, "64+")])
    func bandLabels(age: Int, label: String) {
        #expect(AgeBand(age: age).description == label)
        #expect(AgeBand(label: label) == AgeBand(age: age))
    }

    @Test("B1: the premium depends only on plan, rating area and rating age")
    func onlyPlanAreaAge() throws {
        // Same rating age (40 on 2026-01-01), different relationship, member id and birthday: same premium.
        let a = F.person("A", .subscriber, "1985-03-01")
        let b = F.person("ZZ", .spouse, "1985-11-30")
        let premiums = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.area, members: [a, b])
        #expect(premiums.map(\.ratingAge) == [40, 40])
        #expect(premiums[0].total == premiums[1].total)
        #expect(premiums[0].total == cents(63_900))  // 500 x 1.278
        // A different rating age (41) is a different premium.
        let older = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.area,
                                                    members: [F.person("A", .subscriber, "1984-12-31")])
        #expect(older[0].total == cents(65_100))  // 500 x 1.302
    }

    @Test("B1, B2: the same person costs more in a dearer rating area and plan year; nothing else enters")
    func areaAndYear() throws {
        let member = [F.person("S", .subscriber, "1990-06-01")]  // 35 on 2026-01-01
        let area15 = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.area, members: member)
        let area4 = try F.calculator.familyPremiums(plan: F.hmo, contractYear: F.year2026, ratingArea: F.otherArea, members: member)
        let year2027 = try F.calculator.familyPremiums(plan: F.hmo, contractYear: ContractYear(start: date("2027-01-01")),
                                                       ratingArea: F.area, members: member)
        #expect(area15[0].total == cents(61_100))  // 500 x 1.222
        #expect(area4[0].total == cents(73_320))   // 600 x 1.222
        #expect(year2027[0].total == cents(67_650))  // age 36 on 2027-01-01: 550 x 1.230
    }

    @Test("B4: no rate filed is an error, not a zero premium")
    func noRate() {
        let error = #expect(throws: RatingError.self) {
            try F.calculator.familyPremiums(plan: F.ppo, contractYear: F.year2026, ratingArea: F.otherArea,
                                            members: [F.person("S", .subscriber, "1990-01-01")])
        }
        #expect(error?.code == .noRateFiled)
    }

    @Test("E11: COBRA is 102% of the premium, rounded half up to the cent", arguments: [
        (Int64(42_320), Int64(43_166)),  // 423.20 x 1.02 = 431.664 -> 431.66
        (Int64(61_110), Int64(62_332)),  // 611.10 x 1.02 = 623.322 -> 623.32
        (Int64(12_325), Int64(12_572)),  // 123.25 x 1.02 = 125.715 -> 125.72 (half rounds up)
        (Int64(50_000), Int64(51_000)),
    ])
    func cobra(regular: Int64, expected: Int64) {
        #expect(PremiumCalculator.cobraPremium(Money(cents: regular)) == Money(cents: expected))
    }

    @Test("B4, B6: premiums from the checked-in illustrative rates")
    func fromReferenceFiles() throws {
        let data = ReferenceFiles.shared
        let calculator = PremiumCalculator(ageCurve: data.ageCurve, rates: data.rates)
        let plan = try #require(data.plans["G80-HMO"])
        let family = [F.person("S", .subscriber, "1980-06-15"), F.person("C", .child, "2016-09-09")]
        let premiums = try calculator.familyPremiums(plan: plan, contractYear: F.year2026, ratingArea: RatingArea(15)!, members: family)
        #expect(premiums[0].total == cents(61_110))  // 423.20 x 1.444 = 611.1008 -> 611.10
        #expect(premiums[1].total == cents(34_875))  // 423.20 x 0.765 = 323.748 -> 323.75 + 25.00
    }
}
