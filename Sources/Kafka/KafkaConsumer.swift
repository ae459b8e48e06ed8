import CRdKafka
import Logging
import Synchronization

/// A member of a Kafka consumer group that delivers messages in batches.
///
/// A dedicated thread polls librdkafka and hands over whole batches (``batches``), one async hop
/// per batch, never per message. Offsets are never stored automatically: the caller stores them
/// (``storeOffsets(_:)-(KafkaMessageBatch)``) after it processed the messages, and stored offsets are
/// committed in the background every `autoCommitInterval`, on ``commit()``, before partitions are
/// revoked, and on ``close(timeout:)``. A crash therefore re-delivers what was not processed; it
/// never skips it.
///
/// Rebalances are eager: before partitions move, the consumer waits for the caller to finish the
/// batch it holds (it asks for the next one), drops buffered messages of those partitions, calls
/// ``KafkaRebalanceHooks/onRevoke``, commits stored offsets, and only then lets them go.
public final class KafkaConsumer: Sendable {
    private let core: ConsumerCore
    private let thread: KafkaThread

    /// Creates a consumer and, unless `connectTimeout` is `nil`, checks that a broker answers.
    public init(
        configuration: KafkaConsumerConfiguration,
        hooks: KafkaRebalanceHooks = KafkaRebalanceHooks(),
        logger: Logger
    ) async throws(KafkaError) {
        let events = RDKafkaEvents(logger: logger)
        let handle = try RDKafkaHandle(kind: RD_KAFKA_CONSUMER, properties: configuration.rdKafkaProperties, events: events) {
            rd_kafka_conf_set_rebalance_cb($0) { rk, err, partitions, opaque in
                guard let rk, let partitions, let events = RDKafkaEvents.from(opaque) else { return }
                let changed = RDKafkaPartitionList.entries(partitions).map(\.partition)
                if let handler = events.rebalanceHandler.withLock({ $0 }) {
                    handler(err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS, changed)
                } else if err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS {
                    rd_kafka_assign(rk, partitions)
                } else {
                    rd_kafka_assign(rk, nil)
                }
            }
        }
        rd_kafka_poll_set_consumer(handle.pointer)
        let core = ConsumerCore(handle: handle, configuration: configuration, hooks: hooks, logger: logger)
        events.rebalanceHandler.withLock { handler in
            handler = { [weak core] assigned, partitions in
                guard let core else { return }
                if assigned { core.assign(partitions) } else { core.revoke(partitions) }
            }
        }
        self.core = core
        self.thread = KafkaThread(name: "kafka-consumer-poll") { core.pollLoop() }
        if let timeout = configuration.client.connectTimeout {
            let servers = configuration.client.bootstrapServers
            do {
                try await BlockingCall.run { () throws(KafkaError) in
                    try handle.checkConnection(bootstrapServers: servers, timeout: timeout)
                }
            } catch {
                await close(timeout: .seconds(2))
                throw error
            }
        }
    }

    deinit {
        core.stopping.store(true, ordering: .releasing)
        core.handoff.finish()
    }

