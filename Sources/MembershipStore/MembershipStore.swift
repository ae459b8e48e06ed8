import Logging

/// The persistence shared by all workers and the CLI: SQLite (embedded default) or PostgreSQL (production)
/// behind one API.
///
/// Lifetime: PostgreSQL's connection pool works only while ``run()`` runs (run it in a task group or a
/// ServiceLifecycle `ServiceGroup`), or use ``withStore(_:logger:_:)`` which does that around a closure.
///
/// ```swift
/// try await MembershipStore.withStore(StoreConfiguration(url: "sqlite:membership.sqlite")) { store in
///     try await store.migrate(now: nowMillis)
///     try await store.transaction { tx in
///         for message in batch {
///             try await tx.savepoint { tx in ... }   // one message's writes; a failure undoes only these
///         }
///     }
/// }
/// ```
public final class MembershipStore: Sendable {
    /// The SQL dialect of the configured backend.
    public let dialect: StoreDialect
    let backend: any DatabaseBackend
    let logger: Logger

    private init(backend: any DatabaseBackend, logger: Logger) {
        self.backend = backend
        self.dialect = backend.dialect
        self.logger = logger
    }

    /// Creates a store for a configuration. For SQLite this opens the file (so a bad path fails here); for
    /// PostgreSQL connections are made on demand while ``run()`` runs.
    public static func open(
        _ configuration: StoreConfiguration,
        logger: Logger = Logger(label: "membership.store")
    ) async throws -> MembershipStore {
        switch configuration.backend {
        case .sqlite(let location):
            let backend = SQLiteBackend(
                location: location,
                maximumConnections: configuration.maximumConnections,
                busyTimeoutMilliseconds: configuration.sqliteBusyTimeoutMilliseconds,
                logger: logger
            )
            try await backend.prepare()
            return MembershipStore(backend: backend, logger: logger)
        case .postgres(let settings):
            let backend = PostgresBackend(
                settings: settings, maximumConnections: configuration.maximumConnections, logger: logger
            )
            return MembershipStore(backend: backend, logger: logger)
        }
    }

    /// Runs the store's background work (PostgreSQL's connection pool) until the task is cancelled.
    public func run() async {
        await backend.run()
    }

    /// Closes idle connections; call after the last transaction, before dropping the store.
    public func close() async {
        await backend.shutdown()
    }

    /// Opens a store, runs it while `body` runs, then closes it.
    public static func withStore<R: Sendable>(
        _ configuration: StoreConfiguration,
        logger: Logger = Logger(label: "membership.store"),
        _ body: (MembershipStore) async throws -> R
    ) async throws -> R {
        let store = try await open(configuration, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            // Let the run task start before the first lease: PostgresNIO logs a warning for a lease made
            // before its run() has begun (harmless, the lease waits, but noisy at every start).
            let (started, signal) = AsyncStream<Void>.makeStream()
            group.addTask {
                signal.finish()
                await store.run()
            }
            for await _ in started {}
            await Task.yield()
            do {
                let result = try await body(store)
                group.cancelAll()
                await store.close()
                return result
            } catch {
                group.cancelAll()
                await store.close()
                throw error
            }
        }
    }
}
