public import MembershipOperations
import MembershipEvents
import SwiftProtobuf

extension LoadTestWorkload {
    /// A workload from a recording (`membership replay record`, ``ReplayFile``): records of
    /// `contractsTopic` become the contracts (sent first), every other record a request, in file
    /// order, with its key, value and headers exactly as recorded.
    ///
    /// The recorded event ids are kept, so a worker that already processed them skips them without
    /// a result: play a recording against a reset or fresh database (`--reset`, `--embedded`).
    ///
    /// - Parameter limit: at most this many requests (the first ones); all when `nil`.
    public static func recorded(_ records: [ReplayRecord], contractsTopic: String = TopicName.groupContracts,
                                limit: Int? = nil) throws -> LoadTestWorkload {
        var contracts: [Message] = []
        var requests: [Message] = []
        for (index, record) in records.enumerated() {
            if record.topic == contractsTopic {
                guard let contract = try? Membership_Groups_V1_GroupContract(serializedBytes: record.value), !contract.eventID.isEmpty else {
                    throw LoadTestError.invalidOption("record \(index + 1) (\(record.topic) offset \(record.offset)) is not a group contract with an event id")
                }
                contracts.append(Message(key: record.key, value: record.value, eventID: contract.eventID, headers: record.headers))
            } else {
                if let limit, requests.count >= limit { continue }
                guard let request = try? Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: record.value), !request.eventID.isEmpty else {
                    throw LoadTestError.invalidOption(
                        "record \(index + 1) (\(record.topic) offset \(record.offset)) is not an enrollment request with an event id: "
                            + "a load test can only match results to requests")
                }
                requests.append(Message(key: record.key, value: record.value, eventID: request.eventID, headers: record.headers))
            }
        }
        guard !requests.isEmpty else { throw LoadTestError.invalidOption("the recording holds no enrollment requests") }
        return LoadTestWorkload(contracts: contracts, requests: requests)
    }
}
