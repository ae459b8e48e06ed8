import Logging
import MembershipDomain
import MembershipEvents
import MembershipStore
import WorkerRuntime

/// One mailing run (rules C2-C5): claims the settled pending cards, packs each household's cards into
/// envelopes of at most four in the fixed order, stores the envelopes and marks the cards mailed, and
/// returns one `Envelope` event per envelope for `membership.idcard-mailings`.
///
/// The runtime calls ``run(in:now:settle:)`` every `MAILING_INTERVAL` in a transaction of its own, and the
/// ID-card request handler calls it for a `MailingRunRequest`. Safe with several replicas: the claim is an
/// update of the cards' status in the run's transaction (PostgreSQL skips rows another replica has locked),
/// and the store accepts each card in one envelope only (rule C5), so a card is never mailed twice.
public struct MailingRun: Sendable {
    let worker: String
    let mailingsTopic: String
    let timeZone: PlanTimeZone
    let sla: CardSLA
    let maximumCards: Int
    let builder: EnvelopeEventBuilder
    let logger: Logger
    let metrics: MailingRunMetrics

    init(worker: String, source: String, mailingsTopic: String, timeZone: PlanTimeZone, sla: CardSLA, maximumCards: Int,
         logger: Logger) {
        self.worker = worker
        self.mailingsTopic = mailingsTopic
        self.timeZone = timeZone
        self.sla = sla
        self.maximumCards = max(1, maximumCards)
        self.builder = EnvelopeEventBuilder(source: source)
        self.logger = logger
        self.metrics = MailingRunMetrics(worker: source)
    }

    /// Runs a timed mailing run.
    ///
    /// - Parameters:
    ///   - transaction: the run's own transaction; commit it to publish the returned messages' outbox rows.
    ///   - now: the current time, milliseconds since 1970 (the runtime's clock: a timed run has no request
    ///     whose time could decide, and the settle delay is about wall-clock age).
    ///   - settle: cards younger than this wait for a later run, with the rest of their household, so a
    ///     family enrolled over a few seconds shares envelopes (`MAILING_SETTLE`, default 30 s).
    /// - Returns: the envelopes' outbox messages (the caller appends them) and the SLA report (rule C4).
    public func run(in transaction: StoreTransaction, now: Int64, settle: Duration) async throws -> MailingRunOutcome {
        let settleMilliseconds = settle.components.seconds * 1000 + settle.components.attoseconds / 1_000_000_000_000_000
        return try await run(in: transaction, now: now, settledBefore: now - settleMilliseconds,
                             runID: "MR-\(worker)-\(now)")
    }

    /// Runs mailing run `runID` at `now` (milliseconds) over the cards written at or before `settledBefore`.
    func run(in transaction: StoreTransaction, now: Int64, settledBefore: Int64, runID: String) async throws
        -> MailingRunOutcome
    {
        let claimed = try await transaction.cards.claimSettled(worker: worker, at: now, settledBefore: settledBefore,
                                                               limit: maximumCards)
        var pending: [PendingCard] = []
        var requests: [CardID: Membership_Idcard_V1_CardRequest] = [:]
        var householdKeys: [Household: String] = [:]
        var addressees: [Household: Membership_Idcard_V1_CardRequest] = [:]
        var unreadable = 0
        pending.reserveCapacity(claimed.count)
        let today = timeZone.calendarDate(ofUnixSeconds: Self.seconds(now))
        for (card, bytes) in claimed {
            guard let bytes, let request = try? Membership_Idcard_V1_CardRequest(serializedBytes: bytes),
                  CardRequestMapping.validate(request) == nil,
                  let requested = CalendarDate(card.requestedOn) else {
                unreadable += 1
                continue
            }
            let mapping = CardRequestMapping(request, requestedOn: requested)
            pending.append(mapping.pending)
            requests[mapping.pending.card.id] = request
            let household = mapping.pending.household
            householdKeys[household] = mapping.householdKey
            if addressees[household] == nil || request.subscriber { addressees[household] = request }
        }

        let envelopes = EnvelopePacker().pack(pending, runID: runID)
        var records: [EnvelopeRecord] = []
        var messages: [OutboxMessage] = []
        records.reserveCapacity(envelopes.count)
        messages.reserveCapacity(envelopes.count)
        var mailedLate = 0
        for envelope in envelopes {
            let key = householdKeys[envelope.household]!
            records.append(EnvelopeRecord(envelopeID: envelope.id, householdID: key, addressKey: envelope.household.address.key,
                                          sequenceNumber: envelope.sequence, cardIDs: envelope.cards.map(\.id.description),
                                          createdAt: now))
            let event = builder.event(envelope, householdKey: key, runID: runID, packedAt: now, requests: requests,
                                      addressee: addressees[envelope.household]!)
            messages.append(OutboxMessage(topic: mailingsTopic, key: Array(key.utf8), payload: try event.serializedBytes(),
                                          createdAt: now))
            // Rule C4: mailed today, after the due date.
            for card in envelope.cards where sla.status(of: card, mailedOn: today, today: today) == .missed {
                mailedLate += 1
            }
        }
        try await transaction.cards.insertEnvelopes(records)

        // Rule C4: still pending although due; the due date is at least `months` after coverage start and request.
        let threshold = today.adding(days: sla.deliveryAllowanceDays).adding(months: -sla.months)
        let overdue = try await transaction.cards.pendingCount(effectiveAndRequestedBefore: threshold.description)
        let outcome = MailingRunOutcome(runID: runID, messages: messages, cardsMailed: records.reduce(0) { $0 + $1.cardIDs.count },
                                        envelopes: envelopes.count, households: householdKeys.count, mailedLate: mailedLate,
                                        overdueUnmailed: overdue, unreadable: unreadable)
        metrics.record(outcome)
        if outcome.envelopes > 0 || outcome.hasSLABreaches || unreadable > 0 {
            // Counts and ids only: no names or addresses (PII) in logs. A breach of rule C4 is a warning,
            // which the late-card alert and the operations runbook start from.
            logger.log(level: outcome.hasSLABreaches ? .warning : .info, "mailing run", metadata: [
                "run": "\(runID)", "cards": "\(outcome.cardsMailed)", "envelopes": "\(outcome.envelopes)",
                "households": "\(outcome.households)", "mailed_late": "\(mailedLate)", "overdue_unmailed": "\(overdue)",
                "unreadable": "\(unreadable)",
            ])
        }
        return outcome
    }

    static func seconds(_ milliseconds: Int64) -> Int64 {
        milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
    }
}
