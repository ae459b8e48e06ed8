import Foundation
import Kafka
import Logging
import MembershipEvents
import MembershipTesting
import SwiftProtobuf
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Poison on the wire: the real `enrollment-worker` next to `membership broker`, with poison values of
/// every kind interleaved with good requests on the same partitions. Each poison value lands on
/// `membership.enrollment-requests.dlq` unchanged with its precise code, and every good request still gets
/// its result.
@Suite("Poison input to enrollment-worker as a process", .serialized, .timeLimit(.minutes(5)))
struct PoisonInputProcessTests {
    typealias F = EnrollmentFixtures
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goodRequests = 120

    /// The i-th good request: distinct names (letters only), birth dates and SSNs, so no two look alike (rule M2).
    static func goodRequest(_ index: Int) -> Membership_Enrollment_V1_EnrollmentRequest {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let first = "Ana" + String(letters[index / 26 % 26]) + String(letters[index % 26])
        let enrollee = F.enrollee(first: first, last: "Poison", born: (1960 + Int32(index % 40), 1 + Int32(index % 12), 9),
                                  ssn: "234-56-" + String(1000 + index), hired: true)
        return F.addSubscriber(group: "G-200", family: "P-\(index)", enrollee)
    }

    @Test("random bytes, truncated protobuf, another topic's message, an oversized field and missing fields are dead-lettered with their codes; all good requests around them get results")
    func poisonAmongGoodRequests() async throws {
        let broker = try await BrokerProcess.start()
        let database = "sqlite:" + FileManager.default.temporaryDirectory
            .appendingPathComponent("e2e-poison-\(UUID().uuidString.prefix(8)).sqlite").path
        let worker = try ChildProcess("enrollment-worker", environment: [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)",
            "DATABASE_URL": database,
            "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
            "PII_KEYS": "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "SESSION_TIMEOUT_MS": "6000",
        ], name: "enroll-poison")

        let good = (0..<Self.goodRequests).map(Self.goodRequest)
        var oversized = good[0]
        oversized.addSubscriber.subscriber.identity.name.lastName = String(repeating: "x", count: 5_000)
        var noEventID = good[1]
        noEventID.eventID = ""
        var payment = Membership_Billing_V1_PaymentReceived()
        payment.eventID = UUID().uuidString.lowercased()
        payment.occurredAt = Google_Protobuf_Timestamp(seconds: F.enrollTime)
        payment.paymentID = "PAY-1"
        payment.groupNumber = "G-200"
        payment.amountCents = 100
        let poison: [(value: [UInt8], code: String)] = [
            (Array("definitely not protobuf \u{1}\u{2}".utf8), "UNDECODABLE"),
            (Array((try good[2].serializedBytes() as [UInt8]).dropLast(3)), "TRUNCATED"),
            (try payment.serializedBytes(), "WRONG_MESSAGE_TYPE"),
            (try oversized.serializedBytes(), "FIELD_TOO_LARGE"),
            (try noEventID.serializedBytes(), "MISSING_FIELD"),
        ]

        var logger = Logger(label: "e2e")
        logger.logLevel = .error
        let producer = try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
        let contract = F.contract("G-200")
        try await producer.send(KafkaProducerMessage(topic: TopicName.groupContracts, key: "G-200", value: try contract.serializedBytes()))
        // Each poison value is keyed like a good request, so it sits on that family's partition between good ones.
        var messages: [KafkaProducerMessage] = []
        for (index, request) in good.enumerated() {
            let key = RecordKey.family(groupNumber: request.groupNumber, subscriberRef: request.subscriberRef)
            if index % 20 == 10, index / 20 < poison.count {
                messages.append(KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: key, value: poison[index / 20].value))
            }
            messages.append(KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: key, value: try request.serializedBytes()))
        }
        #expect(await producer.send(messages).allSatisfy { $0.error == nil })
        await producer.close(timeout: .seconds(5))

        let dead = try await readTopic(TopicName.deadLetter(of: TopicName.enrollmentRequests), bootstrap: broker.bootstrap) {
            $0.count >= poison.count
        }
        #expect(dead.count == poison.count, "worker output:\n\(worker.output)")
        for (value, code) in poison {
            let letter = dead.first { $0.value == value }
            #expect(letter?.headers.text(for: DeadLetterHeader.errorCode.name) == code)
            #expect(letter?.headers.text(for: DeadLetterHeader.originTopic.name) == TopicName.enrollmentRequests)
        }
        let results = try await readTopic(TopicName.enrollmentResults, bootstrap: broker.bootstrap, timeout: .seconds(120)) {
            $0.count >= Self.goodRequests + 1
        }
        .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }
        .filter { $0.subject == .enrollmentRequest }
        #expect(Set(results.map(\.requestID)) == Set(good.map(\.eventID)))
        #expect(results.filter { if case .accepted = $0.outcome { true } else { false } }.count == Self.goodRequests)

        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0, "worker output:\n\(worker.output)")
        await broker.stop()
    }
}
