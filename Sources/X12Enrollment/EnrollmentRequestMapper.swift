import Foundation
import MembershipEvents
public import SwiftProtobuf
public import X12

/// Maps 834 member loops to enrollment requests:
///
/// | INS03 | request |
/// |---|---|
/// | 021 | `add_subscriber` (INS01 = Y) or `add_dependent` (N), linked to the family by REF*0F |
/// | 021/001 with INS05 = C | `continue_cobra` (INS07 the COBRA event, DTP*340 the day after the event) |
/// | 024 | `terminate` at DTP*357 (else HD's DTP*349); `cancel_coverage` when that is on or before the start |
/// | 001 | `change_demographics` (2100B is the old identity that selects the member); INS04 = 22 `change_plan` |
/// | 025 | `reinstate` |
/// | 030 | none by itself: a roster line for reconcile |
///
/// A subscriber's request selects the whole family, a dependent's selects the member by ``MemberKey``. What
/// cannot be mapped is an ``X12Problem`` that rejects the set, so the 999 tells the sender.
public struct EnrollmentRequestMapper: Sendable {
    /// The `source` of every request, e.g. `834:ACME20261101.edi`.
    public var source: String
    /// The plan's time zone: BGN03/BGN04 are a local date and time there (rule X1). Default America/Los_Angeles.
    public var timeZone: TimeZone

    /// A mapper for a file.
    public init(source: String, timeZone: TimeZone = TimeZone(identifier: "America/Los_Angeles") ?? .gmt) {
        self.source = source
        self.timeZone = timeZone
    }

    /// What one member loop maps to.
    public struct Mapped: Sendable {
        /// Requests, in the order they are to be published.
        public var requests: [PlannedRequest] = []
        /// A roster line (INS03 030, or every member of a full file).
        public var roster: RosterEntry?
        /// What could not be mapped.
        public var problems: [X12Problem] = []
    }

