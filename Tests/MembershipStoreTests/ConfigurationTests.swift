import Testing
@testable import MembershipStore

@Suite("Configuration")
struct ConfigurationTests {
    @Test("database URLs parse into backends", arguments: [
        ("sqlite:membership.sqlite", StoreBackend.sqlite(.file(path: "membership.sqlite"))),
        ("sqlite:///var/lib/m.sqlite", StoreBackend.sqlite(.file(path: "/var/lib/m.sqlite"))),
        ("sqlite::memory:", StoreBackend.sqlite(.memory)),
        ("postgres://app:s%40cret@db.internal:6543/membership?sslmode=require",
         StoreBackend.postgres(PostgresSettings(host: "db.internal", port: 6543, username: "app", password: "s@cret",
                                                database: "membership", tls: .require))),
        ("postgresql://app@localhost/membership",
         StoreBackend.postgres(PostgresSettings(host: "localhost", port: 5432, username: "app", password: nil,
                                                database: "membership", tls: .prefer))),
        ("postgres://app@h:1/d?sslmode=verify-full",
         StoreBackend.postgres(PostgresSettings(host: "h", port: 1, username: "app", database: "d", tls: .verifyFull))),
    ])
    func parses(url: String, expected: StoreBackend) throws {
        #expect(try StoreConfiguration(url: url).backend == expected)
    }

    @Test("bad URLs are rejected without echoing the password", arguments: [
        "mysql://app:topsecret@h/d", "sqlite:", "postgres://h/d", "postgres://app:topsecret@h/d?sslmode=sometimes",
    ])
    func rejects(url: String) {
        #expect {
            try StoreConfiguration(url: url)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .invalidConfiguration && !error.description.contains("topsecret")
        }
    }

    @Test("in-memory SQLite works as a store with one connection")
    func inMemory() async throws {
        let configuration = try StoreConfiguration(url: "sqlite::memory:")
        #expect(configuration.maximumConnections == 1)
        let count = try await MembershipStore.withStore(configuration) { store throws in
            try await store.migrate()
            try await store.transaction { tx throws in
                try await tx.outbox.append([Fixtures.outbox("t", key: "k", payload: "p")])
            }
            return try await Fixtures.count("outbox", in: store)
        }
        #expect(count == 1)
    }
}
