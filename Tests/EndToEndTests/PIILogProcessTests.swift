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

/// No PII in logs: the enrollment worker at trace level (in JSON and in text), fed accepted, rejected,
/// reviewed and undecodable requests with known SSNs, birth dates and names, never writes any of them.
@Suite("no PII in the enrollment worker's logs", .serialized, .timeLimit(.minutes(5)))
struct PIILogProcessTests {
    typealias F = EnrollmentFixtures
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Distinctive values that cannot appear in a log line by accident.
    static let ssns = ["471829356", "471829357", "471829358", "912345678"]
    static let names = ["Xiomara", "Quetzalli", "Thaddeus", "Zebulon", "Ostrowska-Pike"]
    static let birthDates = [(1979, 11, 23), (1981, 2, 17), (2013, 8, 29)]

    @Test("trace-level logs contain none of the requests' SSNs, birth dates or names", arguments: ["human", "json"])
    func traceLogsHaveNoPII(_ format: String) async throws {
        let broker = try await BrokerProcess.start()
        let database = try await TestDatabase.sqlite.freshURL()
        let worker = try ChildProcess("enrollment-worker", environment: [
            "KAFKA_BROKERS": "file:\(broker.bootstrapFile)", "DATABASE_URL": database, "METRICS_ADDRESS": "off",
            "REFERENCE_DIR": Self.repository.appendingPathComponent("Reference").path,
            "PII_KEYS": "k1:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "SESSION_TIMEOUT_MS": "6000", "LOG_LEVEL": "trace", "LOG_FORMAT": format,
        ], name: "enroll-pii-\(format)")

        let (subscriberBorn, spouseBorn, childBorn) = (Self.birthDates[0], Self.birthDates[1], Self.birthDates[2])
        let requests = [
            // Accepted: a subscriber and a child.
            F.addSubscriber(group: "G-100", family: "E-1", F.enrollee(first: "Xiomara", last: "Ostrowska-Pike",
                born: (Int32(subscriberBorn.0), Int32(subscriberBorn.1), Int32(subscriberBorn.2)), ssn: Self.ssns[0], hired: true)),
            F.addDependent(group: "G-100", family: "E-1", .child, F.enrollee(first: "Zebulon", last: "Ostrowska-Pike",
                born: (Int32(childBorn.0), Int32(childBorn.1), Int32(childBorn.2)), ssn: Self.ssns[1])),
            // Rejected by field validation: a never-issued SSN (its reason names the field, not the value).
            F.addSubscriber(group: "G-100", family: "E-2", F.enrollee(first: "Thaddeus", last: "Ostrowska-Pike",
                born: (Int32(spouseBorn.0), Int32(spouseBorn.1), Int32(spouseBorn.2)), ssn: Self.ssns[3], hired: true)),
            // A possible duplicate person (same name and birth date, another SSN): a review case.
            F.addSubscriber(group: "G-100", family: "E-3", F.enrollee(first: "Xiomara", last: "Ostrowska-Pike",
                born: (Int32(subscriberBorn.0), Int32(subscriberBorn.1), Int32(subscriberBorn.2)), ssn: Self.ssns[2], hired: true)),
        ]
        var logger = Logger(label: "e2e")
        logger.logLevel = .error
        let producer = try await KafkaProducer(configuration: KafkaProducerConfiguration(bootstrapServers: [broker.bootstrap]), logger: logger)
        let contract = F.contract("G-100")
        try await producer.send(KafkaProducerMessage(topic: TopicName.groupContracts, key: "G-100", value: try contract.serializedBytes()))
        for request in requests {
            // One at a time, so the review case finds the first Xiomara already enrolled.
            try await producer.send(KafkaProducerMessage(topic: TopicName.enrollmentRequests,
                key: RecordKey.family(groupNumber: request.groupNumber, subscriberRef: request.subscriberRef), value: try request.serializedBytes()))
            try await Task.sleep(for: .milliseconds(1500))
        }
        // A truncated request: its decode error must not quote the bytes it read.
        try await producer.send(KafkaProducerMessage(topic: TopicName.enrollmentRequests, key: "G-100/E-4",
                                                     value: Array(try requests[0].serializedBytes() as [UInt8]).dropLast(5).map { $0 }))
        await producer.close(timeout: .seconds(5))

        let results = try await readTopic(TopicName.enrollmentResults, bootstrap: broker.bootstrap) { $0.count >= 4 }
        #expect(results.count >= 4, "worker output:\n\(worker.output.suffix(2_000))")
        _ = try await readTopic(TopicName.deadLetter(of: TopicName.enrollmentRequests), bootstrap: broker.bootstrap) { $0.count >= 1 }
        worker.send(SIGTERM)
        #expect(await worker.waitForExit(timeout: .seconds(20)) == 0)
        await broker.stop()

        let log = worker.output
        #expect(log.split(separator: "\n").count > 10, "the worker logged: \(log.prefix(500))")
        var forbidden = Self.ssns + Self.ssns.map { "\($0.prefix(3))-\($0.dropFirst(3).prefix(2))-\($0.suffix(4))" } + Self.names
        for (year, month, day) in Self.birthDates {
            forbidden.append(String(format: "%04d-%02d-%02d", year, month, day))
            forbidden.append(String(format: "%02d/%02d/%04d", month, day, year))
        }
        for value in forbidden {
            let lines = log.split(separator: "\n").filter { $0.contains(value) }
            #expect(lines.isEmpty, "'\(value)' appears in \(lines.count) log line(s), e.g. \(lines.first.map { String($0.prefix(300)) } ?? "")")
        }
    }
}
