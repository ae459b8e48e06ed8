public import Kafka

/// One Kafka record as a replay file keeps it: where it was, when, and its exact bytes.
///
/// Keys, values and header values are kept byte for byte (a `nil` key or header value stays `nil`,
/// distinct from empty), so playing a recording reproduces the records exactly.
public struct ReplayRecord: Sendable, Hashable {
    /// The topic the record was read from.
    public var topic: String
    /// Its partition.
    public var partition: Int32
    /// Its offset in that partition.
    public var offset: Int64
    /// Its timestamp, milliseconds since 1970 (create or log-append time); `nil` when the broker gave none.
    public var timestampMilliseconds: Int64?
    /// The key bytes, or `nil` for a record without a key.
    public var key: [UInt8]?
    /// The value bytes.
    public var value: [UInt8]
    /// The headers, in order.
    public var headers: [KafkaHeader]

    /// Creates a record.
    public init(
        topic: String, partition: Int32, offset: Int64, timestampMilliseconds: Int64?,
        key: [UInt8]?, value: [UInt8], headers: [KafkaHeader]
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestampMilliseconds = timestampMilliseconds
        self.key = key
        self.value = value
        self.headers = headers
    }

    /// Copies a consumed message.
    public init(_ message: KafkaMessage) {
        self.init(
            topic: message.topic, partition: message.partition, offset: message.offset,
            timestampMilliseconds: message.timestampMilliseconds, key: message.key, value: message.value,
            headers: message.headers)
    }

    /// The message that writes this record again: to `topic` (default: the recorded one), same key,
    /// value and headers; on the recorded partition when `keepPartition` is true, otherwise wherever
    /// the key hashes to (the recorded partition may not exist on another cluster).
    public func producerMessage(topic: String? = nil, keepPartition: Bool = false) -> KafkaProducerMessage {
        KafkaProducerMessage(
            topic: topic ?? self.topic, key: key, value: value, headers: headers,
            partition: keepPartition ? partition : nil)
    }
}
