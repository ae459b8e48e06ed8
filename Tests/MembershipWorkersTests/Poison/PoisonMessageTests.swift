import Foundation
import MembershipEvents
import MembershipStore
import MembershipTesting
import SwiftProtobuf
import Testing
@testable import WorkerRuntime

/// Poison values on every worker input topic, interleaved with good messages in the same batches: each
/// poison value lands on `<topic>.dlq` unchanged with a precise code and reason (never personal data), and
/// every good message around it is still processed.
@Suite("Poison messages: precise dead letters, and the good messages around them are all processed")
struct PoisonMessageTests {
    /// Good messages sent after the poison values in each test.
    static let goodAfterPoison = 40

    /// A poison value and the dead letter it must produce.
    struct Poison {
        let name: String
        let value: [UInt8]
        let code: String
        let reason: String
    }

    static let notProtobuf = Array("definitely not protobuf \u{1}\u{2}".utf8)

    /// The poison kinds every topic gets: bytes that are not protobuf, a cut-off message, another topic's
    /// message, a field over the size limit.
    static func common(topic: EventTopic, good: [UInt8], oversized: [UInt8], oversizedReason: String,
                       other: any SwiftProtobuf.Message, otherTopic: EventTopic) throws -> [Poison] {
        let expected = topic.valueType.protoMessageName
        return [
            Poison(name: "random bytes", value: notProtobuf, code: "UNDECODABLE",
                   reason: "the value is not a protobuf encoding of \(expected) (malformed field tag, wire type or length)"),
            Poison(name: "random bytes, an endless varint", value: [0xFF, 0xFF, 0xFF], code: "UNDECODABLE",
                   reason: "the value is not a protobuf encoding of \(expected) (malformed field tag, wire type or length)"),
            Poison(name: "truncated protobuf", value: Array(good.dropLast(3)), code: "TRUNCATED",
                   reason: "the value ends inside a field: a truncated \(expected) or not protobuf"),
            Poison(name: "another topic's message", value: try other.serializedBytes(), code: "WRONG_MESSAGE_TYPE",
                   reason: "the value is a \(otherTopic.valueType.protoMessageName) (the message of \(otherTopic.defaultName)), not a \(expected)"),
            Poison(name: "oversized field", value: oversized, code: "FIELD_TOO_LARGE", reason: oversizedReason),
        ]
    }

    /// Sends the poison values, then `good` messages, in one batch, then the good ones' twins again in a
    /// second batch with poison between each: checks the dead letters and that every good message applied.
    static func check(topic: String, poison: [Poison], good: [[UInt8]], bench: inout PoisonBench) async throws {
        let first = try await bench.process(poison.map(\.value) + good, topic: topic)
        #expect(first.deadLettered == poison.count)
        #expect(first.applied == good.count)
        let dead = try await bench.deadLetters(of: topic)
        #expect(dead.count == poison.count)
        for (letter, expected) in zip(dead, poison) {
            #expect(letter.code == expected.code, "\(expected.name)")
            #expect(letter.reason == expected.reason, "\(expected.name)")
            #expect(letter.value == expected.value, "\(expected.name): the value is dead-lettered unchanged")
        }
        #expect(dead.map(\.offset) == poison.indices.map { String($0) })
    }

