import MembershipDomain
import MembershipStore

/// Turns stored coverages into the domain's billing coverages (rules B3, B5, B7).
///
/// The store has no member id column, so billing names members by their person id (stable across a move
/// to another region, unlike the MRN) and families by the household's subscriber; the MRN is kept aside
/// for the invoice.
enum BillingCoverage {
    /// A stored coverage that cannot be billed (unknown relationship, unreadable date).
    struct Unreadable: Error, CustomStringConvertible {
        let coverageID: String
        let field: String
        var description: String { "coverage \(coverageID) has an unreadable \(field)" }
    }

    static func domain(_ record: BillingCoverageRecord) throws(Unreadable) -> Coverage {
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
        return Coverage(memberID: MemberID(stored.personID),
                        subscriberID: MemberID(record.subscriberPersonID ?? stored.householdID),
                        relationship: relationship, dateOfBirth: birth, plan: PlanID(stored.planID), start: start,
                        end: end, isCOBRA: stored.cobra)
    }
}
