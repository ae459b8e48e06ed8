/// What an ``EnrollmentRequest`` asks for.
public enum EnrollmentAction: Hashable, Sendable {
    /// Enroll an employee as a subscriber (rules E1-E5, E8, G4, M1, M2, M4).
    case addSubscriber(AddSubscriber)
    /// Add a dependent to the subscriber's coverage (rules E3-E6, E8, M1, M2, M4).
    case addDependent(AddDependent)
    /// Move the family to another plan of the group (rules E3, E4, G4).
    case changePlan(ChangePlan)
    /// End coverage (rules E7, E10).
    case terminate(Terminate)
    /// Restore terminated coverage without a gap (rules E10, C1).
    case reinstate(Reinstate)
    /// Correct or update a member's identity or addresses (rules E8, E10, M1, C1).
    case changeDemographics(ChangeDemographics)
    /// Continue coverage under COBRA (rule E11).
    case continueCOBRA(ContinueCOBRA)
    /// Cancel coverage at the member's request (rule E9).
    case cancel(Cancel)
    /// An operator's decision on a review case (rules M2, M3).
    case resolveReview(ResolveReview)

    /// Enroll an employee as a subscriber.
    public struct AddSubscriber: Hashable, Sendable {
        /// The employee, with employment data.
        public let subscriber: Enrollee
        /// The chosen plan.
        public let plan: PlanID
        /// The event allowing enrollment outside the new-hire window and open enrollment.
        public let qualifyingEvent: QualifyingLifeEvent?

        /// Creates the action.
        public init(subscriber: Enrollee, plan: PlanID, qualifyingEvent: QualifyingLifeEvent? = nil) {
            self.subscriber = subscriber
            self.plan = plan
            self.qualifyingEvent = qualifyingEvent
        }
    }

    /// Add a dependent; the dependent gets the subscriber's plan.
    public struct AddDependent: Hashable, Sendable {
        /// The dependent.
        public let dependent: Enrollee
        /// The relationship to the subscriber.
        public let relationship: Relationship
        /// The event allowing the addition outside open enrollment and the subscriber's own
        /// new-hire window.
        public let qualifyingEvent: QualifyingLifeEvent?

        /// Creates the action.
        public init(dependent: Enrollee, relationship: Relationship, qualifyingEvent: QualifyingLifeEvent? = nil) {
            self.dependent = dependent
            self.relationship = relationship
            self.qualifyingEvent = qualifyingEvent
        }
    }

    /// Move the family to another plan.
    public struct ChangePlan: Hashable, Sendable {
        /// The new plan.
        public let plan: PlanID
        /// The event allowing the change outside open enrollment.
        public let qualifyingEvent: QualifyingLifeEvent?

        /// Creates the action.
        public init(plan: PlanID, qualifyingEvent: QualifyingLifeEvent? = nil) {
            self.plan = plan
            self.qualifyingEvent = qualifyingEvent
        }
    }

    /// End coverage.
    public struct Terminate: Hashable, Sendable {
        /// Whose coverage ends. Selecting the subscriber ends the whole family's coverage.
        public let members: MemberSelector
        /// The requested last day (or the event's day, see ``TerminationReason``); may be `nil`
        /// only for ``TerminationReason/dependentAgedOut``.
        public let coverageEndDate: CalendarDate?
        /// Why.
        public let reason: TerminationReason

        /// Creates the action.
        public init(members: MemberSelector, coverageEndDate: CalendarDate?, reason: TerminationReason) {
            self.members = members
            self.coverageEndDate = coverageEndDate
            self.reason = reason
        }
    }

    /// Restore coverage that was terminated, from the day after it ended.
    public struct Reinstate: Hashable, Sendable {
        /// Whose coverage is restored.
        public let members: MemberSelector
        /// Why, in the sender's words.
        public let reason: String

        /// Creates the action.
        public init(members: MemberSelector, reason: String) {
            self.members = members
            self.reason = reason
        }
    }

    /// Update one member's identity or addresses; only the parts that are set change.
    public struct ChangeDemographics: Hashable, Sendable {
        /// The member (one member: ``MemberSelector/wholeFamily`` is invalid).
        public let member: MemberSelector
        /// The complete new identity; `nil` keeps it.
        public let identity: PersonIdentity?
        /// The new residence; `nil` keeps it.
        public let residence: Residence?
        /// The new mailing address; `nil` keeps it.
        public let mailingAddress: MailingAddress?

        /// Creates the action.
        public init(member: MemberSelector, identity: PersonIdentity? = nil, residence: Residence? = nil,
                    mailingAddress: MailingAddress? = nil) {
            self.member = member
            self.identity = identity
            self.residence = residence
            self.mailingAddress = mailingAddress
        }
    }

    /// Continue ended coverage under COBRA.
    public struct ContinueCOBRA: Hashable, Sendable {
        /// Who continues.
        public let members: MemberSelector
        /// The qualifying event; decides the length.
        public let event: COBRAQualifyingEvent
        /// The day the event happened.
        public let eventDate: CalendarDate
        /// Whether a qualified beneficiary was disabled within the first 60 days (29 months).
        public let disabilityExtension: Bool

        /// Creates the action.
        public init(members: MemberSelector, event: COBRAQualifyingEvent, eventDate: CalendarDate, disabilityExtension: Bool = false) {
            self.members = members
            self.event = event
            self.eventDate = eventDate
            self.disabilityExtension = disabilityExtension
        }
    }

    /// Cancel coverage at the member's request.
    public struct Cancel: Hashable, Sendable {
        /// Whose coverage is cancelled.
        public let members: MemberSelector
        /// The event allowing cancellation outside open enrollment.
        public let qualifyingEvent: QualifyingLifeEvent?
        /// The last day of coverage; outside open enrollment it must be the day before the new
        /// coverage starts. `nil` means that day (or, in open enrollment, the day before the
        /// open-enrollment effective date).
        public let coverageEndDate: CalendarDate?

        /// Creates the action.
        public init(members: MemberSelector, qualifyingEvent: QualifyingLifeEvent? = nil, coverageEndDate: CalendarDate? = nil) {
            self.members = members
            self.qualifyingEvent = qualifyingEvent
            self.coverageEndDate = coverageEndDate
        }
    }

    /// An operator's decision on a review case.
    public struct ResolveReview: Hashable, Sendable {
        /// The case.
        public let caseID: ReviewCaseID
        /// The decision.
        public let decision: ReviewDecision
        /// The operator's login.
        public let operatorLogin: String
        /// The operator's reason.
        public let reason: String

        /// Creates the action.
        public init(caseID: ReviewCaseID, decision: ReviewDecision, operatorLogin: String, reason: String) {
            self.caseID = caseID
            self.decision = decision
            self.operatorLogin = operatorLogin
            self.reason = reason
        }
    }
}
