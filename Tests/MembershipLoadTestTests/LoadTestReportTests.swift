import Foundation
import MembershipEvents
@testable import MembershipLoadTest
import Testing

@Suite("Report: counts, rendering, JSON")
struct LoadTestReportTests {
    static func result(_ requestID: String, _ outcome: Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome) -> Membership_Enrollment_V1_EnrollmentResult {
        var result = Membership_Enrollment_V1_EnrollmentResult()
        result.requestID = requestID
        result.subject = .enrollmentRequest
        result.outcome = outcome
        return result
    }

    static let rejectedE6 = Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome.rejected(.with { $0.reasons = [.dependentOverAgeLimit] })

    /// Five requests: accepted; rejected (E6); pending then accepted; dead-lettered; unanswered.
    static func sampleReport() -> LoadTestReport {
        var tally = LoadTestTally(count: 5)
        let firsts = [
            tally.add(result("a", .accepted(.init())), to: 0),
            tally.add(result("b", rejectedE6), to: 1),
            tally.add(result("c", .pendingReview(.init())), to: 2),
            tally.add(result("c", .accepted(.init())), to: 2),
            tally.deadLettered(3),
        ]
        #expect(firsts == [true, true, true, false, true])
        for index in 0..<5 { tally.positions[index] = (0, Int64(index)) }
        let entries: [LatencyRecorder.Entry] = [
            .init(due: 0, sent: 0, answered: 10_000_000),
            .init(due: 500_000_000, sent: 500_000_000, answered: 530_000_000),
            .init(due: 1_000_000_000, sent: 1_000_000_000, answered: 1_020_000_000),
            .init(due: 1_500_000_000, sent: 1_500_000_000, answered: 1_540_000_000),
            .init(due: 2_000_000_000, sent: 2_000_000_000, answered: nil),
        ]
        return LoadTestReport(entries: entries, tally: tally, contracts: 2, rate: 2, lostRequests: 1, gapWarnings: 0)
    }

    @Test("Counts: each request's final answer once, pending-then-final counted, the unanswered one missing and lost")
    func counts() {
        let report = Self.sampleReport()
        #expect(report.requests == 5)
        #expect(report.published == 5)
        #expect(report.answered == 4)
        #expect(report.accepted == 2)
        #expect(report.rejected == 1)
        #expect(report.pendingReview == 0)
        #expect(report.deadLettered == 1)
        #expect(report.missing == 1)
        #expect(report.reviewsThenFinal == 1)
        #expect(report.duplicateResults == 0)
        #expect(report.rejectionsByRule == ["E6": 1])
        #expect(report.latency.p50 == 20)
        #expect(report.latency.max == 40)
        #expect(report.durationSeconds == 1.54)
        #expect(report.timeline.map(\.answered) == [2, 2, 0])
        #expect(report.timeline.map(\.offered) == [2, 2, 1])
        #expect(report.warnings.count == 2)
        #expect(report.warnings[0].hasPrefix("the broker dropped data: 1 requests"))
    }

    @Test("Rule E12: a second final result is counted as a duplicate")
    func duplicate() {
        var tally = LoadTestTally(count: 1)
        _ = tally.add(Self.result("a", .accepted(.init())), to: 0)
        _ = tally.add(Self.result("a", Self.rejectedE6), to: 0)
        #expect(tally.duplicateResults == 1)
        #expect(tally.answers[0] == .accepted)
        #expect(tally.rejectionsByRule.isEmpty)
    }

    @Test("JSON round-trips and the table names every count")
    func rendering() throws {
        let report = Self.sampleReport()
        let decoded = try JSONDecoder().decode(LoadTestReport.self, from: Data(try report.json().utf8))
        #expect(decoded == report)
        let table = report.render()
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains(["accepted", "2"]))
        #expect(rows.contains(["rejected", "1", "E6", "1"]))
        #expect(rows.contains(["missing", "1"]))
        #expect(rows.contains(["dead-lettered", "1"]))
        #expect(table.contains("p50 20.0 ms"))
        #expect(table.contains("warning: the broker dropped data"))
    }
}
