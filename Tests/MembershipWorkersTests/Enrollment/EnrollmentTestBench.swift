import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipTesting
import MembershipWorkers
import SwiftProtobuf
import WorkerRuntime

/// A fresh SQLite store in a temporary directory, the enrollment handlers with the repository's reference
/// data, builders of protobuf-encoded contracts and requests, and delivery the way the runtime does it.
struct EnrollmentTestBench {
    let directory: URL
    let handlers: EnrollmentHandlers

    /// When the tests' contracts are sent (2025-12-01T18:00:00Z).
    static let contractTime = EnrollmentFixtures.contractTime
    /// When the tests' families enroll (2026-01-10T18:00:00Z, a Saturday in Los Angeles).
    static let enrollTime = EnrollmentFixtures.enrollTime
    /// 2026-01-14T18:00:00Z (Wednesday 10:00 in Los Angeles).
    static let wednesday: Int64 = 1_768_413_600

    init(contractWaitSeconds: Int64 = 86_400) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("enrollment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let protector = try SSNProtector(keys: [.init(id: "k1", secret: Array(repeating: 7, count: 32))], currentKeyID: "k1")
        handlers = EnrollmentHandlers(protector: protector, reference: try BillingTestBench.reference(),
                                      contractWait: ContractWaitPolicy(maximumWaitSeconds: contractWaitSeconds))
    }

    /// Runs `body` with a migrated store; the directory is removed afterwards.
    func withStore<R: Sendable>(_ body: (MembershipStore) async throws -> R) async throws -> R {
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = try StoreConfiguration(url: "sqlite:" + directory.appendingPathComponent("enrollment.sqlite").path)
        return try await MembershipStore.withStore(configuration) { store in
            try await store.migrate()
            return try await body(store)
        }
    }

    /// A setup contract for `number` in Ventura County (see ``EnrollmentFixtures/contract(_:at:)``).
    static func contract(_ number: String, at time: Int64 = contractTime) -> Membership_Groups_V1_GroupContract {
        EnrollmentFixtures.contract(number, at: time)
    }

    /// A person living in Oxnard (Ventura County, served).
    static func enrollee(first: String, last: String, born: (Int32, Int32, Int32), ssn: String,
                         disabled: Bool = false, hired: Bool = false) -> Membership_Enrollment_V1_Enrollee {
        EnrollmentFixtures.enrollee(first: first, last: last, born: born, ssn: ssn, disabled: disabled, hired: hired)
    }

    static func request(group: String, family: String, at time: Int64 = enrollTime,
                        _ action: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action) -> Membership_Enrollment_V1_EnrollmentRequest {
        EnrollmentFixtures.request(group: group, family: family, at: time, action)
    }

    static func addSubscriber(group: String, family: String, at time: Int64 = enrollTime,
                              _ subscriber: Membership_Enrollment_V1_Enrollee) -> Membership_Enrollment_V1_EnrollmentRequest {
        EnrollmentFixtures.addSubscriber(group: group, family: family, at: time, subscriber)
    }

    static func addDependent(group: String, family: String, at time: Int64 = enrollTime,
                             _ relationship: Membership_Enrollment_V1_Relationship,
                             _ dependent: Membership_Enrollment_V1_Enrollee) -> Membership_Enrollment_V1_EnrollmentRequest {
        EnrollmentFixtures.addDependent(group: group, family: family, at: time, relationship, dependent)
    }

    /// Decodes `value` with the handler and handles it in one transaction, as the runtime would.
    static func deliver<H: MessageHandler>(_ value: [UInt8], to handler: H, store: MembershipStore) async throws -> [OutboxMessage] {
        let message = IncomingMessage(topic: handler.topic, partition: 0, offset: 0, key: nil, value: value)
        let decoded = try handler.decode(message)
        return try await store.transaction { tx in try await handler.handle(decoded, message: message, in: tx) }
    }

    func send(_ request: Membership_Enrollment_V1_EnrollmentRequest, to store: MembershipStore) async throws -> [OutboxMessage] {
        try await Self.deliver(try request.serializedBytes(), to: handlers.requests, store: store)
    }

    func send(_ contract: Membership_Groups_V1_GroupContract, to store: MembershipStore) async throws -> [OutboxMessage] {
        try await Self.deliver(try contract.serializedBytes(), to: handlers.groupContracts, store: store)
    }

    static func results(_ messages: [OutboxMessage]) throws -> [Membership_Enrollment_V1_EnrollmentResult] {
        try messages.filter { $0.topic == TopicName.enrollmentResults }
            .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.payload) }
    }

    static func cases(_ messages: [OutboxMessage]) throws -> [Membership_Enrollment_V1_ReviewCase] {
        try messages.filter { $0.topic == TopicName.reviewCases }
            .map { try Membership_Enrollment_V1_ReviewCase(serializedBytes: $0.payload) }
    }

    static func cards(_ messages: [OutboxMessage]) throws -> [Membership_Idcard_V1_CardRequest] {
        try messages.filter { $0.topic == TopicName.idCardRequests }
            .map { try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: $0.payload).cardRequest }
    }
}
