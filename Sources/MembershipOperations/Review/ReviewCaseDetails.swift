import Foundation
public import MembershipDomain

/// The evidence a review case keeps beside its record (`review_cases.request_payload`, JSON written
/// by the enrollment worker): the enrollee as the request describes them and the candidate
/// persons, with SSNs only as their last four digits.
///
/// Decoded leniently (evidence and strength as text) so a newer worker's additions still show.
public struct ReviewCaseDetails: Sendable, Equatable, Decodable {
    /// A person who may be the enrollee (rule M2).
    public struct Candidate: Sendable, Equatable, Decodable {
        /// The person's id: what `membership review resolve --match` takes.
        public var personID: String
        /// Last four digits of the person's SSN on record.
        public var ssnLast4: String?
        /// Which identifiers agree or conflict, e.g. `same-date-of-birth`.
        public var evidence: [String]
        /// How strong the match is, e.g. `uncertain`.
        public var strength: String?

        /// Creates a candidate.
        public init(personID: String, ssnLast4: String?, evidence: [String], strength: String?) {
            self.personID = personID
            self.ssnLast4 = ssnLast4
            self.evidence = evidence
            self.strength = strength
        }
    }

    /// The enrollee's name, as the request gives it.
    public var name: LegalName?
    /// The enrollee's date of birth (print it masked: ``ReviewCaseReport``).
    public var dateOfBirth: CalendarDate?
    /// Last four digits of the enrollee's SSN.
    public var ssnLast4: String?
    /// The upstream system's member id.
    public var upstreamMemberID: String?
    /// The home ZIP code.
    public var homeZIP: String?
    /// The candidates, best first.
    public var candidates: [Candidate]

    /// Creates details.
    public init(name: LegalName?, dateOfBirth: CalendarDate?, ssnLast4: String?, upstreamMemberID: String?, homeZIP: String?,
                candidates: [Candidate]) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.ssnLast4 = ssnLast4
        self.upstreamMemberID = upstreamMemberID
        self.homeZIP = homeZIP
        self.candidates = candidates
    }

    /// Reads the stored JSON.
    public init(storedPayload: [UInt8]) throws(OperationsError) {
        do {
            self = try JSONDecoder().decode(Self.self, from: Data(storedPayload))
        } catch {
            throw OperationsError("the case's stored evidence is unreadable (\(error)); was it written by a newer enrollment-worker?")
        }
    }
}
