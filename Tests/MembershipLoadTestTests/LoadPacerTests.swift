import MembershipLoadTest
import Synchronization
import Testing

@Suite("Pacing and latency from the scheduled time")
struct LoadPacerTests {
    @Test("A sender that stalls 10 ms: the requests that waited are charged the wait (no coordinated omission)")
    func stalledSender() async throws {
        let clock = ManualLoadTestClock()
        let recorder = LatencyRecorder(count: 5)
        let pacer = LoadPacer(schedule: LoadSchedule(count: 5, rate: 1_000), clock: clock)
        var chunks: [Range<Int>] = []
        try await pacer.run(start: 0, recorder: recorder) { range in
            chunks.append(range)
            // Every answer arrives 2 ms after its request was handed off.
            let sentAt = clock.nowNanoseconds()
            for index in range { recorder.recordAnswer(index, at: sentAt + 2_000_000) }
            // The first hand-off blocks the sender for 10 ms.
            if range.lowerBound == 0 { clock.advance(byNanoseconds: 10_000_000) }
        }
        #expect(chunks == [0..<1, 1..<5])
        #expect(recorder.snapshot.map(\.due) == [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000])
        #expect(recorder.snapshot.map(\.sent) == [0, 10_000_000, 10_000_000, 10_000_000, 10_000_000])
        // From the hand-off every latency would be 2 ms; from the schedule they are:
        #expect(recorder.latencies == [2_000_000, 11_000_000, 10_000_000, 9_000_000, 8_000_000])
    }

    @Test("A sender that keeps up hands each request off at its due time")
    func onTime() async throws {
        let clock = ManualLoadTestClock()
        let recorder = LatencyRecorder(count: 4)
        let pacer = LoadPacer(schedule: LoadSchedule(count: 4, rate: 500), clock: clock)
        var chunks: [Range<Int>] = []
        try await pacer.run(start: 0, recorder: recorder) { chunks.append($0) }
        #expect(chunks == [0..<1, 1..<2, 2..<3, 3..<4])
        #expect(recorder.snapshot.map(\.sent) == [0, 2_000_000, 4_000_000, 6_000_000])
    }

    @Test("--rate max: chunks of at most maxChunk, each due when handed off")
    func maximum() async throws {
        let clock = ManualLoadTestClock()
        let recorder = LatencyRecorder(count: 5)
        let pacer = LoadPacer(schedule: LoadSchedule(count: 5, rate: nil), clock: clock, maxChunk: 2)
        var chunks: [Range<Int>] = []
        try await pacer.run(start: 0, recorder: recorder) { range in
            chunks.append(range)
            clock.advance(byNanoseconds: 1_000_000)
        }
        #expect(chunks == [0..<2, 2..<4, 4..<5])
        #expect(recorder.snapshot.map(\.due) == [0, 0, 1_000_000, 1_000_000, 2_000_000])
    }

    @Test("A second answer keeps the first time")
    func firstAnswerWins() {
        let recorder = LatencyRecorder(count: 1)
        recorder.recordHandOff(0..<1, sent: 0) { _ in 0 }
        #expect(recorder.recordAnswer(0, at: 5))
        #expect(!recorder.recordAnswer(0, at: 9))
        #expect(recorder.latencies == [5])
    }
}
