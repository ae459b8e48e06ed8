import MembershipDomain
import MembershipEvents
import SwiftProtobuf

/// Builds the `Envelope` event for the print-and-mail vendor from a packed envelope and the requests of its
/// cards (rules C1-C3).
struct EnvelopeEventBuilder {
    let source: String

    /// The event of `envelope`, packed by run `runID` at `packedAt` (milliseconds).
    ///
    /// - Parameters:
    ///   - requests: the card requests by card id, for the printed fields and the address as given.
    ///   - addressee: the request whose name and address the envelope carries (the subscriber's when the
    ///     subscriber has a card in the run, otherwise the first card's member).
    func event(_ envelope: Envelope, householdKey: String, runID: String, packedAt: Int64,
               requests: [CardID: Membership_Idcard_V1_CardRequest],
               addressee: Membership_Idcard_V1_CardRequest) -> Membership_Idcard_V1_Envelope {
        var event = Membership_Idcard_V1_Envelope()
        event.eventID = DerivedEventID.make("envelope", envelope.id)
        event.occurredAt = Google_Protobuf_Timestamp(millisecondsSince1970: packedAt)
        event.source = source
        event.envelopeID = envelope.id
        event.mailingRunID = runID
        event.householdKey = householdKey
        event.addressee = addressee.name
        event.mailingAddress = addressee.mailingAddress
        event.sequenceNumber = Int32(envelope.sequence)
        event.sequenceTotal = Int32(envelope.count)
        for card in envelope.cards {
            guard let request = requests[card.id] else { continue }
            var printed = Membership_Idcard_V1_Card()
            printed.cardRequestID = request.eventID
            printed.memberID = request.memberID
            printed.mrn = request.mrn
            printed.name = request.name
            printed.groupNumber = request.groupNumber
            printed.planID = request.planID
            printed.planName = request.planName
            printed.coverageEffectiveDate = request.coverageEffectiveDate
            printed.memberServicesPhone = request.memberServicesPhone
            printed.digitalCardAvailable = request.digitalCardAvailable
            event.cards.append(printed)
        }
        return event
    }
}
