import MembershipDomain
import MembershipEvents

/// A validated `CardRequest` as the domain's pending card, and the household key it is mailed under
/// (rules C1-C3, C5).
struct CardRequestMapping {
    /// The pending card (normalised address, fingerprints).
    let pending: PendingCard

    /// `<subscriber member id>-<16 hex digits>`: the subscriber and a fingerprint of the normalised address,
    /// so two families at one address, or one subscriber's two addresses, are different households (rule C3)
    /// and the address itself stays out of record keys and logs.
    var householdKey: String {
        let hex = String(pending.householdFingerprint, radix: 16)
        return pending.card.subscriberID.rawValue + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The card's id in the store: `<member id>/<request id>` (rule C5).
    var cardID: String { pending.card.id.description }

    /// Maps a request that ``validate(_:)`` accepted; `requestedOn` is the request's date (rule X1).
    init(_ request: Membership_Idcard_V1_CardRequest, requestedOn: CalendarDate) {
        // Rule C5: a card is named by the member and the request that caused it, so the same enrollment
        // re-announced under a new event id names the same card.
        let requestID = request.causeRequestID.isEmpty ? request.eventID : request.causeRequestID
        let card = IDCard(
            id: CardID(memberID: MemberID(request.memberID), requestID: requestID),
            reason: Self.reason(request.reason),
            subscriberID: MemberID(request.subscriberMemberID),
            // The request says only whether the member is the subscriber, which is all the packing order
            // needs (rule C2: subscriber first, then dependents by date of birth).
            relationship: request.subscriber ? .subscriber : .child,
            dateOfBirth: CalendarDate(proto: request.dateOfBirth)!,
            memberName: Self.printedName(request.name),
            mrn: request.mrn,
            groupNumber: GroupNumber(request.groupNumber),
            planName: request.planName,
            effectiveDate: CalendarDate(proto: request.coverageEffectiveDate)!,
            memberServicesPhone: request.memberServicesPhone,
            digitalCardAvailable: request.digitalCardAvailable,
            requestedOn: requestedOn
        )
        let address = request.mailingAddress
        pending = PendingCard(
            card: card,
            address: AddressNormalizer.normalize(MailingAddress(line1: address.line1, line2: address.line2, city: address.city,
                                                                state: address.state, zip: address.zipCode))
        )
    }

    /// Why a request cannot become a card, or `nil` when it can.
    static func validate(_ request: Membership_Idcard_V1_CardRequest) -> InvalidReason? {
        if request.eventID.isEmpty { return InvalidReason(code: "MISSING_FIELD", reason: "event_id is empty") }
        for (value, field) in [(request.memberID, "member_id"), (request.subscriberMemberID, "subscriber_member_id"),
                               (request.mrn, "mrn"), (request.groupNumber, "group_number"), (request.planID, "plan_id")]
        where value.isEmpty {
            return InvalidReason(code: "MISSING_FIELD", reason: "\(field) is empty")
        }
        if case .unspecified = request.reason { return InvalidReason(code: "MISSING_FIELD", reason: "reason is not set") }
        if case .UNRECOGNIZED = request.reason { return InvalidReason(code: "UNKNOWN_ENUM_VALUE", reason: "card_request.reason has the unknown enum value \(request.reason.rawValue)") }
        if !request.hasName || request.name.lastName.isEmpty {
            return InvalidReason(code: "MISSING_FIELD", reason: "name is missing")
        }
        if !request.hasDateOfBirth || CalendarDate.violation(of: request.dateOfBirth, field: "date_of_birth") != nil {
            return InvalidReason(code: "INVALID_FIELD", reason: "date_of_birth is missing or not a date of the years 1900-2199")
        }
        if !request.hasCoverageEffectiveDate
            || CalendarDate.violation(of: request.coverageEffectiveDate, field: "coverage_effective_date") != nil {
            return InvalidReason(code: "INVALID_FIELD", reason: "coverage_effective_date is missing or not a date of the years 1900-2199")
        }
        let address = request.mailingAddress
        if !request.hasMailingAddress || address.line1.isEmpty || address.city.isEmpty || address.state.isEmpty
            || address.zipCode.isEmpty {
            return InvalidReason(code: "MISSING_FIELD", reason: "mailing_address is incomplete")
        }
        return nil
    }

    /// A machine-readable code and an operator's sentence (no personal data).
    struct InvalidReason {
        let code: String
        let reason: String
    }

    /// The store's vocabulary (rule C1), plus `plan-change`, which the proto adds.
    static func storedReason(_ reason: Membership_Idcard_V1_CardReason) -> String {
        switch reason {
        case .newEnrollment: "new-enrollment"
        case .reinstatement: "reinstatement"
        case .nameChange: "name-change"
        case .planChange: "plan-change"
        case .replacement, .unspecified, .UNRECOGNIZED: "replacement"
        }
    }

    /// The domain has no plan-change reason: a new plan printed on an existing member's card is a reissue,
    /// which the domain calls a replacement (the reason affects neither packing nor the SLA).
    static func reason(_ reason: Membership_Idcard_V1_CardReason) -> IDCard.Reason {
        switch reason {
        case .newEnrollment: .newEnrollment
        case .reinstatement: .reinstatement
        case .nameChange: .nameChange
        case .planChange, .replacement, .unspecified, .UNRECOGNIZED: .replacement
        }
    }

    /// The name as printed: given, middle, family name and suffix, skipping empty parts.
    static func printedName(_ name: Membership_Common_V1_PersonName) -> String {
        [name.firstName, name.middleName, name.lastName, name.suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
