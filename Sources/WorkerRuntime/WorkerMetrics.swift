import Kafka
import Metrics

/// The metrics one worker reports (swift-metrics; exported as Prometheus text on `/metrics`).
/// Labels carry the worker's name, never PII.
public struct WorkerMetrics: Sendable {
    /// Messages polled from Kafka.
    public let consumed: Counter
    /// Messages applied by a handler.
    public let processed: Counter
    /// Messages skipped as redeliveries of processed events.
    public let duplicates: Counter
    /// Messages sent to a dead-letter topic.
    public let deadLettered: Counter
    /// Batch retries after a retryable failure.
    public let retries: Counter
    /// Outbox rows published.
    public let published: Counter
    /// Messages per batch.
    public let batchSize: Recorder
    /// Time to apply one batch (transaction included).
    public let batchLatency: Metrics.Timer
    /// Outbox rows not yet published.
    public let outboxBacklog: Gauge

    private let worker: String

    public init(worker: String) {
        self.worker = worker
        let dimensions = [("worker", worker)]
        consumed = Counter(label: "membership_messages_consumed_total", dimensions: dimensions)
        processed = Counter(label: "membership_messages_processed_total", dimensions: dimensions)
        duplicates = Counter(label: "membership_messages_duplicate_total", dimensions: dimensions)
        deadLettered = Counter(label: "membership_messages_dead_lettered_total", dimensions: dimensions)
        retries = Counter(label: "membership_batch_retries_total", dimensions: dimensions)
        published = Counter(label: "membership_outbox_published_total", dimensions: dimensions)
        batchSize = Recorder(label: "membership_batch_size", dimensions: dimensions)
        batchLatency = Metrics.Timer(label: "membership_batch_seconds", dimensions: dimensions)
        outboxBacklog = Gauge(label: "membership_outbox_backlog", dimensions: dimensions)
    }

    /// Records the consumer's view from librdkafka's statistics: lag and fetch queue per partition, and
    /// the rebalances so far (what autoscaling on lag and the lag alerts read).
    public func record(_ statistics: KafkaStatistics) {
        for (partition, state) in statistics.partitions {
            let dimensions = [("worker", worker), ("topic", partition.topic), ("partition", String(partition.partition))]
            if let lag = state.consumerLag {
                Gauge(label: "membership_consumer_lag", dimensions: dimensions).record(lag)
            }
            Gauge(label: "membership_consumer_fetch_queue_messages", dimensions: dimensions).record(state.fetchQueueMessages)
        }
        if let rebalances = statistics.rebalanceCount {
            Gauge(label: "membership_consumer_rebalances", dimensions: [("worker", worker)]).record(rebalances)
        }
    }
}
