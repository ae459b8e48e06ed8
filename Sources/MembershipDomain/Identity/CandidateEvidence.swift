/// How one stored person compares to an enrollee (rule M2): the evidence, and what it amounts to.
public struct CandidateEvidence: Hashable, Sendable {
    /// What the evidence amounts to.
    public enum Strength: String, Hashable, Sendable, Codable, Comparable {
        /// Unrelated: nothing suggests the same person.
        case none
        /// Plausible but uncertain: a human must decide (manual review).
        case plausible
        /// Certain: SSN + date of birth, or the upstream member id within the group.
        case strong

        /// `none` < `plausible` < `strong`.
        public static func < (lhs: Strength, rhs: Strength) -> Bool {
            let order: [Strength] = [.none, .plausible, .strong]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// The stored person.
    public let personID: PersonID
    /// Last four digits of the stored person's SSN, for reviewers; `nil` when none is stored.
    public let ssnLast4: String?
    /// Every comparison made, in ``MatchEvidence`` order.
    public let evidence: [MatchEvidence]
    /// What the evidence amounts to.
    public let strength: Strength

    /// Creates an evaluation.
    public init(personID: PersonID, ssnLast4: String?, evidence: [MatchEvidence], strength: Strength) {
        self.personID = personID
        self.ssnLast4 = ssnLast4
        self.evidence = evidence
        self.strength = strength
    }
}
