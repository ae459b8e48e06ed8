/// A message to produce.
public struct KafkaProducerMessage: Sendable {
    /// The topic to write to.
    public var topic: String
    /// The key: messages with the same key go to the same partition, in order. `nil`: no key.
    public var key: [UInt8]?
    /// The payload.
    public var value: [UInt8]
    /// Headers, in order.
    public var headers: [KafkaHeader]
    /// An explicit partition; `nil` lets the partitioner choose from the key.
    public var partition: Int32?

    public init(
        topic: String,
        key: [UInt8]?,
        value: [UInt8],
        headers: [KafkaHeader] = [],
        partition: Int32? = nil
    ) {
        self.topic = topic
        self.key = key
        self.value = value
        self.headers = headers
        self.partition = partition
    }

    /// A message whose key is UTF-8 text.
    public init(topic: String, key: String, value: [UInt8], headers: [KafkaHeader] = []) {
        self.init(topic: topic, key: Array(key.utf8), value: value, headers: headers)
    }
}

/// What the broker said about one produced message.
public struct KafkaDeliveryReport: Sendable {
    /// Where the message was written, or why it was not.
    public var result: Result<KafkaMessagePosition, KafkaError>

    /// The error, when the message was not written.
    public var error: KafkaError? {
        if case .failure(let error) = result { return error }
        return nil
    }
}

/// A message's place in the log.
public struct KafkaMessagePosition: Hashable, Sendable {
    public var topicPartition: KafkaTopicPartition
    public var offset: Int64
}
