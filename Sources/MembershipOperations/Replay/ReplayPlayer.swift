import Kafka
public import Logging

/// Sends recorded records to a topic at a pace (`membership replay play`).
///
/// Each record goes out with its recorded key, value and headers, byte for byte, in file order.
/// The broker gives it a new offset and timestamp (the producer API of the Kafka module sets no
/// timestamps); the recorded timestamps drive ``PlaybackPace/asRecorded(speed:)``. Records go to
/// the partition their key hashes to (the same one on a topic with the same partition count), or
/// to the recorded partition when ``keepPartitions`` is set.
public struct ReplayPlayer: Sendable {
    /// Where the brokers are.
    public var settings: BrokerSettings
    /// Send to the recorded partition numbers instead of partitioning by key.
    public var keepPartitions = false
    /// Logs librdkafka's own warnings.
    public var logger: Logger

    /// Creates a player.
    public init(settings: BrokerSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    /// Plays the file at `path` to `topic` (default: each record's recorded topic) at `pace`,
    /// calling `progress` with the number sent so far after each batch; returns the number sent.
    @discardableResult
    public func play(
        path: String, topic: String? = nil, pace: PlaybackPace,
        progress: @Sendable (Int) -> Void = { _ in }
    ) async throws -> Int {
        let reader = try ReplayFile.Reader(path: path)
        let producer: KafkaProducer
        do {
            producer = try await KafkaProducer(configuration: settings.producerConfiguration, logger: logger)
        } catch {
            throw OperationsError(error, while: "connecting to play \(path)")
        }
        let clock = ContinuousClock()
        let started = clock.now
        var sent = 0
        var index = 0
        var first: Int64?
        var due = Duration.zero
        var batch: [KafkaProducerMessage] = []
        var batchDue = Duration.zero
        do {
            while let record = try reader.next() {
                if first == nil { first = record.timestampMilliseconds }
                due = pace.due(index: index, timestampMilliseconds: record.timestampMilliseconds, first: first, previous: due)
                index += 1
                // Records due within 10 ms of the batch's first go together: one round trip, on time.
                if !batch.isEmpty, due - batchDue > .milliseconds(10) || batch.count >= 1_000 {
                    sent += try await send(batch, at: started + batchDue, clock: clock, producer: producer)
                    progress(sent)
                    batch.removeAll(keepingCapacity: true)
                }
                if batch.isEmpty { batchDue = due }
                batch.append(record.producerMessage(topic: topic, keepPartition: keepPartitions))
            }
            sent += try await send(batch, at: started + batchDue, clock: clock, producer: producer)
            progress(sent)
        } catch {
            await producer.close(timeout: .seconds(5))
            throw error
        }
        await producer.close(timeout: .seconds(10))
        return sent
    }

    private func send(
        _ batch: [KafkaProducerMessage], at deadline: ContinuousClock.Instant, clock: ContinuousClock, producer: KafkaProducer
    ) async throws -> Int {
        guard !batch.isEmpty else { return 0 }
        if deadline > clock.now { try await Task.sleep(until: deadline, clock: clock) }
        let failures = await producer.send(batch).compactMap(\.error)
        if let failure = failures.first {
            throw OperationsError(
                "\(failures.count) of \(batch.count) records were not delivered to \(batch[0].topic): \(failure.message); "
                    + "check that the topic exists (`membership topics list`) and re-run")
        }
        return batch.count
    }
}
