import Foundation
import MembershipDomain
import MembershipStore
import Testing
@testable import MembershipWorkers

/// The billing benchmark on a small SQLite population: the cycle it times bills every generated member once.
@Suite("Billing benchmark")
struct BillingBenchmarkTests {
    @Test("B7, B8: 2,000 members in 10 groups give 10 invoices, every member on exactly one line, totals add up")
    func smallRun() async throws {
        let bench = try BillingTestBench()
        let configuration = try bench.configuration
        defer { try? FileManager.default.removeItem(at: bench.directory) }
        let reference = try BillingTestBench.reference()
        let result = try await BillingBenchmark.run(
            configuration, reference: reference, options: BillingBenchmark.Options(members: 2_000, groups: 10, seedBatch: 700))
        #expect(result.invoices == 10)
        #expect(result.lines == 2_000)
        #expect(result.description.hasSuffix("billing-bench: members=2000 groups=10 invoices=10 seconds="
                                               + String(format: "%.2f", result.seconds)))

        try await MembershipStore.withStore(configuration) { store in
            var mrns: [String: Int] = [:]
            var linesTotal: Int64 = 0
            var invoicesTotal: Int64 = 0
            for index in 0..<10 {
                let number = BillingBenchmarkPopulation.groupNumber(index)
                let invoices = try await store.readTransaction { tx in try await tx.billing.invoices(groupNumber: number) }
                #expect(invoices.count == 1)
                for invoice in invoices {
                    #expect(invoice.billingMonth == "2026-03")
                    #expect(invoice.totalCents == invoice.lines.reduce(0) { $0 + $1.amountCents })
                    #expect(invoice.totalCents == invoice.employerCents + invoice.employeeCents)
                    invoicesTotal += invoice.totalCents
                    for line in invoice.lines {
                        linesTotal += line.amountCents
                        if let mrn = line.mrn { mrns[mrn, default: 0] += 1 }
                    }
                }
            }
            #expect(mrns.count == 2_000)
            #expect(mrns.values.allSatisfy { $0 == 1 })
            #expect(linesTotal == invoicesTotal)
            #expect(invoicesTotal == result.totalCents)
        }
    }

    @Test("B1-B6: one group's invoice equals the premiums computed family by family from the generated members")
    func independentTotal() async throws {
        let bench = try BillingTestBench()
        let configuration = try bench.configuration
        defer { try? FileManager.default.removeItem(at: bench.directory) }
        let reference = try BillingTestBench.reference()
        let options = BillingBenchmark.Options(members: 600, groups: 3)
        _ = try await BillingBenchmark.run(configuration, reference: reference, options: options)

        // Recompute group 1's premiums from the generator's families with the domain's premium calculator
        // alone (no store, no invoice calculator): rate of the group's area, rating age on 2026-01-01, COBRA 102%.
        let population = try BillingBenchmarkPopulation(reference: reference, month: options.month, groups: 3)
        let (group, _) = try population.group(0)
        let area = try #require(RatingArea(group.ratingArea))
        let plan = population.plan(group: 0)
        let rate = try #require(reference.rates.rate(plan: plan, planYear: 2026, ratingArea: area))
        let calculator = PremiumCalculator(ageCurve: reference.ageCurve, rates: reference.rates)
        var expected: Int64 = 0
        var families = population.families(members: options.members, seed: options.seed)
        while let family = families.next() {
            guard family.household.groupNumber == group.groupNumber else { continue }
            let rated = family.coverages.enumerated().map { index, coverage in
                RatedPerson(memberID: MemberID(coverage.coverageID), relationship: Relationship(rawValue: coverage.relationship)!,
                            dateOfBirth: CalendarDate(family.persons[index].birthDate)!)
            }
            let premiums = calculator.familyPremiums(network: reference.plans[plan]!.network, rate: rate,
                                                     ratingDate: CalendarDate(year: 2026, month: 1, day: 1)!, members: rated)
            for (coverage, premium) in zip(family.coverages, premiums) {
                expected += (coverage.cobra ? PremiumCalculator.cobraPremium(premium.total) : premium.total).cents
            }
        }
        let stored = try await MembershipStore.withStore(configuration) { store in
            try await store.readTransaction { tx in try await tx.billing.invoice(groupNumber: group.groupNumber, billingMonth: "2026-03") }
        }
        #expect(try #require(stored).totalCents == expected)
        #expect(expected > 0)
    }

    @Test("A database that already has members is refused")
    func refusesFilledDatabase() async throws {
        let bench = try BillingTestBench()
        let configuration = try bench.configuration
        defer { try? FileManager.default.removeItem(at: bench.directory) }
        let reference = try BillingTestBench.reference()
        let options = BillingBenchmark.Options(members: 20, groups: 2)
        _ = try await BillingBenchmark.run(configuration, reference: reference, options: options)
        let error = await #expect(throws: BillingBenchmark.Failure.self) {
            try await BillingBenchmark.run(configuration, reference: reference, options: options)
        }
        #expect(error?.description.contains("pass an empty one") == true)
    }
}
