import Foundation
import Kafka
import Logging
import MembershipOperations
import Synchronization
import Testing

/// A fresh embedded Kafka cluster per test, with the operations library's settings pointing at it.
struct OperationsTestCluster {
    let cluster: EmbeddedKafkaCluster
    var logger = Logger(label: "operations.test")

    init() throws {
        cluster = try EmbeddedKafkaCluster(brokers: 1)
        logger.logLevel = .error
    }

    var settings: BrokerSettings { BrokerSettings(bootstrapServers: [cluster.bootstrapServers]) }

    func reader() -> TopicReader {
        var reader = TopicReader(settings: settings, groupPrefix: "operations-test", logger: logger)
        reader.idleEnd = .seconds(3)
        return reader
    }

    /// Sends `messages` and checks every delivery.
    func send(_ messages: [KafkaProducerMessage]) async throws {
        let producer = try await KafkaProducer(configuration: settings.producerConfiguration, logger: logger)
        let reports = await producer.send(messages)
        await producer.close(timeout: .seconds(5))
        #expect(reports.allSatisfy { $0.error == nil })
    }

    /// Every record of `topic` from the beginning to its current end.
    func readAll(_ topic: String) async throws -> [ReplayRecord] {
        let collected = Collected()
        try await reader().read(topic: topic, range: TopicRange(start: .beginning, stopAtEnd: true)) { collected.append($0) }
        return collected.records
    }
}

/// Records handed over by a reader, across batches.
final class Collected: Sendable {
    private let state = Mutex<[ReplayRecord]>([])

    func append(_ records: [ReplayRecord]) {
        state.withLock { $0.append(contentsOf: records) }
    }

    var records: [ReplayRecord] { state.withLock { $0 } }
}

/// A record's content as a replay must reproduce it: key, value and headers.
struct Content: Hashable, CustomStringConvertible {
    var key: [UInt8]?
    var value: [UInt8]
    var headers: [KafkaHeader]

    init(_ record: ReplayRecord) {
        key = record.key
        value = record.value
        headers = record.headers
    }

    init(_ message: KafkaProducerMessage) {
        key = message.key
        value = message.value
        headers = message.headers
    }

    var description: String { "\(key.map { String(decoding: $0, as: UTF8.self) } ?? "nil")=\(value.count) bytes" }
}

func temporaryPath(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("ops-\(UUID().uuidString.prefix(8))\(suffix)").path
}
