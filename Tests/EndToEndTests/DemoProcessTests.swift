import Foundation
import Testing

/// `membership demo --json` (the README's `make demo`) on a small population, its summary checked against
/// the rules.
@Suite("membership demo as a process", .serialized, .timeLimit(.minutes(5)))
struct DemoProcessTests {
    struct Summary: Decodable {
        struct Requests: Decodable { let published, accepted, rejected, pendingReview: Int }
        struct Contracts: Decodable { let accepted, rejected: Int }
        struct Rejection: Decodable { let rule, reason: String; let count: Int }
        struct Group: Decodable { let groupNumber: String; let invoices: Int; let totalDueCents: Int64 }
        struct Invoices: Decodable { let groups: [Group]; let totalDueCents: Int64 }
        struct Envelopes: Decodable { let byCardCount: [String: Int]; let total: Int; let householdsWithTwoOrMore: Int }
        let requests: Requests
        let groupContracts: Contracts
        let rejections: [Rejection]
        let members: Int
        let mrns: Int
        let invoices: Invoices
        let envelopes: Envelopes
    }

    @Test("E12, C1, C2, B7: every request has one outcome, one card per member in envelopes of 1 to 4, one invoice per group adding up")
    func smallDemo() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString.prefix(6)).sqlite").path
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let demo = try ChildProcess("membership", arguments: ["demo", "--groups", "3", "--families", "120", "--seed", "7", "--json",
                                                              "--database", "sqlite:" + database],
                                    environment: ["REFERENCE_DIR": repository.appendingPathComponent("Reference").path], name: "demo")
        let status = await demo.waitForExit(timeout: .seconds(240))
        #expect(status == 0, "demo output:\n\(demo.output.suffix(2_000))")
        let jsonLine = try #require(demo.output.split(separator: "\n").last { $0.hasPrefix("{") }, "no JSON summary in:\n\(demo.output.suffix(2_000))")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let summary = try decoder.decode(Summary.self, from: Data(jsonLine.utf8))

        // Rule E12: every request has exactly one outcome (final, or still pending review).
        #expect(summary.requests.published > 300)
        #expect(summary.requests.accepted + summary.requests.rejected + summary.requests.pendingReview == summary.requests.published)
        #expect(summary.rejections.reduce(0) { $0 + $1.count } == summary.requests.rejected)
        #expect(summary.rejections.allSatisfy { !$0.rule.isEmpty })
        // Rule M1: one MRN per member here (one region).
        #expect(summary.members == summary.mrns)
        // Rules C1, C2: one card per member, envelopes of 1 to 4 cards.
        #expect(Set(summary.envelopes.byCardCount.keys).isSubset(of: ["1", "2", "3", "4"]))
        #expect(summary.envelopes.byCardCount.values.reduce(0, +) == summary.envelopes.total)
        #expect(summary.envelopes.byCardCount.reduce(0) { $0 + Int($1.key)! * $1.value } == summary.members)
        #expect(summary.envelopes.householdsWithTwoOrMore > 0)  // families of 5 to 9
        // Rule B7: one invoice per group with a contract, and the totals add up.
        #expect(summary.invoices.groups.count == summary.groupContracts.accepted)
        #expect(summary.invoices.groups.allSatisfy { $0.invoices == 1 && $0.totalDueCents > 0 })
        #expect(summary.invoices.groups.reduce(0) { $0 + $1.totalDueCents } == summary.invoices.totalDueCents)
    }
}
