import CRdKafka
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The state a consumer's poll thread and librdkafka's callbacks share.
final class ConsumerCore: Sendable {
    let handle: RDKafkaHandle
    let handoff = BatchHandoff()
    let stopping = Atomic<Bool>(false)
    let assignment = Mutex<Set<KafkaTopicPartition>>([])
    let rebalanceCount = Atomic<Int>(0)
    let closeDeadline = Mutex<ContinuousClock.Instant?>(nil)
    private let configuration: KafkaConsumerConfiguration
    private let hooks: KafkaRebalanceHooks
    private let logger: Logger
    /// Next expected offset per partition, to notice messages the broker no longer had.
    private let expectedOffsets = Mutex<[KafkaTopicPartition: Int64]>([:])

    init(handle: RDKafkaHandle, configuration: KafkaConsumerConfiguration, hooks: KafkaRebalanceHooks, logger: Logger) {
        self.handle = handle
        self.configuration = configuration
        self.hooks = hooks
        self.logger = logger
    }

    /// The poll thread: fetch batches while the caller keeps up, then leave the group.
    func pollLoop() {
        let queue = rd_kafka_queue_get_consumer(handle.pointer)
        let capacity = max(configuration.maxBatchSize, 1)
        let polled = UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>?>.allocate(capacity: capacity)
        defer { polled.deallocate() }
        let linger = Int32(max(configuration.batchLinger.milliseconds, 1))

        while !stopping.load(ordering: .acquiring) {
            guard handoff.waitForRoom(timeout: .milliseconds(100)) else { continue }
            if stopping.load(ordering: .acquiring) { break }
            let count = rd_kafka_consume_batch_queue(queue, linger, polled, capacity)
            guard count > 0, let batch = makeBatch(polled, count: count) else {
                handoff.returnRoom()
                if let fatal = handle.events.fatalError.withLock({ $0 }) {
                    handoff.finish(failure: fatal)
                    break
                }
                continue
            }
            handoff.push(batch)
        }
        handoff.finish(failure: handle.events.fatalError.withLock { $0 })
        leaveGroup(queue: queue, buffer: polled, capacity: capacity)
        rd_kafka_queue_destroy(queue)
        handle.destroy(flags: Int32(RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE))
    }

    /// Turns polled messages into a batch, logging and releasing error events.
    private func makeBatch(
        _ polled: UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>?>,
        count: Int
    ) -> KafkaMessageBatch? {
        let messages = UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>>.allocate(capacity: count)
        var kept = 0
        for index in 0..<count {
            guard let message = polled[index] else { continue }
            if message.pointee.err != RD_KAFKA_RESP_ERR_NO_ERROR {
                report(errorMessage: message)
                rd_kafka_message_destroy(message)
                continue
            }
            messages[kept] = message
            kept += 1
        }
        guard kept > 0 else {
            messages.deallocate()
            return nil
        }
        let batch = KafkaMessageBatch(taking: messages, count: kept)
        noticeGaps(in: batch)
        return batch
    }

    private func report(errorMessage message: UnsafeMutablePointer<rd_kafka_message_t>) {
        let err = message.pointee.err
        guard err != RD_KAFKA_RESP_ERR__PARTITION_EOF else { return }
        let topic = message.pointee.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? "-"
        let text = rd_kafka_message_errstr(message).map { String(cString: $0) } ?? ""
        logger.warning(
            "Kafka consumer error: \(text)",
            metadata: [
                "kafka.error": "\(String(cString: rd_kafka_err2name(err)))",
                "kafka.topic": "\(topic)", "kafka.partition": "\(message.pointee.partition)",
            ])
    }

    /// Warns when a partition's offsets jump forward: the broker dropped messages this group had
    /// not read yet (retention, or the development broker's per-partition limit).
    private func noticeGaps(in batch: KafkaMessageBatch) {
        let first = firstOffsets(of: batch)
        let next = batch.nextOffsets
        expectedOffsets.withLock { expected in
            for (partition, offset) in first {
                if let wanted = expected[partition], offset > wanted {
                    let text = "Consumer position fell off the start of the log: \(offset - wanted) messages were "
                        + "deleted before this group read them; check retention (or the development broker's "
                        + "5 MiB per-partition limit: use more partitions)"
                    logger.warning(
                        "\(text)",
                        metadata: ["kafka.partition": "\(partition)", "kafka.expected": "\(wanted)", "kafka.got": "\(offset)"])
                }
            }
            expected.merge(next) { $1 }
        }
    }

