/// Why the demo generated a request, and so which outcome the enrollment worker should give it.
/// The orchestrator and the tests compare the worker's results with ``expectedOutcome``.
public enum DemoScenario: String, Sendable, Hashable, CaseIterable, Codable {
    /// An eligible new hire enrolling within the new-hire window (rules E1, E3, E5).
    case newHireSubscriber = "new-hire-subscriber"
    /// A spouse, partner or child enrolled together with the new hire (rule E6).
    case dependent
    /// A full-time or part-time subscriber who is not eligible: a 1099 contractor, a paid intern,
    /// seasonal staff or a part-timer under 30 hours (rules E1, E2).
    case ineligibleEmployee = "ineligible-employee"
    /// A dependent of an ineligible employee: rejected because no subscriber is enrolled (rule E6).
    case dependentOfIneligible = "dependent-of-ineligible"
    /// A child who is 27 and not disabled (rule E6).
    case overAgeDependent = "over-age-dependent"
    /// A second submission of an enrolled child with the same name and date of birth but a
    /// different SSN: an uncertain identity match that opens a manual review (rule M2).
    case ambiguousIdentity = "ambiguous-identity"
    /// A child born after the family enrolled, reported with a birth event (rules E4, E5).
    case newborn
    /// A termination reported 2-3 months after the last day of coverage: accepted, retroactive
    /// (rules E7, E10, B9).
    case lateTermination = "late-termination"
    /// The termination that precedes a COBRA continuation (rule E10).
    case terminationBeforeCOBRA = "termination-before-cobra"
    /// A terminated family continuing under COBRA (rule E11).
    case cobraContinuation = "cobra-continuation"

    /// The final outcome the worker gives a request of this scenario.
    public var expectedOutcome: DemoOutcome {
        switch self {
        case .newHireSubscriber, .dependent, .newborn, .lateTermination, .terminationBeforeCOBRA, .cobraContinuation:
            .accepted
        case .ineligibleEmployee, .dependentOfIneligible, .overAgeDependent:
            .rejected
        case .ambiguousIdentity:
            .pendingReview
        }
    }
}
