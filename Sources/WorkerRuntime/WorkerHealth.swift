import Synchronization

/// Readiness of a worker process: not ready while the database or the broker is unreachable (a
/// retry loop is running), ready again after the next success. Liveness is the process answering.
public final class WorkerHealth: Sendable {
    private let problem = Mutex<String?>("starting")

    public init() {}

    /// Whether the worker can do its job now, and if not, why.
    public var readiness: (ready: Bool, reason: String?) {
        problem.withLock { ($0 == nil, $0) }
    }

    /// The last attempt succeeded.
    public func markHealthy() { problem.withLock { $0 = nil } }

    /// An attempt failed with a transient error; `reason` says while doing what.
    public func markUnhealthy(reason: String) { problem.withLock { $0 = "retrying: \(reason)" } }
}
