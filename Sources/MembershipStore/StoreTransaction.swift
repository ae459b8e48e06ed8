/// An open transaction on one connection. Repositories hang off it (`tx.outbox`, `tx.persons`, ...), so every
/// read and write of a unit of work sees the same snapshot and commits or rolls back together.
///
/// Only valid inside the closure passed to ``MembershipStore/transaction(_:)``; do not keep it.
public struct StoreTransaction: Sendable {
    let session: StoreSession

    /// The SQL dialect of the connection.
    public var dialect: StoreDialect { session.dialect }

    /// Runs `body` inside a savepoint: if it throws, only its own writes are undone (then the error is
    /// rethrown) and the surrounding transaction stays usable. Workers that batch many messages into one
    /// transaction use one savepoint per message, so a failing message does not cost the rest of the batch.
    public func savepoint<R: Sendable>(_ body: (StoreTransaction) async throws -> R) async throws -> R {
        // One name suffices even when nested: RELEASE and ROLLBACK TO refer to the most recent savepoint of
        // that name, in both SQLite and PostgreSQL.
        try await session.execute("SAVEPOINT message")
        do {
            let result = try await body(self)
            try await session.execute("RELEASE SAVEPOINT message")
            return result
        } catch {
            // ROLLBACK TO keeps the savepoint open; RELEASE then removes it. Both must run even when cancelled,
            // because after a failed statement PostgreSQL refuses everything else until ROLLBACK TO.
            try await session.executeUncancellable("ROLLBACK TO SAVEPOINT message")
            try await session.executeUncancellable("RELEASE SAVEPOINT message")
            throw error
        }
    }
}
