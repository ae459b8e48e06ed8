/// One group rule a contract breaks, with a machine-readable code tied to its rule ID (rule E12's
/// "reason codes" for group contracts).
public struct GroupRuleViolation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The reason code; the prefix names the rule.
    public enum Code: String, CaseIterable, Hashable, Sendable, Codable {
        /// G1: the business address is a P.O. box.
        case g1POBoxAddress = "G1_PO_BOX_ADDRESS"
        /// G1/B2: the business county is unknown, so no rating area can be found.
        case g1UnknownCounty = "G1_UNKNOWN_COUNTY"
        /// G1: a renewal's effective date is not an anniversary of the previous contract's.
        case g1RenewalNotOnAnniversary = "G1_RENEWAL_NOT_ON_ANNIVERSARY"
        /// G1: the contract's group number differs from the contract it renews, amends or reinstates.
        case g1GroupNumberMismatch = "G1_GROUP_NUMBER_MISMATCH"
        /// G2: fewer than one full-time (equivalent) employee.
        case g2TooFewEmployees = "G2_TOO_FEW_EMPLOYEES"
        /// G2: more than 100 full-time (equivalent) employees.
        case g2TooManyEmployees = "G2_TOO_MANY_EMPLOYEES"
        /// G2: no W-2 employee other than owners, partners and their spouses.
        case g2NoNonOwnerEmployee = "G2_NO_NON_OWNER_EMPLOYEE"
        /// G2: coverage is not offered to 100% of eligible employees.
        case g2NotOfferedToAll = "G2_NOT_OFFERED_TO_ALL"
        /// G2: fewer than 50% of eligible employees enrol.
        case g2ParticipationBelowMinimum = "G2_PARTICIPATION_BELOW_MINIMUM"
        /// G3: the employer contribution is below 50% of the lowest-priced plan's employee-only premium.
        case g3ContributionBelowMinimum = "G3_CONTRIBUTION_BELOW_MINIMUM"
        /// G3: the lowest-priced plan cannot be priced (no rate filed for the year and area).
        case g3NoRateFiled = "G3_NO_RATE_FILED"
        /// G4: no plan offered, or a plan not in the reference data.
        case g4UnknownPlan = "G4_UNKNOWN_PLAN"
        /// G4: more than 3 plans for a group of 1-5 enrolled subscribers.
        case g4TooManyPlans = "G4_TOO_MANY_PLANS"
        /// G4: more than one PPO plan.
        case g4MultiplePPOPlans = "G4_MULTIPLE_PPO_PLANS"
        /// G4: a PPO is offered but the plan is not the sole carrier.
        case g4PPONotSoleCarrier = "G4_PPO_NOT_SOLE_CARRIER"
        /// G4: a PPO is offered but not to all eligible employees.
        case g4PPONotOfferedToAll = "G4_PPO_NOT_OFFERED_TO_ALL"
        /// G4: out-of-state subscribers on the PPO exceed 30% of group enrolment.
        case g4PPOOutOfStateOverLimit = "G4_PPO_OUT_OF_STATE_OVER_LIMIT"
        /// G5: a rider is added outside a renewal.
        case g5RiderAddedOutsideRenewal = "G5_RIDER_ADDED_OUTSIDE_RENEWAL"
        /// G5: the infertility rider needs 20+ eligible employees and sole-carrier status.
        case g5InfertilityRiderNotAllowed = "G5_INFERTILITY_RIDER_NOT_ALLOWED"
        /// G6: terminated 60 or more days ago: re-enrol as a new group with a new number.
        case g6ReinstatementWindowPassed = "G6_REINSTATEMENT_WINDOW_PASSED"
        /// G6: unpaid premiums must be paid before reinstatement.
        case g6UnpaidPremiums = "G6_UNPAID_PREMIUMS"

        /// The rule ID, e.g. `G2`.
        public var ruleID: String { String(rawValue.prefix(2)) }
    }

    /// The reason code.
    public let code: Code
    /// A sentence for the employer or operator (no personal data).
    public let message: String

    /// Creates a violation.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The rule ID of ``code``.
    public var ruleID: String { code.ruleID }

    /// `CODE: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
