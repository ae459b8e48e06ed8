import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf

/// Builds the events a decision publishes: the result, review cases and card requests, each with a fresh
/// event id, the request's time (rule X1) and the worker's name as source.
struct EnrollmentEventBuilder: Sendable {
    let source: String
    let resultsTopic: String
    let reviewCasesTopic: String
    let cardRequestsTopic: String
    let reference: ReferenceData
    let memberServicesPhone: String

    /// The request's envelope, repeated by every event about it.
    struct Envelope {
        let requestID: String
        let groupNumber: String
        let subscriberRef: String
        let occurredAt: Google_Protobuf_Timestamp
        let createdAt: Int64
    }

    func result(_ envelope: Envelope, subject: Membership_Enrollment_V1_ResultSubject = .enrollmentRequest,
                outcome: Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome) throws -> OutboxMessage {
        var result = Membership_Enrollment_V1_EnrollmentResult()
        result.eventID = Self.newEventID()
        result.occurredAt = envelope.occurredAt
        result.source = source
        result.requestID = envelope.requestID
        result.subject = subject
        result.groupNumber = envelope.groupNumber
        result.subscriberRef = envelope.subscriberRef
        result.outcome = outcome
        let key = subject == .groupContract
            ? envelope.groupNumber : RecordKey.family(groupNumber: envelope.groupNumber, subscriberRef: envelope.subscriberRef)
        return OutboxMessage(topic: resultsTopic, key: Array(key.utf8), payload: try result.serializedBytes(),
                             createdAt: envelope.createdAt)
    }

    /// Rule E12: a rejection with its rule-tied reasons and a sentence without personal data.
    func rejected(_ envelope: Envelope, reasons: [RejectionReason], message: String) throws -> OutboxMessage {
        var rejected = Membership_Enrollment_V1_Rejected()
        rejected.reasons = reasons.map(Self.proto)
        rejected.message = message
        return try result(envelope, outcome: .rejected(rejected))
    }

    func accepted(_ envelope: Envelope, _ acceptance: Acceptance) throws -> OutboxMessage {
        var accepted = Membership_Enrollment_V1_Accepted()
        accepted.members = acceptance.members.map { member in
            var coverage = Membership_Enrollment_V1_MemberCoverage()
            coverage.memberID = member.memberID.rawValue
            coverage.mrn = member.mrn.description
            coverage.personID = member.personID.rawValue
            coverage.upstreamMemberID = member.upstreamMemberID ?? ""
            coverage.relationship = Self.proto(member.relationship)
            coverage.planID = member.coverage.plan.rawValue
            coverage.coverageEffectiveDate = member.coverage.start.proto
            if let end = member.coverage.end { coverage.coverageEndDate = end.proto }
            coverage.digitalCardAvailable = member.digitalCardAvailable
            coverage.cobra = member.coverage.isCOBRA
            return coverage
        }
        return try result(envelope, outcome: .accepted(accepted))
    }

    func pending(_ envelope: Envelope, _ pending: PendingReview) throws -> OutboxMessage {
        var proto = Membership_Enrollment_V1_PendingReview()
        proto.caseID = pending.caseID.rawValue
        proto.dueDate = pending.dueDate.proto
        proto.reviewReason = Self.proto(pending.reason)
        return try result(envelope, outcome: .pendingReview(proto))
    }

    /// Rules M2, M3: a case opened, with what the operator needs to decide (no full SSN).
    func caseOpened(_ envelope: Envelope, _ reviewCase: ReviewCase, candidateNames: [PersonID: PersonRecord],
                    candidateMRNs: [PersonID: String]) throws -> OutboxMessage {
        var opened = Membership_Enrollment_V1_CaseOpened()
        opened.reason = Self.proto(reviewCase.reason)
        opened.receivedAt = envelope.occurredAt
        opened.dueDate = reviewCase.dueDate.proto
        if let enrollee = reviewCase.enrollee {
            var evidence = Membership_Enrollment_V1_EnrolleeEvidence()
            evidence.name = enrollee.name.proto
            evidence.dateOfBirth = enrollee.dateOfBirth.proto
            evidence.ssnLast4 = enrollee.ssnLast4 ?? ""
            evidence.upstreamMemberID = enrollee.upstreamMemberID ?? ""
            evidence.homeZipCode = enrollee.homeZIP
            opened.enrollee = evidence
        }
        opened.candidates = reviewCase.candidates.map { candidate in
            var match = Membership_Enrollment_V1_MatchCandidate()
            match.personID = candidate.personID.rawValue
            match.mrn = candidateMRNs[candidate.personID] ?? ""
            if let person = candidateNames[candidate.personID] {
                match.name = LegalName(first: person.firstName, last: person.lastName).proto
                if let birth = CalendarDate(person.birthDate) { match.dateOfBirth = birth.proto }
            }
            match.ssnLast4 = candidate.ssnLast4 ?? ""
            match.evidence = candidate.evidence.compactMap(Self.proto)
            return match
        }
        return try reviewCaseEvent(envelope, caseID: reviewCase.id, change: .opened(opened))
    }

