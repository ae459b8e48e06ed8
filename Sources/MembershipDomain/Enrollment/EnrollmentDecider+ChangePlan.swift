extension EnrollmentDecider {
    /// Rules E3, E4, G1, G4: the family moves to another plan in open enrollment, in the
    /// subscriber's new-hire window, or with a qualifying life event.
    static func changePlan<Source: IdentifierSource>(_ action: EnrollmentAction.ChangePlan, _ inputs: Inputs,
                                                     override: Override?, identifiers: inout Source) -> EnrollmentDecision {
        let terms = inputs.terms
        let date = inputs.date
        var reasons: [RejectionReason] = []
        if terms.isTerminated(before: date) { reasons.append(.g1GroupContractInactive) }
        if !terms.offeredPlans.contains(action.plan) { reasons.append(.g4PlanNotOffered) }
        let active = FamilyMembership.ordered(inputs.family.members(inForceOnOrAfter: date))
        guard let subscriber = active.first(where: { $0.relationship == .subscriber }) else {
            return inputs.reject(reasons + [.e10MemberNotFound])
        }
        if subscriber.coverage.plan == action.plan { reasons.append(.e10ChangeNotValid) }

        let window: EnrollmentWindow?
        if action.qualifyingEvent?.kind == .medicare {
            reasons.append(.e4MedicareHandledByGroup)
            window = nil
        } else if let hire = subscriber.hireDate, EnrollmentWindow.isWithin(terms.newHireWindowDays, daysAfter: hire, date: date) {
            window = .newHire
        } else if let openEnrollment = terms.openEnrollment, openEnrollment.contains(date) {
            window = .openEnrollment
        } else if let event = action.qualifyingEvent {
            switch EnrollmentWindow.check(event, allowed: EnrollmentWindow.subscriberEvents, windowDays: terms.qleWindowDays,
                                          receivedOn: date) {
            case .success(let found): window = found
            case .failure(let failure):
                reasons += failure.reasons
                window = nil
            }
        } else {
            reasons.append(.e3OutsideEnrollmentWindow)
            window = nil
        }
        guard reasons.isEmpty, let window else { return inputs.reject(reasons) }

        let effective: CalendarDate
        switch window {
        case .newHire: effective = max(subscriber.coverage.start, date.firstOfMonthOnOrAfter)
        case .openEnrollment: effective = terms.openEnrollment!.coverageEffective
        case .qualifyingEvent(let event):
            // Rule E4: a move is never automatic.
            if event.kind == .move && override == nil {
                return openCase(.move, enrollee: nil, candidates: [], inputs, identifiers: &identifiers)
            }
            effective = CoverageStart.forQualifyingEvent(event, receivedOn: date)
        }
        var changes: [MembershipChange] = []
        var rows: [MemberCoverage] = []
        for member in active {
            let start = max(effective, member.coverage.start)
            changes.append(.switchPlan(member.memberID, plan: action.plan, effective: start))
            rows.append(row(member, coverage: CoverageSpan(plan: action.plan, start: start, end: member.coverage.end,
                                                           isCOBRA: member.coverage.isCOBRA)))
        }
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: date, changes: changes, members: rows))
    }
}
