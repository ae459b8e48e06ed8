import MembershipStore

/// What one mailing run did: the envelopes to publish and the numbers to log and export as metrics
/// (rules C2-C5). Holds no personal data.
public struct MailingRunOutcome: Sendable {
    /// The run's id (named by every envelope it packed).
    public let runID: String
    /// One `Envelope` event per envelope, for `membership.idcard-mailings`, keyed by household.
    public let messages: [OutboxMessage]
    /// Cards mailed in this run.
    public let cardsMailed: Int
    /// Envelopes packed in this run.
    public let envelopes: Int
    /// Households mailed in this run.
    public let households: Int
    /// Cards mailed in this run after their SLA's due date (rule C4).
    public let mailedLate: Int
    /// Cards still pending whose SLA's due date has passed (rule C4), e.g. waiting for the settle delay.
    public let overdueUnmailed: Int
    /// Claimed cards whose stored request could not be read; they stay claimed and are not mailed.
    public let unreadable: Int

    /// Whether any card is past its SLA (rule C4: report it).
    public var hasSLABreaches: Bool { mailedLate > 0 || overdueUnmailed > 0 }
}