    func caseClosed(_ envelope: Envelope, _ closure: ReviewClosure) throws -> OutboxMessage {
        var closed = Membership_Enrollment_V1_CaseClosed()
        switch closure.decision {
        case .matchToPerson(let person):
            closed.decision = .matchToPerson
            closed.matchedPersonID = person.rawValue
        case .newPerson: closed.decision = .newPerson
        case .reject: closed.decision = .reject
        }
        closed.operator = closure.operatorLogin
        closed.reason = closure.reason
        closed.resolutionRequestID = closure.resolutionRequestID
        closed.closedOverdue = closure.closedOverdue
        return try reviewCaseEvent(envelope, caseID: closure.caseID, change: .closed(closed))
    }

    private func reviewCaseEvent(_ envelope: Envelope, caseID: ReviewCaseID,
                            change: Membership_Enrollment_V1_ReviewCase.OneOf_Change) throws -> OutboxMessage {
        var event = Membership_Enrollment_V1_ReviewCase()
        event.eventID = Self.newEventID()
        event.occurredAt = envelope.occurredAt
        event.source = source
        event.caseID = caseID.rawValue
        event.requestID = envelope.requestID
        event.requestKey = RecordKey.family(groupNumber: envelope.groupNumber, subscriberRef: envelope.subscriberRef)
        event.groupNumber = envelope.groupNumber
        event.subscriberRef = envelope.subscriberRef
        event.change = change
        return OutboxMessage(topic: reviewCasesTopic, key: Array(caseID.rawValue.utf8), payload: try event.serializedBytes(),
                             createdAt: envelope.createdAt)
    }

    /// Rule C1: one card request per card the acceptance orders, keyed by the subscriber's member id.
    func cardRequest(_ envelope: Envelope, order: Acceptance.CardOrder, member: FamilyMember,
                     subscriberID: MemberID) throws -> OutboxMessage {
        var request = Membership_Idcard_V1_CardRequest()
        request.eventID = Self.newEventID()
        request.occurredAt = envelope.occurredAt
        request.source = source
        request.causeRequestID = envelope.requestID
        switch order.reason {
        case .newEnrollment: request.reason = .newEnrollment
        case .reinstatement: request.reason = .reinstatement
        case .nameChange: request.reason = .nameChange
        case .replacement: request.reason = .replacement
        }
        request.memberID = member.memberID.rawValue
        request.subscriberMemberID = subscriberID.rawValue
        request.mrn = member.mrn.description
        request.name = member.identity.name.proto
        request.dateOfBirth = member.identity.dateOfBirth.proto
        request.subscriber = member.relationship == .subscriber
        request.groupNumber = envelope.groupNumber
        request.planID = member.coverage.plan.rawValue
        request.planName = reference.plans[member.coverage.plan]?.name ?? member.coverage.plan.rawValue
        request.coverageEffectiveDate = member.coverage.start.proto
        request.memberServicesPhone = memberServicesPhone
        // Rule C3: cards go to the mailing address, or the home address when none is given.
        request.mailingAddress = (member.mailingAddress ?? member.residence.address).proto()
        request.digitalCardAvailable = order.digitalCardAvailable
        var wrapper = Membership_Idcard_V1_IdCardRequestsMessage()
        wrapper.cardRequest = request
        return OutboxMessage(topic: cardRequestsTopic, key: Array(subscriberID.rawValue.utf8),
                             payload: try wrapper.serializedBytes(), createdAt: envelope.createdAt)
    }

    static func newEventID() -> String { UUID().uuidString.lowercased() }

    static func proto(_ relationship: Relationship) -> Membership_Enrollment_V1_Relationship {
        switch relationship {
        case .subscriber: .subscriber
        case .spouse: .spouse
        case .domesticPartner: .domesticPartner
        case .child: .child
        }
    }

    static func proto(_ reason: ReviewReason) -> Membership_Enrollment_V1_ReviewReason {
        switch reason {
        case .uncertainPersonMatch: .uncertainPersonMatch
        case .move: .move
        }
    }

    /// The contract has no value for the domain's finer evidence (swapped digits, upstream id).
    static func proto(_ evidence: MatchEvidence) -> Membership_Enrollment_V1_MatchEvidence? {
        switch evidence {
        case .sameName: .sameName
        case .sameDateOfBirth: .sameDateOfBirth
        case .sameSSN: .sameSsn
        case .differentSSN: .differentSsn
        case .ssnMissing: .ssnMissing
        case .differentDateOfBirth: .differentDateOfBirth
        case .sameUpstreamMemberID, .dateOfBirthMonthDaySwapped, .ssnAdjacentDigitsSwapped: nil
        }
    }

    /// Docs/REASON-CODES.md: each domain reason names its contract value.
    static func proto(_ reason: RejectionReason) -> Membership_Enrollment_V1_RejectionReason {
        Membership_Enrollment_V1_RejectionReason(protoName: reason.contractName) ?? .invalidRequest
    }
}

extension Membership_Enrollment_V1_RejectionReason {
    /// The value named `name` in the contract, e.g. `REJECTION_REASON_DEPENDENT_OVER_AGE_LIMIT`, read through
    /// the text format so the generated code's names are the only table.
    init?(protoName name: String) {
        guard name.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }),
              let parsed = try? Membership_Enrollment_V1_Rejected(textFormatString: "reasons: " + name),
              let value = parsed.reasons.first
        else { return nil }
        self = value
    }
}
