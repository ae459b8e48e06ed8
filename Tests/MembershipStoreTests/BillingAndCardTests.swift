import Testing
@testable import MembershipStore

@Suite("Billing and ID cards")
struct BillingAndCardTests {
    @Test("B8: an invoice is stored once per group and month; the second attempt returns the first", arguments: TestBackend.allCases)
    func invoiceOncePerMonth(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let (first, second, listed) = try await store.transaction { tx throws in
                (try await tx.billing.insertIfAbsent(Fixtures.invoice("I1")),
                 try await tx.billing.insertIfAbsent(Fixtures.invoice("I2", total: 999_999)),
                 try await tx.billing.invoices(groupNumber: "G100"))
            }
            #expect(first.inserted && !second.inserted)
            #expect(second.invoice == Fixtures.invoice("I1"))
            #expect(listed == [Fixtures.invoice("I1")])
        }
    }

    @Test("B8: two concurrent transactions racing for the same invoice: one wins, the other sees it",
          arguments: TestBackend.allCases)
    func invoiceRace(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let results = try await withThrowingTaskGroup(of: (String, Bool).self) { group in
                for id in ["I-A", "I-B"] {
                    group.addTask {
                        try await store.transaction { tx throws in
                            let result = try await tx.billing.insertIfAbsent(Fixtures.invoice(id))
                            // Hold the transaction open so the other one runs into the uncommitted row.
                            try await Task.sleep(for: .milliseconds(200))
                            return (result.invoice.invoiceID, result.inserted)
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.filter(\.1).count == 1)
            #expect(Set(results.map(\.0)).count == 1)
            #expect(try await Fixtures.count("invoices", in: store) == 1)
            #expect(try await Fixtures.count("invoice_lines", in: store) == 1)
            let balance = try await store.transaction { tx throws in try await tx.billing.balance(groupNumber: "G100") }
            #expect(balance.invoicedCents == 150_000)
        }
    }

    @Test("B9: payments apply once; balance due = invoices - payments - credits", arguments: TestBackend.allCases)
    func payments(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let payment = PaymentRecord(paymentID: "PAY1", groupNumber: "G100", amountCents: 100_000, receivedOn: "2026-02-10",
                                        reference: "ACH-1", commissionCents: 4_000, recordedAt: 5)
            let (applied, reapplied, balance, history, empty) = try await store.transaction { tx throws in
                _ = try await tx.billing.insertIfAbsent(Fixtures.invoice("I1"))
                let applied = try await tx.billing.recordPayment(payment)
                let reapplied = try await tx.billing.recordPayment(payment)
                try await tx.billing.addCredit(groupNumber: "G100", cents: 2_500, at: 6)
                return (applied, reapplied, try await tx.billing.balance(groupNumber: "G100"),
                        try await tx.billing.payments(groupNumber: "G100"), try await tx.billing.balance(groupNumber: "G999"))
            }
            #expect(applied && !reapplied)
            #expect(balance == GroupBalance(groupNumber: "G100", invoicedCents: 150_000, paidCents: 100_000, creditedCents: 2_500))
            #expect(balance.dueCents == 47_500)
            #expect(history == [payment])
            #expect(empty.dueCents == 0)
        }
    }

    @Test("C3: pending cards by household; a claim takes whole households", arguments: TestBackend.allCases)
    func pendingCards(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let (pending, claimed, pendingAfter) = try await store.transaction { tx throws in
                try await tx.cards.insert([Fixtures.card("C1", household: "H1"), Fixtures.card("C2", household: "H1"),
                                           Fixtures.card("C3", household: "H2")])
                try await tx.cards.insert([Fixtures.card("C1", household: "H1")])
                let pending = try await tx.cards.pending(householdID: "H1")
                let claimed = try await tx.cards.claimPending(worker: "w1", at: 7, limit: 1)
                return (pending, claimed, try await tx.cards.pending(householdID: "H1"))
            }
            #expect(pending.map(\.cardID) == ["C1", "C2"])
            #expect(claimed.map(\.cardID) == ["C1", "C2"])
            #expect(claimed.allSatisfy { $0.status == "claimed" && $0.claimedBy == "w1" && $0.claimedAt == 7 })
            #expect(pendingAfter.isEmpty)
        }
    }

    @Test("C5: two workers claiming cards concurrently never claim the same card", arguments: TestBackend.allCases)
    func concurrentClaims(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let cards = (1...20).map { Fixtures.card(String(format: "C%02d", $0), household: "H\(($0 + 1) / 2)") }
            try await store.transaction { tx throws in try await tx.cards.insert(cards) }
            let claims = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
                for worker in ["w1", "w2"] {
                    group.addTask {
                        var mine: [String] = []
                        while true {
                            let batch = try await store.transaction { tx throws in
                                let claimed = try await tx.cards.claimPending(worker: worker, at: 1, limit: 4)
                                // Keep the claim's locks a while so the other worker runs into them.
                                try await Task.sleep(for: .milliseconds(30))
                                return claimed.map(\.cardID)
                            }
                            if batch.isEmpty { return (worker, mine) }
                            mine += batch
                        }
                    }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            let w1 = Set(claims["w1"] ?? [])
            let w2 = Set(claims["w2"] ?? [])
            #expect(w1.isDisjoint(with: w2))
            #expect(w1.union(w2) == Set(cards.map(\.cardID)))
            #expect((claims["w1"] ?? []).count + (claims["w2"] ?? []).count == 20)
        }
    }

    @Test("C2, C5: envelopes store their cards; a card cannot go into a second envelope", arguments: TestBackend.allCases)
    func envelopes(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let envelope = EnvelopeRecord(envelopeID: "EN1", householdID: "H1", addressKey: "1 ELM|94601", sequenceNumber: 1,
                                          cardIDs: ["C2", "C1"], createdAt: 3)
            try await store.transaction { tx throws in
                try await tx.cards.insert([Fixtures.card("C1", household: "H1"), Fixtures.card("C2", household: "H1")])
                try await tx.cards.insertEnvelopes([envelope])
            }
            await #expect(throws: StoreError.self) {
                try await store.transaction { tx throws in
                    try await tx.cards.insertEnvelopes([
                        EnvelopeRecord(envelopeID: "EN2", householdID: "H1", addressKey: "1 ELM|94601", sequenceNumber: 1,
                                       cardIDs: ["C1"], createdAt: 4),
                    ])
                }
            }
            let (stored, card) = try await store.transaction { tx throws in
                (try await tx.cards.envelopes(householdID: "H1"), try await tx.cards.card(id: "C1"))
            }
            #expect(stored == [envelope])
            #expect(card?.status == "mailed")
        }
    }

    @Test("claimed cards of a stopped worker return to pending", arguments: TestBackend.allCases)
    func releaseClaims(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let (released, pending) = try await store.transaction { tx throws in
                try await tx.cards.insert([Fixtures.card("C1", household: "H1")])
                _ = try await tx.cards.claimPending(worker: "w1", at: 100, limit: 10)
                let released = try await tx.cards.releaseClaims(claimedBefore: 200)
                return (released, try await tx.cards.pending(householdID: "H1"))
            }
            #expect(released == 1)
            #expect(pending.map(\.cardID) == ["C1"])
        }
    }
}
