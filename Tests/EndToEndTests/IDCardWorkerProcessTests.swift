import Foundation
import Kafka
import Logging
import MembershipEvents
import SwiftProtobuf
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The runtime's promises, checked on the real `idcard-worker` executable next to the real
/// `membership broker`, as separate processes: dead letters, graceful shutdown, crash points.
@Suite("idcard-worker as a process", .serialized, .timeLimit(.minutes(5)))
struct IDCardWorkerProcessTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func workerEnvironment(broker: BrokerProcess, database: String, crashAt: String? = nil, mailingInterval: Int = 3600) -> [String: String] {
        var environment = [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)",
            "DATABASE_URL": database,
            "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
            "MAILING_INTERVAL_SECONDS": String(mailingInterval),
            "MAILING_SETTLE_SECONDS": "0",
            "SESSION_TIMEOUT_MS": "6000",
            "LOG_LEVEL": "info",
        ]
        if let crashAt { environment["MEMBERSHIP_CRASH_AT"] = crashAt }
        return environment
    }

    func household(_ count: Int, subscriber: String) -> [KafkaProducerMessage] {
        (0..<count).map { index in
            var request = Membership_Idcard_V1_CardRequest()
            request.eventID = UUID().uuidString.lowercased()
            request.occurredAt = Google_Protobuf_Timestamp(date: Date())
            request.source = "e2e-test"
            request.causeRequestID = "enroll-\(subscriber)-\(index)"
            request.reason = .newEnrollment
            request.memberID = index == 0 ? subscriber : "\(subscriber)-\(index)"
            request.subscriberMemberID = subscriber
            request.mrn = "11-000000\(index)"
            request.name = .with {
                $0.firstName = "Member\(index)"
                $0.lastName = "Tester"
            }
            request.dateOfBirth = .with {
                $0.year = 1980 + Int32(index)
                $0.month = 5
                $0.day = 17
            }
            request.subscriber = index == 0
            request.groupNumber = "G-100"
            request.planID = "S70-HMO"
            request.planName = "Silver 70 HMO"
            request.coverageEffectiveDate = .with {
                $0.year = 2026
                $0.month = 3
                $0.day = 1
            }
            request.memberServicesPhone = "1-800-464-4000"
            request.mailingAddress = .with {
                $0.line1 = "1200 Harbor Blvd"
                $0.line2 = "Apt 4"
                $0.city = "Oxnard"
                $0.state = "CA"
                $0.zipCode = "93030"
                $0.county = "Ventura"
            }
            var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
            wrapper.cardRequest = request
            return KafkaProducerMessage(topic: TopicName.idCardRequests, key: subscriber, value: try! wrapper.serializedBytes())
        }
    }

    func mailingRun(_ runID: String) -> KafkaProducerMessage {
        var run = Membership_Idcard_V1_MailingRunRequest()
        run.eventID = UUID().uuidString.lowercased()
        run.occurredAt = Google_Protobuf_Timestamp(date: Date().addingTimeInterval(1))
        run.source = "e2e-test"
        run.runID = runID
        var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
        wrapper.mailingRunRequest = run
        return KafkaProducerMessage(topic: TopicName.idCardRequests, key: "mailing-run/\(runID)", value: try! wrapper.serializedBytes())
    }

    func producer(_ broker: BrokerProcess) async throws -> KafkaProducer {
        var logger = Logger(label: "e2e")
        logger.logLevel = .error
        return try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
    }

    func envelopes(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Idcard_V1_Envelope] {
        try await readTopic(TopicName.idCardMailings, bootstrap: broker.bootstrap) { $0.count >= count }
            .map { try Membership_Idcard_V1_Envelope(serializedBytes: $0.value) }
    }

    func temporaryDatabase() -> String {
        "sqlite:" + FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString.prefix(8)).sqlite").path
    }

    @Test("garbage lands in the DLQ with its reason, the next good messages are processed; SIGTERM exits 0 and a restart re-processes nothing")
    func deadLetterAndGracefulShutdown() async throws {
        let broker = try await BrokerProcess.start()
        let database = temporaryDatabase()
        let worker = try ChildProcess("idcard-worker", environment: workerEnvironment(broker: broker, database: database), name: "idcard")
        let producer = try await producer(broker)
        try await producer.send(KafkaProducerMessage(topic: TopicName.idCardRequests, key: "S-1", value: Array("definitely not protobuf \u{1}\u{2}".utf8)))
        _ = await producer.send(household(5, subscriber: "S-1"))
        // The run request is keyed by its run id, so it may sit on another partition than the cards
        // and be applied before them; give the cards time to be stored first.
        try await Task.sleep(for: .seconds(6))
        try await producer.send(mailingRun("run-1"))

        let dead = try await readTopic(TopicName.deadLetter(of: TopicName.idCardRequests), bootstrap: broker.bootstrap) { $0.count >= 1 }
        #expect(dead.count == 1)
        #expect(dead.first?.headers.text(for: DeadLetterHeader.errorCode.name) != nil)
        #expect(dead.first?.headers.text(for: DeadLetterHeader.originTopic.name) == TopicName.idCardRequests)
        #expect(dead.first?.value == Array("definitely not protobuf \u{1}\u{2}".utf8))

        let mailed = try await envelopes(broker, atLeast: 2)
        #expect(mailed.map(\.cards.count).sorted() == [1, 4])  // C2: 5 cards -> 4 + 1

        worker.send(SIGTERM)
        let status = await worker.waitForExit(timeout: .seconds(25))
        #expect(status == 0, "worker output:\n\(worker.output)")

        let restarted = try ChildProcess("idcard-worker", environment: workerEnvironment(broker: broker, database: database), name: "idcard-2")
        try await producer.send(mailingRun("run-2"))  // Nothing pending: mails nothing.
        try await Task.sleep(for: .seconds(8))
        let afterRestart = try await envelopes(broker, atLeast: 2)
        #expect(afterRestart.count == 2)
        let deadAfter = try await readTopic(TopicName.deadLetter(of: TopicName.idCardRequests), bootstrap: broker.bootstrap) { $0.count >= 1 }
        #expect(deadAfter.count == 1)
        restarted.send(SIGTERM)
        _ = await restarted.waitForExit(timeout: .seconds(25))
        await producer.close(timeout: .seconds(5))
        await broker.stop()
    }

    @Test("a crash at each crash point, then a restart: every envelope exactly once", arguments: ["after-commit", "after-delivery", "before-offset-commit"])
    func crashPoints(_ point: String) async throws {
        let broker = try await BrokerProcess.start()
        let database = temporaryDatabase()
        let producer = try await producer(broker)
        _ = await producer.send(household(9, subscriber: "S-9"))

        // Timed mailing runs every 2 s mail whatever the crashed and the restarted worker stored.
        let crashing = try ChildProcess("idcard-worker", environment: workerEnvironment(broker: broker, database: database, crashAt: point, mailingInterval: 2), name: "crash-\(point)")
        let status = await crashing.waitForExit(timeout: .seconds(60))
        #expect(status != nil && status != 0, "the worker should have killed itself at \(point)")

        let restarted = try ChildProcess("idcard-worker", environment: workerEnvironment(broker: broker, database: database, mailingInterval: 2), name: "after-\(point)")
        let mailed = try await envelopes(broker, atLeast: 3)
        // C2 + C5: a household of 9 -> 3 envelopes (4 + 4 + 1), each card in exactly one, despite the crash.
        let distinct = Dictionary(mailed.map { ($0.envelopeID, $0) }, uniquingKeysWith: { first, again in
            #expect(first == again, "a republished envelope must be the same message")
            return first
        })
        #expect(distinct.count == 3, "envelopes: \(mailed.map(\.envelopeID))\n\(restarted.output)")
        #expect(distinct.values.map(\.cards.count).sorted() == [1, 4, 4])
        let cards = distinct.values.flatMap(\.cards).map(\.memberID)
        #expect(cards.count == 9)
        #expect(Set(cards).count == 9)
        if point != "after-delivery" {
            // Only a crash between the broker's acknowledgement and marking the outbox row can
            // publish a row twice (the transactional outbox is at-least-once towards Kafka; every
            // copy carries the same event id, so consumers recognise it).
            #expect(mailed.count == 3)
        }
        restarted.send(SIGTERM)
        _ = await restarted.waitForExit(timeout: .seconds(25))
        await producer.close(timeout: .seconds(5))
        await broker.stop()
    }
}
