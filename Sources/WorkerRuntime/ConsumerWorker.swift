import Kafka
import Logging
import MembershipStore
import ServiceLifecycle

#if canImport(Glibc)
import Glibc
#endif

/// One consumer-group member running the effectively-once loop for a set of handlers:
/// poll a batch -> one transaction (savepoint per message, outbox) -> publish the outbox -> store
/// the offsets. A ServiceLifecycle `Service`: on graceful shutdown it stops fetching, finishes the
/// batch in hand, publishes, commits its offsets and leaves the group.
public final class ConsumerWorker: Service, Sendable {
    private let name: String
    private let consumerConfiguration: KafkaConsumerConfiguration
    private let processor: BatchProcessor
    private let relay: OutboxRelay
    private let logger: Logger
    private let metrics: WorkerMetrics
    private let backoff: Backoff
    private let closeTimeout: Duration
    private let health: WorkerHealth

    /// - Parameters:
    ///   - name: the worker's name (logs, metrics, dead-letter headers).
    ///   - handlers: one per consumed topic.
    ///   - closeTimeout: how long leaving the group may take at shutdown.
    public init(
        name: String,
        consumer: KafkaConsumerConfiguration,
        handlers: [AnyMessageHandler],
        store: MembershipStore,
        relay: OutboxRelay,
        metrics: WorkerMetrics,
        health: WorkerHealth,
        logger: Logger,
        backoff: Backoff = Backoff(),
        closeTimeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Int64
    ) {
        self.name = name
        self.consumerConfiguration = consumer
        self.processor = BatchProcessor(
            handlers: Dictionary(handlers.map { ($0.topic, $0) }, uniquingKeysWith: { $1 }),
            store: store, workerName: name, logger: logger, metrics: metrics, now: now)
        self.relay = relay
        self.logger = logger
        self.metrics = metrics
        self.backoff = backoff
        self.closeTimeout = closeTimeout
        self.health = health
    }

    public func run() async throws {
        let consumer = try await KafkaConsumer(configuration: consumerConfiguration, logger: logger)
        let metrics = self.metrics
        consumer.onStatistics { metrics.record($0) }
        try consumer.subscribe(topics: Array(processor.handlers.keys).sorted())
        logger.info("Worker started", metadata: ["worker": "\(name)", "topics": "\(processor.handlers.keys.sorted())"])
        // Rows a crashed predecessor committed but did not publish go out first.
        try await retrying("publishing the outbox left by a previous run", consumer: consumer, partitions: []) {
            try await self.relay.drain()
        }
        health.markHealthy()
        await withGracefulShutdownHandler {
            do {
                for try await batch in consumer.batches {
                    try await handle(batch, consumer: consumer)
                }
            } catch is CancellationError {
                logger.info("Worker cancelled")
            } catch {
                logger.error("Worker stopped on an error: \(error)")
            }
        } onGracefulShutdown: {
            consumer.stopDelivering()
        }
        do {
            try await consumer.commit()
        } catch {
            logger.warning("Committing offsets at shutdown failed; the next owner re-reads from the last commit (no loss): \(error.message)")
        }
        await consumer.close(timeout: closeTimeout)
        logger.info("Worker stopped", metadata: ["worker": "\(name)"])
    }

    private func handle(_ batch: KafkaMessageBatch, consumer: KafkaConsumer) async throws {
        metrics.consumed.increment(by: batch.count)
        metrics.batchSize.record(batch.count)
        let messages = batch.map { message in
            IncomingMessage(
                topic: message.topic, partition: message.partition, offset: message.offset, key: message.key,
                value: message.value, headers: message.headers.map { ($0.key, $0.value) },
                timestampMilliseconds: message.timestampMilliseconds)
        }
        let partitions = Array(batch.partitions)
        let clock = ContinuousClock()
        let started = clock.now
        var attempt = 0
        let outcome = try await retrying("applying a batch", consumer: consumer, partitions: partitions) {
            attempt += 1
            return try await self.processor.process(messages, attempt: attempt)
        }
        metrics.batchLatency.recordNanoseconds((clock.now - started).nanoseconds)
        metrics.processed.increment(by: outcome.applied)
        metrics.duplicates.increment(by: outcome.duplicates)
        CrashPoint.afterCommit.reached()
        try await retrying("publishing the outbox", consumer: consumer, partitions: partitions) {
            try await self.relay.drain()
        }
        CrashPoint.beforeOffsetCommit.reached()
        do {
            try consumer.storeOffsets(batch)
        } catch {
            // The partitions moved to another member during a long retry: it re-reads these
            // messages, and the processed-event records make that a no-op.
            logger.warning("\(error.message)")
        }
        health.markHealthy()
    }

    /// Runs `operation` until it succeeds, backing off between attempts with the batch's
    /// partitions paused, so the member keeps its place in the group and nothing is skipped.
    @discardableResult
    private func retrying<R: Sendable>(
        _ what: String,
        consumer: KafkaConsumer,
        partitions: [KafkaTopicPartition],
        _ operation: () async throws -> R
    ) async throws -> R {
        var failures = 0
        var generator = SystemRandomNumberGenerator()
        defer { if failures > 0, !partitions.isEmpty { try? consumer.resume(partitions) } }
        while true {
            do {
                return try await operation()
            } catch {
                if Task.isCancelled { throw CancellationError() }
                if failures == 0, !partitions.isEmpty { try? consumer.pause(partitions) }
                let delay = backoff.delay(attempt: failures, using: &generator)
                failures += 1
                metrics.retries.increment()
                health.markUnhealthy(reason: what)
                logger.warning(
                    "Retrying after a transient failure",
                    metadata: ["while": "\(what)", "attempt": "\(failures)", "delay_ms": "\(delay.milliseconds)",
                               "error": "\(error)"])
                try await Task.sleep(for: delay)
            }
        }
    }
}
