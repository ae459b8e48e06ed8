import Foundation

extension MembershipStore {
    /// Brings the schema up to date and returns the versions it applied (empty when already current).
    ///
    /// Idempotent and safe to run from several processes at once: all pending migrations run in one
    /// transaction that first takes a lock (PostgreSQL: an advisory transaction lock; SQLite: `BEGIN
    /// IMMEDIATE`'s write lock), so a second migrator waits, then finds nothing left to do.
    /// - Throws: ``StoreError`` `.schemaTooNew` when the database was migrated by newer code.
    @discardableResult
    public func migrate() async throws -> [Int] {
        let appliedAt = Int64(Date().timeIntervalSince1970 * 1000)
        return try await transaction { tx in
            let session = tx.session
            if let lock = session.dialect.migrationLock {
                _ = try await session.query(lock)
            }
            try await session.execute(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version BIGINT PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at BIGINT NOT NULL
                )
                """
            )
            let current = try await Self.currentVersion(session)
            guard current <= Schema.latestVersion else {
                throw StoreError(
                    .schemaTooNew,
                    "database schema is at version \(current), this program knows up to \(Schema.latestVersion)"
                )
            }
            var applied: [Int] = []
            for migration in Schema.migrations where migration.version > current {
                for statement in migration.statements(session.dialect) {
                    try await session.execute(statement)
                }
                try await session.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    [Int64(migration.version), migration.name, appliedAt]
                )
                applied.append(migration.version)
            }
            if !applied.isEmpty {
                logger.info("schema migrated", metadata: ["versions": "\(applied)"])
            }
            return applied
        }
    }

    /// The schema version recorded in the database (0 for an empty database).
    public func schemaVersion() async throws -> Int {
        try await transaction { tx in
            let exists = try await tx.session.query(
                tx.dialect == .postgres
                    ? "SELECT 1 AS present FROM information_schema.tables WHERE table_name = 'schema_migrations' AND table_schema = current_schema()"
                    : "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            )
            return exists.isEmpty ? 0 : try await Self.currentVersion(tx.session)
        }
    }

    private static func currentVersion(_ session: StoreSession) async throws -> Int {
        let rows = try await session.query("SELECT MAX(version) AS version FROM schema_migrations")
        guard let row = rows.first else { return 0 }
        return try row.decodeNil(column: "version") ? 0 : Int(row.decode(column: "version", as: Int64.self))
    }
}
