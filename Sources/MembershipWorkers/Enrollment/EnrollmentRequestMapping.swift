import MembershipDomain
import MembershipEvents

/// The protobuf `EnrollmentRequest` as the domain's ``EnrollmentRequest`` (rules E12, X1).
enum EnrollmentRequestMapping {
    /// The field checks that need more than the request itself (rule E12, ``FieldValidator``).
    struct Checks: Sendable {
        /// The day the request was received in the plan's time zone (rule X1): no birth date after it.
        var receivedOn: CalendarDate?
        /// Whether a plan id names a plan of the reference data.
        var knownPlan: (@Sendable (PlanID) -> Bool)?

        /// Only the checks of the request's own fields (a held request re-read from the store was checked
        /// against the clock and the plans when it arrived).
        static let structural = Checks(receivedOn: nil, knownPlan: nil)
    }

    /// Maps a request whose envelope is readable; a defect in the action is a ``RequestDefect``.
    static func domain(_ proto: Membership_Enrollment_V1_EnrollmentRequest,
                       checks: Checks = .structural) throws(RequestDefect) -> EnrollmentRequest {
        EnrollmentRequest(requestID: proto.eventID, receivedAt: proto.occurredAt.seconds,
                          groupNumber: GroupNumber(proto.groupNumber), subscriberRef: proto.subscriberRef,
                          action: try action(proto.action, checks: checks))
    }

    static func action(_ action: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action?,
                       checks: Checks = .structural) throws(RequestDefect) -> EnrollmentAction {
        switch action {
        case .addSubscriber(let add):
            guard add.hasSubscriber else { throw .missing("add_subscriber.subscriber") }
            let subscriber = try enrollee(add.subscriber, field: "add_subscriber.subscriber", employed: true, checks: checks)
            return .addSubscriber(.init(subscriber: subscriber, plan: try plan(add.hasPlan ? add.plan : nil, "add_subscriber.plan", checks),
                                        qualifyingEvent: try qle(add.hasQualifyingLifeEvent ? add.qualifyingLifeEvent : nil,
                                                                 "add_subscriber.qualifying_life_event")))
        case .addDependent(let add):
            guard add.hasDependent else { throw .missing("add_dependent.dependent") }
            let dependent = try enrollee(add.dependent, field: "add_dependent.dependent", employed: false, checks: checks)
            return .addDependent(.init(dependent: dependent, relationship: try relationship(add.relationship, "add_dependent.relationship"),
                                       qualifyingEvent: try qle(add.hasQualifyingLifeEvent ? add.qualifyingLifeEvent : nil,
                                                                "add_dependent.qualifying_life_event")))
        case .changePlan(let change):
            return .changePlan(.init(plan: try plan(change.hasPlan ? change.plan : nil, "change_plan.plan", checks),
                                     qualifyingEvent: try qle(change.hasQualifyingLifeEvent ? change.qualifyingLifeEvent : nil,
                                                              "change_plan.qualifying_life_event")))
        case .terminate(let terminate):
            let end = try optionalDate(terminate.hasCoverageEndDate ? terminate.coverageEndDate : nil, "terminate.coverage_end_date")
            return .terminate(.init(members: try selector(terminate.hasMembers ? terminate.members : nil, "terminate.members"),
                                    coverageEndDate: end, reason: try terminationReason(terminate.reason)))
        case .reinstate(let reinstate):
            return .reinstate(.init(members: try selector(reinstate.hasMembers ? reinstate.members : nil, "reinstate.members"),
                                    reason: reinstate.reason))
        case .changeDemographics(let change):
            let member = try selector(change.hasMember ? change.member : nil, "change_demographics.member")
            if member == .wholeFamily { throw .invalid("change_demographics.member", "must name one member") }
            let identity = change.hasIdentity
                ? try personIdentity(change.identity, field: "change_demographics.identity", checks: checks) : nil
            let residence = change.hasHomeAddress ? try residence(change.homeAddress, "change_demographics.home_address") : nil
            let mailing = change.hasMailingAddress
                ? try mailingAddress(change.mailingAddress, "change_demographics.mailing_address") : nil
            return .changeDemographics(.init(member: member, identity: identity, residence: residence, mailingAddress: mailing))
        case .continueCobra(let cobra):
            return .continueCOBRA(.init(members: try selector(cobra.hasMembers ? cobra.members : nil, "continue_cobra.members"),
                                        event: try cobraEvent(cobra.qualifyingEvent),
                                        eventDate: try date(cobra.hasEventDate ? cobra.eventDate : nil, "continue_cobra.event_date"),
                                        disabilityExtension: cobra.disabilityExtension))
        case .cancelCoverage(let cancel):
            return .cancel(.init(members: try selector(cancel.hasMembers ? cancel.members : nil, "cancel_coverage.members"),
                                 qualifyingEvent: try qle(cancel.hasQualifyingLifeEvent ? cancel.qualifyingLifeEvent : nil,
                                                          "cancel_coverage.qualifying_life_event"),
                                 coverageEndDate: try optionalDate(cancel.hasCoverageEndDate ? cancel.coverageEndDate : nil,
                                                                   "cancel_coverage.coverage_end_date")))
        case .resolveReview(let resolve):
            guard !resolve.caseID.isEmpty else { throw .missing("resolve_review.case_id") }
            let decision: ReviewDecision
            switch resolve.decision {
            case .matchToPerson(let match):
                guard !match.personID.isEmpty else { throw .missing("resolve_review.match_to_person.person_id") }
                decision = .matchToPerson(PersonID(match.personID))
            case .newPerson: decision = .newPerson
            case .reject: decision = .reject
            case nil: throw .missing("resolve_review.decision")
            }
            return .resolveReview(.init(caseID: ReviewCaseID(resolve.caseID), decision: decision, operatorLogin: resolve.operator,
                                        reason: resolve.reason))
        case nil:
            throw .missing("action")
        }
    }

