import Logging
import PostgresKit
import PostgresNIO

/// PostgreSQL behind the store: PostgresNIO's connection pool (`PostgresClient`), which works while
/// ``run()`` runs.
final class PostgresBackend: DatabaseBackend {
    let dialect = StoreDialect.postgres
    private let client: PostgresClient

    init(settings: PostgresSettings, maximumConnections: Int, logger: Logger) {
        var configuration = PostgresClient.Configuration(
            host: settings.host,
            port: settings.port,
            username: settings.username,
            password: settings.password,
            database: settings.database,
            tls: Self.tls(settings.tls)
        )
        configuration.options.maximumConnections = max(1, maximumConnections)
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    }

    /// Maps libpq's `sslmode` names onto PostgresNIO's TLS settings.
    private static func tls(_ mode: PostgresTLSMode) -> PostgresClient.Configuration.TLS {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(unverified)
        case .require: return .require(unverified)
        case .verifyFull: return .require(.makeClientConfiguration())
        }
    }

    func withSession<R: Sendable>(
        writing: Bool,
        _ body: (StoreSession) async throws -> R
    ) async throws -> R {
        try await client.withConnection { connection in
            let session = StoreSession(
                sql: connection.sql(queryLogLevel: nil),
                dialect: .postgres,
                invalidate: { try? await connection.close() }
            )
            return try await body(session)
        }
    }

    func run() async {
        await client.run()
    }

    func shutdown() async {}
}
