/// An operator's decision on a review case (rules M2, M3).
public enum ReviewDecision: Hashable, Sendable {
    /// The enrollee is this existing person, one of the case's candidates: reuse them and their MRN.
    case matchToPerson(PersonID)
    /// The enrollee is nobody known (or, for a move, the request is approved): create a new person.
    case newPerson
    /// The request must not be applied: it is rejected (``RejectionReason/m2ReviewRejected``).
    case reject
}
