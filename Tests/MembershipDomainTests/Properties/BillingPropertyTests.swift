import PropertyBased
import Testing
import MembershipDomain

@Suite("Properties: billing")
struct BillingPropertyTests {
    typealias B = BillingFixtures

    /// A random family: per member, relationship choice, birth year, start month offset and an
    /// optional end month offset.
    static let families = zip(Gen.int(in: 0...2), Gen.int(in: 1950...2025), Gen.int(in: 0...5), Gen.int(in: -1...8)).array(of: 1...7)

    static func coverages(_ specs: [(Int, Int, Int, Int)], cobra: Bool) -> [Coverage] {
        specs.enumerated().map { index, spec in
            let (relationshipChoice, birthYear, startOffset, endOffset) = spec
            let relationship: Relationship = index == 0 ? .subscriber : (relationshipChoice == 0 ? .spouse : .child)
            let start = YearMonth(year: 2026, month: 1)!.adding(months: startOffset).firstDay
            let end = endOffset < startOffset ? nil : YearMonth(year: 2026, month: 1)!.adding(months: endOffset).lastDay
            return Coverage(memberID: MemberID("M\(index)"), subscriberID: "M0", relationship: relationship,
                            dateOfBirth: CalendarDate(year: birthYear, month: 3, day: 15)!, plan: "T-HMO", start: start, end: end,
                            isCOBRA: cobra && index == 0)
        }
    }

    @Test("G3: employer + employee = total on every line for any contribution")
    func shares() async {
        await propertyCheck(input: Self.families, Gen.int64(in: 5_000...10_000), Gen.int(in: 0...1)) { specs, basisPoints, cobra in
            let group = BillingGroup(groupNumber: "G", contractEffective: date("2026-01-01"), ratingArea: RatingFixtures.area,
                                     contribution: ContributionPolicy(subscriber: .percentage(Factor(basisPoints: basisPoints)),
                                                                      dependents: .fixedAmount(cents(12_345))))
            let invoice = try B.calculator.invoice(group: group, month: month("2026-03"),
                                                   coverages: Self.coverages(specs, cobra: cobra == 1), previousInvoices: [])
            #expect(invoice.employerTotal + invoice.employeeTotal == invoice.total)
            #expect(invoice.lines.allSatisfy { $0.employerShare >= .zero && $0.employerShare <= $0.amount })
        }
    }

    @Test("B7: after late changes, everything billed for each member and month equals what that month should cost")
    func reconciliation() async {
        await propertyCheck(input: Self.families, Self.families) { before, after in
            // Months 2026-01..04 are billed under `before`; the group then reports `after` (members
            // added, ended or changed retroactively) and May is billed.
            var invoices = try B.run(["2026-01", "2026-02", "2026-03", "2026-04"], coverages: Self.coverages(before, cobra: false))
            let truth = Self.coverages(after, cobra: false)
            invoices.append(try B.calculator.invoice(group: B.group, month: month("2026-05"), coverages: truth,
                                                     previousInvoices: invoices))
            for text in ["2026-01", "2026-02", "2026-03", "2026-04"] {
                let expected = try B.calculator.invoice(group: B.group, month: month(text), coverages: truth, previousInvoices: [])
                var billed: [MemberID: Money] = [:]
                for line in invoices.flatMap(\.lines) where line.serviceMonth == month(text) {
                    billed[line.memberID, default: .zero] += line.amount
                }
                let wanted = Dictionary(expected.lines.map { ($0.memberID, $0.amount) }, uniquingKeysWith: +)
                #expect(billed.filter { !$0.value.isZero } == wanted.filter { !$0.value.isZero })
            }
        }
    }

    @Test("B9: balance due always equals open invoice amounts minus unallocated money")
    func ledger() async {
        // Operations: 0 = issue next month's invoice, 1 = payment, 2 = credit; amounts in cents.
        let operations = zip(Gen.int(in: 0...2), Gen.int64(in: 1...300_000)).array(of: 1...25)
        await propertyCheck(input: operations) { steps in
            var account = GroupAccount(groupNumber: "G1")
            var nextMonth = YearMonth(year: 2026, month: 1)!
            for (index, step) in steps.enumerated() {
                switch step.0 {
                case 0:
                    let invoice = try B.calculator.invoice(group: B.group, month: nextMonth, coverages: B.family, previousInvoices: [])
                    account.record(invoice, issuedOn: nextMonth.firstDay)
                    nextMonth = nextMonth.adding(months: 1)
                case 1:
                    _ = account.apply(Payment(id: "P\(index)", groupNumber: "G1", receivedOn: nextMonth.firstDay, amount: Money(cents: step.1)),
                                      commission: CommissionSchedule(brokerID: "B", defaultRate: Factor(basisPoints: 500)))
                default:
                    account.grant(AccountCredit(id: "C\(index)", date: nextMonth.firstDay, amount: Money(cents: step.1), reason: "test"))
                }
                let open = account.items.reduce(Money.zero) { $0 + $1.open }
                #expect(account.balanceDue == open - account.unallocated)
                #expect(account.items.allSatisfy { $0.open >= .zero && $0.open <= $0.amount })
                #expect(account.unallocated >= .zero)
            }
            let commission = account.payments.reduce(Money.zero) { $0 + $1.commission }
            let applied = account.payments.reduce(Money.zero) { $0 + $1.payment.amount - $1.unapplied }
            // 5% of what was applied, give or take a cent of rounding per allocation.
            let allocations = account.payments.reduce(0) { $0 + $1.allocations.count }
            let exact = applied.multiplied(by: Factor(basisPoints: 500))
            #expect(abs(commission.cents - exact.cents) <= Int64(allocations))
        }
    }
}
