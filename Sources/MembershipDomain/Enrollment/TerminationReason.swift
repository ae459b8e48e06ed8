/// Why coverage ends (rules E7, E10).
public enum TerminationReason: String, CaseIterable, Hashable, Sendable, Codable {
    /// Not stated: coverage ends on the requested date.
    case unspecified
    /// The employee's employment ended: coverage ends on the requested date.
    case employmentEnded = "employment-ended"
    /// The employee lost eligibility: the family's coverage ends on the last day of the pay period
    /// containing the requested date (rule E7).
    case employeeLostEligibility = "employee-lost-eligibility"
    /// A child reached 26 and is not disabled: coverage ends on the last day of the pay period in
    /// which the child turned 26 (rule E7), whatever date the request gives.
    case dependentAgedOut = "dependent-aged-out"
    /// A divorce or the end of a domestic partnership became final on the requested date: the
    /// spouse's or partner's coverage ends on the last day of that pay period (rule E7).
    case divorceOrPartnershipEnded = "divorce-or-partnership-ended"
    /// The member died: coverage ends on the requested date.
    case death
    /// The member or the group asked for it: coverage ends on the requested date.
    case voluntary
}
