import Foundation
import Testing
@testable import MembershipStore

@Suite("Store benchmark")
struct BenchmarkTests {
    @Test("the benchmark writes every row of every enrollment through the store", arguments: TestBackend.allCases)
    func smallRun(backend: TestBackend) async throws {
        let configuration = try await backend.freshConfiguration()
        defer { TestBackend.removeFiles(of: configuration) }
        let result = try await StoreBenchmark.run(configuration, options: .init(enrollments: 1_203, batchSize: 400))
        #expect(result.enrollments == 1_203)
        #expect(result.rowsPerEnrollment == 5)
        #expect(result.storeSeconds > 0 && result.rawSeconds > 0)
        try await MembershipStore.withStore(configuration) { store throws in
            for table in ["persons", "members", "coverages", "processed_events", "outbox"] {
                #expect(try await Fixtures.count(table, in: store) == 1_203, "\(table)")
            }
        }
    }
}
