import Foundation
import MembershipDemo
import MembershipLoadTest
import MembershipStore
import Testing

@Suite("Embedded run: broker, SQLite and the enrollment worker in process", .serialized, .timeLimit(.minutes(3)))
struct EmbeddedLoadTestTests {
    static let referenceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Reference").path

    static func temporaryDatabase() -> String {
        "sqlite:" + FileManager.default.temporaryDirectory.appendingPathComponent("loadtest-\(UUID().uuidString).sqlite").path
    }

    @Test("200 requests at 400/s: every one published is answered once, with the outcome its scenario expects")
    func smallRun() async throws {
        let workload = try LoadTestWorkload.generate(requests: 200, seed: 11)
        #expect(workload.requests.count == 200)
        var options = EmbeddedEnrollmentSystem.Options(database: Self.temporaryDatabase())
        options.referenceDirectory = Self.referenceDirectory
        options.partitions = 4
        let gaps = GapWarningCounter()
        let report = try await EmbeddedEnrollmentSystem.run(options, gaps: gaps, logLevel: .critical) { bootstrap in
            var configuration = LoadTestConfiguration(bootstrapServers: [bootstrap], rate: 400)
            configuration.idleTimeout = .seconds(20)
            return try await LoadTestRunner(configuration: configuration, gaps: gaps, logLevel: .critical).run(workload)
        }
        let expected = Dictionary(grouping: workload.expectedOutcomes, by: { $0 }).mapValues(\.count)
        #expect(report.requests == 200)
        #expect(report.published == 200)
        #expect(report.publishErrors == 0)
        #expect(report.answered == 200)
        #expect(report.missing == 0)
        #expect(report.accepted + report.rejected + report.pendingReview + report.deadLettered == 200)
        #expect(report.accepted == expected[.accepted, default: 0])
        #expect(report.rejected == expected[.rejected, default: 0])
        #expect(report.pendingReview == expected[.pendingReview, default: 0])
        #expect(report.deadLettered == 0)
        #expect(report.duplicateResults == 0)
        #expect(report.lostRequests == 0)
        #expect(report.gapWarnings == 0)
        #expect(report.latency.count == 200)
        #expect(report.timeline.map(\.offered).reduce(0, +) == 200)
        #expect(report.warnings.isEmpty)
    }

    @Test("--reset: the same seed run twice on one database gets the same outcomes, no M4 'already covered' rejections")
    func resetBetweenRuns() async throws {
        let url = Self.temporaryDatabase()
        var reports: [LoadTestReport] = []
        for run in 0..<2 {
            let workload = try LoadTestWorkload.generate(requests: 60, seed: 5)
            var options = EmbeddedEnrollmentSystem.Options(database: url)
            options.referenceDirectory = Self.referenceDirectory
            options.partitions = 2
            options.reset = run == 1
            let gaps = GapWarningCounter()
            reports.append(try await EmbeddedEnrollmentSystem.run(options, gaps: gaps, logLevel: .critical) { bootstrap in
                var configuration = LoadTestConfiguration(bootstrapServers: [bootstrap])
                configuration.idleTimeout = .seconds(20)
                return try await LoadTestRunner(configuration: configuration, gaps: gaps, logLevel: .critical).run(workload)
            })
        }
        #expect(reports[0].answered == 60)
        #expect(reports[1].answered == 60)
        #expect(reports[1].accepted == reports[0].accepted)
        #expect(reports[1].rejectionsByRule == reports[0].rejectionsByRule)
        #expect(reports[1].rejectionsByRule["M4"] == nil)
    }
}
