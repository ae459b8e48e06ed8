import MembershipEvents
import Testing

@Suite("Topic names and record keys")
struct TopicNameTests {
    @Test("the default topic names are those of ARCHITECTURE.md, in its order")
    func defaultNames() {
        #expect(TopicName.all == [
            "membership.group-contracts",
            "membership.enrollment-requests",
            "membership.enrollment-results",
            "membership.review-cases",
            "membership.idcard-requests",
            "membership.idcard-mailings",
            "membership.billing-cycles",
            "membership.payments",
            "membership.invoices",
        ])
        #expect(EventTopic.allCases.map(\.defaultName) == TopicName.all)
    }

    @Test("a dead-letter topic is the topic's name plus .dlq")
    func deadLetterTopic() {
        #expect(TopicName.deadLetter(of: TopicName.payments) == "membership.payments.dlq")
        #expect(EventTopic(defaultName: "membership.payments.dlq") == .payments)
        #expect(EventTopic(defaultName: "membership.enrollment-requests") == .enrollmentRequests)
        #expect(EventTopic(defaultName: "membership.unknown") == nil)
    }

    @Test(
        "each topic's value type is the one Docs/TOPICS.md names",
        arguments: zip(EventTopic.allCases, [
            "membership.groups.v1.GroupContract",
            "membership.enrollment.v1.EnrollmentRequest",
            "membership.enrollment.v1.EnrollmentResult",
            "membership.enrollment.v1.ReviewCase",
            "membership.idcard.v1.IdCardRequestsMessage",
            "membership.idcard.v1.Envelope",
            "membership.billing.v1.BillingCycleRequest",
            "membership.billing.v1.PaymentReceived",
            "membership.billing.v1.InvoicesMessage",
        ]))
    func valueTypes(topic: EventTopic, protoName: String) {
        #expect(topic.valueType.protoMessageName == protoName)
    }

    @Test("record keys follow Docs/TOPICS.md")
    func recordKeys() {
        #expect(EventSamples.groupContractSetup.recordKey == "G-104233")
        #expect(EventSamples.addSubscriber.recordKey == "G-104233/E-5521")
        #expect(EventSamples.resultAccepted.recordKey == "G-104233/E-5521")
        #expect(EventSamples.resultGroupContractAccepted.recordKey == "G-104233")
        #expect(EventSamples.reviewCaseOpened.recordKey == "RC-2026-000731")
        #expect(EventSamples.cardRequestMessage.recordKey == "M-0004182")
        #expect(EventSamples.mailingRunRequestMessage.recordKey == "mailing-run/MR-2026-11-03-01")
        #expect(EventSamples.envelope.recordKey == "M-0004182|PO BOX 2291|VENTURA|CA|93002")
        #expect(EventSamples.billingCycleOneGroup.recordKey == "G-104233")
        #expect(EventSamples.billingCycleAllGroups.recordKey == "all-groups")
        #expect(EventSamples.paymentReceived.recordKey == "G-104233")
        #expect(EventSamples.invoiceIssuedMessage.recordKey == "G-104233")
        #expect(EventSamples.paymentAppliedMessage.recordKey == "G-104233")
    }

    @Test("a wrapper exposes its wrapped event's metadata; an empty wrapper has none")
    func wrapperMetadata() {
        let wrapped = EventSamples.invoiceIssuedMessage
        #expect(wrapped.eventID == "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c01")
        #expect(wrapped.source == "billing-worker")
        #expect(wrapped.occurredAt.seconds == 1_796_112_060)
        let empty = Membership_Idcard_V1_IdCardRequestsMessage()
        #expect(empty.wrappedEvent == nil)
        #expect(empty.eventID == "")
        #expect(empty.recordKey == "")
    }
}
