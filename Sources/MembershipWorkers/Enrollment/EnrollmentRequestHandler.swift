import MembershipDomain
import MembershipEvents
import MembershipStore
import WorkerRuntime

/// Handles `membership.enrollment-requests` (rules E1-E12, M1-M4, X1), resolutions of review cases included:
/// decides each request against the family's stored state and publishes its result, review cases and card
/// requests.
public struct EnrollmentRequestHandler: MessageHandler {
    /// The consumed topic.
    public let topic: String
    let processor: EnrollmentProcessor

    init(topic: String, processor: EnrollmentProcessor) {
        self.topic = topic
        self.processor = processor
    }

    /// Decodes the request. Dead-letters only what has no usable envelope (undecodable bytes, no event id,
    /// time, group or subscriber ref); a defect in the action is kept for an E12 rejection.
    public func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<EnrollmentRequestEvent> {
        // An unknown enum value inside the action is answered with an E12 rejection naming the field (below).
        let proto = try PayloadDecoding.decode(Membership_Enrollment_V1_EnrollmentRequest.self, message, unknownEnums: .accept)
        for (value, field) in [(proto.eventID, "event_id"), (proto.groupNumber, "group_number"),
                               (proto.subscriberRef, "subscriber_ref")] where value.isEmpty {
            throw InvalidMessage(.missingField, "\(field) is empty")
        }
        guard proto.hasOccurredAt else { throw InvalidMessage(.missingField, "occurred_at is not set") }
        let request: Result<EnrollmentRequest, RequestDefect>
        do {
            // Rules E12, X1: field checks against the day the request was received and the known plans.
            let plans = processor.reference.plans
            let checks = EnrollmentRequestMapping.Checks(
                receivedOn: processor.timeZone.calendarDate(ofUnixSeconds: proto.occurredAt.seconds),
                knownPlan: { plans[$0] != nil })
            request = .success(try EnrollmentRequestMapping.domain(proto, checks: checks))
        } catch {
            request = .failure(error)
        }
        return DecodedEvent(eventID: proto.eventID, event: EnrollmentRequestEvent(proto: proto, request: request))
    }

    /// Decides the request (and whatever it releases) and returns the events to publish.
    public func handle(_ event: DecodedEvent<EnrollmentRequestEvent>, message: IncomingMessage,
                       in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        let proto = event.event.proto
        switch event.event.request {
        case .success(let request):
            return try await processor.receive(EnrollmentProcessor.Pending(proto: proto, request: request), in: transaction)
        case .failure(let defect):
            // Rule E12: the message names the field, never its value.
            let envelope = EnrollmentEventBuilder.Envelope(
                requestID: proto.eventID, groupNumber: proto.groupNumber, subscriberRef: proto.subscriberRef,
                occurredAt: proto.occurredAt, createdAt: proto.occurredAt.millisecondsSince1970)
            return [try processor.events.rejected(
                envelope, reasons: [.e12InvalidRequest],
                message: "The request is invalid: \(defect.reason) [\(defect.code)] (rule E12).")]
        }
    }
}