    /// Maps `member` of a set with `header`; `subscriberResidence` is the residence of the family's subscriber
    /// earlier in the file, used for a dependent sent without N3/N4.
    ///
    /// `occurredAt` is the set's receipt time when the caller computed it once for the set (see
    /// ``occurredAt(_:)``); otherwise it is computed from the header here.
    public func map(_ member: BenefitEnrollmentMember, header: BenefitEnrollmentHeader,
                    subscriberResidence: MemberAddress?, occurredAt: Google_Protobuf_Timestamp? = nil) -> Mapped {
        var mapped = Mapped()
        var context = Context(member: member, header: header, problems: [])
        guard let group = member.groupNumber ?? header.masterPolicyNumber, !group.isEmpty else {
            context.fail(segment: "REF", code: .implementationDependentSegmentMissing,
                         "the member has no group number: send REF*1L in loop 2000 (or REF*38 in the header)")
            mapped.problems = context.problems
            return mapped
        }
        let relationship = relationshipName(member, &context)
        var base = Membership_Enrollment_V1_EnrollmentRequest()
        base.source = source
        base.groupNumber = group
        base.subscriberRef = member.subscriberID
        base.occurredAt = occurredAt ?? self.occurredAt(header)
        let key = MemberKey.of(member, identity: member.identity)

        func plan(_ action: String, _ value: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action, key: String,
                  dates: [String: String]) -> PlannedRequest {
            var request = base
            request.action = value
            return PlannedRequest(action: action, request: request, subscriberID: member.subscriberID, memberKey: key,
                                  relationship: relationship, maintenanceType: member.maintenanceType.rawValue,
                                  segmentNumber: member.segmentNumber, dates: dates, origin: .file)
        }

        let isFullFileLine = header.isFullFile || member.maintenanceType == .audit
        switch member.maintenanceType {
        case .addition where member.isCOBRA, .change where member.isCOBRA:
            if let cobra = continueCOBRA(member, key: key, &context) {
                mapped.requests.append(plan("continue_cobra", .continueCobra(cobra.0), key: key, dates: cobra.1))
            }
        case .addition, .audit:
            if let addition = addition(member, key: key, residence: member.residence ?? subscriberResidence, &context) {
                let request = plan(addition.0, addition.1, key: key, dates: addition.2)
                if member.maintenanceType == .addition { mapped.requests.append(request) }
                if isFullFileLine {
                    var line = request
                    line.maintenanceType = MaintenanceType.audit.rawValue
                    line.origin = .reconcile
                    mapped.roster = RosterEntry(groupNumber: group, subscriberID: member.subscriberID, memberKey: key,
                                                isSubscriber: member.isSubscriber, addition: line)
                }
            }
        case .termination:
            if let end = terminationDate(member, &context) {
                let start = member.dates["356"] ?? member.coverages.compactMap(\.begin).min()
                var dates = ["coverage_end_date": end.description]
                if let start { dates["coverage_start_date"] = start.description }
                let selector = self.selector(member, key: key)
                if let start, end <= start {
                    mapped.requests.append(plan("cancel_coverage", .cancelCoverage(.with {
                        $0.members = selector
                        $0.coverageEndDate = end.proto
                    }), key: key, dates: dates))
                } else {
                    mapped.requests.append(plan("terminate", .terminate(.with {
                        $0.members = selector
                        $0.coverageEndDate = end.proto
                        $0.reason = terminationReason(member.maintenanceReason)
                    }), key: key, dates: dates))
                }
            }
        case .change:
            if member.maintenanceReason == "22" {
                guard member.isSubscriber else {
                    context.fail(element: 4, in: "INS", reference: 1203, code: .codeValueNotUsed, value: "22",
                                 "a plan change (INS04 22) is sent on the subscriber's loop: the family changes plans together")
                    break
                }
                if let planID = planID(member, &context) {
                    mapped.requests.append(plan("change_plan", .changePlan(.with { $0.plan = .with { $0.planID = planID } }), key: key,
                                                dates: member.dates["303"].map { ["maintenance_effective_date": $0.description] } ?? [:]))
                }
            } else if let identity = member.identity {
                let oldKey = member.previousIdentity.map { old in
                    MemberKey.of(member, identity: MemberIdentity(name: merged(old.name, into: identity.name),
                                                                  demographics: old.demographics ?? identity.demographics))
                } ?? key
                var change = Membership_Enrollment_V1_ChangeDemographics()
                change.member = .with { $0.upstreamMemberID = oldKey }
                change.identity = personIdentity(identity, key: key, &context)
                if let residence = member.residence { change.homeAddress = postalAddress(residence) }
                if let mailing = member.mailingAddress { change.mailingAddress = postalAddress(mailing) }
                var dates: [String: String] = [:]
                if let effective = member.dates["303"] { dates["maintenance_effective_date"] = effective.description }
                mapped.requests.append(plan("change_demographics", .changeDemographics(change), key: oldKey, dates: dates))
            }
        case .reinstatement:
            let reason = member.maintenanceReason.isEmpty ? "834 reinstatement" : "834 reinstatement, INS04 \(member.maintenanceReason)"
            let selector = self.selector(member, key: key)
            mapped.requests.append(plan("reinstate", .reinstate(.with {
                $0.members = selector
                $0.reason = reason
            }), key: key, dates: member.dates["356"].map { ["eligibility_begin": $0.description] } ?? [:]))
        }
        mapped.problems = context.problems
        if !mapped.problems.isEmpty {
            mapped.requests = []
            mapped.roster = nil
        }
        return mapped
    }

    // MARK: Actions

