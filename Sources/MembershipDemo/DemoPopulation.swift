public import MembershipDomain
public import MembershipEvents

/// A realistic, invented population for `membership demo`: employer groups in California service-area
/// counties and their families' enrollment requests, as ready-to-publish protobuf messages.
///
/// Everything is decided by the seed (event ids included), so the same seed gives byte-identical
/// messages. The timeline: every contract starts on 1 January of the billing month's year; employees
/// are hired during the year and enroll within their new-hire window (rule E3); some families later
/// report a birth, a late termination or a COBRA continuation, all before the billing month starts.
/// Effective dates are left to the enrollment worker (rule E5).
public struct DemoPopulation: Sendable {
    /// The seed the population was generated from.
    public let seed: UInt64
    /// The month the demo bills and mails for; every request occurs before its first day.
    public let billingMonth: YearMonth
    /// One SETUP contract per group, valid under rules G1-G6; publish them first, keyed by
    /// `group_number`, on `membership.group-contracts`.
    public let groupContracts: [Membership_Groups_V1_GroupContract]
    /// Every enrollment request in publishing order (by `occurred_at`; a family's requests are in
    /// the order the family needs: subscriber, dependents, then later actions). Key each one with
    /// ``key(of:)``.
    public let requests: [Membership_Enrollment_V1_EnrollmentRequest]
    /// Why each request was generated, parallel to ``requests``.
    public let scenarios: [DemoScenario]
    /// Number of families (subscriber refs).
    public let familyCount: Int
    /// Number of distinct people named in the requests (an ambiguous resubmission is not a new person).
    public let personCount: Int
    /// People per family, in family order: subscriber and every dependent requested for them.
    public let familySizes: [Int]

    /// The record key of a request on `membership.enrollment-requests`: `<group number>/<subscriber ref>`.
    public static func key(of request: Membership_Enrollment_V1_EnrollmentRequest) -> String {
        RecordKey.family(groupNumber: request.groupNumber, subscriberRef: request.subscriberRef)
    }

    /// How many requests should end accepted, rejected, or waiting in review.
    public var expectedOutcomeCounts: [DemoOutcome: Int] {
        var counts: [DemoOutcome: Int] = [:]
        for outcome in DemoOutcome.allCases { counts[outcome] = 0 }
        for scenario in scenarios { counts[scenario.expectedOutcome, default: 0] += 1 }
        return counts
    }

    /// Generates a population.
    ///
    /// - Parameters:
    ///   - seed: decides everything; the same seed gives the same messages byte for byte.
    ///   - groups: employer groups, spread over the service-area counties (2 per county by default).
    ///   - families: families, spread evenly over the groups; about three people each.
    ///   - month: the billing month, April to December (contracts start on 1 January of its year,
    ///     and the reference rates cover 2026 and 2027).
    public static func generate(seed: UInt64, groups: Int = 20, families: Int = 2_000,
                                month: YearMonth = YearMonth(year: 2026, month: 11)!) throws(DemoPopulationError) -> DemoPopulation {
        guard (1...500).contains(groups), families >= groups else { throw .invalidSize(groups: groups, families: families) }
        guard month.month >= 4 else { throw .billingMonthTooEarly(year: month.year, month: month.month) }
        var builder = DemoPopulationBuilder(seed: seed, billingMonth: month)
        return builder.build(groups: groups, families: families)
    }

    init(seed: UInt64, billingMonth: YearMonth, groupContracts: [Membership_Groups_V1_GroupContract],
         requests: [Membership_Enrollment_V1_EnrollmentRequest], scenarios: [DemoScenario], familyCount: Int,
         personCount: Int, familySizes: [Int]) {
        self.seed = seed
        self.billingMonth = billingMonth
        self.groupContracts = groupContracts
        self.requests = requests
        self.scenarios = scenarios
        self.familyCount = familyCount
        self.personCount = personCount
        self.familySizes = familySizes
    }
}