    static func enrollee(_ proto: Membership_Enrollment_V1_Enrollee, field: String, employed: Bool,
                         checks: Checks = .structural) throws(RequestDefect) -> Enrollee {
        guard proto.hasIdentity else { throw .missing(field + ".identity") }
        let identity = try personIdentity(proto.identity, field: field + ".identity", checks: checks)
        guard proto.hasHomeAddress else { throw .missing(field + ".home_address") }
        let home = try residence(proto.homeAddress, field + ".home_address")
        var employment: Employment?
        if employed {
            guard proto.hasEmployment else { throw .missing(field + ".employment") }
            employment = try self.employment(proto.employment, field: field + ".employment")
        }
        return Enrollee(identity: identity, residence: home,
                        mailingAddress: proto.hasMailingAddress ? try mailingAddress(proto.mailingAddress, field + ".mailing_address") : nil,
                        employment: employment, isDisabled: proto.disabled)
    }

    static func personIdentity(_ proto: Membership_Enrollment_V1_PersonIdentity, field: String,
                               checks: Checks = .structural) throws(RequestDefect) -> PersonIdentity {
        guard proto.hasName, !proto.name.lastName.isEmpty else { throw .missing(field + ".name") }
        let name = LegalName(proto: proto.name)
        try RequestDefect.checking { () throws(FieldViolation) in try FieldValidator.name(name, field: field + ".name") }
        let birthField = field + ".date_of_birth"
        guard proto.hasDateOfBirth else { throw .missing(birthField) }
        let birthProto = proto.dateOfBirth
        let birth: CalendarDate = try RequestDefect.checking { () throws(FieldViolation) in
            if let receivedOn = checks.receivedOn {
                return try FieldValidator.birthDate(year: Int(birthProto.year), month: Int(birthProto.month),
                                                    day: Int(birthProto.day), receivedOn: receivedOn, field: birthField)
            }
            return try FieldValidator.date(year: Int(birthProto.year), month: Int(birthProto.month), day: Int(birthProto.day),
                                           field: birthField)
        }
        var ssn: SocialSecurityNumber?
        if !proto.ssn.isEmpty {
            let text = proto.ssn
            ssn = try RequestDefect.checking { () throws(FieldViolation) in try FieldValidator.ssn(text, field: field + ".ssn") }
        }
        if case .UNRECOGNIZED = proto.gender { throw .unknown(field + ".gender") }
        return PersonIdentity(name: name, dateOfBirth: birth, ssn: ssn,
                              upstreamMemberID: proto.upstreamMemberID)
    }