    @Test("membership.payments (billing-worker)")
    func payments() async throws {
        try await PoisonBench.with { bench in
            try await BillingTestBench.addGroup("G-100", to: bench.store)
            let good = try (0..<Self.goodAfterPoison).map { try BillingTestBench.payment(id: "PAY-\($0)", group: "G-100", cents: 10_000) }
            var big = try Membership_Billing_V1_PaymentReceived(serializedBytes: good[0])
            big.reference = String(repeating: "r", count: 70_000)
            var unknownMethod = try Membership_Billing_V1_PaymentReceived(serializedBytes: good[0])
            unknownMethod.method = .UNRECOGNIZED(17)
            var noID = try Membership_Billing_V1_PaymentReceived(serializedBytes: good[0])
            noID.paymentID = ""
            var negative = try Membership_Billing_V1_PaymentReceived(serializedBytes: good[0])
            negative.amountCents = -500
            let poison = try Self.common(
                topic: .payments, good: good[0], oversized: try big.serializedBytes(),
                oversizedReason: "reference is 70000 bytes; the limit is 4096",
                other: EnrollmentFixtures.contract("G-100"), otherTopic: .groupContracts)
                + [Poison(name: "unknown enum value", value: try unknownMethod.serializedBytes(), code: "UNKNOWN_ENUM_VALUE",
                          reason: "method has the unknown enum value 17"),
                   Poison(name: "missing required field", value: try noID.serializedBytes(), code: "MISSING_FIELD",
                          reason: "payment_id is empty"),
                   Poison(name: "invalid amount", value: try negative.serializedBytes(), code: "INVALID_FIELD",
                          reason: "amount_cents must be positive")]
            try await Self.check(topic: TopicName.payments, poison: poison, good: good, bench: &bench)
            let applied = try await bench.outbox().filter { $0.topic == TopicName.invoices }
            #expect(applied.count == Self.goodAfterPoison)
        }
    }

