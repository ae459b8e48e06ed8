import Synchronization

extension DeadLetterRedrive {
    /// The report as the reader's batches add to it.
    final class ReportBox: Sendable {
        private let state = Mutex(Report())

        var value: Report { state.withLock { $0 } }

        func update(_ change: (inout Report) -> Void) {
            state.withLock { change(&$0) }
        }
    }
}
