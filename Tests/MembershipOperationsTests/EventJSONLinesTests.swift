import Foundation
import Kafka
import MembershipEvents
import MembershipOperations
import SwiftProtobuf
import Testing

@Suite("produce: JSON lines per topic")
struct EventJSONLinesTests {
    static let now = Date(timeIntervalSince1970: 1_795_590_000)

    @Test("records are keyed as each topic's contract says", arguments: [
        (EventTopic.enrollmentRequests, #"{"groupNumber":"G-104233","subscriberRef":"E-5521","cancelCoverage":{}}"#, "G-104233/E-5521"),
        (EventTopic.billingCycles, #"{"allGroups":true,"billingMonth":{"year":2026,"month":11}}"#, "all-groups"),
        (EventTopic.billingCycles, #"{"groupNumber":"G-7","billingMonth":{"year":2026,"month":11}}"#, "G-7"),
        (EventTopic.idCardRequests, #"{"mailingRunRequest":{"runId":"MR-1"}}"#, "mailing-run/MR-1"),
        (EventTopic.payments, #"{"groupNumber":"G-9","amountCents":"12500"}"#, "G-9"),
        (EventTopic.groupContracts, #"{"groupNumber":"G-1"}"#, "G-1"),
    ])
    func keys(topic: EventTopic, line: String, key: String) throws {
        let message = try #require(try EventJSONLines(topic: topic).message(line: line, number: 1, now: Self.now))
        #expect(message.topic == topic.defaultName)
        #expect(message.key == Array(key.utf8))
    }

    @Test("missing event id, time and source are filled in; given ones are kept")
    func metadata() throws {
        let lines = EventJSONLines(topic: .billingCycles)
        let filled = try #require(try lines.message(line: #"{"groupNumber":"G-7"}"#, number: 1, now: Self.now))
        let cycle = try Membership_Billing_V1_BillingCycleRequest(serializedBytes: filled.value)
        #expect(UUID(uuidString: cycle.eventID) != nil)
        #expect(cycle.eventID == cycle.eventID.lowercased())
        #expect(cycle.occurredAt.seconds == 1_795_590_000)
        #expect(cycle.source == "membership-cli")

        let given = #"{"eventId":"0b6f3c0e-8a51-4c8e-9a0d-2f7f1c3e9b11","occurredAt":"2026-11-02T17:42:05Z","source":"acme-hr","groupNumber":"G-7"}"#
        let kept = try Membership_Billing_V1_BillingCycleRequest(serializedBytes: try #require(try lines.message(line: given, number: 1)).value)
        #expect(kept.eventID == "0b6f3c0e-8a51-4c8e-9a0d-2f7f1c3e9b11")
        #expect(kept.occurredAt.seconds == 1_793_641_325)
        #expect(kept.source == "acme-hr")
    }

    @Test("a mailing run inside the id-card wrapper gets its metadata too")
    func wrapper() throws {
        let message = try #require(try EventJSONLines(topic: .idCardRequests).message(line: #"{"mailingRunRequest":{"runId":"MR-1"}}"#, number: 1, now: Self.now))
        let wrapper = try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: message.value)
        #expect(wrapper.mailingRunRequest.runID == "MR-1")
        #expect(!wrapper.mailingRunRequest.eventID.isEmpty)
        #expect(wrapper.mailingRunRequest.source == "membership-cli")
    }

    @Test("blank and # lines are skipped; a bad line is reported by number and nothing is returned")
    func errors() throws {
        let lines = EventJSONLines(topic: .payments)
        let text = "# payments\n\n{\"groupNumber\":\"G-1\"}\n{\"groupNumbr\":\"G-2\"}\n"
        #expect(throws: OperationsError.self) { try lines.messages(text: text) }
        do {
            _ = try lines.messages(text: text)
        } catch {
            #expect(error.message.hasPrefix("line 4: not a membership.billing.v1.PaymentReceived in protobuf JSON"))
        }
        #expect(try lines.messages(text: "# payments\n\n{\"groupNumber\":\"G-1\"}\n").count == 1)
    }

    @Test("a line without the fields of its key is refused")
    func emptyKey() throws {
        do {
            _ = try EventJSONLines(topic: .enrollmentRequests).message(line: #"{"cancelCoverage":{}}"#, number: 2)
            Issue.record("a request without a family key was accepted")
        } catch {
            #expect(error.message == "line 2: the record key of membership.enrollment-requests is empty: set the fields it is built from (groupNumber and subscriberRef); see Docs/TOPICS.md")
        }
    }

    @Test("produce -> read round trip on the embedded cluster: the decoded messages are the ones written", .timeLimit(.minutes(1)))
    func roundTrip() async throws {
        let test = try OperationsTestCluster()
        defer { test.cluster.shutdown() }
        try test.cluster.createTopic(TopicName.enrollmentRequests, partitions: 4)
        let text = (1...12).map { index in
            #"{"eventId":"00000000-0000-4000-8000-0000000000\#(String(format: "%02d", index))","groupNumber":"G-\#(index % 3)","subscriberRef":"E-\#(index)","terminate":{"coverageEndDate":{"year":2026,"month":11,"day":30}}}"#
        }.joined(separator: "\n")
        let messages = try EventJSONLines(topic: .enrollmentRequests).messages(text: text, now: Self.now)
        try await test.send(messages)
        let read = try await test.readAll(TopicName.enrollmentRequests)
        #expect(read.count == 12)
        var byID: [String: (key: String, request: Membership_Enrollment_V1_EnrollmentRequest)] = [:]
        for record in read {
            let request = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: record.value)
            byID[request.eventID] = (String(decoding: record.key ?? [], as: UTF8.self), request)
        }
        let seventh = try #require(byID["00000000-0000-4000-8000-000000000007"])
        #expect(seventh.key == "G-1/E-7")
        #expect(seventh.request.terminate.coverageEndDate.day == 30)
        #expect(seventh.request.occurredAt.seconds == 1_795_590_000)
        #expect(Set(read.map(Content.init)) == Set(messages.map(Content.init)))
    }
}
