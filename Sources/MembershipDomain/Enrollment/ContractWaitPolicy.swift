/// How long a request whose group contract has not arrived may wait (rule E12: it waits, bounded,
/// then is rejected with ``RejectionReason/e12GroupContractNotFound``).
///
/// The bound is measured in event time, never the worker's clock (rule X1): the runtime compares
/// the waiting request's receipt instant with the newest receipt instant it has seen since, so a
/// replay gives up at the same point.
public struct ContractWaitPolicy: Hashable, Sendable {
    /// What to do with a waiting request.
    public enum Verdict: Hashable, Sendable {
        /// The contract may still arrive: keep the request parked.
        case keepWaiting
        /// Decide it now without a contract (it is rejected).
        case giveUp
    }

    /// The longest wait, in seconds of event time. Default: one day.
    public let maximumWaitSeconds: Int64

    /// Creates a policy.
    public init(maximumWaitSeconds: Int64 = 86_400) {
        self.maximumWaitSeconds = maximumWaitSeconds
    }

    /// Whether a request received at `requestReceivedAt` still waits, given the newest event
    /// instant seen since (both in seconds since 1970).
    public func verdict(requestReceivedAt: Int64, latestEventAt: Int64) -> Verdict {
        latestEventAt - requestReceivedAt > maximumWaitSeconds ? .giveUp : .keepWaiting
    }
}
