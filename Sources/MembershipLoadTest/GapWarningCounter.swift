public import Logging
import Synchronization

/// Counts the Kafka module's warning that a consumer's position fell off the start of the log (the
/// broker deleted messages the group had not read: retention, or the development broker's
/// per-partition limit), and passes every log event at or above `level` on to `next`.
///
/// Give ``logger(label:level:)`` to the consumers of a run (the load tester's own, and in embedded
/// mode the worker's): a run whose messages were dropped must say so, not report a short count.
public final class GapWarningCounter: Sendable {
    /// The text the Kafka module's consumer logs when it finds a gap (`ConsumerCore.noticeGaps`).
    public static let warningPrefix = "Consumer position fell off the start of the log"

    private let count = Atomic<Int>(0)

    /// Creates a counter at zero.
    public init() {}

    /// Gap warnings seen so far.
    public var warnings: Int { count.load(ordering: .relaxed) }

    /// A logger that counts gap warnings and prints events at or above `level` on standard error.
    public func logger(label: String, level: Logger.Level) -> Logger {
        var handler = Handler(counter: self, next: StreamLogHandler.standardError(label: label), forwardLevel: level)
        handler.logLevel = min(level, .warning)
        return Logger(label: label) { _ in handler }
    }

    fileprivate func notice(_ event: LogEvent) {
        if event.level >= .warning, event.message.description.hasPrefix(Self.warningPrefix) {
            count.add(1, ordering: .relaxed)
        }
    }

    private struct Handler: LogHandler {
        let counter: GapWarningCounter
        var next: any LogHandler
        let forwardLevel: Logger.Level
        var logLevel: Logger.Level = .warning

        var metadata: Logger.Metadata {
            get { next.metadata }
            set { next.metadata = newValue }
        }

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { next[metadataKey: key] }
            set { next[metadataKey: key] = newValue }
        }

        func log(event: LogEvent) {
            counter.notice(event)
            if event.level >= forwardLevel { next.log(event: event) }
        }
    }
}
