import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import WorkerRuntime

/// A fresh SQLite store in a temporary directory, the enrollment handlers with the repository's reference
/// data, builders of protobuf-encoded contracts and requests, and delivery the way the runtime does it.
struct EnrollmentTestBench {
    let directory: URL
    let handlers: EnrollmentHandlers

    /// 2025-12-01T18:00:00Z: when the tests' contracts are sent.
    static let contractTime: Int64 = 1_764_612_000
    /// 2026-01-10T18:00:00Z (Saturday 10:00 in Los Angeles): when the tests' families enroll.
    static let enrollTime: Int64 = 1_768_068_000
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

    /// A setup contract for `number` in Ventura County (rating area 12), effective 2026-01-01, plan S70-HMO,
    /// employer paying 75%, no waiting period, monthly payroll.
    static func contract(_ number: String, at time: Int64 = contractTime) -> Membership_Groups_V1_GroupContract {
        var contract = Membership_Groups_V1_GroupContract()
        contract.eventID = UUID().uuidString.lowercased()
        contract.occurredAt = Google_Protobuf_Timestamp(seconds: time)
        contract.source = "underwriting"
        contract.kind = .setup
        contract.groupNumber = number
        contract.groupName = "Harbor Dental"
        contract.businessAddress = .with {
            $0.line1 = "1200 Harbor Blvd"
            $0.city = "Oxnard"
            $0.state = "CA"
            $0.zipCode = "93030"
            $0.county = "Ventura"
        }
        contract.contractEffectiveDate = .init(year: 2026, month: 1, day: 1)
        contract.plansOffered = [.with {
            $0.planID = "S70-HMO"
            $0.planName = "Silver 70 HMO"
            $0.planType = .hmo
            $0.metalLevel = .silver
            $0.offeredToAllEligibleEmployees = true
        }]
        contract.subscriberContribution = .with { $0.percentBasisPoints = 7500 }
        contract.dependentContribution = .with { $0.percentBasisPoints = 5000 }
        contract.payFrequency = .monthly
        contract.payPeriodAnchorDate = .init(year: 2026, month: 1, day: 1)
        contract.employeeCounts = .with {
            $0.fullTimeEmployees = 10
            $0.fullTimeEquivalentEmployees = 10
            $0.eligibleEmployees = 10
            $0.nonOwnerW2Employees = 8
            $0.employeesOfferedCoverage = 10
            $0.expectedEnrollingEmployees = 8
        }
        return contract
    }

    /// A person living in Oxnard (Ventura County, served).
    static func enrollee(first: String, last: String, born: (Int32, Int32, Int32), ssn: String,
                         disabled: Bool = false, hired: Bool = false) -> Membership_Enrollment_V1_Enrollee {
        var enrollee = Membership_Enrollment_V1_Enrollee()
        enrollee.identity = .with {
            $0.name = .with {
                $0.firstName = first
                $0.lastName = last
            }
            $0.dateOfBirth = .init(year: born.0, month: born.1, day: born.2)
            $0.ssn = ssn
            $0.gender = .undisclosed
        }
        enrollee.homeAddress = .with {
            $0.line1 = "455 Seaview Ave"
            $0.city = "Oxnard"
            $0.state = "CA"
            $0.zipCode = "93030"
            $0.county = "Ventura"
        }
        enrollee.disabled = disabled
        if hired {
            enrollee.employment = .with {
                $0.employmentClass = .fullTime
                $0.averageWeeklyHoursHundredths = 4000
                $0.hireDate = .init(year: 2026, month: 1, day: 5)
                $0.memberType = .employee
            }
        }
        return enrollee
    }

    static func request(group: String, family: String, at time: Int64 = enrollTime,
                        _ action: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action) -> Membership_Enrollment_V1_EnrollmentRequest {
        var request = Membership_Enrollment_V1_EnrollmentRequest()
        request.eventID = UUID().uuidString.lowercased()
        request.occurredAt = Google_Protobuf_Timestamp(seconds: time)
        request.source = "acme-hr"
        request.groupNumber = group
        request.subscriberRef = family
        request.action = action
        return request
    }

    static func addSubscriber(group: String, family: String, at time: Int64 = enrollTime,
                              _ subscriber: Membership_Enrollment_V1_Enrollee) -> Membership_Enrollment_V1_EnrollmentRequest {
        request(group: group, family: family, at: time, .addSubscriber(.with {
            $0.subscriber = subscriber
            $0.plan = .with { $0.planID = "S70-HMO" }
        }))
    }

    static func addDependent(group: String, family: String, at time: Int64 = enrollTime,
                             _ relationship: Membership_Enrollment_V1_Relationship,
                             _ dependent: Membership_Enrollment_V1_Enrollee) -> Membership_Enrollment_V1_EnrollmentRequest {
        request(group: group, family: family, at: time, .addDependent(.with {
            $0.dependent = dependent
            $0.relationship = relationship
        }))
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