    static func residence(_ proto: Membership_Common_V1_PostalAddress, _ field: String) throws(RequestDefect) -> Residence {
        guard !proto.line1.isEmpty, !proto.city.isEmpty, !proto.state.isEmpty, !proto.zipCode.isEmpty else {
            throw .invalid(field, "lacks a street line, city, state or ZIP code")
        }
        return Residence(address: try mailingAddress(proto, field), county: proto.county)
    }

    /// An address whose ZIP code and state, when present, have their formats (rule E12).
    static func mailingAddress(_ proto: Membership_Common_V1_PostalAddress, _ field: String) throws(RequestDefect) -> MailingAddress {
        try RequestDefect.checking { () throws(FieldViolation) in
            if !proto.zipCode.isEmpty { try FieldValidator.zipCode(proto.zipCode, field: field + ".zip_code") }
            if !proto.state.isEmpty { try FieldValidator.state(proto.state, field: field + ".state") }
        }
        return MailingAddress(proto: proto)
    }

    static func employment(_ proto: Membership_Enrollment_V1_Employment, field: String) throws(RequestDefect) -> Employment {
        let classification: Employment.Classification
        switch proto.employmentClass {
        case .fullTime: classification = .fullTime
        case .partTime: classification = .partTime
        case .contractor1099: classification = .contractor1099
        case .nonUs: classification = .nonUS
        case .paidIntern: classification = .paidIntern
        case .vendor: classification = .vendor
        case .thirdPartyAdministrator: classification = .thirdPartyAdministrator
        case .temporary: classification = .temporary
        case .seasonal: classification = .seasonal
        case .householdDomestic: classification = .householdDomestic
        case .unspecified: throw .missing(field + ".employment_class")
        case .UNRECOGNIZED: throw .unknown(field + ".employment_class")
        }
        if case .UNRECOGNIZED = proto.memberType { throw .unknown(field + ".member_type") }
        try RequestDefect.checking { () throws(FieldViolation) in
            try FieldValidator.hours(Int(proto.averageWeeklyHoursHundredths), maximum: FieldValidator.maximumWeeklyHundredths,
                                     field: field + ".average_weekly_hours_hundredths")
            try FieldValidator.hours(Int(proto.payPeriodHoursHundredths), maximum: FieldValidator.maximumPayPeriodHundredths,
                                     field: field + ".pay_period_hours_hundredths")
        }
        return Employment(classification: classification,
                          averageWeeklyHundredths: proto.averageWeeklyHoursHundredths == 0 ? nil : Int(proto.averageWeeklyHoursHundredths),
                          payPeriodHundredths: proto.payPeriodHoursHundredths == 0 ? nil : Int(proto.payPeriodHoursHundredths),
                          hireDate: try date(proto.hasHireDate ? proto.hireDate : nil, field + ".hire_date"))
    }

    static func relationship(_ proto: Membership_Enrollment_V1_Relationship, _ field: String) throws(RequestDefect) -> Relationship {
        switch proto {
        case .subscriber: return .subscriber
        case .spouse: return .spouse
        case .domesticPartner: return .domesticPartner
        // Rule E6: step- and adopted children are children.
        case .child, .stepchild, .adoptedChild: return .child
        case .unspecified: throw .missing(field)
        case .UNRECOGNIZED: throw .unknown(field)
        }
    }

    static func plan(_ proto: Membership_Enrollment_V1_PlanChoice?, _ field: String,
                     _ checks: Checks = .structural) throws(RequestDefect) -> PlanID {
        guard let proto, !proto.planID.isEmpty else { throw .missing(field + ".plan_id") }
        let plan = PlanID(proto.planID)
        if let knownPlan = checks.knownPlan, !knownPlan(plan) {
            throw RequestDefect(FieldViolation(.unknownPlan, field: field + ".plan_id"))
        }
        return plan
    }

