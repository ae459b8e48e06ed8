extension EnrollmentRequest {
    /// The person the request enrolls (add subscriber, add dependent); `nil` for other actions.
    public var enrollee: Enrollee? {
        switch action {
        case .addSubscriber(let action): return action.subscriber
        case .addDependent(let action): return action.dependent
        case .changePlan, .terminate, .reinstate, .changeDemographics, .continueCOBRA, .cancel, .resolveReview: return nil
        }
    }
}

extension EnrollmentDecider {
    /// What the store should look up to fill ``EnrollmentContext/candidates`` for `request` (rule
    /// M2): the query for its enrollee or, for a resolution, for the enrollee of the request under
    /// the resolved case (found among `openCases`). `nil` when there is nobody to identify.
    public static func candidateQuery(for request: EnrollmentRequest, openCases: [ReviewCase],
                                      hasher: any SSNHasher) -> CandidateQuery? {
        var subject = request
        if case .resolveReview(let resolution) = request.action {
            guard let reviewCase = openCases.first(where: { $0.id == resolution.caseID }) else { return nil }
            subject = reviewCase.request
        }
        guard let enrollee = subject.enrollee else { return nil }
        return CandidateQuery(identity: enrollee.identity, groupNumber: subject.groupNumber, hasher: hasher)
    }
}
