/// When each request of a load test is due, fixed before the first one is sent.
///
/// With a target rate the `i`-th request (from 0) is due at `i / rate` seconds after the start,
/// whatever happened to the requests before it: a sender that stalls does not move later requests'
/// times, so their latency, measured from the due time, includes the stall (no coordinated
/// omission). Without a rate (`--rate max`) there is no schedule to fall behind: every request is
/// due at once and the runner measures from the moment it hands the request to the producer.
public struct LoadSchedule: Sendable, Equatable {
    /// Number of requests.
    public let count: Int
    /// Requests per second; `nil` for as fast as possible.
    public let rate: Double?

    /// Creates a schedule of `count` requests at `rate` per second (`nil`: as fast as possible).
    public init(count: Int, rate: Double?) {
        precondition(count >= 0, "a schedule has a non-negative number of requests")
        precondition(rate.map { $0 > 0 && $0.isFinite } ?? true, "a rate is positive and finite")
        self.count = count
        self.rate = rate
    }

    /// Nanoseconds after the start at which request `index` is due.
    public func dueNanoseconds(of index: Int) -> Int64 {
        guard let rate else { return 0 }
        // Computed from the index, never accumulated: a rounding error cannot drift over a long run.
        return Int64((Double(index) * 1e9 / rate).rounded(.down))
    }

    /// How many requests are due `elapsedNanoseconds` after the start (all of them for `--rate max`).
    public func dueCount(atNanoseconds elapsedNanoseconds: Int64) -> Int {
        guard let rate else { return count }
        guard elapsedNanoseconds >= 0 else { return 0 }
        // Request i is due when i <= elapsed * rate; check the neighbours of the estimate against
        // dueNanoseconds so both functions agree exactly.
        var due = min(count, Int((Double(elapsedNanoseconds) * rate / 1e9).rounded(.down)) + 1)
        while due > 0, dueNanoseconds(of: due - 1) > elapsedNanoseconds { due -= 1 }
        while due < count, dueNanoseconds(of: due) <= elapsedNanoseconds { due += 1 }
        return due
    }

    /// Nanoseconds after the start at which the last request is due.
    public var lastDueNanoseconds: Int64 { count == 0 ? 0 : dueNanoseconds(of: count - 1) }
}
