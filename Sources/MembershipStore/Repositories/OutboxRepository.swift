import SQLKit

/// The transactional outbox: events written in the same transaction as the state they describe, published
/// by the relay after commit.
public struct OutboxRepository: Sendable {
    let session: StoreSession

    /// Appends messages in order, in multi-row statements. Ids increase in the order given.
    public func append(_ messages: [OutboxMessage]) async throws {
        try await session.insertRows(
            into: "outbox",
            columns: ["topic", "message_key", "payload", "headers", "created_at"],
            rows: messages.map {
                [$0.topic, $0.key?.sqlBytes, $0.payload.sqlBytes, OutboxHeaderCoding.encode($0.headers).sqlBytes, $0.createdAt]
            }
        )
    }

    /// Up to `limit` unpublished messages, oldest first (ascending id, hence in order per key).
    public func unpublished(limit: Int) async throws -> [OutboxRecord] {
        try await session.query(
            """
            SELECT id, topic, message_key, payload, headers, created_at, published_at FROM outbox
            WHERE published_at IS NULL ORDER BY id LIMIT ?
            """,
            [Int64(limit)]
        ).map(Self.record)
    }

    /// Marks messages as acknowledged by the broker. Already published rows keep their first time.
    public func markPublished(ids: [Int64], at publishedAt: Int64) async throws {
        _ = try await session.queryInChunks(ids, fixedBinds: [publishedAt]) { list in
            "UPDATE outbox SET published_at = ? WHERE published_at IS NULL AND id IN (\(list))"
        }
    }

    /// Number of messages not yet published (a health and lag signal).
    public func unpublishedCount() async throws -> Int {
        let rows = try await session.query("SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL")
        return Int(try rows.first?.int64("n") ?? 0)
    }

    private static func record(_ row: any SQLRow) throws -> OutboxRecord {
        OutboxRecord(
            id: try row.int64("id"),
            message: OutboxMessage(
                topic: try row.string("topic"),
                key: try row.optionalBytes("message_key"),
                payload: try row.bytes("payload"),
                headers: try OutboxHeaderCoding.decode(row.bytes("headers")),
                createdAt: try row.int64("created_at")
            ),
            publishedAt: try row.optionalInt64("published_at")
        )
    }
}
