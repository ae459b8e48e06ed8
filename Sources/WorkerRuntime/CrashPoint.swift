#if canImport(Glibc)
import Glibc
#endif

/// Test-only crash points: with `MEMBERSHIP_CRASH_AT=<point>` in the environment the process
/// kills itself (SIGKILL, no cleanup) the first time it reaches that point, so end-to-end tests can
/// prove that a crash anywhere replays safely. Unset in production: each check is one comparison.
public enum CrashPoint: String, Sendable, CaseIterable {
    /// The batch's transaction committed; nothing was published yet.
    case afterCommit = "after-commit"
    /// The broker acknowledged the outbox rows; they are not marked published yet.
    case afterDelivery = "after-delivery"
    /// Everything is published and marked; the consumed offsets are not stored yet.
    case beforeOffsetCommit = "before-offset-commit"

    /// The crash point configured for this process, if any.
    public static let configured: CrashPoint? = getenv("MEMBERSHIP_CRASH_AT").flatMap { CrashPoint(rawValue: String(cString: $0)) }

    /// Kills the process if `self` is the configured crash point.
    @inline(__always)
    public func reached() {
        guard CrashPoint.configured == self else { return }
        kill(getpid(), SIGKILL)
    }
}
