import Testing
import MembershipDomain

@Suite("Billing: account, payments, commission")
struct GroupAccountTests {
    typealias B = BillingFixtures

    static func account() throws -> (GroupAccount, [Invoice]) {
        let invoices = try B.run(["2026-01", "2026-02"], coverages: B.family)
        var account = GroupAccount(groupNumber: "G1")
        account.record(invoices[0], issuedOn: date("2025-12-15"))
        account.record(invoices[1], issuedOn: date("2026-01-15"))
        return (account, invoices)
    }

    @Test("B9: balance due = invoices - payments - credits, payments applied oldest first")
    func balance() throws {
        var (account, _) = try Self.account()
        #expect(account.balanceDue == cents(360_600))
        let application = account.apply(Payment(id: "P1", groupNumber: "G1", receivedOn: date("2026-01-20"), amount: cents(200_000)),
                                        commission: nil)
        #expect(application.allocations.map(\.amount) == [cents(180_300), cents(19_700)])
        #expect(application.allocations.map(\.invoice.description) == ["INV-G1-2026-01", "INV-G1-2026-02"])
        #expect(application.balanceAfter == cents(160_600))
        #expect(account.balanceDue == cents(160_600))
        let granted = account.grant(AccountCredit(id: "CR1", date: date("2026-01-25"), amount: cents(10_000), reason: "goodwill"))
        #expect(granted)
        #expect(account.balanceDue == cents(150_600))
        #expect(account.items.map(\.open) == [.zero, cents(150_600)])
    }

    @Test("B9: the same payment applied twice changes nothing")
    func duplicatePayment() throws {
        var (account, _) = try Self.account()
        let payment = Payment(id: "P1", groupNumber: "G1", receivedOn: date("2026-01-20"), amount: cents(50_000))
        let first = account.apply(payment, commission: nil)
        let second = account.apply(payment, commission: nil)
        #expect(first == second)
        #expect(account.balanceDue == cents(310_600))
        #expect(account.payments.count == 1)
        let credit = AccountCredit(id: "X", date: date("2026-01-25"), amount: cents(1), reason: "a")
        let granted = account.grant(credit)
        let grantedAgain = account.grant(credit)
        #expect(granted)
        #expect(!grantedAgain)
        #expect(account.balanceDue == cents(310_599))
    }

    @Test("B8, B9: recording an invoice twice counts it once")
    func duplicateInvoice() throws {
        var (account, invoices) = try Self.account()
        let recorded = account.record(invoices[0], issuedOn: date("2025-12-15"))
        #expect(!recorded)
        #expect(account.balanceDue == cents(360_600))
    }

    @Test("B9: an overpayment stays on the account and settles the next invoice")
    func overpayment() throws {
        var (account, _) = try Self.account()
        let application = account.apply(Payment(id: "P1", groupNumber: "G1", receivedOn: date("2026-02-01"), amount: cents(400_000)),
                                        commission: nil)
        #expect(application.unapplied == cents(39_400))
        #expect(account.balanceDue == cents(-39_400))
        let march = try B.calculator.invoice(group: B.group, month: month("2026-03"), coverages: B.family, previousInvoices: [])
        account.record(march, issuedOn: date("2026-02-15"))
        #expect(account.balanceDue == cents(140_900))
        #expect(account.items.last?.open == cents(140_900))
        #expect(account.unallocated == .zero)
    }

    @Test("B9: history keeps invoices, payments and credits in order")
    func history() throws {
        var (account, _) = try Self.account()
        _ = account.apply(Payment(id: "P1", groupNumber: "G1", receivedOn: date("2026-01-20"), amount: cents(1_000)), commission: nil)
        account.grant(AccountCredit(id: "CR1", date: date("2026-01-21"), amount: cents(500), reason: "goodwill"))
        let kinds = account.history.map { event -> String in
            switch event {
            case .invoiceIssued: return "invoice"
            case .paymentApplied: return "payment"
            case .credited: return "credit"
            }
        }
        #expect(kinds == ["invoice", "invoice", "payment", "credit"])
    }

    @Test("B10: commission is the product rate on the premium paid")
    func commission() throws {
        var (account, _) = try Self.account()
        let schedule = CommissionSchedule(brokerID: "BR-7", ratesByPlan: ["T-HMO": Factor(basisPoints: 400)],
                                          defaultRate: Factor(basisPoints: 200))
        let application = account.apply(Payment(id: "P1", groupNumber: "G1", receivedOn: date("2026-01-20"), amount: cents(180_300)),
                                        commission: schedule)
        #expect(application.commission == cents(7_212))  // 1803.00 x 4%
        #expect(application.brokerID == "BR-7")
    }

    @Test("B10: a mixed-plan invoice earns the blended rate; no broker earns nothing")
    func blended() {
        let schedule = CommissionSchedule(brokerID: "BR-7", ratesByPlan: ["T-HMO": Factor(basisPoints: 400)],
                                          defaultRate: Factor(basisPoints: 200))
        // Half of an invoice of 1000.00 HMO + 500.00 PPO: 500 x 4% + 250 x 2% = 25.00.
        #expect(schedule.commission(onPaid: cents(75_000), ofInvoiceTotalsByPlan: ["T-HMO": cents(100_000), "T-PPO": cents(50_000)])
            == cents(2_500))
        // 0.01 of it: 0.01 x (1/1.5 x 4% + 0.5/1.5 x 2%) rounds to 0.
        #expect(schedule.commission(onPaid: cents(1), ofInvoiceTotalsByPlan: ["T-HMO": cents(100_000), "T-PPO": cents(50_000)])
            == .zero)
        #expect(schedule.commission(onPaid: cents(75_000), ofInvoiceTotalsByPlan: ["T-HMO": cents(-5_000)]) == .zero)
    }

    @Test("B10: no broker of record, no commission")
    func noBroker() throws {
        var (account, _) = try Self.account()
        let application = account.apply(Payment(id: "P1", groupNumber: "G1", receivedOn: date("2026-01-20"), amount: cents(180_300)),
                                        commission: nil)
        #expect(application.commission == .zero)
        #expect(application.brokerID == nil)
    }

    @Test("B9: a net-credit invoice settles older open invoices")
    func creditInvoice() throws {
        let billed = try B.run(["2026-01", "2026-02", "2026-03", "2026-04"], coverages: B.family)
        let terminated = [B.subscriber, B.coverage("SP", .spouse, "1982-03-10", end: "2026-01-31"), B.child]
        let may = try B.calculator.invoice(group: B.group, month: month("2026-05"), coverages: terminated, previousInvoices: billed)
        var account = GroupAccount(groupNumber: "G1")
        for invoice in billed + [may] { account.record(invoice, issuedOn: invoice.month.firstDay) }
        // 4 x 1803.00 - 911.00
        #expect(account.balanceDue == cents(630_100))
        #expect(account.items.map(\.open) == [cents(89_200), cents(180_300), cents(180_300), cents(180_300), .zero])
    }
}
