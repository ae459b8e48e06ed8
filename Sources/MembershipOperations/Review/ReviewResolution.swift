public import Foundation
public import Kafka
public import MembershipEvents
import SwiftProtobuf

/// An operator's decision on a review case, as the `resolve_review` enrollment request that
/// carries it (`membership review resolve`).
///
/// The request is keyed like the request under review (`<group>/<subscriber ref>`, the case's
/// family) so it is decided after the family's earlier requests and before its later ones. It is
/// checked against the case first, because the enrollment worker rejects a resolution of a case
/// that is not open (M3) or a match to a person who is not a candidate, and the operator should
/// hear that now rather than from the results topic.
public struct ReviewResolution: Sendable, Equatable {
    /// What the operator decided.
    public enum Decision: Sendable, Equatable {
        /// The enrollee is this existing person (one of the case's candidates).
        case match(personID: String)
        /// The enrollee is nobody known (for a move case: the move is approved).
        case newPerson
        /// The request under review is rejected.
        case reject
    }

    /// The decision.
    public var decision: Decision
    /// The operator's login.
    public var operatorLogin: String
    /// Why, in the operator's words.
    public var reason: String

    /// Creates a resolution.
    public init(decision: Decision, operatorLogin: String, reason: String) {
        self.decision = decision
        self.operatorLogin = operatorLogin
        self.reason = reason
    }

    /// The enrollment request for `file`'s case; throws when the case is not open or the matched
    /// person is not a candidate.
    public func request(for file: ReviewCaseFile, eventID: String = UUID().uuidString.lowercased(), now: Date = Date())
        throws(OperationsError) -> Membership_Enrollment_V1_EnrollmentRequest
    {
        let record = file.record
        guard record.status == "open" else {
            throw OperationsError(
                "case \(record.caseID) is \(record.status) (\(record.resolution ?? "no resolution") by \(record.resolvedBy ?? "unknown")): "
                    + "nothing to resolve; see the open cases with `membership review list`")
        }
        if case .match(let personID) = decision, !file.candidates.contains(where: { $0.evidence.personID == personID }) {
            let ids = file.candidates.map(\.evidence.personID)
            throw OperationsError(
                "\(personID) is not a candidate of case \(record.caseID): "
                    + (ids.isEmpty ? "it has none, so resolve it with --new-person or --reject"
                                   : "choose one of \(ids.joined(separator: ", ")) (`membership review show \(record.caseID)`)"))
        }
        guard !operatorLogin.isEmpty else { throw OperationsError("the operator is empty: pass --operator LOGIN") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw OperationsError("the reason is empty: pass --reason \"why\"; it is kept with the case")
        }
        var resolve = Membership_Enrollment_V1_ResolveReview()
        resolve.caseID = record.caseID
        switch decision {
        case .match(let personID): resolve.matchToPerson = .with { $0.personID = personID }
        case .newPerson: resolve.newPerson = Membership_Enrollment_V1_NewPerson()
        case .reject: resolve.reject = Membership_Enrollment_V1_RejectRequest()
        }
        resolve.operator = operatorLogin
        resolve.reason = reason
        var request = Membership_Enrollment_V1_EnrollmentRequest()
        request.eventID = eventID
        request.occurredAt = Google_Protobuf_Timestamp(date: now)
        request.source = "membership-cli"
        request.groupNumber = record.groupNumber
        request.subscriberRef = record.subscriberRef
        request.resolveReview = resolve
        return request
    }

    /// The record to publish: the request on `topic`, keyed by the case's family.
    public func message(for file: ReviewCaseFile, topic: String = TopicName.enrollmentRequests, eventID: String = UUID().uuidString.lowercased(),
                        now: Date = Date()) throws(OperationsError) -> KafkaProducerMessage {
        let request = try request(for: file, eventID: eventID, now: now)
        do {
            return KafkaProducerMessage(topic: topic, key: request.recordKey, value: try request.serializedBytes())
        } catch {
            throw OperationsError("cannot encode the resolution: \(error)")
        }
    }
}
