import CRdKafka

/// Messages polled together, in partition order. The payloads stay in librdkafka's buffers until
/// the batch (and every ``KafkaMessage`` taken from it) is released: reading a batch copies nothing.
public final class KafkaMessageBatch: @unchecked Sendable, RandomAccessCollection {
    // @unchecked: the messages are immutable after the batch is built and librdkafka's message
    // buffers may be read from any thread; the batch owns them and destroys them exactly once.
    let messages: UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>>
    public let count: Int

    /// Takes ownership of `count` messages.
    init(taking messages: UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>>, count: Int) {
        self.messages = messages
        self.count = count
    }

    /// Cleared by ``filtered(_:)`` when the messages moved to another batch. Only ever changed
    /// before the batch is handed to a caller.
    private var ownsMessages = true

    deinit {
        if ownsMessages {
            for index in 0..<count { rd_kafka_message_destroy(messages[index]) }
        }
        messages.deallocate()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> KafkaMessage {
        precondition(position >= 0 && position < count, "message index out of range")
        return KafkaMessage(batch: self, index: position)
    }

    /// The next offset to read for every partition in the batch: the offsets to store once the
    /// whole batch is processed.
    public var nextOffsets: [KafkaTopicPartition: Int64] {
        var result: [KafkaTopicPartition: Int64] = [:]
        var previous: (OpaquePointer?, Int32) = (nil, -1)
        var previousKey: KafkaTopicPartition?
        for index in 0..<count {
            let message = messages[index].pointee
            let key: KafkaTopicPartition
            if let previousKey, previous.0 == message.rkt, previous.1 == message.partition {
                key = previousKey
            } else {
                key = KafkaTopicPartition(topic: String(cString: rd_kafka_topic_name(message.rkt)), partition: message.partition)
                previous = (message.rkt, message.partition)
                previousKey = key
            }
            result[key] = Swift.max(result[key] ?? 0, message.offset + 1)
        }
        return result
    }

    /// The partitions the batch holds messages of.
    public var partitions: Set<KafkaTopicPartition> { Set(nextOffsets.keys) }

    /// A new batch of the messages `isIncluded` keeps; the rest are released. The receiver must
    /// not be used afterwards (it is empty).
    func filtered(_ isIncluded: (KafkaTopicPartition) -> Bool) -> (kept: KafkaMessageBatch, dropped: Int) {
        let kept = UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>>.allocate(capacity: Swift.max(count, 1))
        var keptCount = 0
        var dropped = 0
        for index in 0..<count {
            let message = messages[index]
            let key = KafkaTopicPartition(
                topic: String(cString: rd_kafka_topic_name(message.pointee.rkt)), partition: message.pointee.partition)
            if isIncluded(key) {
                kept[keptCount] = message
                keptCount += 1
            } else {
                rd_kafka_message_destroy(message)
                dropped += 1
            }
        }
        // The receiver gave its messages away: its deinit must not destroy them again.
        ownsMessages = false
        return (KafkaMessageBatch(taking: kept, count: keptCount), dropped)
    }
}

/// One consumed message: a view into its ``KafkaMessageBatch`` (which it keeps alive).
public struct KafkaMessage: Sendable {
    let batch: KafkaMessageBatch
    let index: Int

    private var raw: rd_kafka_message_t { batch.messages[index].pointee }

    /// The topic the message came from.
    public var topic: String { String(cString: rd_kafka_topic_name(raw.rkt)) }
    /// Its partition.
    public var partition: Int32 { raw.partition }
    /// Its offset in the partition.
    public var offset: Int64 { raw.offset }
    /// Topic and partition.
    public var topicPartition: KafkaTopicPartition { KafkaTopicPartition(topic: topic, partition: partition) }

    /// The key bytes (copied), or `nil` when the message has no key.
    public var key: [UInt8]? {
        let raw = self.raw
        guard let pointer = raw.key else { return nil }
        return Array(UnsafeRawBufferPointer(start: pointer, count: raw.key_len))
    }

    /// The payload bytes (copied). Use ``withValue(_:)`` to read without copying.
    public var value: [UInt8] { withValue { Array($0) } }

    /// Calls `body` with the payload in place, without copying it.
    public func withValue<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let raw = self.raw
        return try withExtendedLifetime(batch) { () throws(E) -> R in
            try body(UnsafeRawBufferPointer(start: raw.payload, count: raw.payload == nil ? 0 : raw.len))
        }
    }

    /// The message timestamp in milliseconds since 1970 (create or log-append time), when known.
    public var timestampMilliseconds: Int64? {
        var type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let value = rd_kafka_message_timestamp(batch.messages[index], &type)
        return type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? nil : value
    }

    /// The headers, in order (copied).
    public var headers: [KafkaHeader] {
        var headers: OpaquePointer?
        guard rd_kafka_message_headers(batch.messages[index], &headers) == RD_KAFKA_RESP_ERR_NO_ERROR,
              let headers else { return [] }
        var result: [KafkaHeader] = []
        var headerIndex = 0
        while true {
            var name: UnsafePointer<CChar>?
            var value: UnsafeRawPointer?
            var size = 0
            guard rd_kafka_header_get_all(headers, headerIndex, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR
            else { break }
            let bytes = value.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) }
            result.append(KafkaHeader(key: name.map { String(cString: $0) } ?? "", value: bytes))
            headerIndex += 1
        }
        return result
    }
}
