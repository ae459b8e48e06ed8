/// How long idempotency records and published outbox rows are kept.
public struct RetentionPolicy: Sendable, Equatable {
    /// Age after which a processed-event record is deleted, in milliseconds. Default 30 days: longer than any
    /// redelivery or replay window the workers expect; an event older than this that arrives again would be
    /// processed again.
    public var processedEventsMilliseconds: Int64
    /// Age after which a *published* outbox row is deleted, in milliseconds. Default 7 days. Unpublished rows
    /// are never deleted.
    public var publishedOutboxMilliseconds: Int64
    /// Rows deleted per transaction, so pruning never holds locks for long. Default 10,000.
    public var batchSize: Int

    /// Creates a policy with the documented defaults.
    public init(
        processedEventsMilliseconds: Int64 = 30 * 24 * 3_600_000,
        publishedOutboxMilliseconds: Int64 = 7 * 24 * 3_600_000,
        batchSize: Int = 10_000
    ) {
        self.processedEventsMilliseconds = processedEventsMilliseconds
        self.publishedOutboxMilliseconds = publishedOutboxMilliseconds
        self.batchSize = batchSize
    }
}

/// How many rows a prune deleted.
public struct PruneResult: Sendable, Equatable {
    /// Processed-event records deleted.
    public var processedEvents: Int
    /// Published outbox rows deleted.
    public var outboxRows: Int
}

extension MembershipStore {
    /// Deletes processed-event records and published outbox rows older than the policy allows, as seen at
    /// `now` (milliseconds since the Unix epoch), in transactions of at most `policy.batchSize` rows.
    @discardableResult
    public func prune(_ policy: RetentionPolicy, now: Int64) async throws -> PruneResult {
        let eventCutoff = now - policy.processedEventsMilliseconds
        let outboxCutoff = now - policy.publishedOutboxMilliseconds
        var result = PruneResult(processedEvents: 0, outboxRows: 0)
        while true {
            let deleted = try await transaction { tx in
                try await tx.session.query(
                    """
                    DELETE FROM processed_events WHERE event_id IN (
                        SELECT event_id FROM processed_events WHERE processed_at < ? LIMIT ?
                    ) RETURNING event_id
                    """,
                    [eventCutoff, Int64(policy.batchSize)]
                ).count
            }
            result.processedEvents += deleted
            if deleted < policy.batchSize { break }
        }
        while true {
            let deleted = try await transaction { tx in
                try await tx.session.query(
                    """
                    DELETE FROM outbox WHERE id IN (
                        SELECT id FROM outbox WHERE published_at IS NOT NULL AND published_at < ? LIMIT ?
                    ) RETURNING id
                    """,
                    [outboxCutoff, Int64(policy.batchSize)]
                ).count
            }
            result.outboxRows += deleted
            if deleted < policy.batchSize { break }
        }
        return result
    }
}
