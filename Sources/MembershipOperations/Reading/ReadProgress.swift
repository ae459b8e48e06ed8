import Synchronization

/// What a ``TopicReader`` has read so far, shared by its batch loop, the statistics callback and
/// the end watcher.
final class ReadProgress: Sendable {
    enum Admission: Equatable {
        case take
        case skip
        case seek(Int64)
    }

    private struct State {
        var highWatermarks: [Int32: Int64] = [:]
        var next: [Int32: Int64] = [:]
        var sought: Set<Int32> = []
        var handedOver = 0
        var lastRecord = ContinuousClock.now
    }

    private let range: TopicRange
    private let state = Mutex(State())

    init(range: TopicRange) {
        self.range = range
    }

    var handedOver: Int { state.withLock { $0.handedOver } }

    /// Keeps the first high watermark of each partition: the end of a bounded range.
    func learn(highWatermarks: [Int32: Int64]) {
        state.withLock { state in
            for (partition, mark) in highWatermarks where state.highWatermarks[partition] == nil {
                state.highWatermarks[partition] = mark
                // The idle end counts from when the end is known, not from joining the group.
                state.lastRecord = ContinuousClock.now
            }
        }
    }

    func admit(partition: Int32, offset: Int64, timestampMilliseconds: Int64?) -> Admission {
        state.withLock { state in
            state.next[partition] = max(state.next[partition] ?? 0, offset + 1)
            state.lastRecord = ContinuousClock.now
            if let limit = range.maxRecords, state.handedOver >= limit { return .skip }
            if case .offset(let first) = range.start, offset < first {
                // Jump ahead once instead of reading the whole partition up to `first`.
                return state.sought.insert(partition).inserted ? .seek(first) : .skip
            }
            if let end = state.highWatermarks[partition], range.stopAtEnd, offset >= end { return .skip }
            guard range.includes(offset: offset, timestampMilliseconds: timestampMilliseconds) else { return .skip }
            state.handedOver += 1
            return .take
        }
    }

    func isDone(partitions: [Int32], idleEnd: Duration) -> Bool {
        state.withLock { state in
            if let limit = range.maxRecords, state.handedOver >= limit { return true }
            guard range.stopAtEnd, partitions.allSatisfy({ state.highWatermarks[$0] != nil }) else { return false }
            let caughtUp = partitions.allSatisfy { partition in
                let end = state.highWatermarks[partition] ?? 0
                let start: Int64 = switch range.start {
                case .offset(let first): first
                case .end: end  // Reading from the end, the range as of the start is empty.
                case .beginning, .since: 0
                }
                return max(state.next[partition] ?? 0, start) >= end
            }
            return caughtUp || ContinuousClock.now - state.lastRecord >= idleEnd
        }
    }
}
