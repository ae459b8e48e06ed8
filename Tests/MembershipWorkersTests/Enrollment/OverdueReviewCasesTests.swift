import MembershipDomain
import MembershipStore
import MembershipWorkers
import Testing

@Suite("Overdue review cases (rule M3)")
struct OverdueReviewCasesTests {
    typealias Bench = EnrollmentTestBench

    @Test("M3: a case received Wednesday 2026-01-14 is due Friday the 16th: not overdue that day, overdue on Monday the 19th")
    func overdueAfterTheDueDate() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            _ = try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-1",
                                                         Bench.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2),
                                                                        ssn: "111223333", hired: true)), to: store)
            _ = try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-2", at: Bench.wednesday,
                                                         Bench.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2),
                                                                        ssn: "899887777", hired: true)), to: store)
            let overdue = OverdueReviewCases(timeZone: try #require(PlanTimeZone(identifier: "America/Los_Angeles")), worker: "test")
            // 2026-01-16T20:00:00Z is noon on the due date in Los Angeles; 2026-01-19T20:00:00Z the next Monday.
            let onDueDate = try await store.transaction { try await overdue.measure(in: $0, nowUnixSeconds: 1_768_593_600) }
            let monday = try await store.transaction { try await overdue.measure(in: $0, nowUnixSeconds: 1_768_852_800) }
            #expect(onDueDate == 0)
            #expect(monday == 1)
            let open = try await store.transaction { try await $0.reviewCases.openCases(groupNumber: "G-100", subscriberRef: "E-2") }
            #expect(open.map(\.dueDate) == ["2026-01-16"])
        }
    }
}
