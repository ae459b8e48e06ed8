import MembershipDomain
import MembershipEvents

/// The protobuf `GroupContract` as the domain's contract (rules G1-G6) and enrollment terms (rules E1-E5).
enum GroupContractMapping {
    /// Why a contract message cannot be handled at all (dead-lettered): the field, never its value.
    static func defect(_ proto: Membership_Groups_V1_GroupContract) -> RequestDefect? {
        if proto.eventID.isEmpty { return .missing("event_id") }
        if !proto.hasOccurredAt { return .missing("occurred_at") }
        if proto.groupNumber.isEmpty { return .missing("group_number") }
        switch proto.kind {
        case .unspecified: return .missing("kind")
        case .UNRECOGNIZED: return .unknown("kind")
        default: break
        }
        if !proto.hasContractEffectiveDate { return .missing("contract_effective_date") }
        if let defect = dateDefect(proto.contractEffectiveDate, "contract_effective_date") { return defect }
        if proto.hasTerminationDate, let defect = dateDefect(proto.terminationDate, "termination_date") { return defect }
        if proto.kind == .termination, !proto.hasTerminationDate { return .missing("termination_date") }
        if proto.plansOffered.isEmpty, proto.kind != .termination { return .missing("plans_offered") }
        if case .UNRECOGNIZED = proto.payFrequency { return .unknown("pay_frequency") }
        if proto.hasPayPeriodAnchorDate, let defect = dateDefect(proto.payPeriodAnchorDate, "pay_period_anchor_date") { return defect }
        if proto.hasOpenEnrollment {
            let open = proto.openEnrollment
            for (date, field) in [(open.startDate, "start_date"), (open.endDate, "end_date"),
                                  (open.coverageEffectiveDate, "coverage_effective_date")] {
                if let defect = dateDefect(date, "open_enrollment." + field) { return defect }
            }
        }
        if proto.riders.contains(where: { if case .UNRECOGNIZED = $0 { return true } else { return false } }) {
            return .unknown("riders")
        }
        return nil
    }

    /// A date that does not exist ("is not a date"), or one outside the accepted years (rule E12).
    private static func dateDefect(_ date: Membership_Common_V1_CalendarDate, _ field: String) -> RequestDefect? {
        guard let violation = CalendarDate.violation(of: date, field: field) else { return nil }
        return violation.code == .invalidDate ? .date(field) : RequestDefect(violation)
    }

    /// The domain's contract for rules G1-G6 (call only after ``defect(_:)`` found nothing).
    static func contract(_ proto: Membership_Groups_V1_GroupContract) -> GroupContract {
        let counts = proto.employeeCounts
        return GroupContract(
            groupNumber: GroupNumber(proto.groupNumber), businessAddress: MailingAddress(proto: proto.businessAddress),
            businessCounty: proto.businessAddress.county, effectiveDate: CalendarDate(proto: proto.contractEffectiveDate)!,
            fullTimeEquivalentEmployees: Int(max(counts.fullTimeEmployees, counts.fullTimeEquivalentEmployees)),
            nonOwnerW2Employees: Int(counts.nonOwnerW2Employees), eligibleEmployees: Int(counts.eligibleEmployees),
            enrolledEmployees: Int(counts.expectedEnrollingEmployees),
            offeredToAllEligible: counts.employeesOfferedCoverage >= counts.eligibleEmployees,
            contribution: ContributionPolicy(
                subscriber: contribution(proto.hasSubscriberContribution ? proto.subscriberContribution : nil),
                dependents: contribution(proto.hasDependentContribution ? proto.dependentContribution : nil)),
            offeredPlans: proto.plansOffered.map { PlanID($0.planID) }, soleCarrier: proto.soleCarrier,
            riders: Set(proto.riders.compactMap(rider)))
    }

