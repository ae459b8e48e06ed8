import Foundation
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import WorkerRuntime

/// A fresh SQLite store in a temporary directory with the ID-card handlers, and helpers to send them
/// protobuf-encoded messages the way the runtime does (decode, then handle in a transaction).
struct CardTestBench {
    let directory: URL
    let handlers: IDCardHandlers

    /// 2026-03-02T12:00:00Z, the time of the tests' requests.
    static let requestTime: Int64 = 1_772_452_800_000

    static let homeAddress = Membership_Common_V1_PostalAddress.with {
        $0.line1 = "1200 Harbor Blvd"
        $0.line2 = "Apt 4"
        $0.city = "Oxnard"
        $0.state = "CA"
        $0.zipCode = "93030"
        $0.county = "Ventura"
    }

    init(worker: String = "idcard-test") {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("idcards-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        handlers = IDCardHandlers(worker: worker)
    }

    var configuration: StoreConfiguration {
        get throws { try StoreConfiguration(url: "sqlite:" + directory.appendingPathComponent("cards.sqlite").path) }
    }

    /// Runs `body` with a migrated store; the directory is removed afterwards.
    func withStore<R: Sendable>(_ body: (MembershipStore) async throws -> R) async throws -> R {
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await MembershipStore.withStore(try configuration) { store in
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Decodes `value` with the handler and handles it in one transaction, as the runtime would.
    static func deliver<H: MessageHandler>(_ value: [UInt8], to handler: H, store: MembershipStore) async throws -> [OutboxMessage] {
        let message = IncomingMessage(topic: handler.topic, partition: 0, offset: 0, key: nil, value: value)
        let decoded = try handler.decode(message)
        return try await store.transaction { tx in try await handler.handle(decoded, message: message, in: tx) }
    }

    /// A `CardRequest` wrapped for `membership.idcard-requests`.
    static func cardRequest(member: String, subscriber: String, isSubscriber: Bool, firstName: String, lastName: String = "Gonzalez",
                            born: (Int32, Int32, Int32), address: Membership_Common_V1_PostalAddress = homeAddress,
                            at time: Int64 = requestTime, cause: String? = nil, reason: Membership_Idcard_V1_CardReason = .newEnrollment,
                            effective: (Int32, Int32, Int32) = (2026, 3, 1)) throws -> [UInt8] {
        var request = Membership_Idcard_V1_CardRequest()
        request.eventID = UUID().uuidString.lowercased()
        request.occurredAt = Google_Protobuf_Timestamp(seconds: time / 1000)
        request.source = "enrollment-worker"
        request.causeRequestID = cause ?? "enroll-\(member)"
        request.reason = reason
        request.memberID = member
        request.subscriberMemberID = subscriber
        request.mrn = "11-\(member)"
        request.name = .with {
            $0.firstName = firstName
            $0.lastName = lastName
        }
        request.dateOfBirth = .init(year: born.0, month: born.1, day: born.2)
        request.subscriber = isSubscriber
        request.groupNumber = "G-100"
        request.planID = "S70-HMO"
        request.planName = "Silver 70 HMO"
        request.coverageEffectiveDate = .init(year: effective.0, month: effective.1, day: effective.2)
        request.memberServicesPhone = "1-800-464-4000"
        request.mailingAddress = address
        request.digitalCardAvailable = false
        var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
        wrapper.cardRequest = request
        return try wrapper.serializedBytes()
    }

    /// A `MailingRunRequest` wrapped for `membership.idcard-requests`.
    static func mailingRunRequest(runID: String, at time: Int64) throws -> [UInt8] {
        var request = Membership_Idcard_V1_MailingRunRequest()
        request.eventID = UUID().uuidString.lowercased()
        request.occurredAt = Google_Protobuf_Timestamp(seconds: time / 1000)
        request.source = "membership-cli"
        request.runID = runID
        var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
        wrapper.mailingRunRequest = request
        return try wrapper.serializedBytes()
    }

    /// The `Envelope` events of outbox messages.
    static func envelopes(_ messages: [OutboxMessage]) throws -> [Membership_Idcard_V1_Envelope] {
        try messages.map { try Membership_Idcard_V1_Envelope(serializedBytes: $0.payload) }
    }

    /// Sends the cards of the tests' family of six, of whom five were accepted: the subscriber, the spouse
    /// and three children (the sixth, rejected, gets no card).
    func sendFamilyOfSix(to store: MembershipStore) async throws {
        let family: [(String, Bool, String, (Int32, Int32, Int32))] = [
            ("M-1", true, "Maria", (1981, 4, 12)),
            ("M-2", false, "Jose", (1983, 9, 1)),
            ("M-5", false, "Lucia", (2015, 6, 30)),
            ("M-3", false, "Ana", (2009, 2, 3)),
            ("M-4", false, "Luis", (2011, 11, 20)),
        ]
        for (member, isSubscriber, name, born) in family {
            _ = try await Self.deliver(
                Self.cardRequest(member: member, subscriber: "M-1", isSubscriber: isSubscriber, firstName: name, born: born),
                to: handlers.requests, store: store)
        }
    }
}
