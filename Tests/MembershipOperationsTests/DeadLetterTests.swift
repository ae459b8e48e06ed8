import Foundation
import Kafka
import MembershipEvents
import MembershipOperations
import SwiftProtobuf
import Testing

@Suite("dead letters: tail decodes by origin, re-drive lands on origin", .timeLimit(.minutes(2)))
struct DeadLetterTests {
    static let dlq = TopicName.deadLetter(of: TopicName.enrollmentRequests)

    static func request(_ index: Int) throws -> Membership_Enrollment_V1_EnrollmentRequest {
        var request = Membership_Enrollment_V1_EnrollmentRequest()
        request.eventID = "00000000-0000-4000-8000-00000000000\(index)"
        request.groupNumber = "G-104233"
        request.subscriberRef = "E-552\(index)"
        request.addSubscriber = .with {
            $0.subscriber = .with {
                $0.identity = .with {
                    $0.ssn = "123-45-678\(index)"
                    $0.dateOfBirth = .with {
                        $0.year = 1984
                        $0.month = 3
                        $0.day = 9
                    }
                }
            }
        }
        return request
    }

    static func deadLetter(_ index: Int, code: DeadLetterErrorCode = .nonRetryable) throws -> KafkaProducerMessage {
        let metadata = DeadLetterMetadata(
            errorCode: code, errorMessage: "subscriber has no plan", originTopic: TopicName.enrollmentRequests,
            originPartition: 2, originOffset: Int64(40 + index), attempts: 1, worker: "enrollment-worker@node-2",
            time: Google_Protobuf_Timestamp(seconds: 1_795_590_000, nanos: 125_000_000))
        let request = try request(index)
        return KafkaProducerMessage(
            topic: dlq, key: Array(request.recordKey.utf8), value: try request.serializedBytes(),
            headers: [KafkaHeader(key: "traceparent", text: "00-abc-\(index)-01")] + metadata.headers.map { KafkaHeader(key: $0.name, text: $0.value) })
    }

    @Test("tail of a .dlq shows the dead-letter headers and decodes the payload by its origin topic, SSN and birth date masked")
    func tailDeadLetter() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic(Self.dlq, partitions: 1)
        try await test.send([try Self.deadLetter(1)])
        let record = try #require(try await test.readAll(Self.dlq).first)

        let pretty = RecordFormatter(style: .pretty).format(record)
        #expect(pretty.contains("dead letter: NON_RETRYABLE \"subscriber has no plan\""))
        #expect(pretty.contains("from membership.enrollment-requests[2]@41 after 1 attempt(s) by enrollment-worker@node-2 at 2026-11-25T07:00:00.125Z"))
        #expect(pretty.contains("headers: traceparent=00-abc-1-01"))
        #expect(pretty.contains("membership.enrollment.v1.EnrollmentRequest:"))
        #expect(pretty.contains("\"ssn\" : \"***-**-6781\""))
        #expect(!pretty.contains("123-45-6781"))
        #expect(!pretty.contains("\"day\""))

        let line = RecordFormatter(style: .json).format(record)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "membership.enrollment.v1.EnrollmentRequest")
        #expect((object["deadLetter"] as? [String: String])?["dlq.origin.offset"] == "41")
        let value = try #require(object["value"] as? [String: Any])
        #expect(value["subscriberRef"] as? String == "E-5521")

        let revealed = RecordFormatter(style: .json, revealPersonalData: true).format(record)
        #expect(revealed.contains("123-45-6781"))
    }

    @Test("an undecodable dead letter is shown as bytes with the reason")
    func undecodable() {
        let record = ReplayRecord(topic: Self.dlq, partition: 0, offset: 0, timestampMilliseconds: nil, key: Array("k".utf8),
                                  value: [0xFF, 0xFF, 0xFF], headers: [])
        let pretty = RecordFormatter(style: .pretty).format(record)
        #expect(pretty.contains("dead letter without valid headers: dead-letter header dlq.time is missing"))
        #expect(pretty.contains("value (3 bytes): not a valid membership.enrollment.v1.EnrollmentRequest"))
        #expect(pretty.contains("base64: ////"))
    }

    @Test("re-drive sends each dead letter to its origin topic: same key and value, original headers, no dlq.* headers")
    func redrive() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic(Self.dlq, partitions: 2)
        try test.cluster.createTopic(TopicName.enrollmentRequests, partitions: 3)
        let letters = [try Self.deadLetter(1), try Self.deadLetter(2, code: .retriesExhausted), try Self.deadLetter(3)]
        let orphan = KafkaProducerMessage(topic: Self.dlq, key: "x", value: [1, 2, 3])
        try await test.send(letters + [orphan])

        var dryRun = DeadLetterRedrive(settings: test.settings, logger: test.logger)
        dryRun.dryRun = true
        let counted = try await dryRun.run(deadLetterTopic: Self.dlq, range: TopicRange(start: .beginning, stopAtEnd: true))
        #expect(counted.redriven == [TopicName.enrollmentRequests: 3])
        #expect(counted.withoutOrigin == 1)
        #expect(try await test.readAll(TopicName.enrollmentRequests).isEmpty)

        var onlyExhausted = DeadLetterRedrive(settings: test.settings, logger: test.logger)
        onlyExhausted.errorCode = .retriesExhausted
        let report = try await onlyExhausted.run(deadLetterTopic: Self.dlq, range: TopicRange(start: .beginning, stopAtEnd: true))
        #expect(report.redriven == [TopicName.enrollmentRequests: 1])
        #expect(report.skippedByCode == 2)

        let all = try await DeadLetterRedrive(settings: test.settings, logger: test.logger)
            .run(deadLetterTopic: Self.dlq, range: TopicRange(start: .beginning, stopAtEnd: true))
        #expect(all.total == 3)
        let origin = try await test.readAll(TopicName.enrollmentRequests)
        #expect(origin.count == 4)
        let expected = letters.map { letter in
            Content(KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: letter.key, value: letter.value, headers: [letter.headers[0]]))
        }
        #expect(Set(origin.map(Content.init)) == Set(expected))
        #expect(origin.allSatisfy { $0.headers.map(\.key) == ["traceparent"] })
        #expect(DeadLetterRedrive.eventID(of: try DeadLetterRedrive.message(for: ReplayRecord(
            topic: Self.dlq, partition: 0, offset: 0, timestampMilliseconds: nil, key: letters[1].key, value: letters[1].value,
            headers: letters[1].headers))) == "00000000-0000-4000-8000-000000000002")
    }
}
