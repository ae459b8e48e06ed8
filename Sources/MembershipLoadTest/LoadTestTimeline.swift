/// A run second by second, for the chart and the JSON report.
public struct LoadTestSecond: Sendable, Equatable, Codable {
    /// Seconds after the first request was due (this bucket covers `[second, second + 1)`).
    public var second: Int
    /// Requests the schedule made due in this second.
    public var offered: Int
    /// Requests handed to the producer in this second.
    public var sent: Int
    /// Requests whose first answer arrived in this second.
    public var answered: Int
    /// Latency of the requests answered in this second, milliseconds (all 0 when none was).
    public var p50: Double
    public var p99: Double
    public var max: Double

    /// Buckets `entries` by whole seconds from the start, up to the last event.
    public static func timeline(of entries: [LatencyRecorder.Entry]) -> [LoadTestSecond] {
        func bucket(_ nanoseconds: Int64) -> Int { Int(Swift.max(0, nanoseconds) / 1_000_000_000) }
        var last = -1
        for entry in entries {
            for time in [entry.due, entry.sent, entry.answered].compactMap({ $0 }) { last = Swift.max(last, bucket(time)) }
        }
        guard last >= 0 else { return [] }
        var seconds = (0...last).map { LoadTestSecond(second: $0, offered: 0, sent: 0, answered: 0, p50: 0, p99: 0, max: 0) }
        var latencies = Array(repeating: [Int64](), count: last + 1)
        for entry in entries {
            if let due = entry.due { seconds[bucket(due)].offered += 1 }
            if let sent = entry.sent { seconds[bucket(sent)].sent += 1 }
            if let answered = entry.answered {
                seconds[bucket(answered)].answered += 1
                if let latency = entry.latency { latencies[bucket(answered)].append(latency) }
            }
        }
        for index in seconds.indices where !latencies[index].isEmpty {
            let summary = LatencySummary(nanoseconds: latencies[index])
            seconds[index].p50 = summary.p50
            seconds[index].p99 = summary.p99
            seconds[index].max = summary.max
        }
        return seconds
    }
}
