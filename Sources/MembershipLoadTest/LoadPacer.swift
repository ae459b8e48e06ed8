/// Hands a load test's requests to a sender when the schedule says they are due, and records their
/// due and hand-off times.
///
/// Requests that fell due while the previous `send` was running go out together in the next chunk
/// (at most `maxChunk`), so a slow sender is caught up rather than the schedule moved.
public struct LoadPacer<Clock: LoadTestClock>: Sendable {
    /// When each request is due.
    public let schedule: LoadSchedule
    /// The clock of the run.
    public let clock: Clock
    /// Most requests handed to one `send` call.
    public let maxChunk: Int

    /// Creates a pacer.
    public init(schedule: LoadSchedule, clock: Clock, maxChunk: Int = 1_000) {
        precondition(maxChunk > 0, "a chunk holds at least one request")
        self.schedule = schedule
        self.clock = clock
        self.maxChunk = maxChunk
    }

    /// Paces every request of the schedule through `send`, recording times in `recorder` relative to
    /// `start` (a reading of ``clock``). Without a rate, a request's due time is its hand-off time.
    public func run(
        start: Int64, recorder: LatencyRecorder, send: (Range<Int>) async -> Void
    ) async throws {
        var next = 0
        while next < schedule.count {
            try Task.checkCancellation()
            let elapsed = clock.nowNanoseconds() - start
            let due = schedule.dueCount(atNanoseconds: elapsed)
            guard due > next else {
                try await clock.sleep(untilNanoseconds: start + schedule.dueNanoseconds(of: next))
                continue
            }
            let end = min(due, next + maxChunk)
            let schedule = self.schedule
            if schedule.rate == nil {
                recorder.recordHandOff(next..<end, sent: elapsed) { _ in elapsed }
            } else {
                recorder.recordHandOff(next..<end, sent: elapsed) { schedule.dueNanoseconds(of: $0) }
            }
            await send(next..<end)
            next = end
        }
    }
}
