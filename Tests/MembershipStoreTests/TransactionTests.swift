import Testing
@testable import MembershipStore

@Suite("Transactions")
struct TransactionTests {
    private func insertEvent(_ tx: StoreTransaction, _ id: String) async throws {
        try await tx.processedEvents.record([ProcessedEvent(eventID: id, payloadSHA256: "aa", topic: "t", processedAt: 1)])
    }

    @Test("a committed transaction's writes are visible afterwards", arguments: TestBackend.allCases)
    func commitKeepsWrites(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in try await insertEvent(tx, "E1") }
            #expect(try await Fixtures.count("processed_events", in: store) == 1)
        }
    }

    @Test("a transaction whose body throws leaves nothing behind", arguments: TestBackend.allCases)
    func rollbackLeavesNothing(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            await #expect(throws: DeliberateFailure.self) {
                try await store.transaction { tx throws in
                    try await insertEvent(tx, "E1")
                    try await tx.outbox.append([Fixtures.outbox("t", key: "k", payload: "p")])
                    throw DeliberateFailure()
                }
            }
            #expect(try await Fixtures.count("processed_events", in: store) == 0)
            #expect(try await Fixtures.count("outbox", in: store) == 0)
        }
    }

    @Test("one savepoint rolled back keeps the rest of the batch", arguments: TestBackend.allCases)
    func savepointPerMessage(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let outcomes = try await store.transaction { tx throws in
                var outcomes: [String] = []
                for id in ["E1", "E2", "E3"] {
                    do {
                        try await tx.savepoint { tx throws in
                            try await insertEvent(tx, id)
                            if id == "E2" { throw DeliberateFailure() }
                        }
                        outcomes.append("\(id) applied")
                    } catch is DeliberateFailure {
                        outcomes.append("\(id) rolled back")
                    }
                }
                return outcomes
            }
            #expect(outcomes == ["E1 applied", "E2 rolled back", "E3 applied"])
            let stored = try await store.transaction { tx throws in
                try await tx.processedEvents.statuses([("E1", "aa"), ("E2", "aa"), ("E3", "aa")])
            }
            #expect(stored == ["E1": .duplicate, "E2": .new, "E3": .duplicate])
        }
    }

    @Test("a failed statement inside a savepoint leaves the transaction usable", arguments: TestBackend.allCases)
    func failedStatementInSavepoint(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.members.insert([MemberRecord(mrn: "M1", personID: "P1", regionCode: "NCAL", createdAt: 1)])
                // Same person and region: violates UNIQUE (person_id, region_code); PostgreSQL would refuse
                // every later statement of the transaction without the savepoint.
                await #expect(throws: (any Error).self) {
                    try await tx.savepoint { tx throws in
                        try await tx.members.insert([MemberRecord(mrn: "M2", personID: "P1", regionCode: "NCAL", createdAt: 1)])
                    }
                }
                try await tx.members.insert([MemberRecord(mrn: "M3", personID: "P2", regionCode: "NCAL", createdAt: 1)])
            }
            let members = try await store.transaction { tx throws in try await tx.members.members(personIDs: ["P1", "P2"]) }
            #expect(members.map(\.mrn) == ["M1", "M3"])
        }
    }

    @Test("cancelling a task mid-transaction rolls back and leaves no connection idle in transaction",
          arguments: TestBackend.allCases)
    func cancellationMidTransaction(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let started = AsyncStream<Void>.makeStream()
            let task = Task {
                try await store.transaction { tx throws in
                    try await insertEvent(tx, "E1")
                    started.continuation.yield()
                    try await Task.sleep(for: .seconds(60))
                }
            }
            var iterator = started.stream.makeAsyncIterator()
            await iterator.next()
            if backend == .postgres {
                // The probe itself must see the open transaction, or the check below would prove nothing.
                #expect(try await idleInTransaction(store) == 1)
            }
            task.cancel()
            await #expect(throws: CancellationError.self) { try await task.value }
            if backend == .postgres {
                #expect(try await idleInTransaction(store) == 0)
            }
            #expect(try await Fixtures.count("processed_events", in: store) == 0)
            // The write lock (SQLite) or row locks (PostgreSQL) were released: a new write succeeds.
            try await store.transaction { tx throws in try await insertEvent(tx, "E2") }
            #expect(try await Fixtures.count("processed_events", in: store) == 1)
        }
    }

    private func idleInTransaction(_ store: MembershipStore) async throws -> Int64 {
        try await store.readTransaction { tx throws in
            try await tx.session.query(
                """
                SELECT COUNT(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND state LIKE 'idle in transaction%'
                """
            )[0].int64("n")
        }
    }
}
