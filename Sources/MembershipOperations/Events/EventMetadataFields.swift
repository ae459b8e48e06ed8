import MembershipEvents
import SwiftProtobuf

/// The metadata every top-level event carries, writable, so hand-written JSON may leave it out
/// (see ``EventJSONLines``).
protocol EventMetadataFields {
    var eventID: String { get set }
    var occurredAt: Google_Protobuf_Timestamp { get set }
    var hasOccurredAt: Bool { get }
    var source: String { get set }
}

extension EventMetadataFields {
    /// Sets the fields the input left empty: a new lowercase UUID, `now`, `source`.
    mutating func fillMissing(now: Google_Protobuf_Timestamp, source: String, newID: () -> String) {
        if eventID.isEmpty { eventID = newID() }
        if !hasOccurredAt { occurredAt = now }
        if self.source.isEmpty { self.source = source }
    }
}

extension Membership_Groups_V1_GroupContract: EventMetadataFields {}
extension Membership_Enrollment_V1_EnrollmentRequest: EventMetadataFields {}
extension Membership_Enrollment_V1_EnrollmentResult: EventMetadataFields {}
extension Membership_Enrollment_V1_ReviewCase: EventMetadataFields {}
extension Membership_Idcard_V1_CardRequest: EventMetadataFields {}
extension Membership_Idcard_V1_MailingRunRequest: EventMetadataFields {}
extension Membership_Idcard_V1_Envelope: EventMetadataFields {}
extension Membership_Billing_V1_BillingCycleRequest: EventMetadataFields {}
extension Membership_Billing_V1_PaymentReceived: EventMetadataFields {}
extension Membership_Billing_V1_InvoiceIssued: EventMetadataFields {}
extension Membership_Billing_V1_PaymentApplied: EventMetadataFields {}
