/// The outcome of identity matching (rule M2), always with its evidence.
public enum IdentityMatch: Hashable, Sendable {
    /// Certain: exactly one stored person matches on strong identifiers; reuse them.
    case existingPerson(PersonID, evidence: [CandidateEvidence])
    /// No plausible candidate: create a new person (and MRN). `evidence` lists the candidates that
    /// were compared and found unrelated.
    case newPerson(evidence: [CandidateEvidence])
    /// Plausible but uncertain candidates, best first: manual review, the request is not applied.
    case uncertain(candidates: [CandidateEvidence])

    /// Every candidate's evidence, whatever the outcome.
    public var evidence: [CandidateEvidence] {
        switch self {
        case .existingPerson(_, let evidence), .newPerson(let evidence): return evidence
        case .uncertain(let candidates): return candidates
        }
    }
}
