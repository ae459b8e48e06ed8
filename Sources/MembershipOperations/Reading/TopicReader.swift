import Kafka
public import Logging

/// Reads a range of one topic (``TopicRange``) for the operations commands: `tail`,
/// `replay record` and `replay dlq`.
///
/// Reads in a consumer group of its own that never commits, so workers' offsets are untouched and
/// every run reads the range again. The end of a bounded range is each partition's high watermark
/// when reading began, learned from librdkafka's statistics; a partition whose remaining records
/// were all deleted by retention would never reach it, so the range also ends when every
/// watermark is known and nothing arrived for ``idleEnd``.
public struct TopicReader: Sendable {
    /// Where the brokers are.
    public var settings: BrokerSettings
    /// The consumer group's prefix (a random suffix is added), e.g. `membership-tail`.
    public var groupPrefix: String
    /// How long a bounded read waits without records before it ends (see the type's discussion).
    public var idleEnd: Duration = .seconds(5)
    /// Logs librdkafka's own warnings.
    public var logger: Logger

    /// Creates a reader.
    public init(settings: BrokerSettings, groupPrefix: String, logger: Logger) {
        self.settings = settings
        self.groupPrefix = groupPrefix
        self.logger = logger
    }

    /// The partition ids of `topic`; throws a message naming the next step when it does not exist.
    public func partitions(of topic: String) async throws(OperationsError) -> [Int32] {
        let admin: KafkaAdmin
        do {
            admin = try await KafkaAdmin(configuration: settings.clientConfiguration, logger: logger)
        } catch {
            throw OperationsError(error, while: "reading topic \(topic)")
        }
        defer { admin.close() }
        let topics: [KafkaTopicMetadata]
        do {
            topics = try await admin.topics()
        } catch {
            throw OperationsError(error, while: "listing topics")
        }
        guard let found = topics.first(where: { $0.name == topic }), !found.partitions.isEmpty else {
            throw OperationsError(
                "topic \(topic) does not exist on \(settings.bootstrapServers.joined(separator: ",")): "
                    + "check the name with `membership topics list`")
        }
        return found.partitions.map(\.id)
    }

    /// Reads `range` of `topic`, handing each batch of records (in partition order) to `handle`,
    /// and returns how many records were handed over.
    @discardableResult
    public func read(
        topic: String, range: TopicRange,
        _ handle: @escaping @Sendable ([ReplayRecord]) async throws -> Void
    ) async throws -> Int {
        let partitions = try await partitions(of: topic)
        var configuration = settings.consumerConfiguration(groupPrefix: groupPrefix)
        configuration.autoOffsetReset = range.start == .end ? .latest : .earliest
        if range.stopAtEnd { configuration.client.statisticsInterval = .milliseconds(100) }
        let consumer: KafkaConsumer
        do {
            consumer = try await KafkaConsumer(configuration: configuration, logger: logger)
        } catch {
            throw OperationsError(error, while: "reading \(topic)")
        }
        let progress = ReadProgress(range: range)
        consumer.onStatistics { statistics in
            let marks = statistics.partitions.filter { $0.key.topic == topic }.compactMapValues(\.highWatermark)
            progress.learn(highWatermarks: Dictionary(uniqueKeysWithValues: marks.map { ($0.key.partition, $0.value) }))
        }
        do {
            try consumer.subscribe(topics: [topic])
        } catch {
            await consumer.close(timeout: .seconds(2))
            throw OperationsError(error, while: "subscribing to \(topic)")
        }
        let idleEnd = self.idleEnd
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for try await batch in consumer.batches {
                        var records: [ReplayRecord] = []
                        var seeks: [KafkaTopicPartition: Int64] = [:]
                        for message in batch {
                            switch progress.admit(partition: message.partition, offset: message.offset,
                                                  timestampMilliseconds: message.timestampMilliseconds) {
                            case .take: records.append(ReplayRecord(message))
                            case .skip: break
                            case .seek(let offset): seeks[message.topicPartition] = offset
                            }
                        }
                        if !records.isEmpty { try await handle(records) }
                        if !seeks.isEmpty { try await consumer.seek(seeks) }
                        if progress.isDone(partitions: partitions, idleEnd: idleEnd) { break }
                    }
                }
                if range.stopAtEnd || range.maxRecords != nil {
                    group.addTask {
                        // The batch loop only checks between batches; at the end no batch comes.
                        while !progress.isDone(partitions: partitions, idleEnd: idleEnd) {
                            try await Task.sleep(for: .milliseconds(50))
                        }
                        consumer.stopDelivering()
                    }
                }
                try await group.next()
                consumer.stopDelivering()
                try await group.waitForAll()
            }
        } catch {
            await consumer.close(timeout: .seconds(2))
            throw error
        }
        await consumer.close(timeout: .seconds(2))
        return progress.handedOver
    }
}
