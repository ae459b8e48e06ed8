import Foundation
import Testing
@testable import MembershipStore

/// The backends every conformance test runs against.
enum TestBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// A new, empty database of this kind.
    func freshConfiguration() async throws -> StoreConfiguration {
        switch self {
        case .sqlite:
            let path = NSTemporaryDirectory() + "membership-store-test-\(UUID().uuidString).sqlite"
            return try StoreConfiguration(url: "sqlite:\(path)")
        case .postgres:
            switch await TestPostgresServer.shared.baseURL() {
            case .success:
                return try await StoreConfiguration(url: TestPostgresServer.shared.freshDatabase())
            case .failure(let unavailable):
                if TestPostgresServer.required {
                    throw unavailable
                }
                try Test.cancel("skipped: \(unavailable) (set CI=true to make this a failure)")
            }
        }
    }

    /// Deletes a SQLite test database and its WAL files (PostgreSQL test databases go with the server).
    static func removeFiles(of configuration: StoreConfiguration) {
        if case .sqlite(.file(let path)) = configuration.backend {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
        }
    }

    /// Runs `body` with a store on a fresh, migrated database, and removes a SQLite file afterwards.
    func withStore<R: Sendable>(
        migrated: Bool = true,
        _ body: (MembershipStore) async throws -> R
    ) async throws -> R {
        let configuration = try await freshConfiguration()
        defer { Self.removeFiles(of: configuration) }
        return try await MembershipStore.withStore(configuration) { store in
            if migrated { try await store.migrate() }
            return try await body(store)
        }
    }
}
