import MembershipDomain
import MembershipEvents
import MembershipStore

/// The enrollment worker's handlers (rules G1-G6, E1-E12, M1-M4, X1): what `enrollment-worker` wires to the
/// runtime.
public struct EnrollmentHandlers: Sendable {
    /// `membership.group-contracts`: group setups, renewals, reinstatements and terminations.
    public let groupContracts: GroupContractHandler
    /// `membership.enrollment-requests`: enrollment requests and resolutions of review cases.
    public let requests: EnrollmentRequestHandler

    /// Creates the handlers.
    ///
    /// - Parameters:
    ///   - protector: protects SSNs before they are stored and hashes them for identity matching (rule M2),
    ///     with every configured key.
    ///   - reference: plans, counties, rating areas and the service area (rules E8, G1-G4, M1), loaded once at start.
    ///   - timeZone: the plan's time zone, in which a request's instant becomes its decision date (rule X1).
    ///   - holidays: days that are not business days, for review due dates (rule M3).
    ///   - contractWait: how long a request waits for its group's contract before it is rejected (rule E12).
    ///   - memberServicesPhone: the number printed on ID cards.
    ///   - source: the `source` of published events.
    ///   - groupContractsTopic, requestsTopic, resultsTopic, reviewCasesTopic, cardRequestsTopic: topic names;
    ///     default the contract's.
    public init(protector: SSNProtector, reference: ReferenceData, timeZone: PlanTimeZone = .pacific,
                holidays: Set<CalendarDate> = [], contractWait: ContractWaitPolicy = ContractWaitPolicy(),
                memberServicesPhone: String = "1-800-464-4000", source: String = "enrollment-worker",
                groupContractsTopic: String = TopicName.groupContracts, requestsTopic: String = TopicName.enrollmentRequests,
                resultsTopic: String = TopicName.enrollmentResults, reviewCasesTopic: String = TopicName.reviewCases,
                cardRequestsTopic: String = TopicName.idCardRequests) {
        let events = EnrollmentEventBuilder(source: source, resultsTopic: resultsTopic, reviewCasesTopic: reviewCasesTopic,
                                            cardRequestsTopic: cardRequestsTopic, reference: reference,
                                            memberServicesPhone: memberServicesPhone)
        let processor = EnrollmentProcessor(protector: protector, reference: reference, timeZone: timeZone, holidays: holidays,
                                            waitPolicy: contractWait, events: events)
        groupContracts = GroupContractHandler(topic: groupContractsTopic, processor: processor)
        requests = EnrollmentRequestHandler(topic: requestsTopic, processor: processor)
    }
}
