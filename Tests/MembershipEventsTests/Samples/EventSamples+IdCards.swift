import MembershipEvents

extension EventSamples {
    static let idCardSamples: [EventSample] = [
        EventSample(name: "IdCardRequestsMessage.card_request", message: cardRequestMessage),
        EventSample(name: "IdCardRequestsMessage.mailing_run_request", message: mailingRunRequestMessage),
        EventSample(name: "Envelope.first_of_two", message: envelope),
    ]

    static var cardRequest: Membership_Idcard_V1_CardRequest {
        var request = Membership_Idcard_V1_CardRequest()
        request.eventID = "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c01"
        request.occurredAt = SampleTime.decided
        request.source = "enrollment-worker"
        request.causeRequestID = "7c1e2f4a-9b3d-4c8e-a1f0-5d6b7e8c9a02"
        request.reason = .newEnrollment
        request.memberID = "M-0004185"
        request.subscriberMemberID = "M-0004182"
        request.mrn = "11-2043602"
        request.name = name("Lucas", "", "Gonzalez")
        request.dateOfBirth = .init(year: 2026, month: 10, day: 28)
        request.subscriber = false
        request.groupNumber = "G-104233"
        request.planID = "HMO-SILVER-70-2026"
        request.planName = "Silver 70 HMO"
        request.coverageEffectiveDate = .init(year: 2026, month: 10, day: 28)
        request.memberServicesPhone = "1-800-464-4000"
        request.mailingAddress = mariaMailbox
        request.digitalCardAvailable = true
        return request
    }

    static var cardRequestMessage: Membership_Idcard_V1_IdCardRequestsMessage {
        var message = Membership_Idcard_V1_IdCardRequestsMessage()
        message.cardRequest = cardRequest
        return message
    }

    static var mailingRunRequestMessage: Membership_Idcard_V1_IdCardRequestsMessage {
        var run = Membership_Idcard_V1_MailingRunRequest()
        run.eventID = "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c02"
        run.occurredAt = SampleTime.at(1_793_692_800)
        run.source = "scheduler"
        run.runID = "MR-2026-11-03-01"
        var message = Membership_Idcard_V1_IdCardRequestsMessage()
        message.mailingRunRequest = run
        return message
    }

    static func card(
        _ requestID: String, _ memberID: String, _ mrn: String, _ name: Membership_Common_V1_PersonName
    ) -> Membership_Idcard_V1_Card {
        var card = Membership_Idcard_V1_Card()
        card.cardRequestID = requestID
        card.memberID = memberID
        card.mrn = mrn
        card.name = name
        card.groupNumber = "G-104233"
        card.planID = "HMO-SILVER-70-2026"
        card.planName = "Silver 70 HMO"
        card.coverageEffectiveDate = .init(year: 2026, month: 12, day: 1)
        card.memberServicesPhone = "1-800-464-4000"
        card.digitalCardAvailable = true
        return card
    }

    /// The first of two envelopes of a family of six (rule C2: at most four cards each).
    static var envelope: Membership_Idcard_V1_Envelope {
        var envelope = Membership_Idcard_V1_Envelope()
        envelope.eventID = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d01"
        envelope.occurredAt = SampleTime.at(1_793_692_860)
        envelope.source = "idcard-worker"
        envelope.envelopeID = "ENV-2026-11-03-000118"
        envelope.mailingRunID = "MR-2026-11-03-01"
        envelope.householdKey = "M-0004182|PO BOX 2291|VENTURA|CA|93002"
        envelope.addressee = name("Maria", "Elena", "Gonzalez")
        envelope.mailingAddress = mariaMailbox
        envelope.cards = [
            card("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c11", "M-0004182", "11-2043518", name("Maria", "Elena", "Gonzalez")),
            card("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c12", "M-0004183", "11-2043519", name("Daniel", "", "Gonzalez")),
            card("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c13", "M-0004186", "11-2043520", name("Sofia", "", "Gonzalez")),
            card("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c14", "M-0004187", "11-2043521", name("Mateo", "", "Gonzalez")),
        ]
        envelope.sequenceNumber = 1
        envelope.sequenceTotal = 2
        return envelope
    }
}
