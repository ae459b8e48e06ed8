public import SwiftProtobuf

// Record keys per topic, as Docs/TOPICS.md documents them. The metadata properties come from the
// generated code; only the keys (and the wrappers' delegation) are written here.

extension Membership_Groups_V1_GroupContract: MembershipEvent {
    /// The group number.
    public var recordKey: String { groupNumber }
}

extension Membership_Enrollment_V1_EnrollmentRequest: MembershipEvent {
    /// The family key `<group number>/<subscriber ref>`.
    public var recordKey: String {
        RecordKey.family(groupNumber: groupNumber, subscriberRef: subscriberRef)
    }
}

extension Membership_Enrollment_V1_EnrollmentResult: MembershipEvent {
    /// The key of the request it answers: the group number for a group contract, the family key
    /// otherwise.
    public var recordKey: String {
        subject == .groupContract
            ? groupNumber : RecordKey.family(groupNumber: groupNumber, subscriberRef: subscriberRef)
    }
}

extension Membership_Enrollment_V1_ReviewCase: MembershipEvent {
    /// The case id.
    public var recordKey: String { caseID }
}

extension Membership_Idcard_V1_CardRequest: MembershipEvent {
    /// The subscriber's member id, so a household's cards stay on one partition.
    public var recordKey: String { subscriberMemberID }
}

extension Membership_Idcard_V1_MailingRunRequest: MembershipEvent {
    /// `mailing-run/<run id>`.
    public var recordKey: String { RecordKey.mailingRun(runID: runID) }
}

extension Membership_Idcard_V1_Envelope: MembershipEvent {
    /// The household key.
    public var recordKey: String { householdKey }
}

extension Membership_Billing_V1_BillingCycleRequest: MembershipEvent {
    /// The group number, or `all-groups` for a run over every group.
    public var recordKey: String {
        switch scope {
        case .groupNumber(let number): number
        case .allGroups, nil: RecordKey.allGroups
        }
    }
}

extension Membership_Billing_V1_PaymentReceived: MembershipEvent {
    /// The group number.
    public var recordKey: String { groupNumber }
}

extension Membership_Billing_V1_InvoiceIssued: MembershipEvent {
    /// The group number.
    public var recordKey: String { groupNumber }
}

extension Membership_Billing_V1_PaymentApplied: MembershipEvent {
    /// The group number.
    public var recordKey: String { groupNumber }
}

extension Membership_Idcard_V1_IdCardRequestsMessage: MembershipEvent {
    /// The wrapped event, or `nil` when none is set (an invalid record).
    public var wrappedEvent: (any MembershipEvent)? {
        switch payload {
        case .cardRequest(let card): card
        case .mailingRunRequest(let run): run
        case nil: nil
        }
    }

    /// The wrapped event's id; empty when none is set.
    public var eventID: String { wrappedEvent?.eventID ?? "" }
    /// The wrapped event's time; the epoch when none is set.
    public var occurredAt: Google_Protobuf_Timestamp { wrappedEvent?.occurredAt ?? Google_Protobuf_Timestamp() }
    /// The wrapped event's source; empty when none is set.
    public var source: String { wrappedEvent?.source ?? "" }
    /// The wrapped event's key; empty when none is set.
    public var recordKey: String { wrappedEvent?.recordKey ?? "" }
}

extension Membership_Billing_V1_InvoicesMessage: MembershipEvent {
    /// The wrapped event, or `nil` when none is set (an invalid record).
    public var wrappedEvent: (any MembershipEvent)? {
        switch payload {
        case .invoiceIssued(let invoice): invoice
        case .paymentApplied(let payment): payment
        case nil: nil
        }
    }

    /// The wrapped event's id; empty when none is set.
    public var eventID: String { wrappedEvent?.eventID ?? "" }
    /// The wrapped event's time; the epoch when none is set.
    public var occurredAt: Google_Protobuf_Timestamp { wrappedEvent?.occurredAt ?? Google_Protobuf_Timestamp() }
    /// The wrapped event's source; empty when none is set.
    public var source: String { wrappedEvent?.source ?? "" }
    /// The wrapped event's key; empty when none is set.
    public var recordKey: String { wrappedEvent?.recordKey ?? "" }
}
