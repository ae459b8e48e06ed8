import MembershipEvents
import MembershipStore
import Testing

/// Tenant isolation: a group's requests act on that group's members only.
@Suite("Tenant isolation between groups")
struct TenantIsolationTests {
    typealias Bench = EnrollmentTestBench

    @Test("a request for group B naming a member of group A is rejected and changes nothing in A",
          arguments: ["terminate", "change-demographics", "continue-cobra"])
    func otherGroupsMemberIsRejected(_ action: String) async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            _ = try await bench.send(Bench.contract("G-200"), to: store)
            let enrolled = try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-1",
                Bench.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2), ssn: "111223333", hired: true)), to: store)
            guard case .accepted(let accepted)? = try Bench.results(enrolled).first?.outcome,
                  let member = accepted.members.last?.memberID else {
                Issue.record("the G-100 subscriber should be accepted")
                return
            }
            let selector = Membership_Enrollment_V1_MemberSelector.with { $0.memberID = member }
            let foreign: Membership_Enrollment_V1_EnrollmentRequest.OneOf_Action
            switch action {
            case "terminate":
                foreign = .terminate(.with {
                    $0.members = selector
                    $0.coverageEndDate = .init(year: 2026, month: 2, day: 28)
                    $0.reason = .employmentEnded
                })
            case "change-demographics":
                foreign = .changeDemographics(.with {
                    $0.member = selector
                    $0.identity = Bench.enrollee(first: "Mallory", last: "Lopez", born: (1980, 1, 2), ssn: "111223333").identity
                })
            default:
                foreign = .continueCobra(.with {
                    $0.members = selector
                    $0.qualifyingEvent = .employmentEnded
                    $0.eventDate = .init(year: 2026, month: 2, day: 28)
                })
            }
            // Sent by group G-200's system, for one of its own families, naming G-100's member.
            let request = Bench.request(group: "G-200", family: "E-1", at: Bench.wednesday, foreign)
            let answered = try await bench.send(request, to: store)
            let result = try #require(try Bench.results(answered).first)
            #expect(result.requestID == request.eventID)
            guard case .rejected? = result.outcome else {
                Issue.record("a request naming another group's member must be rejected, got \(String(describing: result.outcome))")
                return
            }
            #expect(try Bench.cards(answered).isEmpty)
            // G-100's coverage is untouched: still open-ended, the person's name unchanged.
            let coverages = try await store.transaction { tx in try await tx.coverages.billingCoverages(groupNumber: "G-100", inForceOnOrAfter: "2026-01-01") }
            #expect(coverages.count == 1)
            #expect(coverages.first?.coverage.terminationDate == nil)
            #expect(coverages.first?.coverage.cobra == false)
        }
    }
}
