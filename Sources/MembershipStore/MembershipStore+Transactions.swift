extension MembershipStore {
    /// Runs `body` in one write transaction on one connection and commits when it returns.
    ///
    /// If `body` throws, or the task is cancelled, the transaction is rolled back before the connection goes
    /// back to the pool; the rollback itself cannot be interrupted by cancellation. If even the rollback fails
    /// the connection is closed instead of reused, so no pooled connection is ever left inside a transaction.
    ///
    /// SQLite starts with `BEGIN IMMEDIATE` (the write lock, shared with other processes through
    /// `busy_timeout`); PostgreSQL with `BEGIN` at READ COMMITTED.
    public func transaction<R: Sendable>(_ body: (StoreTransaction) async throws -> R) async throws -> R {
        try await backend.withSession(writing: true) { session in
            try await Self.runTransaction(session, begin: session.dialect.beginTransaction, body)
        }
    }

    /// Runs `body` in a read-only transaction (one consistent snapshot on PostgreSQL; a deferred transaction
    /// on SQLite, which does not take the write lock). Writes inside it fail on PostgreSQL.
    public func readTransaction<R: Sendable>(_ body: (StoreTransaction) async throws -> R) async throws -> R {
        try await backend.withSession(writing: false) { session in
            let begin = session.dialect == .postgres ? "BEGIN READ ONLY" : "BEGIN"
            return try await Self.runTransaction(session, begin: begin, body)
        }
    }

    private static func runTransaction<R: Sendable>(
        _ session: StoreSession,
        begin: String,
        _ body: (StoreTransaction) async throws -> R
    ) async throws -> R {
        try await session.execute(begin)
        do {
            let result = try await body(StoreTransaction(session: session))
            try Task.checkCancellation()
            try await session.executeUncancellable("COMMIT")
            return result
        } catch {
            // A failed COMMIT leaves SQLite's transaction open (PostgreSQL's is already gone and answers
            // ROLLBACK with a warning only), so roll back on every failure path.
            do {
                try await session.executeUncancellable("ROLLBACK")
            } catch let rollbackError {
                await session.invalidate()
                throw StoreError(
                    .rollbackFailed, "rollback failed after \(type(of: error)); connection closed",
                    underlying: rollbackError
                )
            }
            throw error
        }
    }
}
