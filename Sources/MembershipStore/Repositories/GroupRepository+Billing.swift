import SQLKit

extension GroupRepository {
    /// One group, or every group (`groupNumber == nil`), each with its first contract effective date, in one
    /// query ordered by group number (a billing cycle over every group reads them all at once).
    public func billingGroups(groupNumber: String?) async throws -> [BillingGroupRecord] {
        let condition = groupNumber == nil ? "" : "WHERE g.group_number = ?"
        let binds: [any Encodable & Sendable] = groupNumber.map { [$0] } ?? []
        return try await session.query(
            """
            SELECT g.group_number, g.name, g.status, g.business_zip, g.business_county, g.business_state,
            g.rating_area, g.paperless, g.broker_id, g.settings, g.updated_at,
            (SELECT MIN(c.effective_date) FROM contracts c WHERE c.group_number = g.group_number) AS first_effective
            FROM groups g \(condition) ORDER BY g.group_number
            """,
            binds
        ).map { row in
            BillingGroupRecord(
                group: GroupRecord(
                    groupNumber: try row.string("group_number"), name: try row.string("name"),
                    status: try row.string("status"), businessZIP: try row.string("business_zip"),
                    businessCounty: try row.string("business_county"), businessState: try row.string("business_state"),
                    ratingArea: Int(try row.int64("rating_area")), paperless: try row.flag("paperless"),
                    brokerID: try row.optionalString("broker_id"), settings: try row.optionalBytes("settings"),
                    updatedAt: try row.int64("updated_at")
                ),
                firstContractEffective: try row.optionalString("first_effective")
            )
        }
    }
}
