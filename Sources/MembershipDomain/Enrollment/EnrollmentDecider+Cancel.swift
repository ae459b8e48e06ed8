extension EnrollmentDecider {
    /// The days after new coverage starts within which a cancellation must be reported (rule E9;
    /// fixed by the rule, not a group setting).
    static let cancellationReportingDays = 30

    /// Rule E9: in open enrollment a member may cancel; outside it only with new coverage elsewhere,
    /// reported within 30 days of its start, ending the day before it starts (no gap).
    static func cancel(_ action: EnrollmentAction.Cancel, _ inputs: Inputs) -> EnrollmentDecision {
        let date = inputs.date
        guard let selected = select(action.members, in: inputs.family, where: { $0.coverage.isInForce(onOrAfter: date) }) else {
            return inputs.reject([.e10MemberNotFound])
        }
        guard !selected.isEmpty, selected.allSatisfy({ $0.coverage.isInForce(onOrAfter: date) }) else {
            return inputs.reject([.e10ChangeNotValid])
        }
        let lastDay: CalendarDate
        if let openEnrollment = inputs.terms.openEnrollment, openEnrollment.contains(date) {
            lastDay = action.coverageEndDate ?? openEnrollment.coverageEffective.adding(days: -1)
        } else {
            guard let event = action.qualifyingEvent else { return inputs.reject([.e9CancelRequiresQLE]) }
            if event.kind == .medicare { return inputs.reject([.e4MedicareHandledByGroup]) }
            guard event.kind == .newCoverageElsewhere else { return inputs.reject([.e9CancelRequiresQLE]) }
            var reasons: [RejectionReason] = []
            if event.date.days(until: date) > cancellationReportingDays { reasons.append(.e9CancelReportedTooLate) }
            let dayBefore = event.date.adding(days: -1)
            let requested = action.coverageEndDate ?? dayBefore
            if requested < dayBefore { reasons.append(.e9CancelLeavesCoverageGap) }
            if requested > dayBefore { reasons.append(.e10ChangeNotValid) }
            guard reasons.isEmpty else { return inputs.reject(reasons) }
            lastDay = requested
        }
        var changes: [MembershipChange] = []
        var rows: [MemberCoverage] = []
        for member in selected {
            // Coverage that has not started yet is voided: it ends the day before it would start.
            let end = max(lastDay, member.coverage.start.adding(days: -1))
            // A cancellation never extends coverage (a COBRA span may already end sooner).
            if let existing = member.coverage.end, existing <= end { continue }
            changes.append(.endCoverage(member.memberID, lastDay: end, retroactive: end < date))
            rows.append(row(member, coverage: CoverageSpan(plan: member.coverage.plan, start: member.coverage.start, end: end,
                                                           isCOBRA: member.coverage.isCOBRA)))
        }
        guard !changes.isEmpty else { return inputs.reject([.e10ChangeNotValid]) }
        return .accepted(Acceptance(requestID: inputs.request.requestID, decidedOn: date, changes: changes, members: rows))
    }
}
