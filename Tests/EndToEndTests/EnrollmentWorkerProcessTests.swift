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
/// processes, requests in through Kafka, outcomes read back from the results topic, on SQLite and on
/// PostgreSQL.
@Suite("enrollment-worker as a process", .serialized, .timeLimit(.minutes(10)))
struct EnrollmentWorkerProcessTests {
    typealias Request = Membership_Enrollment_V1_EnrollmentRequest
    typealias F = EnrollmentFixtures
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Wednesday 2026-01-14T18:00:00Z, 10:00 in Los Angeles.
    static let wednesday: Int64 = 1_768_413_600

    // MARK: - Scenarios

    @Test("E6, E5, E12, C1: a family of 6, delivered twice: the 27-year-old rejected, five accepted with MRNs from the first of a month, one card each, nothing twice; SIGTERM exits 0 with every offset committed", arguments: TestDatabase.allCases)
    func familyOfSixDeliveredTwice(_ database: TestDatabase) async throws {
        let broker = try await BrokerProcess.start()
        let worker = try startWorker(broker, database: try await database.freshURL(), name: "enroll-family-\(database)")
        let family = familyOfSix()
        try await publish(broker, contract: F.contract("G-100"), requests: family)
        try await publish(broker, contract: F.contract("G-100"), requests: family)  // an upstream retry: the same events again

        let outcomes = try await finalResults(broker, atLeast: 7)
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
        #expect(accepted.count == 5)
        #expect(Set(accepted.map(\.mrn)).count == 5)
        #expect(accepted.allSatisfy { $0.coverageEffectiveDate.day == 1 })

        let cards = try await cardRequests(broker, atLeast: 6)
        #expect(cards.count == 5)
        #expect(Set(cards.map(\.memberID)) == Set(accepted.map(\.memberID)))

        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0, "worker output:\n\(worker.output)")
        // A restart would re-process nothing: the group's committed offsets cover everything published.
        #expect(try await committedCount(broker, topic: TopicName.enrollmentRequests) == 12)
        #expect(try await committedCount(broker, topic: TopicName.groupContracts) == 2)
        await broker.stop()
    }

    @Test("M2, M3, E12: an uncertain identity opens a review case due in 2 business days, a dependent waits, and the resolve action gives both their outcomes", arguments: TestDatabase.allCases)
    func reviewThenResolve(_ database: TestDatabase) async throws {
        let broker = try await BrokerProcess.start()
        let worker = try startWorker(broker, database: try await database.freshURL(), name: "enroll-review-\(database)")
        let existing = F.addSubscriber(group: "G-100", family: "E-1",
                                       F.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2), ssn: "111223333", hired: true))
        try await publish(broker, contract: F.contract("G-100"), requests: [existing])
        _ = try await finalResults(broker, atLeast: 1)

        // The same name and date of birth with another SSN: a possible duplicate person.
        let uncertain = F.addSubscriber(group: "G-100", family: "E-2", at: Self.wednesday,
                                        F.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2), ssn: "899887777", hired: true))
        let child = F.addDependent(group: "G-100", family: "E-2", at: Self.wednesday + 60, .child,
                                   F.enrollee(first: "Sofia", last: "Lopez", born: (2014, 4, 4), ssn: "888776666"))
        try await publish(broker, requests: [uncertain, child])
        let opened = try await readTopic(TopicName.reviewCases, bootstrap: broker.bootstrap) { $0.count >= 1 }
            .map { try Membership_Enrollment_V1_ReviewCase(serializedBytes: $0.value) }
        if opened.isEmpty {
            let outcomes = try await allResults(broker, atLeast: 2).map { result in
                "\(result.requestID == uncertain.eventID ? "uncertain" : "other"): \(result.outcome.map { "\($0)" }?.prefix(300) ?? "none")"
            }
            Issue.record("no case opened; outcomes: \(outcomes)\nworker output:\n\(worker.output.suffix(2_000))")
        }
        let reviewCase = try #require(opened.first)
        guard case .opened(let details)? = reviewCase.change else {
            Issue.record("expected an opened case, got \(reviewCase)")
            return
        }
        #expect(reviewCase.requestID == uncertain.eventID)
        #expect(details.dueDate == .init(year: 2026, month: 1, day: 16))  // M3: Wednesday + 2 business days
        #expect(details.candidates.map(\.ssnLast4) == ["3333"])
        // The dependent waits behind its subscriber: so far only the pending review is published for E-2.
        let beforeResolve = try await allResults(broker, atLeast: 2)
        #expect(beforeResolve.filter { $0.requestID == child.eventID }.isEmpty)
        guard case .pendingReview? = beforeResolve.first(where: { $0.requestID == uncertain.eventID })?.outcome else {
            Issue.record("expected a pending-review result for the uncertain subscriber: \(beforeResolve)")
            return
        }

        let resolve = F.request(group: "G-100", family: "E-2", at: Self.wednesday + 3_600, .resolveReview(.with {
            $0.caseID = reviewCase.caseID
            $0.newPerson = .init()
            $0.operator = "jlee"
            $0.reason = "different SSN on the W-4"
        }))
        try await publish(broker, requests: [resolve])
        let outcomes = try await finalResults(broker, atLeast: 3)
        let accepted = outcomes.filter { if case .accepted? = $0.outcome { true } else { false } }
        #expect(Set(accepted.map(\.requestID)) == [existing.eventID, uncertain.eventID, child.eventID], "outcomes: \(outcomes)")
        let cases = try await readTopic(TopicName.reviewCases, bootstrap: broker.bootstrap) { $0.count >= 2 }
            .map { try Membership_Enrollment_V1_ReviewCase(serializedBytes: $0.value) }
        guard case .closed(let closed)? = cases.last?.change else {
            Issue.record("expected the case to be closed: \(cases)")
            return
        }
        #expect(closed.decision == .newPerson)
        #expect(closed.resolutionRequestID == resolve.eventID)
        #expect(try await cardRequests(broker, atLeast: 3).count == 3)

        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0)
        await broker.stop()
    }

    @Test("redelivery: the same 1,000 requests published twice give 1,000 final results, no duplicate member or card request", arguments: TestDatabase.allCases)
    func thousandRequestsTwice(_ database: TestDatabase) async throws {
        let broker = try await BrokerProcess.start()
        let worker = try startWorker(broker, database: try await database.freshURL(), name: "enroll-1000-\(database)")
        let requests = F.distinctSubscribers(count: 1_000, group: "G-100")
        try await publish(broker, contract: F.contract("G-100"), requests: requests)
        try await publish(broker, contract: F.contract("G-100"), requests: requests)

        let outcomes = try await finalResults(broker, atLeast: 1_000)
        #expect(outcomes.count == 1_000, "worker output:\n\(worker.output.suffix(3_000))")
        expectOneOutcomeEach(requests, outcomes)
        let members = outcomes.compactMap { result -> String? in
            guard case .accepted(let accepted)? = result.outcome else { return nil }
            return accepted.members.last?.memberID
        }
        #expect(members.count == 1_000)
        #expect(Set(members).count == 1_000)
        let cards = try await cardRequests(broker, atLeast: 1_000)
        #expect(cards.count == 1_000)
        #expect(Set(cards.map(\.memberID)).symmetricDifference(members).isEmpty, "card requests and accepted members differ")

        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0)
        await broker.stop()
    }

    @Test("a crash at each crash point, then a restart: every request has exactly one final result, no duplicate card request", arguments: CrashScenario.allCases)
    func crashThenRestart(_ scenario: CrashScenario) async throws {
        let broker = try await BrokerProcess.start()
        let store = try await scenario.database.freshURL()
        let requests = F.distinctSubscribers(count: 150, group: "G-100")
        let first = try startWorker(broker, database: store, crashAt: scenario.crashPoint, name: "enroll-\(scenario.testDescription)")
        try await publish(broker, contract: F.contract("G-100"), requests: requests)
        if scenario.crashPoint == nil {
            // A plain SIGKILL while batches are in flight.
            _ = try await allResults(broker, atLeast: 20, timeout: .seconds(60))
            first.send(SIGKILL)
        }
        let status = await first.waitForExit(timeout: .seconds(60))
        #expect(status != nil && status != 0, "the worker should have died (\(scenario)):\n\(first.output.suffix(2_000))")

        let second = try startWorker(broker, database: store, name: "enroll-restart-\(scenario.testDescription)")
        let outcomes = try await finalResults(broker, atLeast: 150)
        expectOneOutcomeEach(requests, outcomes, output: second.output)
        // A result is published twice only when the process died between the broker's acknowledgement and
        // marking the outbox row; both copies then carry the same event id, so consumers recognise it.
        #expect(Set(outcomes.map(\.eventID)).count == 150)
        if scenario.crashPoint != "after-delivery" && scenario.crashPoint != nil {
            #expect(outcomes.count == 150)
        }
        let cards = try await cardRequests(broker, atLeast: 150)
        #expect(Set(cards.map(\.eventID)).count == 150)
        #expect(Set(cards.map(\.memberID)).count == 150)
        second.send(SIGTERM)
        #expect(await second.waitForExit(timeout: .seconds(20)) == 0)
        await broker.stop()
    }

    @Test("a garbage message lands in membership.enrollment-requests.dlq with its reason, and the next good request is processed")
    func garbageIsDeadLettered() async throws {
        let broker = try await BrokerProcess.start()
        let worker = try startWorker(broker, database: try await TestDatabase.sqlite.freshURL(), name: "enroll-garbage")
        let garbage = Array("\u{0}\u{7}not an enrollment request".utf8)
        let producer = try await makeProducer(broker)
        try await producer.send(KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: "G-100/E-0", value: garbage))
        await producer.close(timeout: .seconds(5))
        let good = F.distinctSubscribers(count: 1, group: "G-100")
        try await publish(broker, contract: F.contract("G-100"), requests: good)

        let dead = try await readTopic(TopicName.deadLetter(of: TopicName.enrollmentRequests), bootstrap: broker.bootstrap) { $0.count >= 1 }
        #expect(dead.count == 1)
        #expect(dead.first?.value == garbage)
        #expect(dead.first?.headers.text(for: DeadLetterHeader.originTopic.name) == TopicName.enrollmentRequests)
        #expect(dead.first?.headers.text(for: DeadLetterHeader.errorCode.name) == DeadLetterErrorCode.undecodable.rawValue,
                "headers: \(dead.first?.headers.map(\.key) ?? [])")
        let outcomes = try await finalResults(broker, atLeast: 1)
        #expect(outcomes.map(\.requestID) == good.map(\.eventID), "worker output:\n\(worker.output)")
        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0)
        await broker.stop()
    }

    @Test("the Python example producer (Examples/python-producer) sends a request the worker accepts")
    func pythonProducer() async throws {
        let example = Self.repository.appendingPathComponent("Examples/python-producer")
        let generate = try ChildProcess(absolute: "/bin/bash", arguments: [example.appendingPathComponent("generate.sh").path], name: "py-generate")
        #expect(await generate.waitForExit(timeout: .seconds(60)) == 0, "generate.sh:\n\(generate.output)")

        let broker = try await BrokerProcess.start()
        let worker = try startWorker(broker, database: try await TestDatabase.sqlite.freshURL(), name: "enroll-python")
        try await publish(broker, contract: F.contract("G-104233"), requests: [])
        let eventID = UUID().uuidString.lowercased()
        let python = try ChildProcess(absolute: "/usr/bin/python3", arguments: [
            example.appendingPathComponent("produce.py").path,
            "--brokers", "file:\(broker.bootstrapFile)", "--event-id", eventID,
            "--occurred-at", "2026-11-02T18:00:00.000Z", "--plan", "S70-HMO",
        ], name: "py-produce")
        #expect(await python.waitForExit(timeout: .seconds(60)) == 0, "produce.py:\n\(python.output)")

        let outcomes = try await finalResults(broker, atLeast: 1)
        #expect(outcomes.map(\.requestID) == [eventID], "worker output:\n\(worker.output)")
        guard case .accepted(let accepted)? = outcomes.first?.outcome else {
            Issue.record("the Python producer's request should be accepted: \(outcomes)")
            return
        }
        #expect(accepted.members.last?.planID == "S70-HMO")
        // Rule E5: hired 2026-10-26, no waiting period: the first of a month on or after the hire date.
        #expect(accepted.members.last?.coverageEffectiveDate == .init(year: 2026, month: 11, day: 1))
        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0)
        await broker.stop()
    }

    // MARK: - Support

    /// Every request has a final outcome and nothing else has one (without printing thousands of ids).
    func expectOneOutcomeEach(_ requests: [Request], _ outcomes: [Membership_Enrollment_V1_EnrollmentResult], output: String = "",
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = Set(requests.map(\.eventID))
        let answered = Set(outcomes.map(\.requestID))
        #expect(expected.subtracting(answered).isEmpty, "\(expected.subtracting(answered).count) requests have no final result\n\(output.suffix(2_000))",
                sourceLocation: sourceLocation)
        #expect(answered.subtracting(expected).isEmpty, "\(answered.subtracting(expected).count) results answer unknown requests",
                sourceLocation: sourceLocation)
    }

    /// A crash point (or a plain SIGKILL, `crashPoint == nil`) on one database.
    struct CrashScenario: Sendable, CustomTestStringConvertible {
        var crashPoint: String?
        var database: TestDatabase

        static let allCases: [CrashScenario] = [
            .init(crashPoint: "after-commit", database: .sqlite),
            .init(crashPoint: "after-delivery", database: .sqlite),
            .init(crashPoint: "before-offset-commit", database: .sqlite),
            .init(crashPoint: nil, database: .sqlite),
            .init(crashPoint: nil, database: .postgres),
        ]

        var testDescription: String { "\(crashPoint ?? "SIGKILL mid-run") on \(database)" }
    }

    func startWorker(_ broker: BrokerProcess, database: String, crashAt: String? = nil, name: String) throws -> ChildProcess {
        var environment = [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)",
            "DATABASE_URL": database,
            "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
            "PII_KEYS": "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "SESSION_TIMEOUT_MS": "6000",
        ]
        if let crashAt { environment["MEMBERSHIP_CRASH_AT"] = crashAt }
        return try ChildProcess("enrollment-worker", environment: environment, name: name)
    }

    /// The shared family of six (``EnrollmentFixtures/familyOfSix()``).
    func familyOfSix() -> [Request] { F.familyOfSix() }

    func makeProducer(_ broker: BrokerProcess) async throws -> KafkaProducer {
        var logger = Logger(label: "e2e")
        logger.logLevel = .error
        return try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
    }

    func publish(_ broker: BrokerProcess, contract: Membership_Groups_V1_GroupContract? = nil, requests: [Request]) async throws {
        let producer = try await makeProducer(broker)
        if let contract {
            try await producer.send(KafkaProducerMessage(topic: TopicName.groupContracts, key: contract.groupNumber, value: try contract.serializedBytes()))
        }
        let messages = try requests.map {
            KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: RecordKey.family(groupNumber: $0.groupNumber, subscriberRef: $0.subscriberRef), value: try $0.serializedBytes())
        }
        let reports = await producer.send(messages)
        #expect(reports.allSatisfy { $0.error == nil })
        await producer.close(timeout: .seconds(5))
    }

    /// Every request outcome published so far (pending reviews included).
    func allResults(_ broker: BrokerProcess, atLeast count: Int, timeout: Duration = .seconds(120)) async throws -> [Membership_Enrollment_V1_EnrollmentResult] {
        try await readTopic(TopicName.enrollmentResults, bootstrap: broker.bootstrap, timeout: timeout) { records in
            records.count >= count
        }
        .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }
        .filter { $0.subject == .enrollmentRequest }
    }

    /// The final outcomes (accepted or rejected) published so far, waiting for at least `count`.
    func finalResults(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Enrollment_V1_EnrollmentResult] {
        let isFinal: @Sendable (Membership_Enrollment_V1_EnrollmentResult) -> Bool = { result in
            switch result.outcome {
            case .accepted?, .rejected?: true
            default: false
            }
        }
        return try await readTopic(TopicName.enrollmentResults, bootstrap: broker.bootstrap, timeout: .seconds(180)) { records in
            records.lazy.compactMap { try? Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }.filter(isFinal).count >= count
        }
        .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.value) }
        .filter { $0.subject == .enrollmentRequest && isFinal($0) }
    }

    func cardRequests(_ broker: BrokerProcess, atLeast count: Int) async throws -> [Membership_Idcard_V1_CardRequest] {
        try await readTopic(TopicName.idCardRequests, bootstrap: broker.bootstrap) { $0.count >= count }
            .map { try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: $0.value).cardRequest }
    }

    /// How many records of `topic` the enrollment worker's group has committed, over all partitions
    /// (every partition starts at offset 0, so this counts the records it will never read again).
    func committedCount(_ broker: BrokerProcess, topic: String) async throws -> Int64 {
        var logger = Logger(label: "e2e-offsets")
        logger.logLevel = .error
        let admin = try await KafkaAdmin(configuration: KafkaClientConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
        let partitions = try await admin.topics().first { $0.name == topic }?.partitions.map { KafkaTopicPartition(topic: topic, partition: $0.id) } ?? []
        admin.close()
        let consumer = try await KafkaConsumer(configuration: KafkaConsumerConfiguration(bootstrapServers: [broker.bootstrap], groupID: "enrollment-worker"), logger: logger)
        let committed = try await consumer.committedOffsets(for: partitions)
        await consumer.close(timeout: .seconds(5))
        return committed.values.reduce(0, +)
    }
}
