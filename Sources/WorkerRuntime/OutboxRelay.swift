import Kafka
import Logging
import MembershipStore

/// Publishes the outbox: rows committed by the workers (and rows a crashed predecessor left
/// behind) go to Kafka with the idempotent producer, oldest first, and are marked published once
/// the broker acknowledged them. One relay publishes at a time (``OutboxRepository/lockForRelay()``).
public struct OutboxRelay: Sendable {
    let store: MembershipStore
    let producer: KafkaProducer
    let logger: Logger
    let metrics: WorkerMetrics
    /// Rows published per round trip. Default 5,000.
    var chunk = 5_000
    let now: @Sendable () -> Int64

    public init(store: MembershipStore, producer: KafkaProducer, logger: Logger, metrics: WorkerMetrics, now: @escaping @Sendable () -> Int64) {
        self.store = store
        self.producer = producer
        self.logger = logger
        self.metrics = metrics
        self.now = now
    }

    /// Publishes until nothing is left. Throws ``RetryableFailure`` when the broker did not
    /// acknowledge everything (what was acknowledged stays marked).
    @discardableResult
    public func drain() async throws -> Int {
        var total = 0
        while true {
            let (published, failure) = try await store.transaction { transaction -> (Int, KafkaError?) in
                try await transaction.outbox.lockForRelay()
                let rows = try await transaction.outbox.unpublished(limit: chunk)
                guard !rows.isEmpty else { return (0, nil) }
                let reports = await producer.send(rows.map { row in
                    KafkaProducerMessage(
                        topic: row.message.topic, key: row.message.key, value: row.message.payload,
                        headers: row.message.headers.map { KafkaHeader(key: $0.name, value: $0.value) })
                })
                CrashPoint.afterDelivery.reached()
                // Mark the acknowledged prefix only: a later row of the same key must not count as
                // published before an earlier one that failed.
                let delivered = zip(rows, reports).prefix { $0.1.error == nil }.map(\.0.id)
                try await transaction.outbox.markPublished(ids: delivered, at: now())
                return (delivered.count, reports.lazy.compactMap(\.error).first)
            }
            total += published
            metrics.published.increment(by: published)
            if let failure {
                if let backlog = try? await store.transaction({ try await $0.outbox.unpublishedCount() }) {
                    metrics.outboxBacklog.record(backlog)
                }
                throw RetryableFailure("the broker did not acknowledge outbox rows: \(failure.message)", underlying: failure)
            }
            if published < chunk {
                // Everything this drain saw is published (the outbox backlog alert reads this gauge).
                metrics.outboxBacklog.record(0)
                return total
            }
        }
    }
}
