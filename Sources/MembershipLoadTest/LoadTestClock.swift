/// The clock a load test paces and measures with, in nanoseconds from a fixed origin.
///
/// A protocol so that tests can drive pacing with a clock they move by hand (deterministic), while
/// a run uses ``MonotonicLoadTestClock``.
public protocol LoadTestClock: Sendable {
    /// Nanoseconds since the clock's origin; never goes backwards.
    func nowNanoseconds() -> Int64
    /// Returns once ``nowNanoseconds()`` has reached `deadline` (at once if it has already).
    func sleep(untilNanoseconds deadline: Int64) async throws
}

/// The monotonic clock (`ContinuousClock`): unaffected by wall-clock changes, keeps counting while
/// the machine is loaded.
public struct MonotonicLoadTestClock: LoadTestClock {
    private let origin: ContinuousClock.Instant

    /// A clock whose origin is now.
    public init() {
        origin = ContinuousClock.now
    }

    public func nowNanoseconds() -> Int64 {
        let (seconds, attoseconds) = (ContinuousClock.now - origin).components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    public func sleep(untilNanoseconds deadline: Int64) async throws {
        let remaining = deadline - nowNanoseconds()
        guard remaining > 0 else { return }
        // Zero tolerance: at 2,000 requests/s the gaps are 500 µs and a coalesced wake-up would
        // bunch requests into bursts the schedule does not ask for.
        try await ContinuousClock().sleep(for: .nanoseconds(remaining), tolerance: .zero)
    }
}
