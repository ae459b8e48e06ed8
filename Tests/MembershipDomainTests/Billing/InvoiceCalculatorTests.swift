import Testing
import MembershipDomain

@Suite("Billing: invoices")
struct InvoiceCalculatorTests {
    typealias B = BillingFixtures

    @Test("B7: a member is charged for a month only when covered on its first day", arguments: [
        ("2026-01-15", nil as String?, "2026-01", false), ("2026-01-15", nil, "2026-02", true),
        ("2026-01-01", "2026-03-01", "2026-03", true), ("2026-01-01", "2026-02-28", "2026-03", false),
        ("2026-01-01", "2026-02-28", "2026-02", true), ("2026-02-01", nil, "2026-01", false),
    ])
    func wholeMonths(start: String, end: String?, billed: String, charged: Bool) {
        #expect(B.coverage("X", .subscriber, "1990-01-01", start: start, end: end).isCharged(in: month(billed)) == charged)
    }

    @Test("B7: the monthly bill lists every covered member with band, premium and shares: subscriber, spouse, children oldest first")
    func monthlyBill() throws {
        let invoice = try B.calculator.invoice(group: B.group, month: month("2026-03"), coverages: B.family, previousInvoices: [])
        #expect(invoice.lines.map(\.memberID) == ["S", "SP", "C"])
        #expect(invoice.lines.map(\.amount) == [cents(72_200), cents(67_850), cents(40_250)])
        #expect(invoice.lines.map(\.band.description) == ["45", "43", "0-14"])
        #expect(invoice.lines.map(\.employerShare) == [cents(36_100), .zero, .zero])
        #expect(invoice.lines.allSatisfy { $0.kind == .premium && $0.serviceMonth == month("2026-03") })
        #expect(invoice.total == cents(180_300))
        #expect(invoice.employerTotal == cents(36_100))
        #expect(invoice.employeeTotal == cents(144_200))
    }

    @Test("B7: a member not covered on the first is left off the bill")
    func leftOff() throws {
        let late = B.coverage("SP", .spouse, "1982-03-10", start: "2026-03-02")
        let invoice = try B.calculator.invoice(group: B.group, month: month("2026-03"),
                                               coverages: [B.subscriber, late, B.child], previousInvoices: [])
        #expect(invoice.lines.map(\.memberID) == ["S", "C"])
        #expect(invoice.total == cents(112_450))
    }

    @Test("B7, E7: a retroactive termination three months back gives three credit lines")
    func retroactiveTermination() throws {
        let billed = try B.run(["2026-01", "2026-02", "2026-03", "2026-04"], coverages: B.family)
        #expect(billed.map(\.total) == [cents(180_300), cents(180_300), cents(180_300), cents(180_300)])
        // In May the group reports that the spouse's coverage ended on January 31.
        let terminated = [B.subscriber, B.coverage("SP", .spouse, "1982-03-10", end: "2026-01-31"), B.child]
        let may = try B.calculator.invoice(group: B.group, month: month("2026-05"), coverages: terminated, previousInvoices: billed)
        let credits = may.lines.filter { $0.kind == .retroactiveCredit }
        #expect(credits.count == 3)
        #expect(credits.map(\.memberID) == ["SP", "SP", "SP"])
        #expect(credits.map(\.serviceMonth) == [month("2026-02"), month("2026-03"), month("2026-04")])
        #expect(credits.map(\.amount) == [cents(-67_850), cents(-67_850), cents(-67_850)])
        #expect(may.premiumTotal == cents(112_450))
        #expect(may.adjustmentTotal == cents(-203_550))
        #expect(may.total == cents(-91_100))
        #expect(!may.lines.contains { $0.kind == .retroactiveDebit })
    }

    @Test("B7: a retroactive addition gives debit lines for the months missed")
    func retroactiveAddition() throws {
        let billed = try B.run(["2026-01", "2026-02", "2026-03"], coverages: B.family)
        let newborn = B.coverage("C2", .child, "2020-04-01", start: "2026-02-01")  // age 5: 382.50 + 20.00
        let april = try B.calculator.invoice(group: B.group, month: month("2026-04"), coverages: B.family + [newborn],
                                             previousInvoices: billed)
        let debits = april.lines.filter { $0.kind == .retroactiveDebit }
        #expect(debits.map(\.memberID) == ["C2", "C2"])
        #expect(debits.map(\.serviceMonth) == [month("2026-02"), month("2026-03")])
        #expect(debits.map(\.amount) == [cents(40_250), cents(40_250)])
        #expect(april.premiumTotal == cents(220_550))
        #expect(april.total == cents(301_050))
    }

