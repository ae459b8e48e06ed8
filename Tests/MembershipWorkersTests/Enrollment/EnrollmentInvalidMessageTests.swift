import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import Testing
import WorkerRuntime

@Suite("Malformed enrollment messages: dead letters and E12 rejections, never with personal data")
struct EnrollmentInvalidMessageTests {
    typealias Bench = EnrollmentTestBench

    static func message(_ value: [UInt8], topic: String) -> IncomingMessage {
        IncomingMessage(topic: topic, partition: 0, offset: 0, key: nil, value: value)
    }

    @Test("Dead letter: undecodable bytes")
    func undecodable() throws {
        let bench = try Bench()
        defer { try? FileManager.default.removeItem(at: bench.directory) }
        let error = #expect(throws: InvalidMessage.self) {
            try bench.handlers.requests.decode(Self.message([0xff, 0xff, 0xff], topic: TopicName.enrollmentRequests))
        }
        #expect(error?.code == "UNDECODABLE")
    }

    @Test("Dead letter: a request without its envelope names the missing field", arguments: [
        ("event_id", "event_id is empty"),
        ("group_number", "group_number is empty"),
        ("subscriber_ref", "subscriber_ref is empty"),
        ("occurred_at", "occurred_at is not set"),
    ])
    func missingEnvelope(field: String, reason: String) throws {
        let bench = try Bench()
        defer { try? FileManager.default.removeItem(at: bench.directory) }
        var request = Bench.addSubscriber(group: "G-100", family: "E-1",
                                          Bench.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true))
        switch field {
        case "event_id": request.eventID = ""
        case "group_number": request.groupNumber = ""
        case "subscriber_ref": request.subscriberRef = ""
        default: request.clearOccurredAt()
        }
        let value: [UInt8] = try request.serializedBytes()
        let error = #expect(throws: InvalidMessage.self) {
            try bench.handlers.requests.decode(Self.message(value, topic: TopicName.enrollmentRequests))
        }
        #expect(error?.code == "MISSING_FIELD")
        #expect(error?.reason == reason)
        #expect(error.map { !$0.description.contains("Reyes") && !$0.description.contains("123456789") } == true)
    }

    @Test("Dead letter: a contract without an effective date, or with an impossible one", arguments: [
        (false, "MISSING_FIELD", "contract_effective_date is not set"),
        (true, "INVALID_FIELD", "contract_effective_date is not a date"),
    ])
    func contractDates(present: Bool, code: String, reason: String) throws {
        let bench = try Bench()
        defer { try? FileManager.default.removeItem(at: bench.directory) }
        var contract = Bench.contract("G-100")
        if present { contract.contractEffectiveDate = .init(year: 2026, month: 2, day: 30) } else { contract.clearContractEffectiveDate() }
        let value: [UInt8] = try contract.serializedBytes()
        let error = #expect(throws: InvalidMessage.self) {
            try bench.handlers.groupContracts.decode(Self.message(value, topic: TopicName.groupContracts))
        }
        #expect(error?.code == code)
        #expect(error?.reason == reason)
    }

    @Test("E12: an unknown relationship value is a rejected result naming the field, without personal data")
    func unknownEnumIsRejected() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            let request = Bench.addDependent(group: "G-100", family: "E-1", .UNRECOGNIZED(42),
                                             Bench.enrollee(first: "Eva", last: "Reyes", born: (2012, 2, 3), ssn: "323456789"))
            let messages = try await bench.send(request, to: store)
            let result = try #require(try Bench.results(messages).first)
            #expect(result.requestID == request.eventID)
            guard case .rejected(let rejected)? = result.outcome else {
                Issue.record("expected a rejection, got \(String(describing: result.outcome))")
                return
            }
            #expect(rejected.reasons == [.invalidRequest])
            #expect(rejected.message == "The request is invalid: add_dependent.relationship has a value this worker does not know [unknown-enum-value] (rule E12).")
            for message in messages {
                for secret in ["Eva", "Reyes", "323456789", "2012"] {
                    #expect(!message.payload.containsSubsequence(Array(secret.utf8)), "\(secret) leaked")
                }
            }
        }
    }

    @Test("E12: an impossible date of birth is a rejected result naming the field")
    func impossibleDate() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            let request = Bench.addSubscriber(group: "G-100", family: "E-1",
                                              Bench.enrollee(first: "Ana", last: "Reyes", born: (1985, 2, 30), ssn: "123456789", hired: true))
            let result = try #require(try Bench.results(try await bench.send(request, to: store)).first)
            guard case .rejected(let rejected)? = result.outcome else {
                Issue.record("expected a rejection")
                return
            }
            #expect(rejected.reasons == [.invalidRequest])
            #expect(rejected.message.contains("add_subscriber.subscriber.identity.date_of_birth is not a date"))
        }
    }
}
