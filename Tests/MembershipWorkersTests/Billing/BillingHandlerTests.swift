import Foundation
import MembershipEvents
import MembershipStore
import MembershipWorkers
import Testing
import WorkerRuntime

@Suite("Billing cycles and payments")
struct BillingHandlerTests {
    static let cobraHousehold: [BillingTestBench.Member] = [("P-9", "subscriber", "1965-06-01", "2026-01-01", true)]

    @Test("B3-B7, E11, G3: a family's month equals the invoice computed by hand from the reference rate table")
    func invoiceByHand() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(BillingTestBench.family, group: "G-100", to: store)
            try await BillingTestBench.addFamily(Self.cobraHousehold, group: "G-100", to: store)

            let messages = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                              to: bench.handlers.cycles, store: store)
            #expect(messages.map(\.topic) == [TopicName.invoices])
            #expect(messages.map { String(decoding: $0.key ?? [], as: UTF8.self) } == ["G-100"])
            let invoice = try #require(try BillingTestBench.events(messages).first?.invoiceIssued)

            // S70-HMO, rating area 12, plan year 2026: base rate $374.40, child dental $23.00.
            // 44: 374.40 x 1.397 = 523.04; 42: x 1.325 = 496.08; 16: x 0.859 = 321.61 + 23.00 = 344.61;
            // 14 and 10: x 0.765 = 286.42 + 23.00 = 309.42; COBRA 60: x 2.714 = 1016.12 x 1.02 = 1036.44.
            #expect(invoice.invoiceNumber == "INV-G-100-2026-03")
            #expect(invoice.lines.map(\.memberID) == ["M-1", "M-2", "M-3", "M-4", "M-5", "M-9"])
            #expect(invoice.lines.map(\.mrn) == ["11-P-1", "11-P-2", "11-P-3", "11-P-4", "11-P-5", "11-P-9"])
            #expect(invoice.lines.map(\.ratingAge) == [44, 42, 16, 14, 10, 60])
            #expect(invoice.lines.map(\.ageBand) == ["44", "42", "16", "0-14", "0-14", "60"])
            #expect(invoice.lines.map(\.ageFactorThousandths) == [1397, 1325, 859, 765, 765, 2714])
            #expect(invoice.lines.map(\.premiumCents) == [52304, 49608, 32161, 28642, 28642, 101612])
            #expect(invoice.lines.map(\.childDentalCents) == [0, 0, 2300, 2300, 2300, 0])
            #expect(invoice.lines.map(\.cobraSurchargeCents) == [0, 0, 0, 0, 0, 2032])
            #expect(invoice.lines.map(\.totalCents) == [52304, 49608, 34461, 30942, 30942, 103644])
            // G3: 75% of the subscriber's premium, 50% of dependents'; nothing for COBRA.
            #expect(invoice.lines.map(\.employerShareCents) == [39228, 24804, 17231, 15471, 15471, 0])
            #expect(invoice.lines.map(\.employeeShareCents) == [13076, 24804, 17230, 15471, 15471, 103644])
            #expect(invoice.premiumTotalCents == 301901)
            #expect(invoice.adjustmentsTotalCents == 0)
            #expect(invoice.totalDueCents == 301901)
            #expect(invoice.employerShareCents == 112205)
            #expect(invoice.employeeShareCents == 189696)
            #expect(invoice.ratingArea == 12)
            #expect(invoice.paperless)
            #expect(invoice.issueDate == .init(year: 2026, month: 2, day: 25))
            #expect(invoice.dueDate == .init(year: 2026, month: 3, day: 27))

            let balance = try await store.transaction { tx in try await tx.billing.balance(groupNumber: "G-100") }
            #expect(balance.dueCents == 301901)
        }
    }

    @Test("B5: of four children under 21 only the three oldest are charged")
    func threeOldestChildren() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(BillingTestBench.family + [("P-6", "child", "2018-03-03", "2026-01-01", false)],
                                                 group: "G-100", to: store)
            let messages = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                              to: bench.handlers.cycles, store: store)
            let invoice = try #require(try BillingTestBench.events(messages).first?.invoiceIssued)
            #expect(invoice.lines.map(\.totalCents) == [52304, 49608, 34461, 30942, 30942, 0])
            #expect(invoice.lines.map(\.childNotCharged) == [false, false, false, false, false, true])
        }
    }

    @Test("B9, B10: a payment lowers the balance and states the broker's commission")
    func paymentAppliedWithCommission() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(BillingTestBench.family, group: "G-100", to: store)
            try await BillingTestBench.addFamily(Self.cobraHousehold, group: "G-100", to: store)
            _ = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                   to: bench.handlers.cycles, store: store)

            let messages = try await BillingTestBench.deliver(BillingTestBench.payment(id: "PAY-1", group: "G-100", cents: 100_000),
                                                              to: bench.handlers.payments, store: store)
            let applied = try #require(try BillingTestBench.events(messages).first?.paymentApplied)
            #expect(applied.paymentID == "PAY-1")
            #expect(applied.amountAppliedCents == 100_000)
            #expect(applied.invoiceNumbers == ["INV-G-100-2026-03"])
            #expect(applied.balanceDueCents == 201_901)
            #expect(applied.brokerID == "BR-7")
            #expect(applied.commissionRateBasisPoints == 400)
            #expect(applied.commissionEarnedCents == 4_000)

            // B9: the same payment id again (a new event) is not applied twice.
            let repeated = try await BillingTestBench.deliver(BillingTestBench.payment(id: "PAY-1", group: "G-100", cents: 100_000),
                                                              to: bench.handlers.payments, store: store)
            #expect(repeated.isEmpty)
            let (balance, payments) = try await store.transaction { tx in
                (try await tx.billing.balance(groupNumber: "G-100"), try await tx.billing.payments(groupNumber: "G-100"))
            }
            #expect(balance.dueCents == 201_901)
            #expect(payments.map(\.commissionCents) == [4_000])
        }
    }

    @Test("B7, E7: a termination reported three months late produces three credits on the next invoice")
    func lateTerminationCredits() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(BillingTestBench.family, group: "G-100", to: store)
            for month in Int32(1)...4 {
                _ = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: month),
                                                       to: bench.handlers.cycles, store: store)
            }
            // The spouse's coverage ended on 2026-01-31; the group reports it in April.
            try await store.transaction { tx in _ = try await tx.coverages.terminate(coverageID: "M-2/2026-01-01", lastCoveredDay: "2026-01-31") }

            let messages = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 5),
                                                              to: bench.handlers.cycles, store: store)
            let invoice = try #require(try BillingTestBench.events(messages).first?.invoiceIssued)
            #expect(invoice.lines.map(\.memberID) == ["M-1", "M-3", "M-4", "M-5"])
            #expect(invoice.adjustments.map(\.memberID) == ["M-2", "M-2", "M-2"])
            #expect(invoice.adjustments.map(\.month.month) == [2, 3, 4])
            #expect(invoice.adjustments.map(\.amountCents) == [-49608, -49608, -49608])
            #expect(invoice.adjustments.allSatisfy { $0.kind == .retroactiveTerminationCredit })
            #expect(invoice.premiumTotalCents == 148_649)
            #expect(invoice.adjustmentsTotalCents == -148_824)
            #expect(invoice.totalDueCents == -175)
        }
    }

    @Test("B7: a member added retroactively is debited for the months already billed")
    func lateAdditionDebits() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(Array(BillingTestBench.family.prefix(1)), group: "G-100", to: store)
            for month in Int32(2)...3 {
                _ = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: month),
                                                       to: bench.handlers.cycles, store: store)
            }
            // A subscriber covered from 2026-02-01, reported in March.
            try await BillingTestBench.addFamily([("P-8", "subscriber", "1990-01-01", "2026-02-01", false)], group: "G-100", to: store)
            let messages = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 4),
                                                              to: bench.handlers.cycles, store: store)
            let invoice = try #require(try BillingTestBench.events(messages).first?.invoiceIssued)
            // 36 on 2026-01-01: 374.40 x 1.230 = 460.51.
            #expect(invoice.lines.map(\.memberID) == ["M-1", "M-8"])
            #expect(invoice.adjustments.map(\.month.month) == [2, 3])
            #expect(invoice.adjustments.map(\.amountCents) == [46051, 46051])
            #expect(invoice.adjustments.allSatisfy { $0.kind == .retroactiveAdditionDebit && $0.memberID == "M-8" })
        }
    }

    @Test("B8: the same cycle twice yields one invoice, and the second run answers with the same event")
    func sameCycleTwice() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(BillingTestBench.family, group: "G-100", to: store)
            let first = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                           to: bench.handlers.cycles, store: store)
            // Coverage changes in between must not change the invoice already issued.
            try await BillingTestBench.addFamily([("P-7", "subscriber", "1990-01-01", "2026-01-01", false)], group: "G-100", to: store)
            let second = try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                            to: bench.handlers.cycles, store: store)
            #expect(second.map(\.payload) == first.map(\.payload))
            let everyGroup = try await BillingTestBench.deliver(BillingTestBench.cycle(group: nil, year: 2026, month: 3),
                                                                to: bench.handlers.cycles, store: store)
            #expect(everyGroup.isEmpty)
            let (invoices, balance) = try await store.transaction { tx in
                (try await tx.billing.invoices(groupNumber: "G-100"), try await tx.billing.balance(groupNumber: "G-100"))
            }
            #expect(invoices.count == 1)
            #expect(balance.invoicedCents == 198_257)
        }
    }

    @Test("B8: two billing workers racing for one cycle leave one invoice")
    func racingCycles() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            try await BillingTestBench.addGroup("G-100", to: store)
            try await BillingTestBench.addFamily(BillingTestBench.family, group: "G-100", to: store)
            let other = BillingHandlers(reference: try BillingTestBench.reference())
            let outputs = try await MembershipStore.withStore(try bench.configuration) { second in
                async let a = BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                       to: bench.handlers.cycles, store: store)
                async let b = BillingTestBench.deliver(BillingTestBench.cycle(group: "G-100", year: 2026, month: 3),
                                                       to: other.cycles, store: second)
                return try await [a, b]
            }
            #expect(outputs[0].map(\.payload) == outputs[1].map(\.payload))
            let invoices = try await store.transaction { tx in try await tx.billing.invoices(groupNumber: "G-100") }
            #expect(invoices.count == 1)
            #expect(invoices.first?.totalCents == 198_257)
        }
    }

    @Test("B7: an all-groups cycle bills every group with coverage in the month, one invoice each")
    func allGroups() async throws {
        let bench = try BillingTestBench()
        try await bench.withStore { store in
            for group in ["G-100", "G-200", "G-300"] { try await BillingTestBench.addGroup(group, to: store) }
            try await BillingTestBench.addFamily(BillingTestBench.family, group: "G-100", to: store)
            try await BillingTestBench.addFamily(Self.cobraHousehold, group: "G-200", to: store)
            let messages = try await BillingTestBench.deliver(BillingTestBench.cycle(group: nil, year: 2026, month: 3),
                                                              to: bench.handlers.cycles, store: store)
            let invoices = try BillingTestBench.events(messages).map(\.invoiceIssued)
            #expect(invoices.map(\.groupNumber) == ["G-100", "G-200"])
            #expect(invoices.map(\.totalDueCents) == [198_257, 103_644])
            #expect(messages.map { String(decoding: $0.key ?? [], as: UTF8.self) } == ["G-100", "G-200"])
        }
    }

    @Test("A cycle for an unknown group or without a month is invalid (dead-lettered)")
    func invalidCycles() async throws {
        let bench = try BillingTestBench()
        var noMonth = try Membership_Billing_V1_BillingCycleRequest(
            serializedBytes: BillingTestBench.cycle(group: "G-100", year: 2026, month: 3))
        noMonth.clearBillingMonth()
        let message = IncomingMessage(topic: TopicName.billingCycles, partition: 0, offset: 0, key: nil,
                                      value: try noMonth.serializedBytes())
        #expect(throws: InvalidMessage.self) { try bench.handlers.cycles.decode(message) }
        try await bench.withStore { store in
            _ = await #expect(throws: InvalidMessage.self) {
                try await BillingTestBench.deliver(BillingTestBench.cycle(group: "G-404", year: 2026, month: 3),
                                                   to: bench.handlers.cycles, store: store)
            }
        }
    }
}
