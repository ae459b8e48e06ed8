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

/// The enrollment worker as operations run it: `membership broker` and `enrollment-worker` as separate
/// processes, requests in through Kafka, outcomes read back from the results topic.
@Suite("enrollment-worker as a process", .serialized, .timeLimit(.minutes(5)))
struct EnrollmentWorkerProcessTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func environment(_ broker: BrokerProcess, database: String, crashAt: String? = nil) -> [String: String] {
        var environment = [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)",
            "DATABASE_URL": database,
            "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
            "PII_KEYS": "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "SESSION_TIMEOUT_MS": "6000",
        ]
        if let crashAt { environment["MEMBERSHIP_CRASH_AT"] = crashAt }
        return environment
    }

    /// A subscriber, a spouse and four children, one of them 27 and not disabled (rule E6).
    func familyOfSix() -> [Membership_Enrollment_V1_EnrollmentRequest] {
        typealias F = EnrollmentFixtures
        return [
            F.addSubscriber(group: "G-100", family: "E-5521", F.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true)),
            F.addDependent(group: "G-100", family: "E-5521", .spouse, F.enrollee(first: "Luis", last: "Reyes", born: (1986, 7, 8), ssn: "223456789")),
            F.addDependent(group: "G-100", family: "E-5521", .child, F.enrollee(first: "Eva", last: "Reyes", born: (2012, 2, 3), ssn: "323456789")),
            F.addDependent(group: "G-100", family: "E-5521", .child, F.enrollee(first: "Leo", last: "Reyes", born: (2015, 6, 30), ssn: "423456789")),
            F.addDependent(group: "G-100", family: "E-5521", .child, F.enrollee(first: "Mia", last: "Reyes", born: (2018, 11, 20), ssn: "523456789")),
            F.addDependent(group: "G-100", family: "E-5521", .child, F.enrollee(first: "Tomas", last: "Reyes", born: (1998, 5, 1), ssn: "623456789")),
        ]
    }

    func publish(_ broker: BrokerProcess, contract: Membership_Groups_V1_GroupContract, requests: [Membership_Enrollment_V1_EnrollmentRequest]) async throws {
        var logger = Logger(label: "e2e")
        logger.logLevel = .error
        let producer = try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
        try await producer.send(KafkaProducerMessage(topic: TopicName.groupContracts, key: contract.groupNumber, value: try contract.serializedBytes()))
        let messages = try requests.map {
            KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: RecordKey.family(groupNumber: $0.groupNumber, subscriberRef: $0.subscriberRef), value: try $0.serializedBytes())
        }
        #expect(await producer.send(messages).allSatisfy { $0.error == nil })
        await producer.close(timeout: .seconds(5))
    }

    func results(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Enrollment_V1_EnrollmentResult] {
        try await readTopic(TopicName.enrollmentResults, bootstrap: broker.bootstrap) { $0.count >= count }
            .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }
            .filter { $0.subject == .enrollmentRequest }
    }

    func cardRequests(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Idcard_V1_CardRequest] {
        try await readTopic(TopicName.idCardRequests, bootstrap: broker.bootstrap) { $0.count >= count }
            .map { try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: $0.value).cardRequest }
    }

    func database() -> String {
        "sqlite:" + FileManager.default.temporaryDirectory.appendingPathComponent("e2e-enroll-\(UUID().uuidString.prefix(8)).sqlite").path
    }

    @Test("E6, E5, E12, C1: a family of 6, delivered twice: the 27-year-old rejected, five accepted with MRNs from the first of a month, one card each, nothing twice")
    func familyOfSixDeliveredTwice() async throws {
        let broker = try await BrokerProcess.start()
        let worker = try ChildProcess("enrollment-worker", environment: environment(broker, database: database()), name: "enrollment")
        let family = familyOfSix()
        let contract = EnrollmentFixtures.contract("G-100")
        try await publish(broker, contract: contract, requests: family)
        try await publish(broker, contract: contract, requests: family)  // an upstream retry: the same events again

        let outcomes = try await results(broker, atLeast: 7)
        #expect(outcomes.count == 6, "worker output:\n\(worker.output)")
        #expect(Set(outcomes.map(\.requestID)) == Set(family.map(\.eventID)))
        let byRequest = Dictionary(outcomes.map { ($0.requestID, $0) }, uniquingKeysWith: { first, _ in first })
        guard case .rejected(let rejected)? = byRequest[family[5].eventID]?.outcome else {
            Issue.record("the 27-year-old should be rejected")
            return
        }
        #expect(rejected.reasons == [.dependentOverAgeLimit])
        let accepted = family.prefix(5).compactMap { request -> Membership_Enrollment_V1_MemberCoverage? in
            guard case .accepted(let accepted)? = byRequest[request.eventID]?.outcome else { return nil }
            return accepted.members.last
        }
        #expect(accepted.count == 5, "outcomes: \(family.map { byRequest[$0.eventID].map { "\($0.outcome.map { "\($0)" } ?? "none")" } ?? "missing" })")
        #expect(Set(accepted.map(\.mrn)).count == 5)
        #expect(accepted.allSatisfy { $0.coverageEffectiveDate.day == 1 })

        let cards = try await cardRequests(broker, atLeast: 5)
        #expect(cards.count == 5)
        #expect(Set(cards.map(\.memberID)) == Set(accepted.map(\.memberID)))

        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(25)) == 0)
        await broker.stop()
    }

    @Test("a plain SIGKILL mid-run, then a restart: every request has exactly one final result, no duplicate card request")
    func killedMidRun() async throws {
        let broker = try await BrokerProcess.start()
        let store = database()
        // Many families, so the kill lands while batches are in flight.
        var requests: [Membership_Enrollment_V1_EnrollmentRequest] = []
        for index in 0..<150 {
            let ssn = String(format: "%09d", 100_000_000 + index * 7919)
            requests.append(EnrollmentFixtures.addSubscriber(
                group: "G-100", family: "E-\(index)",
                EnrollmentFixtures.enrollee(first: "Pat\(index)", last: "Kim", born: (1980 + Int32(index % 20), 1 + Int32(index % 12), 1 + Int32(index % 28)), ssn: ssn, hired: true)))
        }
        let first = try ChildProcess("enrollment-worker", environment: environment(broker, database: store), name: "enroll-kill")
        try await publish(broker, contract: EnrollmentFixtures.contract("G-100"), requests: requests)
        try await Task.sleep(for: .milliseconds(2500))
        first.send(SIGKILL)
        _ = await first.waitForExit(timeout: .seconds(10))

        let second = try ChildProcess("enrollment-worker", environment: environment(broker, database: store), name: "enroll-restart")
        let outcomes = try await results(broker, atLeast: 150)
        let distinct = Set(outcomes.map(\.requestID))
        #expect(distinct == Set(requests.map(\.eventID)), "output:\n\(second.output)")
        // A result can be published twice only if the kill fell between the broker's acknowledgement
        // and marking the outbox row; both copies then carry the same event id.
        #expect(Set(outcomes.map(\.eventID)).count == 150)
        let cards = try await cardRequests(broker, atLeast: 150)
        #expect(Set(cards.map(\.eventID)).count == 150)
        #expect(Set(cards.map(\.memberID)).count == 150)
        second.send(SIGTERM)
        _ = await second.waitForExit(timeout: .seconds(25))
        await broker.stop()
    }
}
