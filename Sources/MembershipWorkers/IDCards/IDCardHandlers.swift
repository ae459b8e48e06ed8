import Logging
import MembershipDomain
import MembershipEvents

/// The ID-card worker's handlers (rules C1-C5): what `idcard-worker` wires to the runtime.
public struct IDCardHandlers: Sendable {
    /// `membership.idcard-requests`: stores pending cards and runs requested mailing runs.
    public let requests: CardRequestHandler
    /// The timed mailing run the runtime calls every `MAILING_INTERVAL` in a transaction of its own.
    public let mailingRun: MailingRun

    /// Creates the handlers.
    ///
    /// - Parameters:
    ///   - worker: this replica's name (e.g. the host name), recorded on the cards it claims and part of its
    ///     timed runs' ids, so replicas never produce the same envelope id.
    ///   - source: the `source` of published events.
    ///   - timeZone: the plan's time zone, in which instants become request and mailing dates (rule X1).
    ///   - sla: the mailing service level (rule C4); default one month from coverage start.
    ///   - maximumCardsPerRun: about how many cards one run claims (whole households); the rest wait for
    ///     the next run, which bounds a run's transaction. Default 50,000.
    ///   - requestsTopic, mailingsTopic: topic names; default the contract's.
    ///   - logger: one line per run that mailed something or found late cards (counts only, no personal data).
    public init(worker: String, source: String = "idcard-worker", timeZone: PlanTimeZone = .pacific, sla: CardSLA = CardSLA(),
                maximumCardsPerRun: Int = 50_000, requestsTopic: String = TopicName.idCardRequests,
                mailingsTopic: String = TopicName.idCardMailings, logger: Logger = Logger(label: "idcard-worker")) {
        mailingRun = MailingRun(worker: worker, source: source, mailingsTopic: mailingsTopic, timeZone: timeZone, sla: sla,
                                maximumCards: maximumCardsPerRun, logger: logger)
        requests = CardRequestHandler(topic: requestsTopic, timeZone: timeZone, mailingRun: mailingRun)
    }
}
