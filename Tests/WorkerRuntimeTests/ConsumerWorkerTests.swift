import Foundation
import Kafka
import Logging
import MembershipEvents
import MembershipStore
import Synchronization
import Testing
@testable import WorkerRuntime

@Suite("Consumer worker on the embedded cluster", .serialized, .timeLimit(.minutes(3)))
struct ConsumerWorkerTests {
    @Test("each event once on the output topic, also when the input is delivered twice; garbage goes to the DLQ")
    func effectivelyOnce() async throws {
        var logger = Logger(label: "worker-test")
        logger.logLevel = .error
        let cluster = try EmbeddedKafkaCluster(brokers: 1, logger: logger)
        defer { cluster.shutdown() }
        for topic in ["in", "out", "in.dlq"] { try cluster.createTopic(topic, partitions: 4) }
        let brokers = [cluster.bootstrapServers]

        try await withTemporaryStore { store in
            let producer = try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: brokers), logger: logger)
            let metrics = WorkerMetrics(worker: "echo")
            let relay = OutboxRelay(store: store, producer: producer, logger: logger, metrics: metrics, now: { 0 })
            var consumer = KafkaConsumerConfiguration(bootstrapServers: brokers, groupID: "echo")
            consumer.sessionTimeout = .seconds(6)
            consumer.heartbeatInterval = .milliseconds(500)
            consumer.batchLinger = .milliseconds(10)
            let worker = ConsumerWorker(
                name: "echo", consumer: consumer, handlers: [AnyMessageHandler(EchoHandler(topic: "in", outTopic: "out"))],
                store: store, relay: relay, metrics: metrics, health: WorkerHealth(), logger: logger, now: { 0 })
            let running = Task { try await worker.run() }

            let input = (0..<300).map { index in
                KafkaProducerMessage(topic: "in", key: "family-\(index % 25)", value: Array("event-\(index)|value-\(index)".utf8))
            }
            #expect(await producer.send(input).allSatisfy { $0.error == nil })
            #expect(await producer.send(input).allSatisfy { $0.error == nil })  // redelivered by upstream
            try await producer.send(KafkaProducerMessage(topic: "in", key: "family-1", value: Array("not an event".utf8)))

            let outputs = try await readAll(topic: "out", brokers: brokers, count: 300, logger: logger)
            #expect(outputs.count == 300)
            #expect(Set(outputs.map(\.value)) == Set((0..<300).map { "value-\($0)" }))
            // Per key, the order of the input holds.
            for family in 0..<25 {
                let values = outputs.filter { $0.key == "family-\(family)" }.map { Int($0.value.dropFirst("value-".count))! }
                #expect(values == values.sorted())
            }
            let dead = try await readAll(topic: "in.dlq", brokers: brokers, count: 1, logger: logger)
            #expect(dead.map(\.value) == ["not an event"])
            #expect(dead.first?.headers.text(for: DeadLetterHeader.errorCode.name) == "UNDECODABLE")

            running.cancel()
            _ = try? await running.value
            await producer.close(timeout: .seconds(5))
        }
    }
}

struct ReadMessage: Sendable {
    var key: String
    var value: String
    var headers: [KafkaHeader]
}

/// Reads a topic from the start with a fresh group until `count` messages arrived, then a little
/// longer to catch any extra (duplicate) message.
func readAll(topic: String, brokers: [String], count: Int, logger: Logger) async throws -> [ReadMessage] {
    var configuration = KafkaConsumerConfiguration(bootstrapServers: brokers, groupID: "reader-\(UUID().uuidString)")
    configuration.batchLinger = .milliseconds(10)
    let consumer = try await KafkaConsumer(configuration: configuration, logger: logger)
    try consumer.subscribe(topics: [topic])
    let collected = Mutex<[ReadMessage]>([])
    let reading = Task {
        for try await batch in consumer.batches {
            let messages = batch.map {
                ReadMessage(key: String(decoding: $0.key ?? [], as: UTF8.self), value: String(decoding: $0.value, as: UTF8.self), headers: $0.headers)
            }
            collected.withLock { $0.append(contentsOf: messages) }
        }
    }
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .seconds(60))
    while collected.withLock({ $0.count }) < count, clock.now < deadline {
        try await Task.sleep(for: .milliseconds(100))
    }
    try await Task.sleep(for: .seconds(1))
    reading.cancel()
    await consumer.close(timeout: .seconds(5))
    return collected.withLock { $0 }
}
