/// Machine-readable reasons an enrollment request is rejected (rule E12). Every case names the
/// rule of DOMAIN.md it enforces (``ruleID``) and maps one to one to a value of `RejectionReason`
/// in `Protos/membership/enrollment/v1/enrollment_result.proto` (``contractName``); the table is in
/// `Docs/REASON-CODES.md`.
public enum RejectionReason: String, CaseIterable, Hashable, Sendable, Codable {
    /// E12: the request is malformed or contradicts the family's state.
    case e12InvalidRequest = "e12-invalid-request"
    /// E12: no contract for the group arrived within the waiting bound.
    case e12GroupContractNotFound = "e12-group-contract-not-found"
    /// G1: the group's contract ended before the request's date.
    case g1GroupContractInactive = "g1-group-contract-inactive"
    /// G4: the chosen plan is not among the group's plans.
    case g4PlanNotOffered = "g4-plan-not-offered"
    /// E1: the employee's hours are below the group's threshold.
    case e1HoursBelowThreshold = "e1-hours-below-threshold"
    /// E2: the employment class is never eligible.
    case e2IneligibleEmploymentClass = "e2-ineligible-employment-class"
    /// E3: outside the new-hire window and open enrollment, and no qualifying life event.
    case e3OutsideEnrollmentWindow = "e3-outside-enrollment-window"
    /// E3: the qualifying life event was reported after the group's QLE window.
    case e3QLEReportedTooLate = "e3-qle-reported-too-late"
    /// E4: the event is not a qualifying life event for this action.
    case e4QLENotQualifying = "e4-qle-not-qualifying"
    /// E4: Medicare enrollments are handled by the group representative.
    case e4MedicareHandledByGroup = "e4-medicare-handled-by-group"
    /// E6: the relationship does not make the person an eligible dependent.
    case e6DependentRelationshipNotEligible = "e6-dependent-relationship-not-eligible"
    /// E6: the child is past the age limit and not disabled.
    case e6DependentOverAgeLimit = "e6-dependent-over-age-limit"
    /// E6: a dependent is added outside open enrollment and the subscriber's new-hire window
    /// without a qualifying life event.
    case e6DependentRequiresQLE = "e6-dependent-requires-qle"
    /// E6: the family has no enrolled subscriber to add the dependent to.
    case e6SubscriberNotEnrolled = "e6-subscriber-not-enrolled"
    /// E8: the home address is outside the service area or in an excluded ZIP.
    case e8OutsideServiceArea = "e8-outside-service-area"
    /// E9: cancelling outside open enrollment without a qualifying life event.
    case e9CancelRequiresQLE = "e9-cancel-requires-qle"
    /// E9: the cancellation was reported more than 30 days after the new coverage started.
    case e9CancelReportedTooLate = "e9-cancel-reported-too-late"
    /// E9: the cancellation would leave a gap before the new coverage.
    case e9CancelLeavesCoverageGap = "e9-cancel-leaves-coverage-gap"
    /// E10: the member to change is not in the family.
    case e10MemberNotFound = "e10-member-not-found"
    /// E10: the change does not validate.
    case e10ChangeNotValid = "e10-change-not-valid"
    /// E11: the member is not eligible for COBRA.
    case e11COBRANotEligible = "e11-cobra-not-eligible"
    /// E11: the COBRA continuation period is over.
    case e11COBRAPeriodExhausted = "e11-cobra-period-exhausted"
    /// M2: an operator rejected the request on review.
    case m2ReviewRejected = "m2-review-rejected"
    /// M3: the review case is not open for this family (unknown, closed, or another group's).
    case m3ReviewCaseNotOpen = "m3-review-case-not-open"
    /// M3: the operator chose a person who is not a candidate of the case.
    case m3ReviewPersonNotCandidate = "m3-review-person-not-candidate"
    /// M4: the person is already covered in this group.
    case m4AlreadyCoveredInGroup = "m4-already-covered-in-group"

    /// The DOMAIN.md rule the reason enforces, e.g. `E6`.
    public var ruleID: String {
        let code = rawValue.prefix { $0 != "-" }
        return code.uppercased()
    }

