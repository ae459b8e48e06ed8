import Foundation
import MembershipDemo
import MembershipEvents
import Testing

@Suite("DemoSummary")
struct DemoSummaryTests {
    static func result(_ requestID: String, _ outcome: Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome,
                       subject: Membership_Enrollment_V1_ResultSubject = .enrollmentRequest) -> Membership_Enrollment_V1_EnrollmentResult {
        var result = Membership_Enrollment_V1_EnrollmentResult()
        result.eventID = "result-" + requestID
        result.requestID = requestID
        result.subject = subject
        result.outcome = outcome
        return result
    }

    static func accepted(_ members: [(String, String)]) -> Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome {
        var accepted = Membership_Enrollment_V1_Accepted()
        accepted.members = members.map { id, mrn in
            var member = Membership_Enrollment_V1_MemberCoverage()
            member.memberID = id
            member.mrn = mrn
            return member
        }
        return .accepted(accepted)
    }

    static func rejected(_ reasons: [Membership_Enrollment_V1_RejectionReason]) -> Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome {
        var rejected = Membership_Enrollment_V1_Rejected()
        rejected.reasons = reasons
        rejected.message = "not applied"
        return .rejected(rejected)
    }

    static let pending: Membership_Enrollment_V1_EnrollmentResult.OneOf_Outcome = {
        var pending = Membership_Enrollment_V1_PendingReview()
        pending.caseID = "RC-2026-000001"
        pending.reviewReason = .uncertainPersonMatch
        return .pendingReview(pending)
    }()

    static func invoice(_ number: String, group: String, cents: Int64) -> Membership_Billing_V1_InvoiceIssued {
        var invoice = Membership_Billing_V1_InvoiceIssued()
        invoice.invoiceNumber = number
        invoice.groupNumber = group
        invoice.totalDueCents = cents
        return invoice
    }

    static func envelope(_ id: String, household: String, cards: Int) -> Membership_Idcard_V1_Envelope {
        var envelope = Membership_Idcard_V1_Envelope()
        envelope.envelopeID = id
        envelope.mailingRunID = "run-1"
        envelope.householdKey = household
        envelope.cards = (0..<cards).map { _ in Membership_Idcard_V1_Card() }
        return envelope
    }

    /// Six requests: three accepted (one after review, one delivered twice), two rejected, one in review.
    static func sample() -> DemoSummary {
        var summary = DemoSummary()
        summary.requestsPublished = 6
        summary.elapsed = .seconds(2)
        summary.add(result("r1", accepted([("M-1", "11-1"), ("M-2", "11-2")])))
        summary.add(result("r1", accepted([("M-1", "11-1"), ("M-2", "11-2")])))
        // The person behind MRN 11-1 is also a member of another group: one more member, no new MRN (rule M1).
        summary.add(result("r2", accepted([("M-3", "11-1"), ("M-1", "11-1")])))
        summary.add(result("r3", rejected([.ineligibleEmploymentClass])))
        summary.add(result("r4", rejected([.dependentOverAgeLimit, .ineligibleEmploymentClass])))
        summary.add(result("r5", pending))
        summary.add(result("r6", pending))
        summary.add(result("r6", accepted([("M-4", "21-4")])))
        summary.add(result("c1", accepted([]), subject: .groupContract))
        var opened = Membership_Enrollment_V1_ReviewCase()
        opened.caseID = "RC-2026-000001"
        opened.opened = Membership_Enrollment_V1_CaseOpened()
        summary.add(reviewCase: opened)
        summary.add(invoice("INV-1", group: "G-100001", cents: 123_456))
        summary.add(invoice("INV-2", group: "G-100002", cents: 500_000))
        summary.add(invoice("INV-3", group: "G-100001", cents: 77))
        summary.add(invoice("INV-3", group: "G-100001", cents: 77))
        summary.add(envelope("ENV-1", household: "H-1", cards: 4))
        summary.add(envelope("ENV-2", household: "H-1", cards: 1))
        summary.add(envelope("ENV-3", household: "H-2", cards: 2))
        return summary
    }

