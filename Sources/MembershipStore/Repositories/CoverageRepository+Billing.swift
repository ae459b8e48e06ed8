import SQLKit

extension CoverageRepository {
    /// Coverages in force on or after `firstDay` (ISO), with each person's birth date and the household's
    /// subscriber, for one group or (`groupNumber == nil`) every group, in one query ordered by group: a billing
    /// cycle reads its month and the earlier months it may adjust (rule B7) without a query per member.
    public func billingCoverages(groupNumber: String?, inForceOnOrAfter firstDay: String) async throws
        -> [BillingCoverageRecord]
    {
        var condition = "(c.termination_date IS NULL OR c.termination_date >= ?)"
        var binds: [any Encodable & Sendable] = [firstDay]
        if let groupNumber {
            condition = "c.group_number = ? AND " + condition
            binds.insert(groupNumber, at: 0)
        }
        return try await session.query(
            """
            SELECT c.coverage_id, c.group_number, c.household_id, c.person_id, c.mrn, c.relationship, c.plan_id,
            c.effective_date, c.termination_date, c.cobra, c.created_at, p.birth_date, h.subscriber_person_id
            FROM coverages c
            JOIN persons p ON p.person_id = c.person_id
            LEFT JOIN households h ON h.household_id = c.household_id
            WHERE \(condition)
            ORDER BY c.group_number, c.household_id, c.person_id, c.coverage_id
            """,
            binds
        ).map { row in
            BillingCoverageRecord(
                coverage: try Self.record(row), birthDate: try row.string("birth_date"),
                subscriberPersonID: try row.optionalString("subscriber_person_id")
            )
        }
    }
}
