/// One member's coverage after an accepted request, as the result reports it (`MemberCoverage` in
/// the event contract).
public struct MemberCoverage: Hashable, Sendable {
    /// The member.
    public let memberID: MemberID
    /// The person.
    public let personID: PersonID
    /// The MRN (rule M1).
    public let mrn: MedicalRecordNumber
    /// The upstream id, echoed; `nil` when absent.
    public let upstreamMemberID: String?
    /// Relationship to the subscriber.
    public let relationship: Relationship
    /// The coverage after the request.
    public let coverage: CoverageSpan
    /// Whether a digital ID card is available (rule M5: not in Northern California).
    public let digitalCardAvailable: Bool

    /// Creates a row.
    public init(memberID: MemberID, personID: PersonID, mrn: MedicalRecordNumber, upstreamMemberID: String?,
                relationship: Relationship, coverage: CoverageSpan) {
        self.memberID = memberID
        self.personID = personID
        self.mrn = mrn
        self.upstreamMemberID = upstreamMemberID
        self.relationship = relationship
        self.coverage = coverage
        self.digitalCardAvailable = mrn.region.offersDigitalCards
    }
}