    private func addition(_ member: BenefitEnrollmentMember, key: String, residence: MemberAddress?, _ context: inout Context)
        -> (String, Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action, [String: String])?
    {
        guard let identity = member.identity else { return nil }
        guard let residence, !residence.line1.isEmpty, !residence.city.isEmpty, !residence.state.isEmpty,
              !residence.postalCode.isEmpty
        else {
            context.fail(segment: "N3", code: .implementationDependentSegmentMissing,
                         "an addition needs the member's residence: send N3 and N4 (street, city, state, ZIP) in loop 2100A")
            return nil
        }
        var enrollee = Membership_Enrollment_V1_Enrollee()
        enrollee.identity = personIdentity(identity, key: key, &context)
        enrollee.homeAddress = postalAddress(residence)
        if let mailing = member.mailingAddress { enrollee.mailingAddress = postalAddress(mailing) }
        enrollee.disabled = member.isDisabled
        var dates: [String: String] = [:]
        if let begin = member.dates["356"] { dates["eligibility_begin"] = begin.description }
        if let begin = member.coverages.compactMap(\.begin).min() { dates["coverage_begin"] = begin.description }
        let event = qualifyingLifeEvent(member)
        if event != nil, let eventDate = dates["eligibility_begin"] ?? dates["coverage_begin"] { dates["event_date"] = eventDate }
        if member.isSubscriber {
            guard let employment = employment(member, &context), let planID = planID(member, &context) else { return nil }
            if let hire = member.dates["336"] { dates["hire_date"] = hire.description }
            // Set on the one enrollee (not on a copy of it, whose protobuf storage would be copied whole).
            enrollee.employment = employment
            return ("add_subscriber", .addSubscriber(.with {
                $0.subscriber = enrollee
                $0.plan = .with { $0.planID = planID }
                if let event { $0.qualifyingLifeEvent = event }
            }), dates)
        }
        guard let relationship = dependentRelationship(member.relationshipCode) else { return nil }
        return ("add_dependent", .addDependent(.with {
            $0.dependent = enrollee
            $0.relationship = relationship
            if let event { $0.qualifyingLifeEvent = event }
        }), dates)
    }

    private func continueCOBRA(_ member: BenefitEnrollmentMember, key: String, _ context: inout Context)
        -> (Membership_Enrollment_V1_ContinueCobra, [String: String])?
    {
        let event: Membership_Enrollment_V1_CobraQualifyingEvent
        switch member.cobraEventCode {
        case "1", "9": event = .employmentEnded
        case "2": event = .hoursReduced
        case "3": event = .employeeMedicare
        case "4": event = .employeeDied
        case "5", "6": event = .divorceOrSeparation
        case "7": event = .dependentLostStatus
        default:
            context.fail(element: 7, in: "INS", reference: 1219, code: member.cobraEventCode.isEmpty ? .conditionalRequiredElementMissing : .codeValueNotUsed,
                         value: member.cobraEventCode,
                         "a COBRA continuation (INS05 C) needs INS07, the COBRA qualifying event: 1 termination of employment, 2 reduced hours, 3 Medicare, 4 death, 5 divorce, 6 separation, 7 ineligible child, 9 layoff")
            return nil
        }
        // Coverage under COBRA continues from the day after the event: DTP*340 is that day.
        guard let eventDate = member.dates["340"]?.previousDay ?? member.dates["337"] else {
            context.fail(segment: "DTP", code: .implementationDependentSegmentMissing,
                         "a COBRA continuation needs DTP*340 (COBRA begin) or DTP*337 (employment end) in loop 2000")
            return nil
        }
        var cobra = Membership_Enrollment_V1_ContinueCobra()
        cobra.members = selector(member, key: key)
        cobra.qualifyingEvent = event
        cobra.eventDate = eventDate.proto
        cobra.disabilityExtension = member.isDisabled
        var dates = ["event_date": eventDate.description]
        if let begin = member.dates["340"] { dates["cobra_begin"] = begin.description }
        if let end = member.dates["341"] { dates["cobra_end"] = end.description }
        return (cobra, dates)
    }

    private func terminationDate(_ member: BenefitEnrollmentMember, _ context: inout Context) -> X12Date? {
        if let end = member.dates["357"] ?? member.coverages.compactMap(\.end).min() { return end }
        context.fail(segment: "DTP", code: .implementationDependentSegmentMissing,
                     "a termination (INS03 024) needs its last day: DTP*357 in loop 2000 or DTP*349 in loop 2300")
        return nil
    }

    private func selector(_ member: BenefitEnrollmentMember, key: String) -> Membership_Enrollment_V1_MemberSelector {
        member.isSubscriber ? .with { $0.wholeFamily = true } : .with { $0.upstreamMemberID = key }
    }

