import MembershipLoadTest
import Synchronization

/// A clock that moves only when told: `sleep` jumps to its deadline, `advance` stands for work that
/// takes time. Makes pacing deterministic.
final class ManualLoadTestClock: LoadTestClock {
    private let now = Mutex<Int64>(0)

    func nowNanoseconds() -> Int64 { now.withLock { $0 } }

    func sleep(untilNanoseconds deadline: Int64) async throws {
        now.withLock { $0 = max($0, deadline) }
    }

    func advance(byNanoseconds nanoseconds: Int64) {
        now.withLock { $0 += nanoseconds }
    }
}
