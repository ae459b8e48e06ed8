import Synchronization
import SQLKit

/// One database connection checked out for a unit of work, with the dialect it speaks. Every statement of a
/// transaction runs through the same session, which is what makes `BEGIN ... COMMIT` over sql-kit work.
struct StoreSession: Sendable {
    let sql: any SQLDatabase
    let dialect: StoreDialect
    /// Closes the underlying connection so the pool never hands it out again (used when a rollback failed
    /// and the connection's transaction state is unknown).
    let invalidate: @Sendable () async -> Void

    /// Runs a statement written with `?` placeholders. Checks for task cancellation first, so a cancelled
    /// worker stops issuing statements and its transaction rolls back.
    func execute(_ text: String, _ binds: [any Encodable & Sendable] = []) async throws {
        try Task.checkCancellation()
        try await sql.execute(sql: SQLStatementText(text, binds), { _ in })
    }

    /// Runs a query and collects its rows.
    func query(_ text: String, _ binds: [any Encodable & Sendable] = []) async throws -> [any SQLRow] {
        try Task.checkCancellation()
        return try await collect(SQLStatementText(text, binds))
    }

    /// Runs an already built statement and collects its rows.
    func collect(_ statement: any SQLExpression) async throws -> [any SQLRow] {
        let collector = RowCollector()
        try await sql.execute(sql: statement, { collector.append($0) })
        return collector.rows
    }

    /// Runs a statement that must complete even when the task is cancelled (ROLLBACK, ROLLBACK TO). It goes
    /// through the event-loop-future path, which task cancellation cannot interrupt, so the connection is
    /// never left half way through a rollback.
    func executeUncancellable(_ text: String) async throws {
        try await sql.execute(sql: SQLStatementText(text, []), { _ in }).get()
    }
}

/// Collects rows delivered on the event loop.
private final class RowCollector: Sendable {
    private let storage = Mutex<[any SQLRow]>([])

    func append(_ row: any SQLRow) {
        storage.withLock { $0.append(row) }
    }

    var rows: [any SQLRow] {
        storage.withLock { $0 }
    }
}
