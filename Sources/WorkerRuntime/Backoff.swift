/// Exponential backoff with full jitter and a cap: retry n waits a random time in
/// `0 ... min(cap, base * 2^n)`, so many workers retrying after one outage do not retry in step.
public struct Backoff: Sendable {
    /// First retry's upper bound. Default 100 ms.
    public var base: Duration = .milliseconds(100)
    /// Largest wait. Default 10 s.
    public var cap: Duration = .seconds(10)

    public init(base: Duration = .milliseconds(100), cap: Duration = .seconds(10)) {
        self.base = base
        self.cap = cap
    }

    /// The wait before retry `attempt` (0 for the first retry), drawn with `generator`.
    public func delay(attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let exponent = min(attempt, 30)
        let bound = min(cap, base * (1 << exponent))
        return .nanoseconds(Int64.random(in: 0...max(bound.nanoseconds, 1), using: &generator))
    }
}
