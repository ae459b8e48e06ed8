import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf
import WorkerRuntime

/// Applies payments from `membership.payments` to the group's account (rules B9, B10) and publishes
/// `PaymentApplied` on `membership.invoices`, keyed by group number.
///
/// The account is rebuilt from the stored invoices and payment history, the domain applies the payment to
/// the oldest open invoices and states the commission it earns, and the store records the payment once per
/// payment id: a second event with a payment id already applied changes nothing and publishes nothing.
/// The payment always settles the oldest open invoices first (the domain's rule); an `invoice_number` the
/// group names on the payment does not redirect it.
public struct PaymentHandler: MessageHandler {
    /// The consumed topic.
    public let topic: String
    let invoicesTopic: String
    let source: String

    init(topic: String, invoicesTopic: String, source: String) {
        self.topic = topic
        self.invoicesTopic = invoicesTopic
        self.source = source
    }

    /// Decodes and validates a `PaymentReceived`: ids, group, a positive amount and a valid date.
    public func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<Membership_Billing_V1_PaymentReceived> {
        let payment = try PayloadDecoding.decode(Membership_Billing_V1_PaymentReceived.self, message)
        guard !payment.eventID.isEmpty else { throw InvalidMessage(.missingField, "event_id is empty") }
        guard !payment.paymentID.isEmpty else { throw InvalidMessage(.missingField, "payment_id is empty") }
        guard !payment.groupNumber.isEmpty else { throw InvalidMessage(.missingField, "group_number is empty") }
        guard payment.amountCents > 0 else { throw InvalidMessage(.invalidField, "amount_cents must be positive") }
        guard payment.hasReceivedDate, CalendarDate.violation(of: payment.receivedDate, field: "received_date") == nil else {
            throw InvalidMessage(.invalidField, "received_date is missing or not a date of the years 1900-2199")
        }
        return DecodedEvent(eventID: payment.eventID, event: payment)
    }

    /// Records and applies the payment.
    public func handle(_ event: DecodedEvent<Membership_Billing_V1_PaymentReceived>, message: IncomingMessage,
                       in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        let received = event.event
        let number = received.groupNumber
        guard let record = try await transaction.groups.billingGroups(groupNumber: number).first else {
            throw InvalidMessage(code: "UNKNOWN_GROUP", reason: "group \(number) is not known")
        }
        let terms: GroupBillingTerms
        do {
            terms = try GroupBillingTerms(record)
        } catch {
            throw InvalidMessage(code: "UNBILLABLE_GROUP", reason: error.description)
        }
        let history = try await transaction.billing.payments(groupNumber: number)
        // Rule B9: a payment id is applied once.
        if history.contains(where: { $0.paymentID == received.paymentID }) { return [] }

        let schedule = terms.commission
        var account = GroupAccount(groupNumber: GroupNumber(number))
        for stored in try await transaction.billing.storedInvoices(groupNumber: number) {
            guard let document = stored.document,
                  let invoice = try? JSONDecoder().decode(Invoice.self, from: Data(document)),
                  let issued = YearMonth(stored.billingMonth)?.firstDay else {
                throw InvalidMessage(code: "UNREADABLE_INVOICE", reason: "invoice \(stored.invoiceID) has no readable document")
            }
            account.record(invoice, issuedOn: issued)
        }
        for earlier in history {
            guard let date = CalendarDate(earlier.receivedOn) else { continue }
            _ = account.apply(Payment(id: earlier.paymentID, groupNumber: GroupNumber(number), receivedOn: date,
                                      amount: Money(cents: earlier.amountCents)), commission: schedule)
        }
        let receivedOn = CalendarDate(proto: received.receivedDate)!
        let payment = Payment(id: received.paymentID, groupNumber: GroupNumber(number), receivedOn: receivedOn,
                              amount: Money(cents: received.amountCents))
        let application = account.apply(payment, commission: schedule)

        let recordedAt = received.hasOccurredAt ? received.occurredAt.millisecondsSince1970 : (message.timestampMilliseconds ?? 0)
        let inserted = try await transaction.billing.recordPayment(
            PaymentRecord(paymentID: received.paymentID, groupNumber: number, amountCents: received.amountCents,
                          receivedOn: receivedOn.description, reference: received.reference,
                          commissionCents: application.commission.cents, recordedAt: recordedAt))
        guard inserted else { return [] }
        // Rule B9 from the store's account, which also counts credits granted outside invoices.
        let balance = try await transaction.billing.balance(groupNumber: number)

        var applied = Membership_Billing_V1_PaymentApplied()
        applied.eventID = DerivedEventID.make("payment-applied", received.eventID)
        applied.occurredAt = Google_Protobuf_Timestamp(millisecondsSince1970: recordedAt)
        applied.source = source
        applied.requestID = received.eventID
        applied.paymentID = received.paymentID
        applied.groupNumber = number
        applied.amountAppliedCents = received.amountCents
        applied.invoiceNumbers = application.allocations.map(\.invoice.description)
        applied.balanceDueCents = balance.dueCents
        applied.brokerID = schedule?.brokerID ?? ""
        applied.commissionRateBasisPoints = Int32((schedule?.defaultRate.tenThousandths ?? 0))
        applied.commissionEarnedCents = application.commission.cents
        var wrapper = Membership_Billing_V1_InvoicesMessage()
        wrapper.paymentApplied = applied
        return [OutboxMessage(topic: invoicesTopic, key: Array(number.utf8), payload: try wrapper.serializedBytes(),
                              createdAt: recordedAt)]
    }
}
