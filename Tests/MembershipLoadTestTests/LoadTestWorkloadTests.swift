import Kafka
import MembershipDemo
import MembershipEvents
import MembershipLoadTest
import MembershipOperations
import SwiftProtobuf
import Testing

@Suite("Workloads: generated and recorded")
struct LoadTestWorkloadTests {
    @Test("Generated SSNs leave the never-issued area 9xx, group 00 and serial 0000 (rule E12 field validation)",
          arguments: [("912345678", "812345678"), ("900000000", "800010001"), ("123456789", "123456789"), ("12-3", "12-3")])
    func issuable(generated: String, sent: String) {
        #expect(LoadTestWorkload.issuableSSN(generated) == sent)
    }

    @Test("A generated workload has the requests asked for, unique event ids, and an expected outcome each")
    func generated() throws {
        let workload = try LoadTestWorkload.generate(requests: 500, seed: 3)
        #expect(workload.requests.count == 500)
        #expect(Set(workload.requests.map(\.eventID)).count == 500)
        #expect(workload.expectedOutcomes.count == 500)
        #expect(workload.contracts.count == 2)
        let first = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: workload.requests[0].value)
        #expect(first.eventID == workload.requests[0].eventID)
        if case .addSubscriber(let add)? = first.action {
            #expect(add.subscriber.identity.ssn.first == "8")
        } else {
            Issue.record("the first request of a family enrolls its subscriber")
        }
    }

    @Test("Out-of-range request counts are refused with the option's name", arguments: [0, 140_001])
    func outOfRange(count: Int) {
        #expect(throws: LoadTestError.self) { try LoadTestWorkload.generate(requests: count, seed: 1) }
    }

    @Test("A recording: contracts apart, requests in file order with their recorded ids, a limit keeps the first")
    func recorded() throws {
        let generated = try LoadTestWorkload.generate(requests: 3, seed: 9)
        var records = generated.contracts.enumerated().map { index, contract in
            ReplayRecord(topic: TopicName.groupContracts, partition: 0, offset: Int64(index), timestampMilliseconds: nil,
                         key: contract.key, value: contract.value, headers: [])
        }
        records += generated.requests.enumerated().map { index, request in
            ReplayRecord(topic: TopicName.enrollmentRequests, partition: 1, offset: Int64(index), timestampMilliseconds: 1,
                         key: request.key, value: request.value, headers: [KafkaHeader(key: "trace", value: [1])])
        }
        let workload = try LoadTestWorkload.recorded(records, limit: 2)
        #expect(workload.contracts.map(\.eventID) == generated.contracts.map(\.eventID))
        #expect(workload.requests.map(\.eventID) == generated.requests.prefix(2).map(\.eventID))
        #expect(workload.requests[0].headers == [KafkaHeader(key: "trace", value: [1])])

        let garbage = ReplayRecord(topic: TopicName.enrollmentRequests, partition: 0, offset: 7, timestampMilliseconds: nil,
                                   key: nil, value: [0xFF, 0xFF, 0xFF], headers: [])
        #expect(throws: LoadTestError.self) { try LoadTestWorkload.recorded([garbage]) }
    }
}
