import Testing
@testable import MembershipStore

@Suite("Migrations")
struct MigrationTests {
    @Test("migrating an empty database applies every version; running again applies none", arguments: TestBackend.allCases)
    func fromEmptyAndRerun(backend: TestBackend) async throws {
        try await backend.withStore(migrated: false) { store throws in
            #expect(try await store.schemaVersion() == 0)
            #expect(try await store.migrate() == [1, 2, 3, 4, 5])
            #expect(try await store.schemaVersion() == 5)
            #expect(try await store.migrate() == [])
            #expect(try await Fixtures.count("outbox", in: store) == 0)
        }
    }

    @Test("two migrators racing on one database apply each version once", arguments: TestBackend.allCases)
    func concurrentMigrators(backend: TestBackend) async throws {
        let configuration = try await backend.freshConfiguration()
        defer { TestBackend.removeFiles(of: configuration) }
        let results = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<2 {
                group.addTask {
                    try await MembershipStore.withStore(configuration) { try await $0.migrate() }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.sorted { $0.count < $1.count } == [[], [1, 2, 3, 4, 5]])
        try await MembershipStore.withStore(configuration) { store throws in
            #expect(try await store.schemaVersion() == 5)
            let applied = try await store.transaction { tx throws in
                try await tx.session.query("SELECT COUNT(*) AS n FROM schema_migrations")[0].int64("n")
            }
            #expect(applied == 5)
        }
    }

    @Test("a database migrated by newer code is refused, not downgraded", arguments: TestBackend.allCases)
    func schemaTooNew(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.session.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [Int64(99), "future", Int64(1)])
            }
            await #expect {
                try await store.migrate()
            } throws: { error in
                (error as? StoreError)?.code == .schemaTooNew
            }
        }
    }
}
