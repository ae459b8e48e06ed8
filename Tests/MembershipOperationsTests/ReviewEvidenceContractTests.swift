@testable import MembershipWorkers
import MembershipDomain
import MembershipOperations
import Testing

/// `membership review show` reads the evidence the enrollment worker stores beside a case; this
/// fails when the worker's stored shape drifts from what the report reads.
@Suite("review: the evidence the enrollment worker stores reads back")
struct ReviewEvidenceContractTests {
    @Test("M2: name, birth date, SSN last four and candidates written by the worker are read by the review desk")
    func storedEvidence() throws {
        let request = EnrollmentRequest(requestID: "req-1", receivedAt: 1_795_590_000, groupNumber: GroupNumber("G-104233"),
                                        subscriberRef: "E-5521", action: .cancel(.init(members: .wholeFamily)))
        let reviewCase = ReviewCase(
            id: ReviewCaseID("RC-2026-000731"), reason: .uncertainPersonMatch, request: request,
            receivedOn: CalendarDate(year: 2026, month: 11, day: 20)!, dueDate: CalendarDate(year: 2026, month: 11, day: 24)!,
            enrollee: EnrolleeEvidence(name: LegalName(first: "Ana", last: "Lopez"), dateOfBirth: CalendarDate(year: 1984, month: 3, day: 9)!,
                                       ssnLast4: "4321", upstreamMemberID: "U-7", homeZIP: "94110"),
            candidates: [CandidateEvidence(personID: PersonID("P-00071344"), ssnLast4: "6789",
                                           evidence: [.sameName, .sameDateOfBirth, .ssnMissing], strength: .plausible)])
        let details = try ReviewCaseDetails(storedPayload: try StoredReviewCase(reviewCase).encoded())
        #expect(details == ReviewCaseDetails(
            name: LegalName(first: "Ana", last: "Lopez"), dateOfBirth: CalendarDate(year: 1984, month: 3, day: 9)!, ssnLast4: "4321",
            upstreamMemberID: "U-7", homeZIP: "94110",
            candidates: [.init(personID: "P-00071344", ssnLast4: "6789", evidence: ["same-name", "same-date-of-birth", "ssn-missing"],
                               strength: "plausible")]))
    }
}
