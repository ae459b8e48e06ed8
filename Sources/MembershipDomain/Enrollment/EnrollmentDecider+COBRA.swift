extension EnrollmentDecider {
    /// Rule E11: members whose coverage ended continue under COBRA from the next day, for 18, 29
    /// or 36 months depending on the qualifying event.
    static func continueCOBRA(_ action: EnrollmentAction.ContinueCOBRA, _ inputs: Inputs) -> EnrollmentDecision {
        if inputs.terms.isTerminated(before: inputs.date) { return inputs.reject([.g1GroupContractInactive]) }
        guard let selected = select(action.members, in: inputs.family, where: { $0.coverage.end != nil && !$0.coverage.isCOBRA })
        else { return inputs.reject([.e10MemberNotFound]) }
        guard !selected.isEmpty else { return inputs.reject([.e11COBRANotEligible]) }
        var reasons: [RejectionReason] = []
        var changes: [MembershipChange] = []
        var rows: [MemberCoverage] = []
        for member in selected {
            // Only coverage that has ended, and is not already COBRA, can be continued.
            guard let ended = member.coverage.end, !member.coverage.isCOBRA else {
                reasons.append(.e11COBRANotEligible)
                continue
            }
            let start = ended.adding(days: 1)
            let lastDay = action.event.lastDay(startingOn: start, disabilityExtension: action.disabilityExtension)
            if inputs.date > lastDay {
                reasons.append(.e11COBRAPeriodExhausted)
                continue
            }
            let span = CoverageSpan(plan: member.coverage.plan, start: start, end: lastDay, isCOBRA: true)
            changes.append(.startCoverage(member.memberID, span))
            rows.append(row(member, coverage: span))
        }
        guard reasons.isEmpty else { return inputs.reject(reasons) }
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: inputs.date, changes: changes, members: rows))
    }
}
