public import MembershipEvents

extension Membership_Enrollment_V1_RejectionReason {
    /// The DOMAIN.md rule the reason enforces, as the contract's comments name it (e.g. "E6").
    public var ruleID: String {
        switch self {
        case .unspecified, .UNRECOGNIZED: "?"
        case .invalidRequest, .groupContractNotFound: "E12"
        case .groupContractInactive: "G1"
        case .businessAddressPoBox, .businessAddressIncomplete: "G1"
        case .groupSizeOutOfRange, .noNonOwnerW2Employee, .coverageNotOfferedToAllEligible, .participationBelowMinimum: "G2"
        case .employerContributionTooLow: "G3"
        case .tooManyPlans, .moreThanOnePpo, .ppoRequiresSoleCarrier, .ppoNotOfferedToAll, .ppoOutOfStateLimit,
             .planNotOffered: "G4"
        case .riderAddedOutsideRenewal, .infertilityRiderNotAllowed: "G5"
        case .reinstatementWindowPassed, .unpaidPremiums: "G6"
        case .waitingPeriodTooLong: "E5"
        case .hoursBelowThreshold: "E1"
        case .ineligibleEmploymentClass: "E2"
        case .outsideEnrollmentWindow, .qleReportedTooLate: "E3"
        case .qleNotQualifying, .medicareHandledByGroup: "E4"
        case .dependentRelationshipNotEligible, .dependentOverAgeLimit, .dependentRequiresQle, .subscriberNotEnrolled: "E6"
        case .outsideServiceArea: "E8"
        case .cancelRequiresQle, .cancelReportedTooLate, .cancelLeavesCoverageGap: "E9"
        case .memberNotFound, .changeNotValid: "E10"
        case .cobraNotEligible, .cobraPeriodExhausted: "E11"
        case .reviewRejected, .reviewCaseNotOpen, .reviewPersonNotCandidate: "M3"
        case .alreadyCoveredInGroup: "M4"
        case .noRateForPlan: "B1"
        }
    }

    /// The reason's name without the `REJECTION_REASON_` prefix, e.g. `DEPENDENT_OVER_AGE_LIMIT`
    /// (derived from the generated case name, so it needs no table to stay in step with the contract).
    public var code: String {
        if case .UNRECOGNIZED(let value) = self { return "UNRECOGNIZED_\(value)" }
        var result = ""
        for character in String(describing: self) {
            if character.isUppercase, !result.isEmpty { result.append("_") }
            result += character.uppercased()
        }
        return result
    }

    /// The code as words for people: `dependent over age limit`.
    public var label: String {
        code.lowercased().split(separator: "_").joined(separator: " ")
    }
}
