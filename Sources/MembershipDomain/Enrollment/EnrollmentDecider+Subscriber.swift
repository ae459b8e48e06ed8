extension EnrollmentDecider {
    /// Rules E1-E5, E8, G1, G4, then identity and M4 (see ``enroll(_:_:override:identifiers:)``).
    static func addSubscriber<Source: IdentifierSource>(_ action: EnrollmentAction.AddSubscriber, _ inputs: Inputs,
                                                        override: Override?, identifiers: inout Source) -> EnrollmentDecision {
        let terms = inputs.terms
        let date = inputs.date
        var reasons: [RejectionReason] = []
        if terms.isTerminated(before: date) { reasons.append(.g1GroupContractInactive) }
        if !terms.offeredPlans.contains(action.plan) { reasons.append(.g4PlanNotOffered) }
        if let subscriber = inputs.family.subscriber, subscriber.coverage.isInForce(onOrAfter: date) {
            // The family already has a subscriber in force: the same person again is rule M4, anyone
            // else under this family key is a malformed request.
            let sameIdentity = subscriber.identity.dateOfBirth == action.subscriber.identity.dateOfBirth
                && NormalizedName(subscriber.identity.name).isSameName(as: NormalizedName(action.subscriber.identity.name))
            reasons.append(sameIdentity ? .m4AlreadyCoveredInGroup : .e12InvalidRequest)
        }
        guard let employment = action.subscriber.employment else {
            return inputs.reject(reasons + [.e12InvalidRequest])
        }
        reasons += EmploymentEligibility.violations(of: employment, hoursRule: terms.hoursRule)
        if let violation = serviceAreaViolation(action.subscriber.residence, referenceData: inputs.context.referenceData) {
            reasons.append(violation)
        }

        // Rule E3: new-hire window, open enrollment, or a qualifying life event (rule E4).
        let window: EnrollmentWindow?
        if action.qualifyingEvent?.kind == .medicare {
            reasons.append(.e4MedicareHandledByGroup)
            window = nil
        } else if EnrollmentWindow.isWithin(terms.newHireWindowDays, daysAfter: employment.hireDate, date: date) {
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

        // Rule E5: after the waiting period (at most 90 days), never before the contract.
        let afterWaiting = CoverageStart.afterWaitingPeriod(hireDate: employment.hireDate, waitingPeriodDays: terms.waitingPeriodDays)
        var effective: CalendarDate
        var isMove = false
        switch window {
        case .newHire: effective = afterWaiting
        case .openEnrollment: effective = max(terms.openEnrollment!.coverageEffective, afterWaiting)
        case .qualifyingEvent(let event):
            effective = max(CoverageStart.forQualifyingEvent(event, receivedOn: date), afterWaiting)
            isMove = event.kind == .move
        }
        effective = max(effective, terms.contractEffective)
        let enrollment = Enrollment(enrollee: action.subscriber, relationship: .subscriber, plan: action.plan,
                                    effective: effective, hireDate: employment.hireDate, isMove: isMove)
        return enroll(enrollment, inputs, override: override, identifiers: &identifiers)
    }
}
