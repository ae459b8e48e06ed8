import Synchronization

/// Per request of a load test: when it was due, when it was handed to the producer, and when its
/// first answer arrived, in nanoseconds after the start of the run.
///
/// Latency is `answered - due`: from the **scheduled** time, so a request that waited behind a
/// stalled sender is charged the wait (no coordinated omission).
public final class LatencyRecorder: Sendable {
    /// One request's times; `nil` until they happen.
    public struct Entry: Sendable, Equatable {
        /// When the schedule said to send it.
        public var due: Int64?
        /// When it was handed to the producer.
        public var sent: Int64?
        /// When its first answer (result or dead letter) arrived.
        public var answered: Int64?

        /// Answer minus due time, when both are known.
        public var latency: Int64? {
            guard let due, let answered else { return nil }
            return answered - due
        }
    }

    private let entries: Mutex<[Entry]>

    /// A recorder for `count` requests, numbered from 0.
    public init(count: Int) {
        entries = Mutex(Array(repeating: Entry(), count: count))
    }

    /// Records that requests `range` were handed to the producer at `sent`, each due at `due(index)`.
    public func recordHandOff(_ range: Range<Int>, sent: Int64, due: (Int) -> Int64) {
        entries.withLock { entries in
            for index in range {
                entries[index].due = due(index)
                entries[index].sent = sent
            }
        }
    }

    /// Records an answer to request `index` at `time`. Returns `false` (and keeps the first time)
    /// when the request was answered before.
    @discardableResult
    public func recordAnswer(_ index: Int, at time: Int64) -> Bool {
        entries.withLock { entries in
            guard entries[index].answered == nil else { return false }
            entries[index].answered = time
            return true
        }
    }

    /// A copy of every entry, in request order.
    public var snapshot: [Entry] { entries.withLock { $0 } }

    /// Latencies (nanoseconds) of the requests answered so far, in request order.
    public var latencies: [Int64] { entries.withLock { $0.compactMap(\.latency) } }

    /// How many requests were handed off and how many answered so far.
    public var progress: (sent: Int, answered: Int) {
        entries.withLock { entries in
            var sent = 0
            var answered = 0
            for entry in entries {
                if entry.sent != nil { sent += 1 }
                if entry.answered != nil { answered += 1 }
            }
            return (sent, answered)
        }
    }
}
