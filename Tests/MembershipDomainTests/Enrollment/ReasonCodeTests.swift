import Foundation
import MembershipDomain
import Testing

@Suite("Rejection reason codes (E12)")
struct ReasonCodeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Enrollment
        .deletingLastPathComponent()  // MembershipDomainTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("E12: every reason code names its rule in its case name", arguments: [
        (RejectionReason.e1HoursBelowThreshold, "E1"),
        (.e2IneligibleEmploymentClass, "E2"),
        (.e6DependentOverAgeLimit, "E6"),
        (.e8OutsideServiceArea, "E8"),
        (.e12GroupContractNotFound, "E12"),
        (.g4PlanNotOffered, "G4"),
        (.m4AlreadyCoveredInGroup, "M4"),
    ])
    func ruleIDs(reason: RejectionReason, rule: String) {
        #expect(reason.ruleID == rule)
        #expect(reason.sentence.hasSuffix("(rule \(rule))."))
    }

    @Test("E12: every reason maps to a distinct value of the event contract's RejectionReason")
    func contractNames() throws {
        let proto = try Self.text("Protos/membership/enrollment/v1/enrollment_result.proto")
        for reason in RejectionReason.allCases {
            #expect(proto.contains("  \(reason.contractName) = "), "\(reason) has no contract value")
        }
        #expect(Set(RejectionReason.allCases.map(\.contractName)).count == RejectionReason.allCases.count)
    }

    @Test("E12: Docs/REASON-CODES.md lists every reason with its rule and contract value")
    func documented() throws {
        let doc = try Self.text("Docs/REASON-CODES.md")
        for reason in RejectionReason.allCases {
            #expect(doc.contains("| `\(reason.rawValue)` | \(reason.ruleID) | `\(reason.contractName)` |"),
                    "\(reason) is missing from the table")
        }
    }

    @Test("E12: messages carry no personal data, only the rule sentences")
    func messagesHaveNoPII() {
        let enrollee = Fixtures.employee(classification: .contractor1099,
                                         residence: Fixtures.residence(zip: "97201", county: "Multnomah", state: "OR"))
        let decision = Fixtures.decide(Fixtures.request(on: "2026-03-10", Fixtures.addSubscriber(enrollee)), Fixtures.context())
        let message = decision.rejection?.message ?? ""
        #expect(!message.isEmpty)
        for personal in ["Maria", "Garcia", "123456789", "6789", "1985"] {
            #expect(!message.contains(personal))
        }
    }
}
