public import Foundation

/// Which records of a topic a command reads: where to start, what to leave out, when to stop.
public struct TopicRange: Sendable, Equatable {
    /// Where reading starts, on every partition.
    public enum Start: Sendable, Equatable {
        /// The oldest record still on the broker.
        case beginning
        /// Only records written after reading began.
        case end
        /// This offset on every partition (partitions shorter than it yield nothing).
        case offset(Int64)
        /// The first record whose timestamp is at or after this time. The log is read from its
        /// start and older records are skipped.
        case since(Date)
    }

    /// Where reading starts.
    public var start: Start
    /// Records with a later timestamp are left out; `nil`: no limit.
    public var until: Date?
    /// Stop after this many records; `nil`: no limit.
    public var maxRecords: Int?
    /// Stop once every partition was read up to its end as it was when reading began; `false`
    /// follows the topic until stopped.
    public var stopAtEnd: Bool

    /// Creates a range.
    public init(start: Start, until: Date? = nil, maxRecords: Int? = nil, stopAtEnd: Bool) {
        self.start = start
        self.until = until
        self.maxRecords = maxRecords
        self.stopAtEnd = stopAtEnd
    }

    /// Whether a record at `offset` with `timestampMilliseconds` belongs to the range (its start
    /// and ``until``; the count limit is applied by the reader).
    public func includes(offset: Int64, timestampMilliseconds: Int64?) -> Bool {
        if case .offset(let first) = start, offset < first { return false }
        if case .since(let time) = start, let stamp = timestampMilliseconds, stamp < Self.milliseconds(time) { return false }
        if let until, let stamp = timestampMilliseconds, stamp > Self.milliseconds(until) { return false }
        return true
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }
}
