import MembershipLoadTest
import Testing

@Suite("Latency percentiles")
struct LatencySummaryTests {
    @Test("1..100 ms in any order: nearest-rank p50 50, p95 95, p99 99, max 100, mean 50.5")
    func hundred() {
        let latencies = (1...100).reversed().map { Int64($0) * 1_000_000 }
        let summary = LatencySummary(nanoseconds: latencies)
        #expect(summary.count == 100)
        #expect(summary.p50 == 50)
        #expect(summary.p95 == 95)
        #expect(summary.p99 == 99)
        #expect(summary.max == 100)
        #expect(summary.min == 1)
        #expect(summary.mean == 50.5)
    }

    @Test("Ten values: the 95th and 99th percentiles are the largest (rank rounds up)")
    func ten() {
        let summary = LatencySummary(nanoseconds: [70, 10, 40, 20, 100, 30, 50, 60, 90, 80].map { Int64($0) * 1_000_000 })
        #expect(summary.p50 == 50)
        #expect(summary.p95 == 100)
        #expect(summary.p99 == 100)
    }

    @Test("Percentile ranks on 1,000 values", arguments: [(50.0, 500), (99.0, 990), (99.9, 999), (100.0, 1_000), (0.1, 1)] as [(Double, Int64)])
    func ranks(percent: Double, value: Int64) {
        let sorted = (1...1_000).map { Int64($0) }
        #expect(LatencySummary.percentile(percent, ofSorted: sorted) == value)
    }

    @Test("No latencies: zeros, not a crash")
    func empty() {
        let summary = LatencySummary(nanoseconds: [])
        #expect(summary.count == 0)
        #expect(summary.p99 == 0)
    }
}
