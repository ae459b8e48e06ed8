import Foundation
import Kafka
import MembershipEvents
import MembershipOperations
import MembershipStore
import Testing

@Suite("re-drive with --forget-processed: workers handle the re-driven events again", .timeLimit(.minutes(1)))
struct ProcessedEventEraserTests {
    static func processed(_ id: String) -> ProcessedEvent {
        ProcessedEvent(eventID: id, payloadSHA256: "sha-\(id)", topic: TopicName.enrollmentRequests, processedAt: 1)
    }

    @Test("the re-driven events' processed records are deleted before they are sent; others stay")
    func forget() async throws {
        let path = temporaryPath(".sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic(DeadLetterTests.dlq, partitions: 1)
        try test.cluster.createTopic(TopicName.enrollmentRequests, partitions: 1)
        try await test.send([try DeadLetterTests.deadLetter(1), try DeadLetterTests.deadLetter(2)])
        let ids = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"]
        let unrelated = "00000000-0000-4000-8000-000000000009"

        let statuses = try await MembershipStore.withStore(try StoreConfiguration(url: "sqlite:\(path)")) { store in
            _ = try await store.migrate()
            try await store.transaction { tx in try await tx.processedEvents.record((ids + [unrelated]).map(Self.processed)) }
            var redrive = DeadLetterRedrive(settings: test.settings, logger: test.logger)
            redrive.eraser = ProcessedEventEraser(store: store)
            let report = try await redrive.run(deadLetterTopic: DeadLetterTests.dlq, range: TopicRange(start: .beginning, stopAtEnd: true))
            #expect(report.total == 2)
            return try await store.readTransaction { tx in
                try await tx.processedEvents.statuses((ids + [unrelated]).map { ($0, "sha-\($0)") })
            }
        }
        #expect(statuses[ids[0]] == .new)
        #expect(statuses[ids[1]] == .new)
        #expect(statuses[unrelated] == .duplicate)
        #expect(try await test.readAll(TopicName.enrollmentRequests).count == 2)
    }

    @Test("an event id that is not UUID-like is refused (the delete statement is not parameterised)")
    func refusesOddIDs() async throws {
        _ = try await MembershipStore.withStore(try StoreConfiguration(url: "sqlite::memory:")) { store in
            await #expect(throws: OperationsError(
                "event id \"x'); DROP TABLE persons; --\" is not a UUID: delete its processed_events row by hand, then re-drive without --forget-processed")) {
                try await ProcessedEventEraser(store: store).forget(eventIDs: ["x'); DROP TABLE persons; --"])
            }
        }
    }
}
