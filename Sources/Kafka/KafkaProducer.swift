import CRdKafka
import Logging
import Synchronization

/// A Kafka producer. Sends complete when the broker acknowledged the message (its delivery
/// report), so `await producer.send(...)` returning means the message is durable under the
/// configured `acks`. Idempotent by default: librdkafka's retries never duplicate or reorder.
///
/// A batch of messages costs one suspension, not one per message: ``send(_:)-([KafkaProducerMessage])``
/// enqueues them all and resumes once, when the last delivery report arrived. When librdkafka's
/// queue is full the send waits for room; nothing is dropped.
public final class KafkaProducer: Sendable {
    private let handle: RDKafkaHandle
    private let poll = ProducerPollState()
    private let thread: KafkaThread
    private let logger: Logger

    /// Creates a producer and, unless `connectTimeout` is `nil`, checks that a broker answers.
    public init(configuration: KafkaProducerConfiguration, logger: Logger) async throws(KafkaError) {
        let events = RDKafkaEvents(logger: logger)
        let handle = try RDKafkaHandle(kind: RD_KAFKA_PRODUCER, properties: configuration.rdKafkaProperties, events: events) {
            rd_kafka_conf_set_dr_msg_cb($0) { _, message, _ in
                guard let message, let slot = message.pointee._private else { return }
                DeliveryBatch.deliver(slot: slot, message: message)
            }
        }
        self.handle = handle
        self.logger = logger
        // The poll loop serves delivery reports, logs and statistics, and wakes senders that wait
        // for queue space.
        // The thread owns the handle's destruction: a close that gives up waiting for it must not
        // free the handle under a poll still in progress.
        self.thread = KafkaThread(name: "kafka-producer-poll") { [handle, poll] in
            while !poll.stopping.load(ordering: .acquiring) {
                rd_kafka_poll(handle.pointer, 50)
                let waiters = poll.room.withLock { waiters in
                    defer { waiters.removeAll() }
                    return waiters
                }
                for waiter in waiters { waiter.resume() }
            }
            let topics = poll.topics.withLock { topics in
                defer { topics.removeAll() }
                return Array(topics.values)
            }
            for topic in topics { rd_kafka_topic_destroy(topic.pointer) }
            handle.destroy()
        }
        if let timeout = configuration.client.connectTimeout {
            let servers = configuration.client.bootstrapServers
            do {
                try await BlockingCall.run { () throws(KafkaError) in
                    try handle.checkConnection(bootstrapServers: servers, timeout: timeout)
                }
            } catch {
                await close(timeout: .seconds(1))
                throw error
            }
        }
    }

    deinit {
        poll.stopping.store(true, ordering: .releasing)
    }

    /// Sends one message and returns where it was written.
    @discardableResult
    public func send(_ message: KafkaProducerMessage) async throws(KafkaError) -> KafkaMessagePosition {
        try await send([message])[0].result.get()
    }

    /// Sends messages in order and returns one report per message, in the same order. Messages
    /// with the same key keep their order on their partition.
    public func send(_ messages: [KafkaProducerMessage]) async -> [KafkaDeliveryReport] {
        guard !messages.isEmpty else { return [] }
        let batch = DeliveryBatch(count: messages.count)
        var cachedName: String?
        var cachedTopic: TopicHandle?
        for (index, message) in messages.enumerated() {
            let topic: TopicHandle
            if message.topic == cachedName, let cachedTopic {
                topic = cachedTopic
            } else {
                topic = self.topic(named: message.topic)
                cachedName = message.topic
                cachedTopic = topic
            }
            while true {
                let err = enqueue(message, topic: topic, opaque: batch.slot(index))
                if err == RD_KAFKA_RESP_ERR_NO_ERROR { break }
                if err == RD_KAFKA_RESP_ERR__QUEUE_FULL, !poll.stopping.load(ordering: .acquiring) {
                    await waitForRoom()
                    continue
                }
                batch.fail(index: index, error: KafkaError(rdKafka: err, context: "producing to \(message.topic)"))
                break
            }
        }
        let reports = await batch.reports()
        let latency = batch.latency
        poll.latency.withLock { $0.merge(latency) }
        return reports
    }

    /// Delivery latency (send to the broker's acknowledgement) of every message delivered so far.
    public var deliveryLatency: KafkaLatencyHistogram { poll.latency.withLock { $0 } }