    private func employment(_ member: BenefitEnrollmentMember, _ context: inout Context) -> Membership_Enrollment_V1_Employment? {
        var employment = Membership_Enrollment_V1_Employment()
        switch member.employmentStatus {
        case "FT": employment.employmentClass = .fullTime
        case "PT": employment.employmentClass = .partTime
        default:
            // Rules E1/E2 need the classification; "AC" (active) or a missing INS08 does not say it.
            context.fail(element: 8, in: "INS", reference: 584,
                         code: member.employmentStatus.isEmpty ? .conditionalRequiredElementMissing : .codeValueNotUsed,
                         value: member.employmentStatus,
                         "a subscriber's addition needs INS08 FT (full-time) or PT (part-time) to decide eligibility (rules E1, E2)")
            return nil
        }
        if let hours = member.weeklyHoursHundredths { employment.averageWeeklyHoursHundredths = Int32(clamping: hours) }
        if let hire = member.dates["336"] { employment.hireDate = hire.proto }
        employment.memberType = .employee
        return employment
    }

    private func planID(_ member: BenefitEnrollmentMember, _ context: inout Context) -> String? {
        let health = member.coverages.first { $0.insuranceLine == "HLT" } ?? member.coverages.first
        if let health {
            if !health.planDescription.isEmpty { return health.planDescription }
            if let contract = health.identifiers["CE"], !contract.isEmpty { return contract }
        }
        context.fail(segment: "HD", code: .implementationDependentSegmentMissing,
                     "the plan is missing: send loop 2300 with HD04 (plan coverage description) = the plan id")
        return nil
    }

    private func qualifyingLifeEvent(_ member: BenefitEnrollmentMember) -> Membership_Enrollment_V1_QualifyingLifeEvent? {
        let type: Membership_Enrollment_V1_QualifyingLifeEventType
        switch member.maintenanceReason {
        case "02": type = .birth
        case "05": type = .adoption
        case "32": type = .marriage
        case "01": type = .divorce
        case "31": type = .legalSeparation
        case "43": type = .move
        default: return nil
        }
        guard let date = member.dates["356"] ?? member.coverages.compactMap(\.begin).min() else { return nil }
        return .with {
            $0.type = type
            $0.eventDate = date.proto
        }
    }

    private func terminationReason(_ code: String) -> Membership_Enrollment_V1_TerminationReason {
        switch code {
        case "03": return .death
        case "04", "08", "16", "17": return .employmentEnded
        case "01": return .divorceOrPartnershipEnded
        case "14": return .voluntary
        default: return .unspecified
        }
    }

    private func relationshipName(_ member: BenefitEnrollmentMember, _ context: inout Context) -> String {
        if member.isSubscriber { return "subscriber" }
        switch dependentRelationship(member.relationshipCode) {
        case .spouse?: return "spouse"
        case .domesticPartner?: return "domestic_partner"
        case .child?: return "child"
        case .stepchild?: return "stepchild"
        case .adoptedChild?: return "adopted_child"
        default:
            context.fail(element: 2, in: "INS", reference: 1069, code: .codeValueNotUsed, value: member.relationshipCode,
                         "relationship \(member.relationshipCode) is not a dependent this plan covers (rule E6: 01 spouse, 53 life partner, 19 child, 17 stepchild, 09 adopted child, 10 foster child)")
            return "unsupported"
        }
    }

    private func dependentRelationship(_ code: String) -> Membership_Enrollment_V1_Relationship? {
        switch code {
        case "01": return .spouse
        case "53": return .domesticPartner
        case "19", "10": return .child
        case "17": return .stepchild
        case "09": return .adoptedChild
        default: return nil
        }
    }

    // MARK: Values

