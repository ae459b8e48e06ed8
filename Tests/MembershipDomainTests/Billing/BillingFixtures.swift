import MembershipDomain

/// A group on the hand-made rate table (base $500.00 at 21, HMO child dental $20.00, area 15).
///
/// Family on T-HMO, ages on 2026-01-01: S 45 -> 722.00, SP 43 -> 678.50, C 9 -> 382.50 + 20.00 = 402.50.
enum BillingFixtures {
    static let plans: [PlanID: Plan] = [RatingFixtures.hmo.id: RatingFixtures.hmo, RatingFixtures.ppo.id: RatingFixtures.ppo]
    static let calculator = InvoiceCalculator(plans: plans, premiums: RatingFixtures.calculator)
    static let group = BillingGroup(groupNumber: "G1", contractEffective: date("2026-01-01"), ratingArea: RatingFixtures.area,
                                    contribution: ContributionPolicy(subscriber: .percentage(Factor(percent: 50))))

    static func coverage(_ id: String, _ relationship: Relationship, _ dob: String, start: String = "2026-01-01",
                         end: String? = nil, plan: PlanID = "T-HMO", cobra: Bool = false, subscriber: String = "S") -> Coverage {
        Coverage(memberID: MemberID(id), subscriberID: MemberID(subscriber), relationship: relationship, dateOfBirth: date(dob),
                 plan: plan, start: date(start), end: end.map(date), isCOBRA: cobra)
    }

    static let subscriber = coverage("S", .subscriber, "1980-06-15")
    static let spouse = coverage("SP", .spouse, "1982-03-10")
    static let child = coverage("C", .child, "2016-09-09")
    static let family = [subscriber, spouse, child]

    /// Runs the cycles for `months` in order, each seeing the invoices before it.
    static func run(_ months: [String], coverages: [Coverage], previous: [Invoice] = []) throws -> [Invoice] {
        var invoices = previous
        for text in months {
            invoices.append(try calculator.invoice(group: group, month: month(text), coverages: coverages, previousInvoices: invoices))
        }
        return invoices
    }
}
