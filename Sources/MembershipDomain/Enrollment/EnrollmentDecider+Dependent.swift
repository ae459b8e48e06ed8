extension EnrollmentDecider {
    /// Rules E3-E6, E8, G1, then identity and M4 (see ``enroll(_:_:override:identifiers:)``).
    static func addDependent<Source: IdentifierSource>(_ action: EnrollmentAction.AddDependent, _ inputs: Inputs,
                                                       override: Override?, identifiers: inout Source) -> EnrollmentDecision {
        let terms = inputs.terms
        let date = inputs.date
        let dependent = action.dependent
        var reasons: [RejectionReason] = []
        if terms.isTerminated(before: date) { reasons.append(.g1GroupContractInactive) }
        // Rule E6: a dependent joins an enrolled subscriber's coverage.
        guard let subscriber = inputs.family.subscriber, subscriber.coverage.isInForce(onOrAfter: date) else {
            return inputs.reject(reasons + [.e6SubscriberNotEnrolled])
        }
        switch action.relationship {
        case .subscriber:
            reasons.append(.e6DependentRelationshipNotEligible)
        case .spouse, .domesticPartner:
            // One spouse or partner at a time.
            let hasPartner = inputs.family.members(inForceOnOrAfter: date).contains {
                $0.relationship == .spouse || $0.relationship == .domesticPartner
            }
            if hasPartner { reasons.append(.e6DependentRelationshipNotEligible) }
        case .child:
            break
        }
        if let violation = serviceAreaViolation(dependent.residence, referenceData: inputs.context.referenceData) {
            reasons.append(violation)
        }

        // Rules E3, E6: with the subscriber's own enrollment (their new-hire window), in open
        // enrollment, or with a qualifying life event fitting the relationship.
        let window: EnrollmentWindow?
        if action.qualifyingEvent?.kind == .medicare {
            reasons.append(.e4MedicareHandledByGroup)
            window = nil
        } else if let hire = subscriber.hireDate, EnrollmentWindow.isWithin(terms.newHireWindowDays, daysAfter: hire, date: date) {
            window = .newHire
        } else if let openEnrollment = terms.openEnrollment, openEnrollment.contains(date) {
            window = .openEnrollment
        } else if let event = action.qualifyingEvent {
            switch EnrollmentWindow.check(event, allowed: EnrollmentWindow.dependentEvents(for: action.relationship),
                                          windowDays: terms.qleWindowDays, receivedOn: date) {
            case .success(let found): window = found
            case .failure(let failure):
                reasons += failure.reasons
                window = nil
            }
        } else {
            reasons.append(.e6DependentRequiresQLE)
            window = nil
        }

        // Rule E5: birth and adoption from the event's day, otherwise a first of a month; never
        // before the subscriber's own coverage.
        var effective: CalendarDate
        var isMove = false
        switch window {
        case .newHire?: effective = max(subscriber.coverage.start, date.firstOfMonthOnOrAfter)
        case .openEnrollment?: effective = terms.openEnrollment!.coverageEffective
        case .qualifyingEvent(let event)?:
            effective = CoverageStart.forQualifyingEvent(event, receivedOn: date)
            isMove = event.kind == .move
        case nil: effective = date
        }
        effective = max(effective, subscriber.coverage.start)

        // Rule E6: a child must still be eligible when coverage starts (rule E7 gives the last day).
        if action.relationship == .child,
           !DependentEligibility.isEligible(relationship: .child, dateOfBirth: dependent.identity.dateOfBirth,
                                            isDisabled: dependent.isDisabled, on: effective, paySchedule: terms.paySchedule) {
            reasons.append(.e6DependentOverAgeLimit)
        }
        guard reasons.isEmpty else { return inputs.reject(reasons) }
        let enrollment = Enrollment(enrollee: dependent, relationship: action.relationship, plan: subscriber.coverage.plan,
                                    effective: effective, hireDate: nil, isMove: isMove)
        return enroll(enrollment, inputs, override: override, identifiers: &identifiers)
    }
}
