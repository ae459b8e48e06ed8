import CRdKafka
import Synchronization

/// Collects the delivery reports of one ``KafkaProducer/send(_:)-([KafkaProducerMessage])`` call
/// and resumes its caller once, when the last report arrived.
///
/// Each message's librdkafka opaque points at a slot holding the batch and the message's index,
/// so a report needs no lookup and the batch needs no allocation per message.
final class DeliveryBatch: Sendable {
    private struct Slot {
        var batch: Unmanaged<DeliveryBatch>
        var index: Int
    }

    private struct State {
        var reports: [KafkaDeliveryReport?]
        var remaining: Int
        var waiter: CheckedContinuation<[KafkaDeliveryReport], Never>?
        var latency = KafkaLatencyHistogram()
        /// The last topic handle seen and its name: reports of one batch mostly share a topic,
        /// so its name is made once, not once per message.
        var lastTopic: (handle: Int, name: String)?
    }

    private let state: Mutex<State>
    private nonisolated(unsafe) let slots: UnsafeMutablePointer<Slot>
    private let count: Int
    private let started = ContinuousClock.now

    init(count: Int) {
        self.count = count
        self.state = Mutex(State(reports: Array(repeating: nil, count: count), remaining: count, waiter: nil))
        self.slots = .allocate(capacity: count)
        let unmanaged = Unmanaged.passUnretained(self)
        for index in 0..<count {
            (slots + index).initialize(to: Slot(batch: unmanaged, index: index))
        }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The opaque pointer for message `index`.
    func slot(_ index: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(slots + index)
    }

    /// Called from librdkafka's delivery-report callback.
    static func deliver(slot: UnsafeMutableRawPointer, message: UnsafePointer<rd_kafka_message_t>) {
        let slot = slot.assumingMemoryBound(to: Slot.self).pointee
        slot.batch.takeUnretainedValue().complete(index: slot.index, message: message.pointee)
    }

    /// Records a message that never reached librdkafka's queue.
    func fail(index: Int, error: KafkaError) {
        complete(index: index, report: KafkaDeliveryReport(result: .failure(error)))
    }

    private func complete(index: Int, message: rd_kafka_message_t) {
        let now = ContinuousClock.now
        let finished: (CheckedContinuation<[KafkaDeliveryReport], Never>, [KafkaDeliveryReport])? = state.withLock { state in
            let topic: String
            let handle = Int(bitPattern: message.rkt)
            if let last = state.lastTopic, last.handle == handle {
                topic = last.name
            } else {
                topic = String(cString: rd_kafka_topic_name(message.rkt))
                state.lastTopic = (handle, topic)
            }
            if message.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                let position = KafkaMessagePosition(
                    topicPartition: KafkaTopicPartition(topic: topic, partition: message.partition), offset: message.offset)
                state.reports[index] = KafkaDeliveryReport(result: .success(position))
                state.latency.record(now - started)
            } else {
                state.reports[index] = KafkaDeliveryReport(
                    result: .failure(KafkaError(rdKafka: message.err, context: "delivering to \(topic)")))
            }
            state.remaining -= 1
            guard state.remaining == 0, let waiter = state.waiter else { return nil }
            state.waiter = nil
            return (waiter, state.reports.map { $0! })
        }
        if let (waiter, reports) = finished { waiter.resume(returning: reports) }
    }

    private func complete(index: Int, report: KafkaDeliveryReport) {
        let finished: (CheckedContinuation<[KafkaDeliveryReport], Never>, [KafkaDeliveryReport])? = state.withLock { state in
            state.reports[index] = report
            state.remaining -= 1
            guard state.remaining == 0, let waiter = state.waiter else { return nil }
            state.waiter = nil
            return (waiter, state.reports.map { $0! })
        }
        if let (waiter, reports) = finished { waiter.resume(returning: reports) }
    }

    /// Delivery latencies (enqueue to acknowledgement) of the delivered messages.
    var latency: KafkaLatencyHistogram { state.withLock { $0.latency } }

    /// Waits for every report. The batch stays alive (and its slots valid) until then.
    func reports() async -> [KafkaDeliveryReport] {
        await withCheckedContinuation { continuation in
            let ready: [KafkaDeliveryReport]? = state.withLock { state in
                if state.remaining == 0 { return state.reports.map { $0! } }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
