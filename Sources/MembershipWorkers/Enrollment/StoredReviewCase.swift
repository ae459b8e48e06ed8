import Foundation
import MembershipDomain

/// What a review case keeps beside its request (`review_cases.request_payload`, JSON): the enrollee's
/// evidence and the candidates the operator chooses from (rules M2, M3). No full SSN.
struct StoredReviewCase: Codable, Equatable {
    struct Candidate: Codable, Equatable {
        var personID: String
        var ssnLast4: String?
        var evidence: [MatchEvidence]
        var strength: CandidateEvidence.Strength
    }

    var name: LegalName?
    var dateOfBirth: CalendarDate?
    var ssnLast4: String?
    var upstreamMemberID: String?
    var homeZIP: String?
    var candidates: [Candidate]

    init(_ reviewCase: ReviewCase) {
        name = reviewCase.enrollee?.name
        dateOfBirth = reviewCase.enrollee?.dateOfBirth
        ssnLast4 = reviewCase.enrollee?.ssnLast4
        upstreamMemberID = reviewCase.enrollee?.upstreamMemberID
        homeZIP = reviewCase.enrollee?.homeZIP
        candidates = reviewCase.candidates.map {
            Candidate(personID: $0.personID.rawValue, ssnLast4: $0.ssnLast4, evidence: $0.evidence, strength: $0.strength)
        }
    }

    /// The domain's case, around the request under review.
    func reviewCase(id: ReviewCaseID, reason: ReviewReason, request: EnrollmentRequest, receivedOn: CalendarDate,
                    dueDate: CalendarDate) -> ReviewCase {
        var enrollee: EnrolleeEvidence?
        if let name, let dateOfBirth {
            enrollee = EnrolleeEvidence(name: name, dateOfBirth: dateOfBirth, ssnLast4: ssnLast4,
                                        upstreamMemberID: upstreamMemberID, homeZIP: homeZIP ?? "")
        }
        return ReviewCase(id: id, reason: reason, request: request, receivedOn: receivedOn, dueDate: dueDate,
                          enrollee: enrollee,
                          candidates: candidates.map {
                              CandidateEvidence(personID: PersonID($0.personID), ssnLast4: $0.ssnLast4, evidence: $0.evidence,
                                                strength: $0.strength)
                          })
    }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(self))
    }

    static func decoded(_ bytes: [UInt8]) throws -> StoredReviewCase {
        try JSONDecoder().decode(StoredReviewCase.self, from: Data(bytes))
    }
}
