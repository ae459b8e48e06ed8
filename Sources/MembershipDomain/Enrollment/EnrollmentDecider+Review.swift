extension EnrollmentDecider {
    /// Rules M2, M3, E12: an operator's decision closes the family's open case and turns the
    /// request under review into its final outcome.
    ///
    /// The resolution must name a case open for its own family (so a case can never move a person
    /// into another group), and a matched person must be one of the case's candidates. Otherwise
    /// the resolution itself is rejected and the case stays open. The request under review is
    /// decided at its own receipt date (rule X1), with the family's and candidates' current state;
    /// the worker passes candidates for the case's enrollee in `context`.
    static func resolve<Source: IdentifierSource>(_ resolution: EnrollmentAction.ResolveReview, request: EnrollmentRequest,
                                                  context: EnrollmentContext, identifiers: inout Source) -> EnrollmentDecision {
        let closedOn = decisionDate(of: request, terms: context.terms)
        guard let reviewCase = context.openCases.first(where: { $0.id == resolution.caseID }),
              reviewCase.familyKey == request.familyKey
        else {
            return .rejected(Rejection(requestID: request.requestID, reasons: [.m3ReviewCaseNotOpen]))
        }
        let closure = ReviewClosure(caseID: reviewCase.id, decision: resolution.decision, operatorLogin: resolution.operatorLogin,
                                    reason: resolution.reason, resolutionRequestID: request.requestID, closedOn: closedOn,
                                    closedOverdue: reviewCase.isOverdue(on: closedOn))
        let override: Override
        switch resolution.decision {
        case .reject:
            return .rejected(Rejection(requestID: reviewCase.request.requestID, reasons: [.m2ReviewRejected], closedCase: closure))
        case .matchToPerson(let personID):
            guard reviewCase.candidates.contains(where: { $0.personID == personID }) else {
                return .rejected(Rejection(requestID: request.requestID, reasons: [.m3ReviewPersonNotCandidate]))
            }
            override = .person(personID)
        case .newPerson:
            override = reviewCase.reason == .move ? .moveApproved : .newPerson
        }
        let outcome = evaluate(reviewCase.request, context: context, override: override, identifiers: &identifiers)
        switch outcome {
        case .accepted(let acceptance): return .accepted(acceptance.closing(closure))
        case .rejected(let rejection): return .rejected(rejection.closing(closure))
        case .pendingReview:
            // An approved move whose enrollee then matches uncertainly needs a second look; the
            // case stays open rather than deciding on uncertain identity.
            return outcome
        }
    }
}
