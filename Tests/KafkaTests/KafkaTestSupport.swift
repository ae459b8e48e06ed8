import Foundation
import Kafka
import Logging
import Synchronization
import Testing

/// A fresh embedded cluster per test, and helpers to drive real producers and consumers on it.
struct KafkaTestCluster {
    let cluster: EmbeddedKafkaCluster
    var logger = Logger(label: "kafka.test")

    init(brokers: Int = 1) throws {
        cluster = try EmbeddedKafkaCluster(brokers: brokers)
        logger.logLevel = ProcessInfo.processInfo.environment["KAFKA_TEST_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .error
    }

    var bootstrap: [String] { [cluster.bootstrapServers] }

    /// A topic with a unique name.
    func topic(partitions: Int) throws -> String {
        let name = "test-\(UUID().uuidString.prefix(8))"
        try cluster.createTopic(name, partitions: partitions)
        return name
    }

    func producer(_ configure: (inout KafkaProducerConfiguration) -> Void = { _ in }) async throws -> KafkaProducer {
        var configuration = KafkaProducerConfiguration(bootstrapServers: bootstrap)
        configure(&configuration)
        return try await KafkaProducer(configuration: configuration, logger: logger)
    }

    func consumer(
        group: String,
        topics: [String],
        hooks: KafkaRebalanceHooks = KafkaRebalanceHooks(),
        _ configure: (inout KafkaConsumerConfiguration) -> Void = { _ in }
    ) async throws -> KafkaConsumer {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: bootstrap, groupID: group)
        configuration.sessionTimeout = .seconds(6)
        configuration.heartbeatInterval = .milliseconds(500)
        configuration.batchLinger = .milliseconds(20)
        configure(&configuration)
        let consumer = try await KafkaConsumer(configuration: configuration, hooks: hooks, logger: logger)
        if !topics.isEmpty { try consumer.subscribe(topics: topics) }
        return consumer
    }

    /// Produces `count` messages `key-(i % keys)` / `value-i` and checks every delivery.
    func produce(_ producer: KafkaProducer, topic: String, count: Int, keys: Int = 10, from start: Int = 0) async throws {
        let messages = (start..<start + count).map { index in
            KafkaProducerMessage(topic: topic, key: "key-\(index % keys)", value: Array("value-\(index)".utf8))
        }
        let reports = await producer.send(messages)
        #expect(reports.allSatisfy { $0.error == nil })
    }
}

/// What a consumer received, collected across batches.
final class Received: Sendable {
    private let values = Mutex<[String]>([])

    func append(_ batch: KafkaMessageBatch) {
        let texts = batch.map { String(decoding: $0.value, as: UTF8.self) }
        values.withLock { $0.append(contentsOf: texts) }
    }

    var all: [String] { values.withLock { $0 } }
    var count: Int { values.withLock { $0.count } }
}

/// Consumes batches, storing offsets after each, until `until` is true or `timeout` passes.
func consume(
    _ consumer: KafkaConsumer,
    into received: Received,
    storeOffsets: Bool = true,
    timeout: Duration = .seconds(30),
    until done: @escaping @Sendable () -> Bool
) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            for try await batch in consumer.batches {
                received.append(batch)
                if storeOffsets { try consumer.storeOffsets(batch) }
                if done() { return }
            }
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TimeoutError(timeout: timeout)
        }
        try await group.next()
        group.cancelAll()
    }
}

struct TimeoutError: Error, CustomStringConvertible {
    let timeout: Duration
    var description: String { "timed out after \(timeout)" }
}

/// Runs a program and returns its standard output.
func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let inputPipe = Pipe()
    if input != nil { process.standardInput = inputPipe }
    try process.run()
    if let input {
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
