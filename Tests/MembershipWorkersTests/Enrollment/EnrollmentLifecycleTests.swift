import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import Testing
import WorkerRuntime

@Suite("Group contracts rejected, and a family's later requests against its stored state")
struct EnrollmentLifecycleTests {
    typealias Bench = EnrollmentTestBench

    @Test("G1, E5: a P.O. box business address and a 120-day waiting period are rejected with their reasons")
    func contractRejected() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            var contract = Bench.contract("G-500")
            contract.businessAddress.line1 = "PO Box 1200"
            contract.waitingPeriodDays = 120
            let results = try Bench.results(try await bench.send(contract, to: store))
            guard case .rejected(let rejected)? = results.first?.outcome else {
                Issue.record("expected a rejection, got \(String(describing: results.first?.outcome))")
                return
            }
            #expect(rejected.reasons == [.businessAddressPoBox, .waitingPeriodTooLong])
            #expect(results.first?.subject == .groupContract)
            // Nothing is stored: a request for the group still waits for a contract.
            let stored = try await store.transaction { tx in try await tx.groups.group(number: "G-500") }
            #expect(stored == nil)
        }
    }

    @Test("E10, E7: terminating one child ends that member's coverage, from the stored family")
    func terminateChild() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            _ = try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-3",
                                                         Bench.enrollee(first: "Jon", last: "Park", born: (1979, 5, 5),
                                                                        ssn: "212121212", hired: true)), to: store)
            let childResult = try Bench.results(try await bench.send(
                Bench.addDependent(group: "G-100", family: "E-3", .child,
                                   Bench.enrollee(first: "Ivy", last: "Park", born: (2010, 10, 10), ssn: "313131313")), to: store))
            guard case .accepted(let accepted)? = childResult.first?.outcome, let child = accepted.members.last else {
                Issue.record("expected the child accepted")
                return
            }
            let terminate = Bench.request(group: "G-100", family: "E-3", at: Bench.wednesday, .terminate(.with {
                $0.members = .with { $0.memberID = child.memberID }
                $0.coverageEndDate = .init(year: 2026, month: 3, day: 31)
                $0.reason = .voluntary
            }))
            let messages = try await bench.send(terminate, to: store)
            let result = try #require(try Bench.results(messages).first)
            guard case .accepted(let ended)? = result.outcome else {
                Issue.record("expected the termination accepted, got \(String(describing: result.outcome))")
                return
            }
            #expect(ended.members.map(\.memberID) == [child.memberID])
            #expect(ended.members.first?.coverageEndDate == .init(year: 2026, month: 3, day: 31))
            #expect(try Bench.cards(messages).isEmpty)
            let coverages = try await store.transaction { tx in try await tx.coverages.coverages(householdID: "G-100/E-3") }
            #expect(coverages.first { $0.personID == child.personID }?.terminationDate == "2026-03-31")
            #expect(coverages.first { $0.relationship == "subscriber" }?.terminationDate == nil)
        }
    }

    @Test("G1: after a renewal, a request dated in the first contract year is still decided against the group")
    func renewalKeepsFirstYear() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            var renewal = Bench.contract("G-100", at: Bench.enrollTime - 86_400)
            renewal.kind = .renewal
            renewal.contractEffectiveDate = .init(year: 2027, month: 1, day: 1)
            let renewed = try Bench.results(try await bench.send(renewal, to: store))
            guard case .accepted(let accepted)? = renewed.first?.outcome else {
                Issue.record("expected the renewal accepted, got \(String(describing: renewed.first?.outcome))")
                return
            }
            #expect(accepted.contract.renewalDate == .init(year: 2028, month: 1, day: 1))
            let request = Bench.addSubscriber(group: "G-100", family: "E-6",
                                              Bench.enrollee(first: "Noa", last: "Kim", born: (1991, 1, 1), ssn: "515151515", hired: true))
            let result = try Bench.results(try await bench.send(request, to: store))
            guard case .accepted(let enrolled)? = result.first?.outcome else {
                Issue.record("expected the request accepted, got \(String(describing: result.first?.outcome))")
                return
            }
            #expect(enrolled.members.first?.coverageEffectiveDate == .init(year: 2026, month: 2, day: 1))
        }
    }

    @Test("M4: the same person sent again in the same group is rejected as already covered")
    func alreadyCovered() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            let enrollee = Bench.enrollee(first: "Rae", last: "Lin", born: (1988, 8, 8), ssn: "414141414", hired: true)
            _ = try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-4", enrollee), to: store)
            let again = try Bench.results(try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-5", enrollee), to: store))
            guard case .rejected(let rejected)? = again.first?.outcome else {
                Issue.record("expected a rejection, got \(String(describing: again.first?.outcome))")
                return
            }
            #expect(rejected.reasons == [.alreadyCoveredInGroup])
        }
    }
}
