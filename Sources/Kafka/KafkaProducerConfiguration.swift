/// How a ``KafkaProducer`` behaves. Every property states its default.
public struct KafkaProducerConfiguration: Sendable {
    /// Brokers, client id, pass-through properties.
    public var client: KafkaClientConfiguration
    /// `enable.idempotence` (with `acks=all`): retries never duplicate or reorder a message.
    /// Default `true`.
    public var idempotent: Bool = true
    /// `linger.ms`: how long messages wait to be batched. Default 5 ms.
    public var linger: Duration = .milliseconds(5)
    /// `queue.buffering.max.messages`: messages librdkafka holds before a send waits for room.
    /// Default 100,000.
    public var maxQueuedMessages: Int = 100_000
    /// `message.timeout.ms`: how long librdkafka keeps retrying a message before it reports
    /// ``KafkaError/Code-swift.struct/messageTimedOut``. Default 120 s.
    public var deliveryTimeout: Duration = .seconds(120)
    /// `partitioner`: how a key picks a partition. Default `murmur2_random`, the Java client's
    /// partitioner, so a key lands on the same partition whichever client produced it.
    public var partitioner: String = "murmur2_random"
    /// `compression.codec`. Default `"none"`; `lz4` and `zstd` trade CPU for network.
    public var compression: String = "none"

    public init(bootstrapServers: [String]) {
        self.client = KafkaClientConfiguration(bootstrapServers: bootstrapServers)
    }

    var rdKafkaProperties: [(String, String)] {
        var result = client.rdKafkaProperties
        result += [
            ("enable.idempotence", idempotent ? "true" : "false"),
            ("linger.ms", String(linger.milliseconds)),
            ("queue.buffering.max.messages", String(maxQueuedMessages)),
            ("message.timeout.ms", String(deliveryTimeout.milliseconds)),
            ("partitioner", partitioner),
            ("compression.codec", compression),
        ]
        if idempotent { result.append(("acks", "all")) }
        result += client.properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return result
    }
}
