/// An event to publish after the transaction that produced it commits.
public struct OutboxMessage: Sendable, Equatable {
    /// Destination topic.
    public var topic: String
    /// Kafka message key (decides the partition, so the order per key holds).
    public var key: [UInt8]?
    /// Serialized event (binary protobuf).
    public var payload: [UInt8]
    /// Kafka headers, in order.
    public var headers: [OutboxHeader]
    /// When it was written, in milliseconds since the Unix epoch.
    public var createdAt: Int64

    /// Creates a message.
    public init(topic: String, key: [UInt8]?, payload: [UInt8], headers: [OutboxHeader] = [], createdAt: Int64) {
        self.topic = topic
        self.key = key
        self.payload = payload
        self.headers = headers
        self.createdAt = createdAt
    }
}

/// One Kafka header.
public struct OutboxHeader: Sendable, Equatable {
    /// Header name.
    public var name: String
    /// Header value bytes.
    public var value: [UInt8]

    /// Creates a header.
    public init(name: String, value: [UInt8]) {
        self.name = name
        self.value = value
    }
}

/// An outbox row: a message with its position and publication state.
public struct OutboxRecord: Sendable, Equatable {
    /// Position in the outbox; increases with every append, so ascending ids keep the order per key.
    public var id: Int64
    /// The message.
    public var message: OutboxMessage
    /// When the broker acknowledged it, or `nil` while unpublished.
    public var publishedAt: Int64?
}
