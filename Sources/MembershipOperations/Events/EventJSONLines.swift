public import Foundation
public import Kafka
public import MembershipEvents
import SwiftProtobuf

/// Turns hand-written JSON lines into records of one topic, as `membership produce` sends them.
///
/// Each line is one value of the topic's message type in protobuf's canonical JSON mapping
/// (lowerCamel field names, enum value names, RFC 3339 timestamps, int64 as strings); unknown
/// field names are errors, so a typo is reported rather than silently dropped. Blank lines and
/// lines starting with `#` are skipped. An event that leaves `eventId`, `occurredAt` or `source`
/// out gets a new UUID, the current time and ``source``. The record key is the one the topic's
/// contract prescribes (`MembershipEvent.recordKey`, `Docs/TOPICS.md`), never typed by hand.
public struct EventJSONLines: Sendable {
    /// Whose message type the lines hold.
    public var topic: EventTopic
    /// The topic to write to (the default name, unless the deployment renamed it).
    public var topicName: String
    /// The `source` of events that name none.
    public var source = "membership-cli"

    /// Lines for `topic`, written to `topicName` (default: the topic's default name).
    public init(topic: EventTopic, topicName: String? = nil) {
        self.topic = topic
        self.topicName = topicName ?? topic.defaultName
    }

    /// The record for one line, or `nil` for a blank or comment line.
    public func message(line: String, number: Int, now: Date = Date()) throws(OperationsError) -> KafkaProducerMessage? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        let stamp = Google_Protobuf_Timestamp(date: now)
        let event: any MembershipEvent
        do {
            event = try decode(text, now: stamp)
        } catch {
            throw OperationsError(
                "line \(number): not a \(topic.valueType.protoMessageName) in protobuf JSON (\(error)); "
                    + "field names are lowerCamelCase as in Protos/, e.g. {\"eventId\":\"...\",\"groupNumber\":\"G-1\"}")
        }
        let key = event.recordKey
        // A key built from empty fields is empty or has an empty part around its "/" separator.
        guard !key.split(separator: "/", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw OperationsError(
                "line \(number): the record key of \(topicName) is empty: set the fields it is built from "
                    + "(\(Self.keyFields(topic))); see Docs/TOPICS.md")
        }
        let bytes: [UInt8]
        do {
            bytes = try event.serializedBytes()
        } catch {
            throw OperationsError("line \(number): cannot encode the message: \(error)")
        }
        return KafkaProducerMessage(topic: topicName, key: key, value: bytes)
    }

    /// The records of every line of `text`; throws on the first bad line, so nothing is sent
    /// from an input with a mistake in it.
    public func messages(text: String, now: Date = Date()) throws(OperationsError) -> [KafkaProducerMessage] {
        var messages: [KafkaProducerMessage] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let message = try message(line: String(line), number: index + 1, now: now) { messages.append(message) }
        }
        return messages
    }

    private func decode(_ json: String, now: Google_Protobuf_Timestamp) throws -> any MembershipEvent {
        let source = self.source
        let newID = { UUID().uuidString.lowercased() }
        func filled<M: MembershipEvent & EventMetadataFields>(_ type: M.Type) throws -> M {
            var message = try M(jsonString: json)
            message.fillMissing(now: now, source: source, newID: newID)
            return message
        }
        switch topic {
        case .groupContracts: return try filled(Membership_Groups_V1_GroupContract.self)
        case .enrollmentRequests: return try filled(Membership_Enrollment_V1_EnrollmentRequest.self)
        case .enrollmentResults: return try filled(Membership_Enrollment_V1_EnrollmentResult.self)
        case .reviewCases: return try filled(Membership_Enrollment_V1_ReviewCase.self)
        case .idCardMailings: return try filled(Membership_Idcard_V1_Envelope.self)
        case .billingCycles: return try filled(Membership_Billing_V1_BillingCycleRequest.self)
        case .payments: return try filled(Membership_Billing_V1_PaymentReceived.self)
        case .idCardRequests:
            var message = try Membership_Idcard_V1_IdCardRequestsMessage(jsonString: json)
            switch message.payload {
            case .cardRequest(var card):
                card.fillMissing(now: now, source: source, newID: newID)
                message.cardRequest = card
            case .mailingRunRequest(var run):
                run.fillMissing(now: now, source: source, newID: newID)
                message.mailingRunRequest = run
            case nil:
                throw OperationsError("set cardRequest or mailingRunRequest")
            }
            return message
        case .invoices:
            var message = try Membership_Billing_V1_InvoicesMessage(jsonString: json)
            switch message.payload {
            case .invoiceIssued(var invoice):
                invoice.fillMissing(now: now, source: source, newID: newID)
                message.invoiceIssued = invoice
            case .paymentApplied(var payment):
                payment.fillMissing(now: now, source: source, newID: newID)
                message.paymentApplied = payment
            case nil:
                throw OperationsError("set invoiceIssued or paymentApplied")
            }
            return message
        }
    }

    private static func keyFields(_ topic: EventTopic) -> String {
        switch topic {
        case .groupContracts, .payments: "groupNumber"
        case .enrollmentRequests: "groupNumber and subscriberRef"
        case .enrollmentResults: "groupNumber, and subscriberRef unless the subject is a group contract"
        case .reviewCases: "caseId"
        case .idCardRequests: "cardRequest.subscriberMemberId, or mailingRunRequest.runId"
        case .idCardMailings: "householdKey"
        case .billingCycles: "groupNumber, or allGroups"
        case .invoices: "invoiceIssued.groupNumber or paymentApplied.groupNumber"
        }
    }
}
