import Foundation
import Logging
import MembershipEvents
import MembershipStore
import Testing
@testable import WorkerRuntime

@Suite("Batch processing: one transaction, a savepoint per message, idempotent by event id")
struct BatchProcessorTests {
    func processor(_ store: MembershipStore) -> BatchProcessor {
        BatchProcessor(
            handlers: ["in": AnyMessageHandler(EchoHandler(topic: "in", outTopic: "out"))],
            store: store, workerName: "test-worker", logger: Logger(label: "test"),
            metrics: WorkerMetrics(worker: "test"), now: { 1_700_000_000_000 })
    }

    func message(_ text: String, offset: Int64, key: String = "k") -> IncomingMessage {
        IncomingMessage(topic: "in", partition: 0, offset: offset, key: Array(key.utf8), value: Array(text.utf8),
                        headers: [(key: "trace", value: Array("t-\(offset)".utf8))])
    }

    @Test("good messages reach the outbox in order; a bad one is dead-lettered and the rest of the batch commits")
    func mixedBatch() async throws {
        try await withTemporaryStore { store in
            let outcome = try await processor(store).process(
                [message("e1|one", offset: 0), message("garbage", offset: 1), message("e2|fail", offset: 2), message("e3|three", offset: 3)],
                attempt: 1)
            #expect(outcome == BatchProcessor.Outcome(applied: 2, duplicates: 0, deadLettered: 2, outboxRows: 4))
            let rows = try await store.transaction { try await $0.outbox.unpublished(limit: 10) }
            #expect(rows.map(\.message.topic) == ["out", "out", "in.dlq", "in.dlq"])
            #expect(rows.prefix(2).map { String(decoding: $0.message.payload, as: UTF8.self) } == ["one", "three"])
            let garbage = rows[2].message
            #expect(garbage.payload == Array("garbage".utf8))
            #expect(garbage.key == Array("k".utf8))
            let headers = Dictionary(garbage.headers.map { ($0.name, String(decoding: $0.value, as: UTF8.self)) }, uniquingKeysWith: { $1 })
            #expect(headers["trace"] == "t-1")
            #expect(headers[DeadLetterHeader.errorCode.name] == "UNDECODABLE")
            #expect(headers[DeadLetterHeader.originTopic.name] == "in")
            #expect(headers[DeadLetterHeader.originOffset.name] == "1")
            #expect(headers[DeadLetterHeader.worker.name] == "test-worker")
            let failed = Dictionary(rows[3].message.headers.map { ($0.name, String(decoding: $0.value, as: UTF8.self)) }, uniquingKeysWith: { $1 })
            #expect(failed[DeadLetterHeader.errorCode.name] == "NON_RETRYABLE")
        }
    }

    @Test("the same batch delivered again changes nothing and dead-letters nothing twice")
    func redelivery() async throws {
        try await withTemporaryStore { store in
            let batch = [message("e1|one", offset: 0), message("garbage", offset: 1), message("e2|two", offset: 2)]
            _ = try await processor(store).process(batch, attempt: 1)
            let again = try await processor(store).process(batch, attempt: 1)
            #expect(again == BatchProcessor.Outcome(applied: 0, duplicates: 3, deadLettered: 0, outboxRows: 0))
            let count = try await store.transaction { try await $0.outbox.unpublishedCount() }
            #expect(count == 3)
        }
    }

    @Test("a redelivery inside the same batch as its original is skipped")
    func duplicateInOneBatch() async throws {
        try await withTemporaryStore { store in
            let outcome = try await processor(store).process(
                [message("e1|one", offset: 0), message("e1|one", offset: 1), message("e1|other", offset: 2)], attempt: 1)
            #expect(outcome == BatchProcessor.Outcome(applied: 1, duplicates: 1, deadLettered: 1, outboxRows: 2))
        }
    }

    @Test("an event id reused with different content is flagged and dead-lettered, not applied")
    func reusedEventID() async throws {
        try await withTemporaryStore { store in
            _ = try await processor(store).process([message("e1|one", offset: 0)], attempt: 1)
            let outcome = try await processor(store).process([message("e1|something else", offset: 7)], attempt: 1)
            #expect(outcome.applied == 0)
            #expect(outcome.deadLettered == 1)
            let conflicts = try await store.transaction { try await $0.processedEvents.conflicts(eventID: "e1") }
            #expect(conflicts.count == 1)
            let rows = try await store.transaction { try await $0.outbox.unpublished(limit: 10) }
            #expect(rows.map(\.message.topic) == ["out", "in.dlq"])
        }
    }
}
