extension EnrollmentDecider {
    /// Rules E7, E10: coverage ends immediately when the request validates; a late report still
    /// ends it retroactively (the change is marked so billing credits it, rule B9).
    static func terminate(_ action: EnrollmentAction.Terminate, _ inputs: Inputs) -> EnrollmentDecision {
        let date = inputs.date
        let schedule = inputs.terms.paySchedule
        guard let selected = select(action.members, in: inputs.family, where: { $0.coverage.isInForce(onOrAfter: date) }) else {
            return inputs.reject([.e10MemberNotFound])
        }
        var reasons: [RejectionReason] = []
        var ends: [(FamilyMember, CalendarDate)] = []
        for member in selected {
            let lastDay: CalendarDate?
            switch action.reason {
            case .dependentAgedOut:
                // Rule E7: the last day of the pay period in which the child turns 26; a disabled
                // child stays eligible (rule E6), and only a child ages out.
                lastDay = member.relationship == .child
                    ? DependentEligibility.lastEligibleDay(dateOfBirth: member.identity.dateOfBirth,
                                                           isDisabled: member.isDisabled, paySchedule: schedule)
                    : nil
                if lastDay == nil { reasons.append(.e10ChangeNotValid) }
            case .divorceOrPartnershipEnded:
                // Rule E7: the end of the pay period in which the divorce or partnership end is final.
                let isPartner = member.relationship == .spouse || member.relationship == .domesticPartner
                if !isPartner { reasons.append(.e10ChangeNotValid) }
                lastDay = action.coverageEndDate.map { DependentEligibility.lastDayAfterEvent(on: $0, paySchedule: schedule) }
            case .employeeLostEligibility:
                // Rule E7: the family's coverage ends with the pay period of the loss.
                lastDay = action.coverageEndDate.map { DependentEligibility.lastDayAfterEvent(on: $0, paySchedule: schedule) }
            case .unspecified, .employmentEnded, .death, .voluntary:
                lastDay = action.coverageEndDate
            }
            guard let lastDay else {
                if action.reason != .dependentAgedOut { reasons.append(.e12InvalidRequest) }
                continue
            }
            if lastDay < member.coverage.start { reasons.append(.e10ChangeNotValid) }
            // A termination never extends coverage: a span already ending by then stays as it is.
            if let existing = member.coverage.end, existing <= lastDay { continue }
            ends.append((member, lastDay))
        }
        guard reasons.isEmpty else { return inputs.reject(reasons) }
        guard !ends.isEmpty else { return inputs.reject([.e10ChangeNotValid]) }
        var changes: [MembershipChange] = []
        var rows: [MemberCoverage] = []
        for (member, lastDay) in ends {
            changes.append(.endCoverage(member.memberID, lastDay: lastDay, retroactive: lastDay < date))
            rows.append(row(member, coverage: CoverageSpan(plan: member.coverage.plan, start: member.coverage.start,
                                                           end: lastDay, isCOBRA: member.coverage.isCOBRA)))
        }
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: date, changes: changes, members: rows))
    }

    /// Rules E10, C1: ended coverage continues without a gap; every reinstated member gets a card.
    static func reinstate(_ action: EnrollmentAction.Reinstate, _ inputs: Inputs) -> EnrollmentDecision {
        if inputs.terms.isTerminated(before: inputs.date) { return inputs.reject([.g1GroupContractInactive]) }
        // COBRA spans end by law (rule E11): removing their end would extend them, so they are
        // never reinstated here.
        guard let selected = select(action.members, in: inputs.family, where: { $0.coverage.end != nil && !$0.coverage.isCOBRA })
        else { return inputs.reject([.e10MemberNotFound]) }
        let subscriberEnded = inputs.family.subscriber.map { $0.coverage.end != nil } ?? true
        let dependentsOnly = selected.allSatisfy { $0.relationship != .subscriber }
        // Nothing ended to restore, or a dependent without the subscriber's coverage.
        if selected.isEmpty || selected.contains(where: { $0.coverage.end == nil || $0.coverage.isCOBRA })
            || (dependentsOnly && subscriberEnded) {
            return inputs.reject([.e10ChangeNotValid])
        }
        var changes: [MembershipChange] = []
        var rows: [MemberCoverage] = []
        var cards: [Acceptance.CardOrder] = []
        for member in selected {
            changes.append(.reinstateCoverage(member.memberID))
            let restored = row(member, coverage: CoverageSpan(plan: member.coverage.plan, start: member.coverage.start,
                                                              isCOBRA: member.coverage.isCOBRA))
            rows.append(restored)
            cards.append(Acceptance.CardOrder(memberID: member.memberID, reason: .reinstatement,
                                              digitalCardAvailable: restored.digitalCardAvailable))
        }
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: inputs.date, changes: changes,
                                    members: rows, cards: cards))
    }
}