    @Test("E12: counts each request's final outcome once; a review stays pending until decided")
    func counts() {
        let summary = Self.sample()
        #expect(summary.accepted == 3)
        #expect(summary.rejected == 2)
        #expect(summary.pendingReview == 1)
        #expect(summary.contractsAccepted == 1)
        #expect(summary.openReviewCases == 1)
        #expect(summary.memberCount == 4)
        #expect(summary.mrnCount == 3)
        #expect(summary.rejectionsByReason == [
            .init(reason: .ineligibleEmploymentClass, count: 2), .init(reason: .dependentOverAgeLimit, count: 1),
        ])
        #expect(summary.invoicesByGroup == [
            .init(groupNumber: "G-100001", invoices: 2, totalDueCents: 123_533),
            .init(groupNumber: "G-100002", invoices: 1, totalDueCents: 500_000),
        ])
        #expect(summary.invoiceTotalCents == 623_533)
        #expect(summary.envelopesByCardCount == [1: 1, 2: 1, 3: 0, 4: 1])
        #expect(summary.householdsWithSeveralEnvelopes == 1)
        #expect(summary.throughput == 3.0)
    }

    @Test("complete when every request has a final outcome or waits in review")
    func completeness() {
        var summary = DemoSummary()
        summary.add(Self.result("r1", Self.accepted([("M-1", "11-1")])))
        summary.add(Self.result("r2", Self.pending))
        #expect(summary.isComplete(expectedRequests: 2))
        #expect(!summary.isComplete(expectedRequests: 3))
        summary.add(Self.result("c1", Self.accepted([]), subject: .groupContract))
        #expect(!summary.isComplete(expectedRequests: 3))
        summary.add(Self.result("r3", Self.rejected([.outsideServiceArea])))
        #expect(summary.isComplete(expectedRequests: 3))
    }

    @Test("money and counts are formatted for people", arguments: [
        (Int64(0), "$0.00"), (5, "$0.05"), (123_456, "$1,234.56"), (100_000_000, "$1,000,000.00"), (-500, "-$5.00"),
    ])
    func dollars(cents: Int64, text: String) {
        #expect(DemoSummary.dollars(cents) == text)
    }

    @Test("rejection reasons name their rule and code")
    func reasons() {
        #expect(Membership_Enrollment_V1_RejectionReason.dependentOverAgeLimit.ruleID == "E6")
        #expect(Membership_Enrollment_V1_RejectionReason.dependentOverAgeLimit.code == "DEPENDENT_OVER_AGE_LIMIT")
        #expect(Membership_Enrollment_V1_RejectionReason.moreThanOnePpo.code == "MORE_THAN_ONE_PPO")
        #expect(Membership_Enrollment_V1_RejectionReason.hoursBelowThreshold.ruleID == "E1")
        #expect(Membership_Enrollment_V1_RejectionReason.ineligibleEmploymentClass.label == "ineligible employment class")
        #expect(Membership_Enrollment_V1_RejectionReason.UNRECOGNIZED(99).code == "UNRECOGNIZED_99")
    }

    @Test("the text report has every section with aligned columns")
    func render() {
        let text = Self.sample().render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Membership demo summary")
        for expected in [
            "  Published                                      6",
            "  Accepted                                       3",
            "  Rejected                                       2",
            "  Pending review                                 1",
            "  Rule  Reason                                     Requests",
            "  E2    ineligible employment class                      2",
            "  E6    dependent over age limit                         1",
            "  Members                                        4",
            "  MRNs                                           3",
            "  Group           Invoices               Total due",
            "  G-100001               2               $1,235.33",
            "  G-100002               1               $5,000.00",
            "  All groups             3               $6,235.33",
            "  With 1 card                                    1",
            "  With 3 cards                                   0",
            "  With 4 cards                                   1",
            "  Households with 2+ envelopes                   1",
            "  Time taken                                 2.0 s",
            "  Throughput                        3.0 requests/s",
        ] {
            #expect(lines.contains(expected), "missing line: \(expected)")
        }
        for section in ["Requests", "Rejections by reason", "Members", "Invoices", "ID card envelopes", "Performance"] {
            #expect(lines.contains(section))
        }
    }

    @Test("the JSON report is one object with stable keys and numbers as numbers")
    func json() throws {
        let text = Self.sample().json()
        #expect(text.hasPrefix("{\"elapsed_seconds\":2,\"envelopes\":{\"by_card_count\":{\"1\":1,\"2\":1,\"3\":0,\"4\":1}"))
        #expect(text.contains("\"requests\":{\"accepted\":3,\"pending_review\":1,\"published\":6,\"rejected\":2}"))
        #expect(text.contains("{\"count\":2,\"reason\":\"INELIGIBLE_EMPLOYMENT_CLASS\",\"rule\":\"E2\"}"))
        #expect(text.contains("\"total_due\":\"$6,235.33\",\"total_due_cents\":623533"))
        #expect(text.contains("\"throughput_requests_per_second\":3"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["elapsed_seconds", "envelopes", "group_contracts", "invoices", "members", "mrns",
                                         "open_review_cases", "rejections", "requests", "throughput_requests_per_second"])
        #expect(object["members"] as? Int == 4)
        #expect(object["mrns"] as? Int == 3)
        let invoices = try #require(object["invoices"] as? [String: Any])
        #expect(invoices["total_due_cents"] as? Int == 623_533)
        let groups = try #require(invoices["groups"] as? [[String: Any]])
        #expect(groups.map { $0["group_number"] as? String } == ["G-100001", "G-100002"])
        #expect(groups.map { $0["total_due_cents"] as? Int } == [123_533, 500_000])
        let envelopes = try #require(object["envelopes"] as? [String: Any])
        #expect(envelopes["households_with_two_or_more"] as? Int == 1)
        #expect(Self.sample().json() == text)
    }
}
