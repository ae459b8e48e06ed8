import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import Testing
import WorkerRuntime

@Suite("Enrollment requests that wait: review cases and missing contracts")
struct EnrollmentWaitingTests {
    typealias Bench = EnrollmentTestBench

    @Test("M2, M3, E12: an uncertain identity opens a case due in 2 business days; a dependent waits; resolve gives both outcomes")
    func reviewThenResolve() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            // An existing person with the same name and date of birth but another SSN.
            _ = try await bench.send(Bench.addSubscriber(group: "G-100", family: "E-1",
                                                         Bench.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2),
                                                                        ssn: "111223333", hired: true)), to: store)
            let uncertain = Bench.addSubscriber(group: "G-100", family: "E-2", at: Bench.wednesday,
                                                Bench.enrollee(first: "Maria", last: "Lopez", born: (1980, 1, 2),
                                                               ssn: "899887777", hired: true))
            let opened = try await bench.send(uncertain, to: store)
            let pending = try #require(try Bench.results(opened).first)
            #expect(pending.requestID == uncertain.eventID)
            guard case .pendingReview(let review)? = pending.outcome else {
                Issue.record("expected pending review, got \(String(describing: pending.outcome))")
                return
            }
            // Rule M3: received Wednesday 2026-01-14, due Friday 2026-01-16.
            #expect(review.dueDate == .init(year: 2026, month: 1, day: 16))
            #expect(review.reviewReason == .uncertainPersonMatch)
            let caseEvent = try #require(try Bench.cases(opened).first)
            #expect(caseEvent.caseID == review.caseID)
            #expect(caseEvent.requestKey == "G-100/E-2")
            guard case .opened(let caseOpened)? = caseEvent.change else {
                Issue.record("expected an opened case")
                return
            }
            #expect(caseOpened.candidates.count == 1)
            #expect(caseOpened.enrollee.ssnLast4 == "7777")
            #expect(caseOpened.candidates.first?.ssnLast4 == "3333")
            let caseBytes: [UInt8] = try caseEvent.serializedBytes()
            #expect(!caseBytes.containsSubsequence(Array("899887777".utf8)))

            // A dependent of that subscriber sent meanwhile waits: nothing is published for it yet.
            let child = Bench.addDependent(group: "G-100", family: "E-2", at: Bench.wednesday + 60, .child,
                                           Bench.enrollee(first: "Sofia", last: "Lopez", born: (2014, 4, 4), ssn: "888776666"))
            #expect(try await bench.send(child, to: store).isEmpty)

            // The operator decides the enrollee is a new person.
            let resolve = Bench.request(group: "G-100", family: "E-2", at: Bench.wednesday + 3_600, .resolveReview(.with {
                $0.caseID = review.caseID
                $0.newPerson = .init()
                $0.operator = "jlee"
                $0.reason = "different SSN on the W-4"
            }))
            let resolved = try await bench.send(resolve, to: store)
            let results = try Bench.results(resolved)
            #expect(results.map(\.requestID) == [uncertain.eventID, child.eventID])
            let outcomes = results.compactMap { result -> Membership_Enrollment_V1_MemberCoverage? in
                guard case .accepted(let accepted)? = result.outcome else { return nil }
                return accepted.members.last
            }
            #expect(outcomes.map(\.relationship) == [.subscriber, .child])
            let closed = try Bench.cases(resolved)
            #expect(closed.count == 1)
            guard case .closed(let caseClosed)? = closed.first?.change else {
                Issue.record("expected a closed case")
                return
            }
            #expect(caseClosed.decision == .newPerson)
            #expect(caseClosed.operator == "jlee")
            #expect(caseClosed.resolutionRequestID == resolve.eventID)
            #expect(try Bench.cards(resolved).count == 2)
            let open = try await store.transaction { tx in try await tx.reviewCases.openCases(groupNumber: "G-100", subscriberRef: "E-2") }
            #expect(open.isEmpty)
            // The subscriber's SSN waited protected beside the held request and is stored with the new person.
            let persons = try await store.transaction { tx in try await tx.persons.persons(ids: outcomes.map(\.personID)) }
            #expect(persons.first { $0.personID == outcomes[0].personID }?.ssn?.lastFour == "7777")
            #expect(persons.first { $0.personID == outcomes[1].personID }?.ssn?.lastFour == "6666")
        }
    }

    @Test("E12: a request for a group without a contract waits and is decided when the contract arrives")
    func waitsForContract() async throws {
        let bench = try Bench()
        try await bench.withStore { store in
            let request = Bench.addSubscriber(group: "G-200", family: "E-9",
                                              Bench.enrollee(first: "Kim", last: "Tran", born: (1990, 9, 9), ssn: "555443333", hired: true))
            #expect(try await bench.send(request, to: store).isEmpty)
            let messages = try await bench.send(Bench.contract("G-200", at: Bench.enrollTime + 600), to: store)
            let results = try Bench.results(messages)
            #expect(results.map(\.subject) == [.groupContract, .enrollmentRequest])
            #expect(results.last?.requestID == request.eventID)
            guard case .accepted(let accepted)? = results.last?.outcome else {
                Issue.record("expected the waiting request accepted, got \(String(describing: results.last?.outcome))")
                return
            }
            #expect(accepted.members.first?.coverageEffectiveDate == .init(year: 2026, month: 2, day: 1))
            #expect(try Bench.cards(messages).count == 1)
            // The request's result still carries its own time (rule X1).
            #expect(results.last?.occurredAt == request.occurredAt)
        }
    }

    @Test("E12: past the contract wait bound, a waiting request is rejected as contract not found")
    func contractNeverArrives() async throws {
        let bench = try Bench(contractWaitSeconds: 3_600)
        try await bench.withStore { store in
            let first = Bench.addSubscriber(group: "G-300", family: "E-1",
                                            Bench.enrollee(first: "Ole", last: "Berg", born: (1970, 1, 1), ssn: "121212121", hired: true))
            #expect(try await bench.send(first, to: store).isEmpty)
            // Within the bound a later request (of another group) changes nothing for it.
            _ = try await bench.send(Bench.contract("G-400", at: Bench.contractTime), to: store)
            let soon = Bench.addSubscriber(group: "G-400", family: "E-7", at: Bench.enrollTime + 3_000,
                                           Bench.enrollee(first: "Per", last: "Berg", born: (1971, 3, 3), ssn: "141414141", hired: true))
            #expect(try Bench.results(try await bench.send(soon, to: store)).map(\.requestID) == [soon.eventID])
            // Past the bound, the next request of any group rejects it before being decided itself.
            let later = Bench.addSubscriber(group: "G-400", family: "E-2", at: Bench.enrollTime + 7_200,
                                            Bench.enrollee(first: "Ida", last: "Berg", born: (1972, 2, 2), ssn: "131313131", hired: true))
            let results = try Bench.results(try await bench.send(later, to: store))
            #expect(results.map(\.requestID) == [first.eventID, later.eventID])
            #expect(results.first?.groupNumber == "G-300")
            guard case .rejected(let rejected)? = results.first?.outcome else {
                Issue.record("expected a rejection")
                return
            }
            #expect(rejected.reasons == [.groupContractNotFound])
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}
