/// What the store needs from a database engine: sessions on dedicated connections, and a lifetime.
/// Two implementations: ``SQLiteBackend`` and ``PostgresBackend``; everything above them is shared.
protocol DatabaseBackend: Sendable {
    /// The SQL dialect of this backend.
    var dialect: StoreDialect { get }

    /// Checks out one connection for the whole of `body`. `writing` asks for the backend's write access
    /// (SQLite: the process-wide writer turn, so in-process writers queue instead of spinning on the lock).
    /// The connection goes back to the pool only after `body` returns or throws.
    func withSession<R: Sendable>(
        writing: Bool,
        _ body: (StoreSession) async throws -> R
    ) async throws -> R

    /// Runs background work (PostgreSQL's pool) until the task is cancelled.
    func run() async

    /// Closes idle connections. Sessions must no longer be requested afterwards.
    func shutdown() async
}
