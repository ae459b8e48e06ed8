import Foundation
import Logging
import PostgresNIO
import SQLiteKit

/// The benchmark's ceiling: the same rows, the same batches and transactions, the same multi-row INSERTs,
/// written straight to the drivers (PostgresNIO's `PostgresConnection`, SQLiteNIO's `SQLiteConnection`),
/// bypassing sql-kit and the store. No idempotency check, no row types: only what the server must do.
struct RawInsertCeiling {
    private enum Value {
        case text(String)
        case integer(Int64)
        case bytes([UInt8])
        case null
    }

    private struct Table {
        let name: String
        let columns: [String]
        let rows: (Range<Int>) -> [[Value]]
    }

    private let configuration: StoreConfiguration
    private let logger: Logger

    init(configuration: StoreConfiguration, logger: Logger) throws {
        self.configuration = configuration
        self.logger = logger
    }

    /// Inserts all batches and returns the elapsed seconds. PostgreSQL: into the store's tables, which are
    /// emptied afterwards; SQLite: into a migrated sibling file, deleted afterwards.
    func run(data: BenchmarkData, batches: [Range<Int>]) async throws -> Double {
        let tables = Self.tables(data)
        switch configuration.backend {
        case .postgres(let settings):
            return try await runPostgres(settings, tables: tables, batches: batches)
        case .sqlite(.memory):
            throw StoreError(.invalidConfiguration, "the store benchmark needs a SQLite file, not :memory:")
        case .sqlite(.file(let path)):
            return try await runSQLite(path: path + ".raw", tables: tables, batches: batches)
        }
    }

    private func runPostgres(_ settings: PostgresSettings, tables: [Table], batches: [Range<Int>]) async throws -> Double {
        let connection = try await PostgresConnection.connect(
            configuration: PostgresConnection.Configuration(
                host: settings.host, port: settings.port, username: settings.username, password: settings.password,
                database: settings.database, tls: try Self.tls(settings.tls)
            ),
            id: 1, logger: logger
        )
        do {
            let clock = ContinuousClock()
            let start = clock.now
            for batch in batches {
                try await connection.query("BEGIN", logger: logger)
                for table in tables {
                    for (sql, values) in Self.statements(table, batch, placeholder: { "$\($0)" }) {
                        var bindings = PostgresBindings(capacity: values.count)
                        for value in values {
                            switch value {
                            case .text(let text): bindings.append(text)
                            case .integer(let number): bindings.append(number)
                            case .bytes(let bytes): bindings.append(ByteBuffer(bytes: bytes))
                            case .null: bindings.appendNull()
                            }
                        }
                        try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
                    }
                }
                try await connection.query("COMMIT", logger: logger)
            }
            let elapsed = (clock.now - start).seconds
            try await connection.query(
                PostgresQuery(unsafeSQL: "TRUNCATE \(tables.map(\.name).joined(separator: ", "))"), logger: logger
            )
            try await connection.close()
            return elapsed
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private func runSQLite(path: String, tables: [Table], batches: [Range<Int>]) async throws -> Double {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        // The schema comes from the store's own migrations, so both paths write to identical tables and indexes.
        _ = try await MembershipStore.withStore(StoreConfiguration(backend: .sqlite(.file(path: path)))) {
            try await $0.migrate()
        }
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), logger: logger
        )
        do {
            for pragma in ["PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"] {
                _ = try await connection.query(pragma, [])
            }
            let clock = ContinuousClock()
            let start = clock.now
            for batch in batches {
                _ = try await connection.query("BEGIN IMMEDIATE", [])
                for table in tables {
                    for (sql, values) in Self.statements(table, batch, placeholder: { _ in "?" }) {
                        let binds: [SQLiteData] = values.map {
                            switch $0 {
                            case .text(let text): .text(text)
                            case .integer(let number): .integer(Int(number))
                            case .bytes(let bytes): .blob(ByteBuffer(bytes: bytes))
                            case .null: .null
                            }
                        }
                        _ = try await connection.query(sql, binds)
                    }
                }
                _ = try await connection.query("COMMIT", [])
            }
            let elapsed = (clock.now - start).seconds
            try await connection.close()
            return elapsed
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The same TLS choice as the store's pool makes for this `sslmode`.
    private static func tls(_ mode: PostgresTLSMode) throws -> PostgresConnection.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: unverified))
        case .require: return .require(try NIOSSLContext(configuration: unverified))
        case .verifyFull: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// Multi-row INSERTs for one batch of one table, at most 1,000 rows each (as the store does).
    private static func statements(
        _ table: Table, _ batch: Range<Int>, placeholder: (Int) -> String
    ) -> [(String, [Value])] {
        let rows = table.rows(batch)
        var statements: [(String, [Value])] = []
        var start = 0
        while start < rows.count {
            let end = min(start + 1_000, rows.count)
            var sql = "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES "
            var values: [Value] = []
            for index in start..<end {
                if index > start { sql += ", " }
                sql += "("
                for (column, value) in rows[index].enumerated() {
                    if column > 0 { sql += ", " }
                    values.append(value)
                    sql += placeholder(values.count)
                }
                sql += ")"
            }
            statements.append((sql, values))
            start = end
        }
        return statements
    }

    private static func tables(_ data: BenchmarkData) -> [Table] {
        func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
        return [
            Table(
                name: "persons",
                columns: [
                    "person_id", "ssn_hmac", "ssn_key_id", "ssn_last4", "first_name", "last_name", "normalized_name",
                    "birth_date", "upstream_group", "upstream_member_id", "created_at",
                ],
                rows: { batch in
                    data.persons[batch].map {
                        [
                            .text($0.personID), text($0.ssn?.hmac), text($0.ssn?.keyID), text($0.ssn?.lastFour),
                            .text($0.firstName), .text($0.lastName), .text($0.normalizedName), .text($0.birthDate),
                            text($0.upstreamGroup), text($0.upstreamMemberID), .integer($0.createdAt),
                        ]
                    }
                }
            ),
            Table(
                name: "members", columns: ["mrn", "person_id", "region_code", "created_at"],
                rows: { batch in
                    data.members[batch].map { [.text($0.mrn), .text($0.personID), .text($0.regionCode), .integer($0.createdAt)] }
                }
            ),
            Table(
                name: "coverages",
                columns: [
                    "coverage_id", "group_number", "household_id", "person_id", "mrn", "relationship", "plan_id",
                    "effective_date", "termination_date", "cobra", "created_at",
                ],
                rows: { batch in
                    data.coverages[batch].map {
                        [
                            .text($0.coverageID), .text($0.groupNumber), .text($0.householdID), .text($0.personID),
                            .text($0.mrn), .text($0.relationship), .text($0.planID), .text($0.effectiveDate),
                            text($0.terminationDate), .integer($0.cobra ? 1 : 0), .integer($0.createdAt),
                        ]
                    }
                }
            ),
            Table(
                name: "processed_events", columns: ["event_id", "payload_sha256", "topic", "processed_at"],
                rows: { batch in
                    data.events[batch].map { [.text($0.eventID), .text($0.payloadSHA256), .text($0.topic), .integer($0.processedAt)] }
                }
            ),
            Table(
                name: "outbox", columns: ["topic", "message_key", "payload", "headers", "created_at"],
                rows: { batch in
                    data.outbox[batch].map {
                        [
                            .text($0.topic), $0.key.map(Value.bytes) ?? .null, .bytes($0.payload),
                            .bytes(OutboxHeaderCoding.encode($0.headers)), .integer($0.createdAt),
                        ]
                    }
                }
            ),
        ]
    }
}
