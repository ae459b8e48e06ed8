import Foundation
import MembershipDomain
import MembershipEvents
import MembershipStore
import MembershipWorkers
import SwiftProtobuf
import Testing
import WorkerRuntime

@Suite("What the enrollment handlers store is what the billing handlers bill")
struct EnrollmentBillingTests {
    typealias Bench = EnrollmentTestBench

    @Test("B1, B7: a family enrolled through the handlers is billed from February with one line per member")
    func enrolledFamilyIsBilled() async throws {
        let bench = try Bench()
        let billing = BillingHandlers(reference: try BillingTestBench.reference())
        try await bench.withStore { store in
            _ = try await bench.send(Bench.contract("G-100"), to: store)
            var memberIDs: [String] = []
            for request in [
                Bench.addSubscriber(group: "G-100", family: "E-8",
                                    Bench.enrollee(first: "Ada", last: "Moss", born: (1984, 4, 4), ssn: "616161616", hired: true)),
                Bench.addDependent(group: "G-100", family: "E-8", .child,
                                   Bench.enrollee(first: "Bo", last: "Moss", born: (2016, 6, 6), ssn: "717171717")),
            ] {
                for result in try Bench.results(try await bench.send(request, to: store)) {
                    if case .accepted(let accepted)? = result.outcome { memberIDs += accepted.members.map(\.personID) }
                }
            }
            #expect(memberIDs.count == 2)
            let january = try await BillingTestBench.deliver(try BillingTestBench.cycle(group: "G-100", year: 2026, month: 1),
                                                               to: billing.cycles, store: store)
            let januaryLines = try BillingTestBench.events(january).flatMap(\.invoiceIssued.lines)
            #expect(januaryLines.isEmpty)
            let february = try await BillingTestBench.deliver(try BillingTestBench.cycle(group: "G-100", year: 2026, month: 2),
                                                                to: billing.cycles, store: store)
            let invoice = try #require(try BillingTestBench.events(february).first?.invoiceIssued)
            #expect(invoice.groupNumber == "G-100")
            #expect(invoice.ratingArea == 12)
            #expect(invoice.lines.count == 2)
            #expect(Set(invoice.lines.map(\.planID)) == ["S70-HMO"])
            #expect(invoice.premiumTotalCents > 0)
        }
    }
}
