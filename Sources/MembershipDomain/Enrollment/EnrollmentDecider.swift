/// Decides enrollment requests (rules E1-E12, M1-M4, X1): values in, one decision out.
///
/// The caller (the enrollment worker, inside the request's database transaction) loads an
/// ``EnrollmentContext`` for the request's family, calls ``decide(_:context:identifiers:)`` and
/// writes what the decision says. Nothing here reads a clock, a random source or a database: the
/// request's receipt instant gives every date (rule X1) and new identifiers come from the
/// ``IdentifierSource``, so replaying a topic reproduces every decision.
///
/// Order of a family's requests (rule E12): while a review case is open for the family, every
/// other request of the family is answered ``PendingReview`` with ``PendingReview/openedCase``
/// `nil`, meaning "held behind that case". After a resolution closes the case, the worker decides
/// the held requests again, in their original order, with the updated state.
public enum EnrollmentDecider {
    /// Decides `request` against `context`, drawing new identifiers from `identifiers` only when
    /// it accepts or opens a case.
    public static func decide<Source: IdentifierSource>(_ request: EnrollmentRequest, context: EnrollmentContext,
                                                        identifiers: inout Source) -> EnrollmentDecision {
        if case .resolveReview(let resolution) = request.action {
            return resolve(resolution, request: request, context: context, identifiers: &identifiers)
        }
        // Rule E12: a family's later requests wait behind its open case.
        if let blocking = ReviewQueue.blockingCase(for: request.familyKey, openCases: context.openCases) {
            return .pendingReview(PendingReview(requestID: request.requestID, caseID: blocking.id, dueDate: blocking.dueDate,
                                                reason: blocking.reason, openedCase: nil))
        }
        return evaluate(request, context: context, override: nil, identifiers: &identifiers)
    }

    /// The plan-local date of `request` (rule X1): its receipt instant in the group's time zone,
    /// or in the default America/Los_Angeles zone when the group's contract is unknown.
    public static func decisionDate(of request: EnrollmentRequest, terms: EnrollmentTerms?) -> CalendarDate {
        (terms?.timeZone ?? .pacific).calendarDate(ofUnixSeconds: request.receivedAt)
    }

    /// What a resolved review imposes when the request under review is decided again.
    enum Override: Hashable {
        /// The enrollee is this person.
        case person(PersonID)
        /// The enrollee is a new person.
        case newPerson
        /// A move was approved; the enrollee (if any) is identified as usual.
        case moveApproved
    }

    /// The inputs every rule check shares.
    struct Inputs {
        let request: EnrollmentRequest
        let context: EnrollmentContext
        let terms: EnrollmentTerms
        /// The plan-local date of receipt (rule X1).
        let date: CalendarDate

        var family: FamilyMembership { context.family }

        func reject(_ reasons: [RejectionReason]) -> EnrollmentDecision {
            .rejected(Rejection(requestID: request.requestID, reasons: reasons))
        }
    }

    /// Decides a request that is not waiting behind a case.
    static func evaluate<Source: IdentifierSource>(_ request: EnrollmentRequest, context: EnrollmentContext, override: Override?,
                                                   identifiers: inout Source) -> EnrollmentDecision {
        guard let terms = context.terms else {
            // Rule E12: the runtime waits (bounded) for the contract; deciding without it rejects.
            return .rejected(Rejection(requestID: request.requestID, reasons: [.e12GroupContractNotFound]))
        }
        let inputs = Inputs(request: request, context: context, terms: terms,
                            date: decisionDate(of: request, terms: terms))
        guard request.groupNumber == terms.groupNumber, context.family.key == request.familyKey else {
            return inputs.reject([.e12InvalidRequest])
        }
        switch request.action {
        case .addSubscriber(let action):
            return addSubscriber(action, inputs, override: override, identifiers: &identifiers)
        case .addDependent(let action):
            return addDependent(action, inputs, override: override, identifiers: &identifiers)
        case .changePlan(let action):
            return changePlan(action, inputs, override: override, identifiers: &identifiers)
        case .terminate(let action):
            return terminate(action, inputs)
        case .reinstate(let action):
            return reinstate(action, inputs)
        case .changeDemographics(let action):
            return changeDemographics(action, inputs, identifiers: &identifiers)
        case .continueCOBRA(let action):
            return continueCOBRA(action, inputs)
        case .cancel(let action):
            return cancel(action, inputs)
        case .resolveReview:
            // A resolution is never itself under review; one inside a case is malformed.
            return inputs.reject([.e12InvalidRequest])
        }
    }

    /// Opens a review case for the request (rules M2, M3, E4).
    static func openCase<Source: IdentifierSource>(_ reason: ReviewReason, enrollee: Enrollee?, candidates: [CandidateEvidence],
                                                   _ inputs: Inputs, identifiers: inout Source) -> EnrollmentDecision {
        let id = identifiers.newReviewCaseID()
        let due = ReviewCase.dueDate(receivedOn: inputs.date, holidays: inputs.context.holidays)
        let opened = ReviewCase(id: id, reason: reason, request: inputs.request, receivedOn: inputs.date, dueDate: due,
                                enrollee: enrollee.map(EnrolleeEvidence.init), candidates: candidates)
        return .pendingReview(PendingReview(requestID: inputs.request.requestID, caseID: id, dueDate: due, reason: reason,
                                            openedCase: opened))
    }

    /// The members a selector picks in the family, or `nil` when a named member is not in it.
    /// Picking the subscriber picks the whole family, whose coverage depends on theirs (rule E7).
    static func select(_ selector: MemberSelector, in family: FamilyMembership, where include: (FamilyMember) -> Bool) -> [FamilyMember]? {
        let chosen: FamilyMember?
        switch selector {
        case .wholeFamily:
            return FamilyMembership.ordered(family.members.filter(include))
        case .member(let id):
            chosen = family.members.first { $0.memberID == id }
        case .upstreamMemberID(let upstream):
            chosen = family.members.first { $0.identity.upstreamMemberID == upstream }
        }
        guard let chosen else { return nil }
        if chosen.relationship == .subscriber {
            return FamilyMembership.ordered(family.members.filter { $0.memberID == chosen.memberID || include($0) })
        }
        return [chosen]
    }

    /// The result row for an existing member with a changed span or MRN.
    static func row(_ member: FamilyMember, coverage: CoverageSpan? = nil, mrn: MedicalRecordNumber? = nil) -> MemberCoverage {
        MemberCoverage(memberID: member.memberID, personID: member.personID, mrn: mrn ?? member.mrn,
                       upstreamMemberID: member.identity.upstreamMemberID, relationship: member.relationship,
                       coverage: coverage ?? member.coverage)
    }
}
