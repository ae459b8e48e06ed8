import Dispatch
import Foundation

/// A dedicated OS thread for a client's poll loop: librdkafka's blocking polls run here, never on
/// Swift's cooperative pool. ``waitForExit(timeout:)`` bounds how long a caller waits for it.
final class KafkaThread: Sendable {
    private let exited = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread named `name`.
    init(name: String, _ body: @escaping @Sendable () -> Void) {
        let exited = self.exited
        let thread = Thread {
            body()
            exited.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Waits, off the cooperative pool, until the thread finished or `timeout` passed.
    /// Returns whether the thread finished.
    func waitForExit(timeout: Duration) async -> Bool {
        let exited = self.exited
        return await BlockingCall.run { () -> Bool in
            let deadline = DispatchTime.now() + .milliseconds(Int(timeout.milliseconds))
            if exited.wait(timeout: deadline) == .success {
                exited.signal()  // Let later waiters through too.
                return true
            }
            return false
        }
    }
}