    private func personIdentity(_ identity: MemberIdentity, key: String, _ context: inout Context) -> Membership_Enrollment_V1_PersonIdentity {
        var person = Membership_Enrollment_V1_PersonIdentity()
        person.name = .with {
            $0.firstName = identity.name.first
            $0.middleName = identity.name.middle
            $0.lastName = identity.name.last
            $0.suffix = identity.name.suffix
        }
        if let birth = identity.demographics?.birthDate {
            person.dateOfBirth = birth.proto
        } else {
            context.fail(segment: "DMG", code: .implementationDependentSegmentMissing,
                         "the member's date of birth is missing: send DMG*D8*CCYYMMDD in loop 2100A")
        }
        if let ssn = identity.name.ssn {
            if Self.isNineDigits(ssn) {
                person.ssn = ssn
            } else {
                context.fail(element: 9, in: "NM1", reference: 67, code: .invalidCharacter, value: nil,
                             "NM109 with NM108 34 must be a nine-digit Social Security number")
            }
        }
        switch identity.demographics?.gender {
        case "F": person.gender = .female
        case "M": person.gender = .male
        case "U": person.gender = .undisclosed
        default: person.gender = .unspecified
        }
        person.upstreamMemberID = key
        return person
    }

    private func postalAddress(_ address: MemberAddress) -> Membership_Common_V1_PostalAddress {
        .with {
            $0.line1 = address.line1
            $0.line2 = address.line2
            $0.city = address.city
            $0.state = address.state
            let zip = address.postalCode
            $0.zipCode = Self.isNineDigits(zip) ? String(zip.prefix(5)) + "-" + String(zip.suffix(4)) : zip
            $0.countryCode = address.country == "US" ? "" : address.country
        }
    }

    private func merged(_ old: MemberName, into current: MemberName) -> MemberName {
        MemberName(last: old.last.isEmpty ? current.last : old.last, first: old.first.isEmpty ? current.first : old.first,
                   middle: old.middle, prefix: old.prefix, suffix: old.suffix,
                   idQualifier: old.idQualifier.isEmpty ? current.idQualifier : old.idQualifier,
                   id: old.id.isEmpty ? current.id : old.id)
    }

    /// Nine characters that are all numbers. ASCII digits are checked on the UTF-8 bytes; only other text
    /// takes the slower walk over characters (grapheme breaking for every SSN and ZIP code was a hot spot).
    private static func isNineDigits(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.count == 9 && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return text.count == 9 && text.allSatisfy(\.isNumber)
    }

    /// BGN03 + BGN04 as a local time in the plan's time zone (rule X1: the file's date is the receipt time).
    public func occurredAt(_ header: BenefitEnrollmentHeader) -> Google_Protobuf_Timestamp {
        guard let date = header.date else { return Google_Protobuf_Timestamp() }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let digits = Array(header.time.utf8).filter { (0x30...0x39).contains($0) }.map { Int($0 - 0x30) }
        func pair(_ index: Int) -> Int { digits.count >= index + 2 ? digits[index] * 10 + digits[index + 1] : 0 }
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: pair(0), minute: pair(2), second: pair(4))
        guard let instant = calendar.date(from: components) else { return Google_Protobuf_Timestamp() }
        return Google_Protobuf_Timestamp(seconds: Int64(instant.timeIntervalSince1970))
    }

    /// The member being mapped and the problems found so far.
    private struct Context {
        let member: BenefitEnrollmentMember
        let header: BenefitEnrollmentHeader
        var problems: [X12Problem]

        mutating func fail(segment: String, code: X12SegmentCode, _ message: String) {
            problems.append(X12Problem(level: .transactionSet, segmentNumber: member.segmentNumber, segmentID: segment,
                                       positionInSet: member.positionInSet, loopID: segment == "HD" ? "2300" : "2000",
                                       segmentCode: code, message: "member at INS segment \(member.segmentNumber): " + message))
        }

        mutating func fail(element: Int, in segment: String, reference: Int, code: X12ElementCode, value: String?, _ message: String) {
            problems.append(X12Problem(level: .transactionSet, segmentNumber: member.segmentNumber, segmentID: segment,
                                       positionInSet: member.positionInSet, loopID: "2000", segmentCode: .dataElementErrors,
                                       elementPosition: element, elementReference: reference, elementCode: code,
                                       value: value?.isEmpty == false ? value : nil,
                                       message: "member at INS segment \(member.segmentNumber): " + message))
        }
    }
}

extension X12Date {
    /// The date as the event contract's calendar date.
    var proto: Membership_Common_V1_CalendarDate {
        .init(year: Int32(year), month: Int32(month), day: Int32(day))
    }
}
