extension OutboxRepository {
    /// Makes this transaction the only outbox relay until it ends, so rows are published in id
    /// order (hence in order per key) even with several worker processes. PostgreSQL: a
    /// transaction-scoped advisory lock (other relays wait for it); SQLite: the write lock that
    /// `BEGIN IMMEDIATE` already holds.
    public func lockForRelay() async throws {
        if let lock = session.dialect.outboxRelayLock {
            _ = try await session.query(lock)
        }
    }
}
