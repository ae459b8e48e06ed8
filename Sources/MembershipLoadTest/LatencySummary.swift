/// Percentiles of a set of latencies, computed exactly from all of them (no histogram buckets).
///
/// A percentile is the nearest-rank value: the smallest latency such that at least `p` percent of
/// all latencies are at most it (for `n` latencies sorted ascending, the one at rank `ceil(p/100 * n)`).
public struct LatencySummary: Sendable, Equatable, Codable {
    /// Number of latencies.
    public var count: Int
    /// Median, milliseconds.
    public var p50: Double
    /// 95th percentile, milliseconds.
    public var p95: Double
    /// 99th percentile, milliseconds.
    public var p99: Double
    /// Largest, milliseconds.
    public var max: Double
    /// Smallest, milliseconds.
    public var min: Double
    /// Arithmetic mean, milliseconds.
    public var mean: Double

    /// Summarises latencies given in nanoseconds; all zero when there are none.
    public init(nanoseconds latencies: [Int64]) {
        let sorted = latencies.sorted()
        count = sorted.count
        guard !sorted.isEmpty else {
            p50 = 0; p95 = 0; p99 = 0; max = 0; min = 0; mean = 0
            return
        }
        func milliseconds(_ nanoseconds: Int64) -> Double { Double(nanoseconds) / 1e6 }
        p50 = milliseconds(Self.percentile(50, ofSorted: sorted))
        p95 = milliseconds(Self.percentile(95, ofSorted: sorted))
        p99 = milliseconds(Self.percentile(99, ofSorted: sorted))
        max = milliseconds(sorted[sorted.count - 1])
        min = milliseconds(sorted[0])
        // Summed in Double: 10^6 latencies of minutes each would overflow nothing, but Int64 nanoseconds could.
        mean = sorted.reduce(0.0) { $0 + Double($1) } / Double(sorted.count) / 1e6
    }

    /// The nearest-rank `percent` percentile of ascending `sorted` values (not empty).
    public static func percentile(_ percent: Double, ofSorted sorted: [Int64]) -> Int64 {
        precondition(!sorted.isEmpty && percent > 0 && percent <= 100, "a percentile of a non-empty set, 0 < p <= 100")
        // Integer arithmetic for the rank where possible: (p * n) / 100 rounded up, so that e.g. the
        // 99th percentile of 100 values is the 99th value exactly, not the 100th by a rounding error.
        let scaled = (percent * 1000).rounded()
        let rank: Int
        if scaled == percent * 1000 {
            let numerator = Int(scaled) * sorted.count
            rank = (numerator + 99_999) / 100_000
        } else {
            rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        }
        return sorted[Swift.max(1, Swift.min(sorted.count, rank)) - 1]
    }
}