    /// The name of the matching value in the event contract's `RejectionReason` enum.
    public var contractName: String {
        switch self {
        case .e12InvalidRequest: return "REJECTION_REASON_INVALID_REQUEST"
        case .e12GroupContractNotFound: return "REJECTION_REASON_GROUP_CONTRACT_NOT_FOUND"
        case .g1GroupContractInactive: return "REJECTION_REASON_GROUP_CONTRACT_INACTIVE"
        case .g4PlanNotOffered: return "REJECTION_REASON_PLAN_NOT_OFFERED"
        case .e1HoursBelowThreshold: return "REJECTION_REASON_HOURS_BELOW_THRESHOLD"
        case .e2IneligibleEmploymentClass: return "REJECTION_REASON_INELIGIBLE_EMPLOYMENT_CLASS"
        case .e3OutsideEnrollmentWindow: return "REJECTION_REASON_OUTSIDE_ENROLLMENT_WINDOW"
        case .e3QLEReportedTooLate: return "REJECTION_REASON_QLE_REPORTED_TOO_LATE"
        case .e4QLENotQualifying: return "REJECTION_REASON_QLE_NOT_QUALIFYING"
        case .e4MedicareHandledByGroup: return "REJECTION_REASON_MEDICARE_HANDLED_BY_GROUP"
        case .e6DependentRelationshipNotEligible: return "REJECTION_REASON_DEPENDENT_RELATIONSHIP_NOT_ELIGIBLE"
        case .e6DependentOverAgeLimit: return "REJECTION_REASON_DEPENDENT_OVER_AGE_LIMIT"
        case .e6DependentRequiresQLE: return "REJECTION_REASON_DEPENDENT_REQUIRES_QLE"
        case .e6SubscriberNotEnrolled: return "REJECTION_REASON_SUBSCRIBER_NOT_ENROLLED"
        case .e8OutsideServiceArea: return "REJECTION_REASON_OUTSIDE_SERVICE_AREA"
        case .e9CancelRequiresQLE: return "REJECTION_REASON_CANCEL_REQUIRES_QLE"
        case .e9CancelReportedTooLate: return "REJECTION_REASON_CANCEL_REPORTED_TOO_LATE"
        case .e9CancelLeavesCoverageGap: return "REJECTION_REASON_CANCEL_LEAVES_COVERAGE_GAP"
        case .e10MemberNotFound: return "REJECTION_REASON_MEMBER_NOT_FOUND"
        case .e10ChangeNotValid: return "REJECTION_REASON_CHANGE_NOT_VALID"
        case .e11COBRANotEligible: return "REJECTION_REASON_COBRA_NOT_ELIGIBLE"
        case .e11COBRAPeriodExhausted: return "REJECTION_REASON_COBRA_PERIOD_EXHAUSTED"
        case .m2ReviewRejected: return "REJECTION_REASON_REVIEW_REJECTED"
        case .m3ReviewCaseNotOpen: return "REJECTION_REASON_REVIEW_CASE_NOT_OPEN"
        case .m3ReviewPersonNotCandidate: return "REJECTION_REASON_REVIEW_PERSON_NOT_CANDIDATE"
        case .m4AlreadyCoveredInGroup: return "REJECTION_REASON_ALREADY_COVERED_IN_GROUP"
        }
    }

    /// One sentence for people, naming the rule, with no personal data.
    public var sentence: String {
        switch self {
        case .e12InvalidRequest: return "The request is incomplete or contradicts the family's enrollment (rule E12)."
        case .e12GroupContractNotFound: return "No contract for the group has been received (rule E12)."
        case .g1GroupContractInactive: return "The group's contract is not in force on the request's date (rule G1)."
        case .g4PlanNotOffered: return "The chosen plan is not offered by the group (rule G4)."
        case .e1HoursBelowThreshold: return "The employee's hours are below the group's eligibility threshold (rule E1)."
        case .e2IneligibleEmploymentClass: return "The employee's employment class is never eligible (rule E2)."
        case .e3OutsideEnrollmentWindow:
            return "The request is outside the new-hire window and open enrollment and has no qualifying life event (rule E3)."
        case .e3QLEReportedTooLate: return "The qualifying life event was reported after the group's reporting window (rule E3)."
        case .e4QLENotQualifying: return "The event is not a qualifying life event for this change (rule E4)."
        case .e4MedicareHandledByGroup: return "Medicare enrollments are handled by the group representative (rule E4)."
        case .e6DependentRelationshipNotEligible: return "The relationship does not make the person an eligible dependent (rule E6)."
        case .e6DependentOverAgeLimit: return "The child is past the dependent age limit of 26 and not disabled (rule E6)."
        case .e6DependentRequiresQLE:
            return "A dependent can be added outside open enrollment only with a qualifying life event (rule E6)."
        case .e6SubscriberNotEnrolled: return "The family has no enrolled subscriber (rule E6)."
        case .e8OutsideServiceArea: return "The home address is outside the plan's service area (rule E8)."
        case .e9CancelRequiresQLE:
            return "Coverage can be cancelled outside open enrollment only with new coverage elsewhere (rule E9)."
        case .e9CancelReportedTooLate:
            return "The cancellation was reported more than 30 days after the new coverage started (rule E9)."
        case .e9CancelLeavesCoverageGap: return "The cancellation would leave a gap before the new coverage starts (rule E9)."
        case .e10MemberNotFound: return "The member is not enrolled in this family and group (rule E10)."
        case .e10ChangeNotValid: return "The change does not apply to the member's current coverage (rule E10)."
        case .e11COBRANotEligible: return "The member is not eligible for COBRA continuation (rule E11)."
        case .e11COBRAPeriodExhausted: return "The COBRA continuation period has ended (rule E11)."
        case .m2ReviewRejected: return "An operator rejected the request on review (rule M2)."
        case .m3ReviewCaseNotOpen: return "The review case is not open for this family (rule M3)."
        case .m3ReviewPersonNotCandidate: return "The chosen person is not a candidate of the review case (rule M3)."
        case .m4AlreadyCoveredInGroup: return "The person is already covered in this group (rule M4)."
        }
    }
}