    private func firstOffsets(of batch: KafkaMessageBatch) -> [KafkaTopicPartition: Int64] {
        var result: [KafkaTopicPartition: Int64] = [:]
        var previous: (OpaquePointer?, Int32) = (nil, -1)
        for index in 0..<batch.count {
            let message = batch.messages[index].pointee
            if previous.0 == message.rkt, previous.1 == message.partition { continue }
            previous = (message.rkt, message.partition)
            let key = KafkaTopicPartition(topic: String(cString: rd_kafka_topic_name(message.rkt)), partition: message.partition)
            if result[key] == nil { result[key] = message.offset }
        }
        return result
    }

    // MARK: - Rebalance (called on the poll thread, inside librdkafka's rebalance callback)

    func assign(_ partitions: [KafkaTopicPartition]) {
        rebalanceCount.add(1, ordering: .relaxed)
        let list = RDKafkaPartitionList.make(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_assign(handle.pointer, list)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR {
            logger.error("Kafka assignment failed: \(String(cString: rd_kafka_err2str(err)))")
        }
        assignment.withLock { $0 = Set(partitions) }
        expectedOffsets.withLock { $0 = [:] }
        logger.info("Kafka partitions assigned", metadata: ["kafka.partitions": "\(partitions.count)"])
        hooks.onAssign(partitions)
    }

    func revoke(_ partitions: [KafkaTopicPartition]) {
        rebalanceCount.add(1, ordering: .relaxed)
        let revoked = Set(partitions)
        let dropped = handoff.dropBuffered { revoked.contains($0) }
        waitForInFlightBatch()
        hooks.onRevoke(partitions)
        let err = rd_kafka_commit(handle.pointer, nil, 0)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__NO_OFFSET {
            logger.warning(
                "Committing offsets before revocation failed; the next owner may see some messages again",
                metadata: ["kafka.error": "\(String(cString: rd_kafka_err2name(err)))"])
        }
        rd_kafka_assign(handle.pointer, nil)
        assignment.withLock { $0 = [] }
        logger.info(
            "Kafka partitions revoked",
            metadata: ["kafka.partitions": "\(partitions.count)", "kafka.dropped_buffered": "\(dropped)"])
    }

    /// Blocks the poll thread until the caller asked for its next batch (it finished the one it
    /// had), the drain timeout passed, or the consumer is closing.
    private func waitForInFlightBatch() {
        let clock = ContinuousClock()
        var deadline = clock.now.advanced(by: configuration.revocationDrainTimeout)
        if let closing = closeDeadline.withLock({ $0 }) { deadline = min(deadline, closing) }
        while handoff.hasInFlightBatch {
            if clock.now >= deadline {
                logger.warning("Revoking partitions while a batch is still being processed (drain timeout passed)")
                return
            }
            usleep(1000)
        }
    }

    /// Leaves the group within the close deadline, serving the rebalance it triggers.
    private func leaveGroup(
        queue: OpaquePointer?,
        buffer: UnsafeMutablePointer<UnsafeMutablePointer<rd_kafka_message_t>?>,
        capacity: Int
    ) {
        let clock = ContinuousClock()
        let deadline = closeDeadline.withLock { $0 } ?? clock.now.advanced(by: .seconds(10))
        if let error = rd_kafka_consumer_close_queue(handle.pointer, queue) {
            logger.warning("Kafka consumer close: \(KafkaError(consuming: error, context: "leaving the group").message)")
            return
        }
        while rd_kafka_consumer_closed(handle.pointer) == 0, clock.now < deadline {
            let count = rd_kafka_consume_batch_queue(queue, 50, buffer, capacity)
            if count > 0 {
                for index in 0..<count { if let message = buffer[index] { rd_kafka_message_destroy(message) } }
            }
        }
        if rd_kafka_consumer_closed(handle.pointer) == 0 {
            logger.warning("Kafka consumer did not leave its group before the close deadline; the group will notice after session.timeout.ms")
        }
    }
}
