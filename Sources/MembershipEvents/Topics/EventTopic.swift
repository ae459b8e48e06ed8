public import SwiftProtobuf

/// A topic of the event contract with the one message type its record values hold.
///
/// Each topic carries exactly one protobuf message type (topics that carry two kinds of event use a
/// wrapper with a `oneof`), so a tool that knows the topic can decode any of its records, e.g. to
/// print a dead letter or to accept hand-written JSON.
public enum EventTopic: String, CaseIterable, Sendable {
    /// `membership.group-contracts`: ``Membership_Groups_V1_GroupContract``.
    case groupContracts
    /// `membership.enrollment-requests`: ``Membership_Enrollment_V1_EnrollmentRequest``.
    case enrollmentRequests
    /// `membership.enrollment-results`: ``Membership_Enrollment_V1_EnrollmentResult``.
    case enrollmentResults
    /// `membership.review-cases`: ``Membership_Enrollment_V1_ReviewCase``.
    case reviewCases
    /// `membership.idcard-requests`: ``Membership_Idcard_V1_IdCardRequestsMessage``.
    case idCardRequests
    /// `membership.idcard-mailings`: ``Membership_Idcard_V1_Envelope``.
    case idCardMailings
    /// `membership.billing-cycles`: ``Membership_Billing_V1_BillingCycleRequest``.
    case billingCycles
    /// `membership.payments`: ``Membership_Billing_V1_PaymentReceived``.
    case payments
    /// `membership.invoices`: ``Membership_Billing_V1_InvoicesMessage``.
    case invoices

    /// The topic's default name (``TopicName``).
    public var defaultName: String {
        switch self {
        case .groupContracts: TopicName.groupContracts
        case .enrollmentRequests: TopicName.enrollmentRequests
        case .enrollmentResults: TopicName.enrollmentResults
        case .reviewCases: TopicName.reviewCases
        case .idCardRequests: TopicName.idCardRequests
        case .idCardMailings: TopicName.idCardMailings
        case .billingCycles: TopicName.billingCycles
        case .payments: TopicName.payments
        case .invoices: TopicName.invoices
        }
    }

    /// The message type of every record value on the topic.
    public var valueType: any SwiftProtobuf.Message.Type {
        switch self {
        case .groupContracts: Membership_Groups_V1_GroupContract.self
        case .enrollmentRequests: Membership_Enrollment_V1_EnrollmentRequest.self
        case .enrollmentResults: Membership_Enrollment_V1_EnrollmentResult.self
        case .reviewCases: Membership_Enrollment_V1_ReviewCase.self
        case .idCardRequests: Membership_Idcard_V1_IdCardRequestsMessage.self
        case .idCardMailings: Membership_Idcard_V1_Envelope.self
        case .billingCycles: Membership_Billing_V1_BillingCycleRequest.self
        case .payments: Membership_Billing_V1_PaymentReceived.self
        case .invoices: Membership_Billing_V1_InvoicesMessage.self
        }
    }

    /// The topic whose default name is `name`, or `nil`. A dead-letter topic's name resolves to the
    /// topic it serves, whose message type its values have.
    public init?(defaultName name: String) {
        let base = name.hasSuffix(TopicName.deadLetterSuffix)
            ? String(name.dropLast(TopicName.deadLetterSuffix.count)) : name
        guard let topic = Self.allCases.first(where: { $0.defaultName == base }) else { return nil }
        self = topic
    }
}