    /// What the decider needs of the group (rules E1-E5, E7, X1).
    static func terms(_ proto: Membership_Groups_V1_GroupContract, timeZone: PlanTimeZone) -> EnrollmentTerms? {
        guard let effective = CalendarDate(proto: proto.contractEffectiveDate) else { return nil }
        var open: EnrollmentTerms.OpenEnrollment?
        if proto.hasOpenEnrollment, let start = CalendarDate(proto: proto.openEnrollment.startDate),
           let end = CalendarDate(proto: proto.openEnrollment.endDate),
           let coverage = CalendarDate(proto: proto.openEnrollment.coverageEffectiveDate) {
            open = .init(start: start, end: end, coverageEffective: coverage)
        }
        let frequency: PaySchedule.Frequency = switch proto.payFrequency {
        case .weekly: .weekly
        case .biweekly: .biweekly
        case .semimonthly: .semimonthly
        case .monthly, .unspecified, .UNRECOGNIZED: .monthly
        }
        let anchor = proto.hasPayPeriodAnchorDate ? CalendarDate(proto: proto.payPeriodAnchorDate) ?? effective : effective
        var hours = EnrollmentTerms.HoursRule.standard
        if proto.hasEligibilityHoursRule, proto.eligibilityHoursRule.minimumHours > 0 {
            let minimum = Int(proto.eligibilityHoursRule.minimumHours) * 100
            hours = proto.eligibilityHoursRule.basis == .perPayPeriod
                ? .perPayPeriod(minimumHundredths: minimum) : .averageWeekly(minimumHundredths: minimum)
        }
        return EnrollmentTerms(
            groupNumber: GroupNumber(proto.groupNumber), contractEffective: effective,
            contractEnd: proto.hasTerminationDate ? CalendarDate(proto: proto.terminationDate) : nil,
            offeredPlans: Set(proto.plansOffered.map { PlanID($0.planID) }),
            waitingPeriodDays: Int(proto.waitingPeriodDays),
            newHireWindowDays: proto.newHireWindowDays > 0 ? Int(proto.newHireWindowDays) : nil,
            qleWindowDays: proto.qleWindowDays > 0 ? Int(proto.qleWindowDays) : nil,
            openEnrollment: open, paySchedule: PaySchedule(frequency: frequency, anchor: anchor), hoursRule: hours,
            isCountyGroup: proto.countyGroup, timeZone: timeZone)
    }

    static func contribution(_ proto: Membership_Groups_V1_EmployerContribution?) -> Contribution {
        switch proto?.amount {
        case .percentBasisPoints(let points): .percentage(Factor(basisPoints: Int64(points)))
        case .fixedCents(let cents): .fixedAmount(Money(cents: cents))
        case nil: .none
        }
    }

    static func rider(_ proto: Membership_Groups_V1_Rider) -> Rider? {
        switch proto {
        case .chiropracticAcupuncture: .chiropracticAcupuncture
        case .familyDental: .familyDental
        case .infertility: .infertility
        case .unspecified, .UNRECOGNIZED: nil
        }
    }

    /// Docs/REASON-CODES.md: the contract's reason for each group rule violation.
    static func reason(_ code: GroupRuleViolation.Code) -> Membership_Enrollment_V1_RejectionReason {
        switch code {
        case .g1POBoxAddress: .businessAddressPoBox
        case .g1UnknownCounty, .g1GroupNumberMismatch: .businessAddressIncomplete
        case .g1RenewalNotOnAnniversary: .groupContractInactive
        case .g2TooFewEmployees, .g2TooManyEmployees: .groupSizeOutOfRange
        case .g2NoNonOwnerEmployee: .noNonOwnerW2Employee
        case .g2NotOfferedToAll: .coverageNotOfferedToAllEligible
        case .g2ParticipationBelowMinimum: .participationBelowMinimum
        case .g3ContributionBelowMinimum: .employerContributionTooLow
        case .g3NoRateFiled: .noRateForPlan
        case .g4UnknownPlan: .planNotOffered
        case .g4TooManyPlans: .tooManyPlans
        case .g4MultiplePPOPlans: .moreThanOnePpo
        case .g4PPONotSoleCarrier: .ppoRequiresSoleCarrier
        case .g4PPONotOfferedToAll: .ppoNotOfferedToAll
        case .g4PPOOutOfStateOverLimit: .ppoOutOfStateLimit
        case .g5RiderAddedOutsideRenewal: .riderAddedOutsideRenewal
        case .g5InfertilityRiderNotAllowed: .infertilityRiderNotAllowed
        case .g6ReinstatementWindowPassed: .reinstatementWindowPassed
        case .g6UnpaidPremiums: .unpaidPremiums
        }
    }
}
