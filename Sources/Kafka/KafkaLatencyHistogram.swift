/// A latency distribution in power-of-two microsecond buckets: constant memory, cheap to record
/// and merge, percentiles accurate to within a factor of two (reported as the bucket's upper bound).
public struct KafkaLatencyHistogram: Sendable, Equatable {
    private var buckets = [Int](repeating: 0, count: 40)
    /// Number of values recorded.
    public private(set) var count = 0
    /// The largest value recorded.
    public private(set) var maximum: Duration = .zero

    public init() {}

    /// Records one latency.
    public mutating func record(_ latency: Duration) {
        let micros = max(latency.microseconds, 1)
        let bucket = min(Int.bitWidth - micros.leadingZeroBitCount, buckets.count - 1)
        buckets[bucket] += 1
        count += 1
        if latency > maximum { maximum = latency }
    }

    /// Adds every value of `other`.
    public mutating func merge(_ other: KafkaLatencyHistogram) {
        for index in buckets.indices { buckets[index] += other.buckets[index] }
        count += other.count
        maximum = max(maximum, other.maximum)
    }

    /// The latency below which `fraction` (0...1) of the values fall (upper bound of its bucket).
    public func percentile(_ fraction: Double) -> Duration {
        guard count > 0 else { return .zero }
        let rank = max(1, Int((Double(count) * fraction).rounded(.up)))
        var seen = 0
        for (index, bucketCount) in buckets.enumerated() {
            seen += bucketCount
            if seen >= rank { return min(.microseconds(Int64(1) << index), maximum) }
        }
        return maximum
    }
}

extension Duration {
    var microseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
