/// How a ``KafkaConsumer`` behaves. Every property states its default.
public struct KafkaConsumerConfiguration: Sendable {
    /// Where a consumer group starts when it has no committed offset (or its offset is gone).
    public enum OffsetReset: String, Sendable {
        /// The oldest message still on the broker.
        case earliest
        /// Only messages produced after the consumer joined.
        case latest
        /// Fail instead of guessing.
        case error
    }

    /// Brokers, client id, pass-through properties.
    public var client: KafkaClientConfiguration
    /// `group.id`. No default: required.
    public var groupID: String
    /// `group.instance.id`: static membership; a restarted member with the same id gets its
    /// partitions back without a rebalance. Default `nil` (dynamic membership).
    public var groupInstanceID: String? = nil
    /// `auto.offset.reset`. Default ``OffsetReset/earliest``: a new group reads from the start,
    /// so nothing published before it started is skipped.
    public var autoOffsetReset: OffsetReset = .earliest
    /// `session.timeout.ms`: how long the group waits for a silent member before moving its
    /// partitions. Default 45 s; tests that kill consumers use a few seconds.
    public var sessionTimeout: Duration = .seconds(45)
    /// `heartbeat.interval.ms`. Default 3 s (keep it below a third of the session timeout).
    public var heartbeatInterval: Duration = .seconds(3)
    /// `max.poll.interval.ms`: the longest a batch may take before the member is considered
    /// stuck and leaves the group. Default 300 s.
    public var maxPollInterval: Duration = .seconds(300)
    /// `auto.commit.interval.ms`: how often *stored* offsets are committed in the background.
    /// Offsets are only ever stored by the caller, after processing. Default 5 s.
    public var autoCommitInterval: Duration = .seconds(5)
    /// The largest batch handed to the caller. Default 1,000 messages.
    public var maxBatchSize: Int = 1000
    /// How long the poll thread waits for a batch to fill before handing over what it has.
    /// Default 100 ms.
    public var batchLinger: Duration = .milliseconds(100)
    /// How long a revocation waits for the caller to finish the batch in hand before the
    /// partitions are released anyway. Default 30 s.
    public var revocationDrainTimeout: Duration = .seconds(30)

    public init(bootstrapServers: [String], groupID: String) {
        self.client = KafkaClientConfiguration(bootstrapServers: bootstrapServers)
        self.groupID = groupID
    }

    var rdKafkaProperties: [(String, String)] {
        var result = client.rdKafkaProperties
        result += [
            ("group.id", groupID),
            ("auto.offset.reset", autoOffsetReset.rawValue),
            ("enable.auto.offset.store", "false"),
            ("enable.auto.commit", "true"),
            ("auto.commit.interval.ms", String(autoCommitInterval.milliseconds)),
            ("session.timeout.ms", String(sessionTimeout.milliseconds)),
            ("heartbeat.interval.ms", String(heartbeatInterval.milliseconds)),
            ("max.poll.interval.ms", String(maxPollInterval.milliseconds)),
            // Eager assignment: the cooperative-sticky assignor of librdkafka 2.0.2 has known
            // bugs, and eager revocation is what lets a member finish its batch before handing over.
            ("partition.assignment.strategy", "range,roundrobin"),
        ]
        if let groupInstanceID { result.append(("group.instance.id", groupInstanceID)) }
        result += client.properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return result
    }
}
