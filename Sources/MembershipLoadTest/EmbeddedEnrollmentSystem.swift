public import Logging
import Foundation
import Kafka
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import Synchronization
import WorkerRuntime

/// `membership loadtest --embedded`: the development broker (librdkafka's mock cluster), a database and
/// the enrollment worker in the load tester's process, so one command measures the whole path. The
/// worker is the one `enrollment-worker` runs (same handlers, runtime loop and outbox relay).
public enum EmbeddedEnrollmentSystem {
    /// What to start.
    public struct Options: Sendable {
        /// `sqlite:PATH` or `postgres://...`.
        public var database: String
        /// Folder with the reference CSV files. Default `Reference`.
        public var referenceDirectory: String = "Reference"
        /// Partitions of every topic. Default 16: the development broker keeps at most 5 MiB per
        /// partition, and a run of 100,000 requests writes about 60 MB of requests and results.
        public var partitions: Int = 16
        /// Most messages per worker batch (one transaction). Default 500, as `enrollment-worker`.
        public var batchSize: Int = 500
        /// How long the worker's consumer waits to fill a batch. Default 5 ms.
        public var batchLinger: Duration = .milliseconds(5)
        /// The worker consumer's `fetch.wait.max.ms`. Default 5: the development broker holds every
        /// fetch this long even when messages arrive meanwhile (librdkafka's default is 500 ms).
        public var fetchWaitMilliseconds: Int = 5
        /// Empty the workers' tables before starting (``LoadTestReset``). Default false.
        public var reset: Bool = false

        /// Options with the defaults above.
        public init(database: String) {
            self.database = database
        }
    }

    /// Starts the broker, migrates the database, loads reference data, starts the worker, runs
    /// `body` with the broker's bootstrap servers, then stops everything.
    ///
    /// - Parameters:
    ///   - gaps: counts the worker's gap warnings (see ``GapWarningCounter``).
    ///   - logLevel: what the broker, store and worker print on standard error.
    public static func run<Output: Sendable>(
        _ options: Options, gaps: GapWarningCounter, logLevel: Logger.Level,
        _ body: @Sendable (_ bootstrapServers: String) async throws -> Output
    ) async throws -> Output {
        let logger = gaps.logger(label: "membership.loadtest.embedded", level: logLevel)
        let cluster = try EmbeddedKafkaCluster(brokers: 1, logger: logger)
        defer { cluster.shutdown() }
        for topic in TopicName.all {
            try cluster.createTopic(topic, partitions: options.partitions)
            try cluster.createTopic(TopicName.deadLetter(of: topic), partitions: options.partitions)
        }
        let reference = try ReferenceData.read(directory: options.referenceDirectory)
        let store = try await MembershipStore.open(StoreConfiguration(url: options.database), logger: logger)
        let brokers = [cluster.bootstrapServers]
        // The store and the worker run as tasks of their own rather than children of a task group: a
        // group would wait for them at the end however long they take to stop, and a worker cancelled
        // in the middle of a PostgreSQL batch has been seen not to stop at all. The run's result must
        // not depend on that; `stop` waits a bounded time.
        let storeTask = Task { await store.run() }
        do {
            _ = try await store.migrate()
            if options.reset { try await LoadTestReset.clear(store) }
            try await ReferenceDataLoader(store: store).load(reference)
        } catch {
            storeTask.cancel()
            await store.close()
            throw error
        }
        let producer = try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: brokers), logger: logger)
        // A fixed key: the load test's people are invented, and the key only has to be the same
        // within the run for identity matching (rule M2).
        let protector = try SSNProtector(
            keys: [SSNProtector.Key(id: "loadtest", secret: Array("membership-loadtest-not-a-secret".utf8))], currentKeyID: "loadtest")
        let handlers = EnrollmentHandlers(protector: protector, reference: reference)
        var consumer = KafkaConsumerConfiguration(bootstrapServers: brokers, groupID: "enrollment-worker")
        consumer.maxBatchSize = options.batchSize
        consumer.batchLinger = options.batchLinger
        consumer.client.properties["fetch.wait.max.ms"] = "\(options.fetchWaitMilliseconds)"
        let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
        let metrics = WorkerMetrics(worker: "enrollment-worker")
        let worker = ConsumerWorker(
            name: "enrollment-worker", consumer: consumer,
            handlers: [AnyMessageHandler(handlers.groupContracts), AnyMessageHandler(handlers.requests)], store: store,
            relay: OutboxRelay(store: store, producer: producer, logger: logger, metrics: metrics, now: now),
            metrics: metrics, health: WorkerHealth(), logger: logger, closeTimeout: .seconds(5), now: now)
        let workerTask = Task { try await worker.run() }

        let result: Result<Output, any Error>
        do {
            result = .success(try await body(cluster.bootstrapServers))
        } catch {
            result = .failure(error)
        }
        workerTask.cancel()
        if await stopped(workerTask, within: .seconds(10)) {
            await producer.close(timeout: .seconds(5))
            storeTask.cancel()
            await store.close()
        } else {
            logger.warning("The embedded enrollment worker did not stop within 10 s; leaving it to the end of the process")
        }
        return try result.get()
    }

    /// Whether `task` finished within `limit` (it keeps running otherwise).
    private static func stopped(_ task: Task<Void, any Error>, within limit: Duration) async -> Bool {
        let answer = FirstAnswer()
        return await withCheckedContinuation { continuation in
            answer.slot.withLock { $0 = continuation }
            Task {
                _ = await task.result
                answer.resume(true)
            }
            Task {
                try? await Task.sleep(for: limit)
                answer.resume(false)
            }
        }
    }

    /// A continuation resumed by whichever of two racing tasks answers first.
    private final class FirstAnswer: Sendable {
        let slot = Mutex<CheckedContinuation<Bool, Never>?>(nil)

        func resume(_ value: Bool) {
            slot.withLock { $0.take() }?.resume(returning: value)
        }
    }
}