    /// Waits until every queued message was delivered or `timeout` passed; throws
    /// ``KafkaError/Code-swift.struct/timedOut`` with the number still queued.
    public func flush(timeout: Duration) async throws(KafkaError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let queued = rd_kafka_outq_len(handle.pointer)
            if queued == 0 { return }
            if clock.now >= deadline {
                throw KafkaError(
                    code: .timedOut,
                    message: "\(queued) messages still queued after flushing for \(timeout); is the broker reachable?",
                    isRetriable: true
                )
            }
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Messages librdkafka holds that the broker has not acknowledged yet.
    public var queuedMessages: Int { Int(rd_kafka_outq_len(handle.pointer)) }

    /// Flushes for up to `timeout`, then fails what is left (its sends return errors), stops the
    /// poll thread and releases the client. Returns within about `timeout`.
    public func close(timeout: Duration) async {
        if poll.stopping.load(ordering: .acquiring) { return }
        do {
            try await flush(timeout: timeout)
        } catch {
            logger.warning("Kafka producer closing with undelivered messages: \(error.message)")
            rd_kafka_purge(handle.pointer, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
            rd_kafka_poll(handle.pointer, 0)  // Fail the purged messages' sends now.
        }
        poll.stopping.store(true, ordering: .releasing)
        if await !thread.waitForExit(timeout: .seconds(2)) {
            logger.warning("Kafka producer poll thread still busy after close; it releases the client when it returns")
        }
    }

    /// Installs a handler for librdkafka's statistics (`statistics.interval.ms` must be set).
    public func onStatistics(_ handler: @escaping @Sendable (KafkaStatistics) -> Void) {
        handle.events.statisticsHandler.withLock {
            $0 = { json in
                if let statistics = KafkaStatistics(json: json) { handler(statistics) }
            }
        }
    }

    // MARK: - Internals

    private func topic(named name: String) -> TopicHandle {
        poll.topics.withLock { topics in
            if let existing = topics[name] { return existing }
            let created = TopicHandle(pointer: rd_kafka_topic_new(handle.pointer, name, nil))
            topics[name] = created
            return created
        }
    }

    private func enqueue(
        _ message: KafkaProducerMessage,
        topic: TopicHandle,
        opaque: UnsafeMutableRawPointer
    ) -> rd_kafka_resp_err_t {
        var headers: OpaquePointer?
        if !message.headers.isEmpty {
            headers = rd_kafka_headers_new(message.headers.count)
            for header in message.headers {
                if let value = header.value {
                    value.withUnsafeBytes { bytes in
                        _ = rd_kafka_header_add(headers, header.key, -1, bytes.baseAddress, bytes.count)
                    }
                } else {
                    _ = rd_kafka_header_add(headers, header.key, -1, nil, 0)
                }
            }
        }
        let partition = message.partition ?? crdkafka_partition_unassigned()
        let err = message.value.withUnsafeBytes { value in
            if let key = message.key {
                return key.withUnsafeBytes { key in
                    crdkafka_produce(
                        handle.pointer, topic.pointer, partition, key.baseAddress, key.count,
                        value.baseAddress, value.count, headers, opaque)
                }
            }
            return crdkafka_produce(
                handle.pointer, topic.pointer, partition, nil, 0, value.baseAddress, value.count, headers, opaque)
        }
        if err != RD_KAFKA_RESP_ERR_NO_ERROR, let headers { rd_kafka_headers_destroy(headers) }
        return err
    }

    private func waitForRoom() async {
        await withCheckedContinuation { continuation in
            poll.room.withLock { $0.append(continuation) }
        }
    }
}

/// What the producer's poll thread shares with senders.
final class ProducerPollState: Sendable {
    /// Senders waiting for room in librdkafka's queue.
    let room = Mutex<[CheckedContinuation<Void, Never>]>([])
    let stopping = Atomic<Bool>(false)
    let latency = Mutex(KafkaLatencyHistogram())
    /// Topic handles by name, created on first use, destroyed by the poll thread at exit.
    let topics = Mutex<[String: TopicHandle]>([:])
}

/// An `rd_kafka_topic_t`, created once per topic name and destroyed with the producer.
struct TopicHandle: @unchecked Sendable {
    let pointer: OpaquePointer?
}