    @Test("B7, B5: retroactively ending a charged child makes the fourth child chargeable for those months")
    func childSlotShift() throws {
        // Children aged 17, 14, 12, 9 on 2026-01-01: the 9-year-old is free while the others are covered.
        let kids = [B.coverage("K1", .child, "2008-05-01"), B.coverage("K2", .child, "2011-07-04"),
                    B.coverage("K3", .child, "2013-02-02"), B.coverage("K4", .child, "2016-09-09")]
        let billed = try B.run(["2026-01", "2026-02"], coverages: [B.subscriber] + kids)
        #expect(billed[0].lines.first { $0.memberID == "K4" }?.amount == .zero)
        let endedK1 = B.coverage("K1", .child, "2008-05-01", end: "2026-01-31")
        let march = try B.calculator.invoice(group: B.group, month: month("2026-03"),
                                             coverages: [B.subscriber, endedK1] + kids.dropFirst(), previousInvoices: billed)
        let adjustments = march.lines.filter { $0.kind != .premium }
        #expect(adjustments.map(\.memberID) == ["K1", "K4"])
        #expect(adjustments.map(\.kind) == [.retroactiveCredit, .retroactiveDebit])
        // K1 at 17: 500 x 0.885 + 20 = 462.50; K4 at 9: 382.50 + 20 = 402.50.
        #expect(adjustments.map(\.amount) == [cents(-46_250), cents(40_250)])
    }

    @Test("B7: nothing changed means no adjustment lines")
    func noChanges() throws {
        let billed = try B.run(["2026-01", "2026-02", "2026-03"], coverages: B.family)
        #expect(billed[2].lines.allSatisfy { $0.kind == .premium })
        #expect(billed[2].lines.count == 3)
    }

    @Test("B8: running a cycle twice returns the same invoice and identity")
    func idempotentCycle() throws {
        let first = try B.calculator.invoice(group: B.group, month: month("2026-03"), coverages: B.family, previousInvoices: [])
        #expect(first.id.description == "INV-G1-2026-03")
        // Coverage changed between the runs; the cycle still answers with the invoice it issued.
        let again = try B.calculator.invoice(group: B.group, month: month("2026-03"), coverages: [B.subscriber],
                                             previousInvoices: [first])
        #expect(again == first)
        let recomputed = try B.calculator.invoice(group: B.group, month: month("2026-03"), coverages: B.family, previousInvoices: [])
        #expect(recomputed == first)
        #expect(BillingCycleID(groupNumber: "G1", month: month("2026-03")) == first.id)
        #expect(BillingCycleID(groupNumber: "G1", month: month("2026-04")) != first.id)
    }

    @Test("E11: COBRA members pay 102% with no employer share")
    func cobra() throws {
        let cobra = B.coverage("S", .subscriber, "1980-06-15", cobra: true)
        let invoice = try B.calculator.invoice(group: B.group, month: month("2026-02"), coverages: [cobra], previousInvoices: [])
        #expect(invoice.lines[0].amount == cents(73_644))  // 722.00 x 1.02
        #expect(invoice.lines[0].employerShare == .zero)
        #expect(invoice.lines[0].employeeShare == cents(73_644))
        #expect(invoice.lines[0].isCOBRA)
    }

    @Test("G3: employer + employee = total on every line and invoice, including odd cents")
    func sharesAddUp() throws {
        let group = BillingGroup(groupNumber: "G2", contractEffective: date("2026-01-01"), ratingArea: RatingFixtures.area,
                                 contribution: ContributionPolicy(subscriber: .percentage(Factor(basisPoints: 6_750)),
                                                                  dependents: .fixedAmount(cents(40_000))))
        let invoice = try B.calculator.invoice(group: group, month: month("2026-02"), coverages: B.family, previousInvoices: [])
        // S: 722.00 x 67.5% = 487.35; SP: min(400.00, 678.50) = 400.00; C: min(400.00, 402.50) = 400.00.
        #expect(invoice.lines.map(\.employerShare) == [cents(48_735), cents(40_000), cents(40_000)])
        #expect(invoice.lines.map(\.employeeShare) == [cents(23_465), cents(27_850), cents(250)])
        #expect(invoice.employerTotal + invoice.employeeTotal == invoice.total)
        #expect(invoice.lines.allSatisfy { $0.employerShare + $0.employeeShare == $0.amount })
    }

    @Test("G3: percentage rounding half up on an odd-cent premium")
    func oddCent() {
        let policy = ContributionPolicy(subscriber: .percentage(Factor(percent: 50)))
        #expect(policy.employerShare(of: cents(61_111), relationship: .subscriber, isCOBRA: false) == cents(30_556))
        #expect(policy.employerShare(of: cents(61_111), relationship: .child, isCOBRA: false) == .zero)
        #expect(policy.employerShare(of: cents(61_111), relationship: .subscriber, isCOBRA: true) == .zero)
    }

    @Test("B4: a plan with no filed rate fails the cycle rather than billing zero")
    func missingRate() {
        let group = BillingGroup(groupNumber: "G3", contractEffective: date("2026-01-01"), ratingArea: RatingArea(19)!,
                                 contribution: ContributionPolicy(subscriber: .percentage(Factor(percent: 50))))
        let error = #expect(throws: BillingError.self) {
            try B.calculator.invoice(group: group, month: month("2026-02"), coverages: B.family, previousInvoices: [])
        }
        #expect(error?.code == .noRateFiled)
    }
}
