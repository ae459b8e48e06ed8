import MembershipDomain
import MembershipEvents
import MembershipStore
import WorkerRuntime

/// Handles `membership.idcard-requests` (rules C1-C5): a `CardRequest` becomes a pending card; a
/// `MailingRunRequest` runs a mailing run at once over every card requested before it.
public struct CardRequestHandler: MessageHandler {
    /// The consumed topic.
    public let topic: String
    let timeZone: PlanTimeZone
    let mailingRun: MailingRun

    init(topic: String, timeZone: PlanTimeZone, mailingRun: MailingRun) {
        self.topic = topic
        self.timeZone = timeZone
        self.mailingRun = mailingRun
    }

    /// Decodes and validates the wrapper and whichever request it holds.
    public func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<Membership_Idcard_V1_IdCardRequestsMessage> {
        let wrapper = try PayloadDecoding.decode(Membership_Idcard_V1_IdCardRequestsMessage.self, message)
        switch wrapper.payload {
        case .cardRequest(let request):
            if let invalid = CardRequestMapping.validate(request) { throw InvalidMessage(code: invalid.code, reason: invalid.reason) }
            return DecodedEvent(eventID: request.eventID, event: wrapper)
        case .mailingRunRequest(let request):
            guard !request.eventID.isEmpty else { throw InvalidMessage(.missingField, "event_id is empty") }
            guard !request.runID.isEmpty else { throw InvalidMessage(.missingField, "run_id is empty") }
            return DecodedEvent(eventID: request.eventID, event: wrapper)
        case nil:
            throw InvalidMessage(.missingField, "the message holds neither a card request nor a mailing run")
        }
    }

    /// Stores a pending card (nothing to publish), or runs a mailing run (its envelopes to publish).
    public func handle(_ event: DecodedEvent<Membership_Idcard_V1_IdCardRequestsMessage>, message: IncomingMessage,
                       in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        switch event.event.payload {
        case .cardRequest(let request):
            // Rule X1: the request's time.
            let requestedAt = request.hasOccurredAt ? request.occurredAt.millisecondsSince1970 : (message.timestampMilliseconds ?? 0)
            let requestedOn = timeZone.calendarDate(ofUnixSeconds: MailingRun.seconds(requestedAt))
            let mapping = CardRequestMapping(request, requestedOn: requestedOn)
            // The card request names the member, not the person: the store's person column holds the member id.
            let record = CardRecord(cardID: mapping.cardID, householdID: mapping.householdKey, personID: request.memberID,
                                    mrn: request.mrn, groupNumber: request.groupNumber, planID: request.planID,
                                    effectiveDate: mapping.pending.card.effectiveDate.description,
                                    reason: CardRequestMapping.storedReason(request.reason),
                                    requestedOn: requestedOn.description, createdAt: requestedAt)
            // Rule C5: a card id already stored (a re-announced request) is left alone.
            try await transaction.cards.insert(record, request: try request.serializedBytes())
            return []
        case .mailingRunRequest(let request):
            // Every card requested up to the request's instant, at once: no settle delay.
            let at = request.hasOccurredAt ? request.occurredAt.millisecondsSince1970 : (message.timestampMilliseconds ?? 0)
            // A run id that packed envelopes already mails nothing new (rule C5), even under another event id.
            if try await transaction.cards.hasEnvelopes(idPrefix: request.runID + "-") { return [] }
            return try await mailingRun.run(in: transaction, now: at, settledBefore: at, runID: request.runID).messages
        case nil:
            throw InvalidMessage(.missingField, "the message holds neither a card request nor a mailing run")
        }
    }
}