    @Test("membership.billing-cycles (billing-worker)")
    func billingCycles() async throws {
        try await PoisonBench.with { bench in
            try await BillingTestBench.addGroup("G-100", to: bench.store)
            // Every month of 2026 to 2029, 40 cycles: each is run once (rule B8).
            let good = try (0..<Self.goodAfterPoison).map {
                try BillingTestBench.cycle(group: "G-100", year: 2026 + Int32($0 / 12), month: Int32($0 % 12) + 1)
            }
            var big = try Membership_Billing_V1_BillingCycleRequest(serializedBytes: good[0])
            big.source = String(repeating: "s", count: 5_000)
            var noScope = try Membership_Billing_V1_BillingCycleRequest(serializedBytes: good[0])
            noScope.scope = nil
            var badMonth = try Membership_Billing_V1_BillingCycleRequest(serializedBytes: good[0])
            badMonth.billingMonth = .init(year: 2026, month: 13)
            let poison = try Self.common(
                topic: .billingCycles, good: good[0], oversized: try big.serializedBytes(),
                oversizedReason: "source is 5000 bytes; the limit is 4096",
                other: EnrollmentFixtures.addSubscriber(
                    group: "G-100", family: "E-1",
                    EnrollmentFixtures.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true)),
                otherTopic: .enrollmentRequests)
                + [Poison(name: "missing required field", value: try noScope.serializedBytes(), code: "MISSING_FIELD",
                          reason: "scope must name a group or set all_groups"),
                   Poison(name: "impossible month", value: try badMonth.serializedBytes(), code: "INVALID_FIELD",
                          reason: "billing_month is missing or not a month")]
            try await Self.check(topic: TopicName.billingCycles, poison: poison, good: good, bench: &bench)
        }
    }

    @Test("membership.idcard-requests (idcard-worker)")
    func cardRequests() async throws {
        try await PoisonBench.with { bench in
            let good = try (0..<Self.goodAfterPoison).map {
                try CardTestBench.cardRequest(member: "M-\($0)", subscriber: "M-\($0)", isSubscriber: true, firstName: "Ana",
                                              born: (1980, 5, 17))
            }
            var big = try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: good[0])
            big.cardRequest.mailingAddress.line1 = String(repeating: "1", count: 4_097)
            var unknownReason = try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: good[0])
            unknownReason.cardRequest.reason = .UNRECOGNIZED(12)
            var noMRN = try Membership_Idcard_V1_IdCardRequestsMessage(serializedBytes: good[0])
            noMRN.cardRequest.mrn = ""
            let empty = Membership_Idcard_V1_IdCardRequestsMessage()
            let poison = try Self.common(
                topic: .idCardRequests, good: good[0], oversized: try big.serializedBytes(),
                oversizedReason: "card_request.mailing_address.line1 is 4097 bytes; the limit is 4096",
                other: try Membership_Billing_V1_BillingCycleRequest(
                    serializedBytes: try BillingTestBench.cycle(group: "G-100", year: 2026, month: 3)),
                otherTopic: .billingCycles)
                + [Poison(name: "unknown enum value", value: try unknownReason.serializedBytes(), code: "UNKNOWN_ENUM_VALUE",
                          reason: "card_request.reason has the unknown enum value 12"),
                   Poison(name: "missing required field", value: try noMRN.serializedBytes(), code: "MISSING_FIELD",
                          reason: "mrn is empty"),
                   Poison(name: "empty wrapper", value: try empty.serializedBytes(), code: "MISSING_FIELD",
                          reason: "the message holds neither a card request nor a mailing run")]
            try await Self.check(topic: TopicName.idCardRequests, poison: poison, good: good, bench: &bench)
        }
    }

    @Test("membership.group-contracts (enrollment-worker)")
    func groupContracts() async throws {
        try await PoisonBench.with { bench in
            let good = try (0..<Self.goodAfterPoison).map { try EnrollmentFixtures.contract("G-\(100 + $0)").serializedBytes() as [UInt8] }
            var big = try Membership_Groups_V1_GroupContract(serializedBytes: good[0])
            big.groupName = String(repeating: "g", count: 10_000)
            var unknownKind = try Membership_Groups_V1_GroupContract(serializedBytes: good[0])
            unknownKind.kind = .UNRECOGNIZED(9)
            var noGroup = try Membership_Groups_V1_GroupContract(serializedBytes: good[0])
            noGroup.groupNumber = ""
            var year9999 = try Membership_Groups_V1_GroupContract(serializedBytes: good[0])
            year9999.contractEffectiveDate = .init(year: 9999, month: 12, day: 1)
            let poison = try Self.common(
                topic: .groupContracts, good: good[0], oversized: try big.serializedBytes(),
                oversizedReason: "group_name is 10000 bytes; the limit is 4096",
                other: try Membership_Billing_V1_PaymentReceived(
                    serializedBytes: try BillingTestBench.payment(id: "PAY-1", group: "G-100", cents: 100)),
                otherTopic: .payments)
                + [Poison(name: "unknown enum value", value: try unknownKind.serializedBytes(), code: "UNKNOWN_ENUM_VALUE",
                          reason: "kind has the unknown enum value 9"),
                   Poison(name: "missing required field", value: try noGroup.serializedBytes(), code: "MISSING_FIELD",
                          reason: "group_number is not set"),
                   Poison(name: "date out of range", value: try year9999.serializedBytes(), code: "INVALID_FIELD",
                          reason: "contract_effective_date is outside the accepted range of years")]
            try await Self.check(topic: TopicName.groupContracts, poison: poison, good: good, bench: &bench)
            let results = try await bench.outbox().filter { $0.topic == TopicName.enrollmentResults }
                .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.payload) }
            #expect(results.count == Self.goodAfterPoison)
            #expect(results.allSatisfy { if case .accepted = $0.outcome { true } else { false } })
        }
    }

    @Test("membership.enrollment-requests (enrollment-worker): poison is dead-lettered, a defect in the action is an E12 rejection")
    func enrollmentRequests() async throws {
        try await PoisonBench.with { bench in
            _ = try await bench.process([try EnrollmentFixtures.contract("G-100").serializedBytes()], topic: TopicName.groupContracts)
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            let good = try (0..<Self.goodAfterPoison).map { index -> [UInt8] in
                // Distinct names, birth dates and SSNs: no two enrollees look like the same person (rule M2).
                let first = "Ana" + String(letters[index / 26]) + String(letters[index % 26])
                let ssn = "123-45-" + String(1000 + index)
                let enrollee = EnrollmentFixtures.enrollee(first: first, last: "Reyes", born: (1970 + Int32(index % 30), 3, 4),
                                                           ssn: ssn, hired: true)
                return try EnrollmentFixtures.addSubscriber(group: "G-100", family: "E-\(index)", enrollee).serializedBytes()
            }
            var big = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: good[0])
            big.addSubscriber.subscriber.identity.name.lastName = String(repeating: "x", count: 5_000)
            var noEventID = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: good[0])
            noEventID.eventID = ""
            var noTime = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: good[0])
            noTime.clearOccurredAt()
            // The year 128,722: found by fuzzing, it trapped converting the instant to the plan's calendar date.
            var farFuture = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: good[0])
            farFuture.occurredAt = Google_Protobuf_Timestamp(seconds: 4_000_000_000_000)
            let poison = try Self.common(
                topic: .enrollmentRequests, good: good[0], oversized: try big.serializedBytes(),
                oversizedReason: "add_subscriber.subscriber.identity.name.last_name is 5000 bytes; the limit is 4096",
                other: try Membership_Billing_V1_PaymentReceived(
                    serializedBytes: try BillingTestBench.payment(id: "PAY-1", group: "G-100", cents: 100)),
                otherTopic: .payments)
                + [Poison(name: "missing event id", value: try noEventID.serializedBytes(), code: "MISSING_FIELD",
                          reason: "event_id is empty"),
                   Poison(name: "missing time", value: try noTime.serializedBytes(), code: "MISSING_FIELD",
                          reason: "occurred_at is not set"),
                   Poison(name: "time out of range", value: try farFuture.serializedBytes(), code: "INVALID_FIELD",
                          reason: "occurred_at is not an instant between the years 1900 and 2199")]
            // An unknown enum value in the action: readable envelope, so rule E12 answers it (not a dead letter).
            var unknownClass = try Membership_Enrollment_V1_EnrollmentRequest(serializedBytes: good[0])
            unknownClass.eventID = UUID().uuidString.lowercased()
            unknownClass.subscriberRef = "E-unknown"
            unknownClass.addSubscriber.subscriber.employment.employmentClass = .UNRECOGNIZED(77)
            try await Self.check(topic: TopicName.enrollmentRequests, poison: poison,
                                 good: [try unknownClass.serializedBytes()] + good, bench: &bench)
            let results = try await bench.outbox().filter { $0.topic == TopicName.enrollmentResults && $0.key != Array("G-100".utf8) }
                .map { try Membership_Enrollment_V1_EnrollmentResult(serializedBytes: $0.payload) }
            #expect(results.count == Self.goodAfterPoison + 1)
            let rejected = results.filter { $0.subscriberRef == "E-unknown" }
            #expect(rejected.first?.rejected.reasons == [.invalidRequest])
            #expect(rejected.first?.rejected.message
                == "The request is invalid: add_subscriber.subscriber.employment.employment_class has a value this worker does not know [unknown-enum-value] (rule E12).")
            let accepted = results.filter { if case .accepted = $0.outcome { true } else { false } }
            #expect(accepted.count == Self.goodAfterPoison)
        }
    }

    @Test("dead letters carry no personal data from the poisoned message")
    func noPersonalData() async throws {
        try await PoisonBench.with { bench in
            var request = EnrollmentFixtures.addSubscriber(
                group: "G-100", family: "E-1",
                EnrollmentFixtures.enrollee(first: "Ana", last: "Reyes", born: (1985, 3, 4), ssn: "123456789", hired: true))
            request.addSubscriber.subscriber.identity.name.firstName = "Zelda" + String(repeating: "z", count: 5_000)
            let values: [[UInt8]] = [try request.serializedBytes(), Array((try request.serializedBytes() as [UInt8]).dropLast(2))]
            _ = try await bench.process(values, topic: TopicName.enrollmentRequests)
            let dead = try await bench.deadLetters(of: TopicName.enrollmentRequests)
            #expect(dead.count == 2)
            for letter in dead {
                for personal in ["Zelda", "Reyes", "123456789", "6789", "1985"] {
                    #expect(!letter.reason.contains(personal))
                }
            }
        }
    }
}
