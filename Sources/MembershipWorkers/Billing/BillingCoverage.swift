import MembershipDomain
import MembershipStore

/// Turns stored coverages into the domain's billing coverages (rules B3, B5, B7).
///
/// Billing names members by the member id the enrollment results published (a coverage id is
/// `<member id>/<first day>`, so a plan change keeps the member id) and families by their subscriber's
/// member id, so an invoice line joins to the member it bills; the MRN is kept aside for the invoice.
enum BillingCoverage {
    /// A stored coverage that cannot be billed (unknown relationship, unreadable date).
    struct Unreadable: Error, CustomStringConvertible {
        let coverageID: String
        let field: String
        var description: String { "coverage \(coverageID) has an unreadable \(field)" }
    }

    /// The member id of a stored coverage.
    static func memberID(_ coverage: CoverageRecord) -> MemberID {
        MemberID(coverage.coverageID.split(separator: "/").first.map(String.init) ?? coverage.coverageID)
    }

    /// The subscriber's member id per household, from the subscribers' own coverages among `records`.
    static func subscribers(_ records: [BillingCoverageRecord]) -> [String: MemberID] {
        var subscribers: [String: MemberID] = [:]
        for record in records where record.coverage.relationship == Relationship.subscriber.rawValue {
            subscribers[record.coverage.householdID] = memberID(record.coverage)
        }
        return subscribers
    }

    /// - Parameter subscriber: the household's subscriber's member id; `nil` when the subscriber has no coverage
    ///   in the cycle's months (e.g. dependents continuing under COBRA), then the household names the family.
    static func domain(_ record: BillingCoverageRecord, subscriber: MemberID?) throws(Unreadable) -> Coverage {
        let stored = record.coverage
        guard let relationship = Relationship(rawValue: stored.relationship) else {
            throw Unreadable(coverageID: stored.coverageID, field: "relationship")
        }
        guard let birth = CalendarDate(record.birthDate) else { throw Unreadable(coverageID: stored.coverageID, field: "birth date") }
        guard let start = CalendarDate(stored.effectiveDate) else {
            throw Unreadable(coverageID: stored.coverageID, field: "effective date")
        }
        var end: CalendarDate?
        if let text = stored.terminationDate {
            guard let date = CalendarDate(text) else { throw Unreadable(coverageID: stored.coverageID, field: "termination date") }
            end = date
        }
        return Coverage(memberID: memberID(stored),
                        subscriberID: subscriber ?? MemberID(stored.householdID),
                        relationship: relationship, dateOfBirth: birth, plan: PlanID(stored.planID), start: start,
                        end: end, isCOBRA: stored.cobra)
    }
}
