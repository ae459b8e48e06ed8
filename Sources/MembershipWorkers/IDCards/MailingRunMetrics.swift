import WorkerRuntime

/// What mailing runs report on `/metrics` (rule C4: cards past their SLA), labelled by worker only.
///
/// Recorded when a run has been prepared, before its transaction commits: a run whose commit fails is
/// retried and counted again, so the counters can over-count in that rare case, never miss a late card.
struct MailingRunMetrics: Sendable {
    let cardsMailed: DomainCounter
    let envelopes: DomainCounter
    let cardsMailedLate: DomainCounter
    let cardsOverdueUnmailed: DomainGauge

    init(worker: String) {
        let dimensions = [("worker", worker)]
        cardsMailed = DomainCounter("membership_cards_mailed_total", dimensions: dimensions)
        envelopes = DomainCounter("membership_envelopes_mailed_total", dimensions: dimensions)
        cardsMailedLate = DomainCounter("membership_cards_mailed_late_total", dimensions: dimensions)
        cardsOverdueUnmailed = DomainGauge("membership_cards_overdue_unmailed", dimensions: dimensions)
    }

    func record(_ outcome: MailingRunOutcome) {
        cardsMailed.increment(by: outcome.cardsMailed)
        envelopes.increment(by: outcome.envelopes)
        cardsMailedLate.increment(by: outcome.mailedLate)
        cardsOverdueUnmailed.set(outcome.overdueUnmailed)
    }
}
