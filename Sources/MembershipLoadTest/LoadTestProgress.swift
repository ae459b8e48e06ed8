/// Where a running load test is, for a progress display (reported about once a second).
public struct LoadTestProgress: Sendable, Equatable {
    /// What the run is doing.
    public enum Phase: String, Sendable {
        case contracts, sending, draining
    }

    /// The phase.
    public var phase: Phase
    /// Seconds since the first request was due (0 while contracts are sent).
    public var elapsedSeconds: Double
    /// Requests in the workload.
    public var total: Int
    /// Requests handed to the producer.
    public var sent: Int
    /// Requests answered (a result or a dead letter).
    public var answered: Int
    /// Median latency of the requests answered during the last second, milliseconds (0 if none).
    public var recentP50Milliseconds: Double
    /// 99th percentile of the same, milliseconds.
    public var recentP99Milliseconds: Double
}
