import Foundation
import Kafka
import Logging
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import WorkerRuntime

/// The embedded default in one process: the development broker, a database, and the three
/// workers, each a consumer group of its own exactly as when they run as separate processes.
struct DemoSystem: Sendable {
    let cluster: EmbeddedKafkaCluster
    let store: MembershipStore
    let producer: KafkaProducer
    let workers: [ConsumerWorker]
    let reference: ReferenceData

    static let partitions = 12

    static func start(databaseURL: String, referenceDirectory: String, logger: Logger) async throws -> DemoSystem {
        let cluster = try EmbeddedKafkaCluster(brokers: 1, logger: logger)
        for topic in TopicName.all {
            try cluster.createTopic(topic, partitions: partitions)
            try cluster.createTopic(TopicName.deadLetter(of: topic), partitions: partitions)
        }
        let store = try await MembershipStore.open(StoreConfiguration(url: databaseURL), logger: logger)
        let reference = try ReferenceData.read(directory: referenceDirectory)
        let brokers = [cluster.bootstrapServers]
        let producer = try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: brokers), logger: logger)
        let now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
        let protector = try SSNProtector(keys: [SSNProtector.Key(id: "demo", secret: Array("membership-demo-not-a-secret-key".utf8))], currentKeyID: "demo")

        func worker(_ name: String, _ handlers: [AnyMessageHandler]) -> ConsumerWorker {
            var consumer = KafkaConsumerConfiguration(bootstrapServers: brokers, groupID: name)
            consumer.batchLinger = .milliseconds(5)
            consumer.maxBatchSize = 500
            let metrics = WorkerMetrics(worker: name)
            return ConsumerWorker(
                name: name, consumer: consumer, handlers: handlers, store: store,
                relay: OutboxRelay(store: store, producer: producer, logger: logger, metrics: metrics, now: now),
                metrics: metrics, health: WorkerHealth(), logger: logger, closeTimeout: .seconds(5), now: now)
        }
        let enrollment = EnrollmentHandlers(protector: protector, reference: reference)
        let billing = BillingHandlers(reference: reference, logger: logger)
        let cards = IDCardHandlers(worker: "demo", logger: logger)
        let workers = [
            worker("enrollment-worker", [AnyMessageHandler(enrollment.groupContracts), AnyMessageHandler(enrollment.requests)]),
            worker("billing-worker", [AnyMessageHandler(billing.cycles), AnyMessageHandler(billing.payments)]),
            worker("idcard-worker", [AnyMessageHandler(cards.requests)]),
        ]
        return DemoSystem(cluster: cluster, store: store, producer: producer, workers: workers, reference: reference)
    }
}
