import Foundation
import Kafka
import Logging
import MembershipEvents
import Synchronization
import Testing

/// `membership ingest-834` against an embedded broker and a SQLite file: a file is published once.
@Suite("membership ingest-834: once per file", .serialized, .timeLimit(.minutes(3)))
struct IdempotencyTests {
    @Test("the same file twice publishes nothing new; a reused control number with other content is refused, then allowed by flag")
    func sameFileTwice() async throws {
        var logger = Logger(label: "x12-tests")
        logger.logLevel = .error
        let cluster = try EmbeddedKafkaCluster(brokers: 1, logger: logger)
        defer { cluster.shutdown() }
        try cluster.createTopic(TopicName.enrollmentRequests, partitions: 3)
        let directory = NSTemporaryDirectory() + "ingest-834-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let arguments = ["--brokers", cluster.bootstrapServers, "--database", "sqlite:\(directory)/membership.sqlite"]
        let first = try #require(X12TestFiles.fixturePath("lfh_cancel-dependent"))
        let second = try #require(X12TestFiles.fixturePath("lfh_change-subscriber-information"))

        let published = try MembershipProcess.run(["ingest-834", first] + arguments)
        #expect(published.status == 0, "\(published.standardError)")
        #expect(published.standardOutput.hasSuffix("published 1 requests to membership.enrollment-requests\n"))

        let again = try MembershipProcess.run(["ingest-834", first] + arguments)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("already ingested (lfh_cancel-dependent.x12, 1 requests): nothing new published"))

        // Same sender and ISA13 000010216, other content.
        let reused = try MembershipProcess.run(["ingest-834", second] + arguments)
        #expect(reused.status == 3)
        #expect(reused.standardError.contains("already sent interchange control number 000010216 with other content"))
        #expect(reused.standardError.contains("--allow-reused-control-number"))

        let allowed = try MembershipProcess.run(["ingest-834", second, "--allow-reused-control-number"] + arguments)
        #expect(allowed.status == 0, "\(allowed.standardError)")

        let messages = try await Self.consume(cluster.bootstrapServers, expecting: 2)
        #expect(messages.count == 2)
        let requests = try messages.map { try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: $0.value) }
        #expect(Set(requests.map(\.subscriberRef)) == ["123456789"])
        #expect(Set(messages.map(\.key)) == ["123456001/123456789"])
        #expect(requests.map(\.source).sorted() == ["834:lfh_cancel-dependent.x12", "834:lfh_change-subscriber-information.x12"])
    }

    /// Reads the topic from the start until `count` messages arrived and nothing more came for a second.
    static func consume(_ bootstrap: String, expecting count: Int) async throws -> [(key: String, value: [UInt8])] {
        var logger = Logger(label: "x12-tests.consumer")
        logger.logLevel = .error
        var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: "x12-tests-\(UUID().uuidString)")
        configuration.batchLinger = .milliseconds(20)
        let consumer = try await KafkaConsumer(configuration: configuration, logger: logger)
        try consumer.subscribe(topics: [TopicName.enrollmentRequests])
        let received = Mutex<[(key: String, value: [UInt8])]>([])
        let reader = Task {
            for try await batch in consumer.batches {
                received.withLock { list in
                    for message in batch {
                        list.append((String(decoding: message.key ?? [], as: UTF8.self), message.value))
                    }
                }
            }
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(30))
        while received.withLock({ $0.count }) < count, clock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        try await Task.sleep(for: .seconds(1))
        reader.cancel()
        await consumer.close(timeout: .seconds(5))
        return received.withLock { $0 }
    }
}