    static func qle(_ proto: Membership_Enrollment_V1_QualifyingLifeEvent?, _ field: String) throws(RequestDefect) -> QualifyingLifeEvent? {
        guard let proto else { return nil }
        let kind: QualifyingLifeEvent.Kind
        switch proto.type {
        case .marriage: kind = .marriage
        case .domesticPartnership: kind = .domesticPartnership
        case .divorce: kind = .divorce
        case .legalSeparation: kind = .legalSeparation
        case .birth: kind = .birth
        case .adoption: kind = .adoption
        case .lossOfOtherCoverage: kind = .lossOfOtherCoverage
        case .move: kind = .move
        case .medicare: kind = .medicare
        case .newCoverageElsewhere: kind = .newCoverageElsewhere
        case .domesticPartnershipEnded: kind = .domesticPartnershipEnded
        case .unspecified: throw .missing(field + ".type")
        case .UNRECOGNIZED: throw .unknown(field + ".type")
        }
        return QualifyingLifeEvent(kind, on: try date(proto.hasEventDate ? proto.eventDate : nil, field + ".event_date"))
    }

    static func selector(_ proto: Membership_Enrollment_V1_MemberSelector?, _ field: String) throws(RequestDefect) -> MemberSelector {
        switch proto?.target {
        case .wholeFamily(true): return .wholeFamily
        case .memberID(let id) where !id.isEmpty: return .member(MemberID(id))
        case .upstreamMemberID(let id) where !id.isEmpty: return .upstreamMemberID(id)
        default: throw .missing(field)
        }
    }

    static func terminationReason(_ proto: Membership_Enrollment_V1_TerminationReason) throws(RequestDefect) -> TerminationReason {
        switch proto {
        case .unspecified: return .unspecified
        case .employmentEnded: return .employmentEnded
        case .employeeLostEligibility: return .employeeLostEligibility
        case .dependentAgedOut: return .dependentAgedOut
        case .divorceOrPartnershipEnded: return .divorceOrPartnershipEnded
        case .death: return .death
        case .voluntary: return .voluntary
        case .UNRECOGNIZED: throw .unknown("terminate.reason")
        }
    }

    static func cobraEvent(_ proto: Membership_Enrollment_V1_CobraQualifyingEvent) throws(RequestDefect) -> COBRAQualifyingEvent {
        switch proto {
        case .employmentEnded: return .employmentEnded
        case .hoursReduced: return .hoursReduced
        case .divorceOrSeparation: return .divorceOrSeparation
        case .dependentLostStatus: return .dependentLostStatus
        case .employeeDied: return .employeeDied
        case .employeeMedicare: return .employeeMedicare
        case .unspecified: throw .missing("continue_cobra.qualifying_event")
        case .UNRECOGNIZED: throw .unknown("continue_cobra.qualifying_event")
        }
    }

    static func date(_ proto: Membership_Common_V1_CalendarDate?, _ field: String) throws(RequestDefect) -> CalendarDate {
        guard let proto else { throw .missing(field) }
        return try RequestDefect.checking { () throws(FieldViolation) in
            try FieldValidator.date(year: Int(proto.year), month: Int(proto.month), day: Int(proto.day), field: field)
        }
    }

    static func optionalDate(_ proto: Membership_Common_V1_CalendarDate?, _ field: String) throws(RequestDefect) -> CalendarDate? {
        guard let proto else { return nil }
        return try date(proto, field)
    }

    /// The request as stored while it waits: every SSN removed (they are never stored in plain text).
    static func withoutSSNs(_ proto: Membership_Enrollment_V1_EnrollmentRequest) -> Membership_Enrollment_V1_EnrollmentRequest {
        var copy = proto
        switch copy.action {
        case .addSubscriber(var add):
            add.subscriber.identity.ssn = ""
            copy.action = .addSubscriber(add)
        case .addDependent(var add):
            add.dependent.identity.ssn = ""
            copy.action = .addDependent(add)
        case .changeDemographics(var change):
            if change.hasIdentity { change.identity.ssn = "" }
            copy.action = .changeDemographics(change)
        default:
            break
        }
        return copy
    }
}