    /// Joins the group for `topics`. Partitions arrive with the first rebalance.
    public func subscribe(topics: [String]) throws(KafkaError) {
        let list = RDKafkaPartitionList.make(topics.map { (KafkaTopicPartition(topic: $0, partition: crdkafka_partition_unassigned()), nil) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_subscribe(core.handle.pointer, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(rdKafka: err, context: "subscribing to \(topics.joined(separator: ", "))")
        }
    }

    /// The batches, in partition order. Iterate from one task only; asking for the next batch
    /// tells the consumer the previous one is finished. Ends after ``close(timeout:)``.
    public var batches: KafkaMessageBatches { KafkaMessageBatches(handoff: core.handoff) }

    /// Ends ``batches`` without leaving the group (the first step of a graceful shutdown): a
    /// waiting iteration returns `nil`, an already polled batch is not handed out. Offsets can still
    /// be stored and committed until ``close(timeout:)``.
    public func stopDelivering() {
        core.handoff.dropBuffered { _ in true }
        core.handoff.finish()
    }

    /// Stores the offsets after every message of `batch`: they will be committed.
    public func storeOffsets(_ batch: KafkaMessageBatch) throws(KafkaError) {
        try storeOffsets(batch.nextOffsets)
    }

    /// Stores, per partition, the next offset to read (last processed offset + 1).
    public func storeOffsets(_ nextOffsets: [KafkaTopicPartition: Int64]) throws(KafkaError) {
        guard !nextOffsets.isEmpty else { return }
        let list = RDKafkaPartitionList.make(nextOffsets.map { ($0.key, $0.value) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_offsets_store(core.handle.pointer, list)
        let failed = RDKafkaPartitionList.entries(list).filter { $0.error != RD_KAFKA_RESP_ERR_NO_ERROR }
        if err != RD_KAFKA_RESP_ERR_NO_ERROR || !failed.isEmpty {
            let names = failed.map(\.partition.description).joined(separator: ", ")
            throw KafkaError(
                code: .state,
                message: "offsets not stored for \(names.isEmpty ? "some partitions" : names): "
                    + "no longer assigned to this member (a rebalance moved them); their messages will be redelivered"
            )
        }
    }

    /// Commits the stored offsets now and waits for the broker's answer.
    public func commit() async throws(KafkaError) {
        let handle = core.handle
        try await BlockingCall.run { () throws(KafkaError) in
            let err = rd_kafka_commit(handle.pointer, nil, 0)
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR || err == RD_KAFKA_RESP_ERR__NO_OFFSET else {
                throw KafkaError(rdKafka: err, context: "committing offsets")
            }
        }
    }

    /// The partitions this member owns now.
    public var assignment: Set<KafkaTopicPartition> { core.assignment.withLock { $0 } }

    /// Number of rebalances (assignments and revocations) this member went through.
    public var rebalanceCount: Int { core.rebalanceCount.load(ordering: .relaxed) }

    /// Stops fetching `partitions` without leaving the group (e.g. to back off on a retryable
    /// error). A batch already polled (at most one ahead of the caller) is still handed out, in
    /// order; nothing is skipped.
    public func pause(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        try control(partitions, "pausing") { rd_kafka_pause_partitions($0, $1) }
    }

    /// Fetches `partitions` again after ``pause(_:)``.
    public func resume(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        try control(partitions, "resuming") { rd_kafka_resume_partitions($0, $1) }
    }

    /// Moves the fetch position of partitions (next offset to read). Buffered messages of those
    /// partitions are dropped.
    public func seek(_ offsets: [KafkaTopicPartition: Int64], timeout: Duration = .seconds(10)) async throws(KafkaError) {
        let handle = core.handle
        let keys = Set(offsets.keys)
        core.handoff.dropBuffered { keys.contains($0) }
        let entries = offsets.map { ($0.key, Optional($0.value)) }
        try await BlockingCall.run { () throws(KafkaError) in
            let list = RDKafkaPartitionList.make(entries)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            if let error = rd_kafka_seek_partitions(handle.pointer, list, Int32(timeout.milliseconds)) {
                throw KafkaError(consuming: error, context: "seeking")
            }
            if let failed = RDKafkaPartitionList.entries(list).first(where: { $0.error != RD_KAFKA_RESP_ERR_NO_ERROR }) {
                throw KafkaError(rdKafka: failed.error, context: "seeking \(failed.partition)")
            }
        }
    }

    /// The committed offsets (next offset to read) of `partitions`; partitions without a
    /// committed offset are absent.
    public func committedOffsets(
        for partitions: [KafkaTopicPartition],
        timeout: Duration = .seconds(10)
    ) async throws(KafkaError) -> [KafkaTopicPartition: Int64] {
        let handle = core.handle
        return try await BlockingCall.run { () throws(KafkaError) -> [KafkaTopicPartition: Int64] in
            let list = RDKafkaPartitionList.make(partitions)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_committed(handle.pointer, list, Int32(timeout.milliseconds))
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "reading committed offsets") }
            return Dictionary(
                RDKafkaPartitionList.entries(list).filter { $0.offset >= 0 }.map { ($0.partition, $0.offset) },
                uniquingKeysWith: { $1 })
        }
    }

    /// The fetch positions (next offset the consumer will hand out) of `partitions`, where known.
    public func positions(for partitions: [KafkaTopicPartition]) throws(KafkaError) -> [KafkaTopicPartition: Int64] {
        let list = RDKafkaPartitionList.make(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_position(core.handle.pointer, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(rdKafka: err, context: "reading positions") }
        return Dictionary(
            RDKafkaPartitionList.entries(list).filter { $0.offset >= 0 }.map { ($0.partition, $0.offset) },
            uniquingKeysWith: { $1 })
    }

    /// Installs a handler for librdkafka's statistics (`statistics.interval.ms` must be set).
    public func onStatistics(_ handler: @escaping @Sendable (KafkaStatistics) -> Void) {
        core.handle.events.statisticsHandler.withLock {
            $0 = { json in
                if let statistics = KafkaStatistics(json: json) { handler(statistics) }
            }
        }
    }

    /// Leaves the group: ends ``batches``, commits stored offsets, tells the group coordinator,
    /// and releases the client. Returns within `timeout` even when no broker answers (then the
    /// group notices the departure after `session.timeout.ms`).
    public func close(timeout: Duration = .seconds(10)) async {
        core.closeDeadline.withLock { $0 = ContinuousClock.now.advanced(by: timeout) }
        core.handoff.releaseInFlight()
        core.stopping.store(true, ordering: .releasing)
        core.handoff.finish()
        _ = await thread.waitForExit(timeout: timeout)
    }

    private func control(
        _ partitions: [KafkaTopicPartition],
        _ what: String,
        _ call: (OpaquePointer, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> rd_kafka_resp_err_t
    ) throws(KafkaError) {
        let list = RDKafkaPartitionList.make(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = call(core.handle.pointer, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(rdKafka: err, context: "\(what) \(partitions.map(\.description).joined(separator: ", "))")
        }
    }
}

/// The batches of a ``KafkaConsumer``.
public struct KafkaMessageBatches: AsyncSequence, Sendable {
    public typealias Element = KafkaMessageBatch
    let handoff: BatchHandoff

    public struct AsyncIterator: AsyncIteratorProtocol {
        let handoff: BatchHandoff

        public mutating func next() async throws -> KafkaMessageBatch? {
            try await handoff.next()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(handoff: handoff) }
}
