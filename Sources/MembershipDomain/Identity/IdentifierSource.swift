/// Where a decision gets new identifiers: person ids, member ids, MRN sequence numbers and review
/// case ids. The domain never invents them (house rule 3); the store allocates them from database
/// sequences inside the request's transaction, and tests use ``CountingIdentifierSource``.
///
/// A decision asks for identifiers only when it accepts or opens a case, and asks in a fixed order,
/// so replaying a request against the same source state yields the same identifiers.
public protocol IdentifierSource {
    /// A new person id.
    mutating func newPersonID() -> PersonID
    /// A new member id.
    mutating func newMemberID() -> MemberID
    /// The next MRN sequence number in `region` (rule M1), 1 through ``MedicalRecordNumber/maximumSequence``.
    mutating func nextMRNSequence(in region: Region) -> Int
    /// A new review case id (rule M3).
    mutating func newReviewCaseID() -> ReviewCaseID
}
