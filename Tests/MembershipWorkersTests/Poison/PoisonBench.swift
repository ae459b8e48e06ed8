import Foundation
import Logging
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipTesting
import MembershipWorkers
import SwiftProtobuf
@testable import WorkerRuntime

/// The three workers' handlers behind one ``BatchProcessor`` on a fresh SQLite store: a batch of raw values
/// goes through decoding, dead-lettering and handling exactly as a worker's poll loop hands it over.
struct PoisonBench {
    let store: MembershipStore
    let processor: BatchProcessor
    private var offsets: [String: Int64] = [:]

    init(store: MembershipStore) throws {
        self.store = store
        let protector = try SSNProtector(keys: [.init(id: "k1", secret: Array(repeating: 7, count: 32))], currentKeyID: "k1")
        let reference = try BillingTestBench.reference()
        var quiet = Logger(label: "poison-test")
        quiet.logLevel = .critical
        let enrollment = EnrollmentHandlers(protector: protector, reference: reference)
        let billing = BillingHandlers(reference: reference, logger: quiet)
        let cards = IDCardHandlers(worker: "poison-test", logger: quiet)
        let handlers = [AnyMessageHandler(enrollment.groupContracts), AnyMessageHandler(enrollment.requests),
                        AnyMessageHandler(billing.cycles), AnyMessageHandler(billing.payments), AnyMessageHandler(cards.requests)]
        processor = BatchProcessor(
            handlers: Dictionary(uniqueKeysWithValues: handlers.map { ($0.topic, $0) }), store: store,
            workerName: "poison-test", logger: quiet, metrics: WorkerMetrics(worker: "poison-test"),
            now: { 1_768_068_000_000 })
    }

    /// Runs `body` with a bench on a migrated store in a temporary directory.
    static func with<R: Sendable>(_ body: (inout PoisonBench) async throws -> R) async throws -> R {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("poison-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = try StoreConfiguration(url: "sqlite:" + directory.appendingPathComponent("poison.sqlite").path)
        return try await MembershipStore.withStore(configuration) { store in
            try await store.migrate()
            var bench = try PoisonBench(store: store)
            return try await body(&bench)
        }
    }

    /// Processes `values` as one batch from `topic`, at the next offsets of partition 0.
    mutating func process(_ values: [[UInt8]], topic: String) async throws -> BatchProcessor.Outcome {
        let start = offsets[topic, default: 0]
        offsets[topic] = start + Int64(values.count)
        let messages = values.enumerated().map { index, value in
            IncomingMessage(topic: topic, partition: 0, offset: start + Int64(index), key: Array("poison-key".utf8), value: value)
        }
        return try await processor.process(messages, attempt: 1)
    }

    /// Every outbox row not yet published, in order.
    func outbox() async throws -> [OutboxMessage] {
        try await store.transaction { try await $0.outbox.unpublished(limit: 100_000) }.map(\.message)
    }

    /// The dead letters written for `topic`: (code, message, origin offset, value).
    func deadLetters(of topic: String) async throws -> [(code: String, reason: String, offset: String, value: [UInt8])] {
        try await outbox().filter { $0.topic == TopicName.deadLetter(of: topic) }.map { row in
            let headers = Dictionary(row.headers.map { ($0.name, String(decoding: $0.value, as: UTF8.self)) },
                                     uniquingKeysWith: { $1 })
            return (headers[DeadLetterHeader.errorCode.name] ?? "", headers[DeadLetterHeader.errorMessage.name] ?? "",
                    headers[DeadLetterHeader.originOffset.name] ?? "", row.payload)
        }
    }
}
