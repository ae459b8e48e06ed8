import Testing
@testable import MembershipStore

@Suite("Transactions")
struct TransactionTests {
    @Test("a committed transaction's writes are visible afterwards", arguments: TestBackend.allCases)
    func commitKeepsWrites(backend: TestBackend) async throws {
        try await backend.withStore { store in
            try await store.transaction { tx in
                try await tx.session.execute(
                    "INSERT INTO regions (region_code, name, digital_cards) VALUES (?, ?, ?)", ["NCAL", "Northern California", Int64(0)])
            }
            let count = try await store.transaction { tx in
                try await tx.session.query("SELECT COUNT(*) AS n FROM regions")[0].decode(column: "n", as: Int64.self)
            }
            #expect(count == 1)
        }
    }
}
