import SQLKit

extension CoverageRepository {
    /// The coverages of `groupNumbers` in force on `date` (ISO), with each person's upstream member id, ordered
    /// by family then member: what an 834 full file is compared with. Read-only.
    public func enrolledCoverages(groupNumbers: [String], asOf date: String) async throws -> [EnrolledCoverageRecord] {
        guard !groupNumbers.isEmpty else { return [] }
        return try await session.query(
            """
            SELECT c.group_number, c.household_id, c.coverage_id, c.relationship, p.upstream_member_id
            FROM coverages c LEFT JOIN persons p ON p.person_id = c.person_id
            WHERE c.group_number IN (\(StoreSession.placeholders(groupNumbers.count)))
            AND c.effective_date <= ? AND (c.termination_date IS NULL OR c.termination_date >= ?)
            ORDER BY c.household_id, c.coverage_id
            """,
            groupNumbers + [date, date]
        ).map {
            let coverageID = try $0.string("coverage_id")
            return EnrolledCoverageRecord(
                groupNumber: try $0.string("group_number"), householdID: try $0.string("household_id"),
                memberID: coverageID.split(separator: "/").first.map(String.init) ?? coverageID,
                relationship: try $0.string("relationship"), upstreamMemberID: try $0.optionalString("upstream_member_id"))
        }
    }
}
