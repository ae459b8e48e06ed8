import SQLKit

/// Groups and their contracts.
public struct GroupRepository: Sendable {
    let session: StoreSession

    private static let groupColumns = [
        "group_number", "name", "status", "business_zip", "business_county", "business_state", "rating_area",
        "paperless", "broker_id", "settings", "updated_at",
    ]
    private static let contractColumns = [
        "group_number", "effective_date", "renewal_date", "status", "terminated_on", "plan_ids", "updated_at",
    ]

    /// Inserts a group or replaces every field of an existing one (setup, renewal, reinstatement).
    public func upsert(_ group: GroupRecord) async throws {
        try await session.insertRows(
            into: "groups", columns: Self.groupColumns,
            rows: [[
                group.groupNumber, group.name, group.status, group.businessZIP, group.businessCounty,
                group.businessState, Int64(group.ratingArea), group.paperless.sqlFlag, group.brokerID,
                group.settings?.sqlBytes, group.updatedAt,
            ]],
            suffix: "ON CONFLICT (group_number) DO UPDATE SET "
                + Self.groupColumns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        )
    }

    /// One group.
    public func group(number: String) async throws -> GroupRecord? {
        try await session.query(
            "SELECT \(Self.groupColumns.joined(separator: ", ")) FROM groups WHERE group_number = ?", [number]
        ).first.map { row in
            GroupRecord(
                groupNumber: try row.string("group_number"), name: try row.string("name"),
                status: try row.string("status"), businessZIP: try row.string("business_zip"),
                businessCounty: try row.string("business_county"), businessState: try row.string("business_state"),
                ratingArea: Int(try row.int64("rating_area")), paperless: try row.flag("paperless"),
                brokerID: try row.optionalString("broker_id"), settings: try row.optionalBytes("settings"),
                updatedAt: try row.int64("updated_at")
            )
        }
    }

    /// Inserts a contract year or replaces an existing one with the same effective date.
    public func upsert(_ contract: ContractRecord) async throws {
        try await session.insertRows(
            into: "contracts", columns: Self.contractColumns,
            rows: [[
                contract.groupNumber, contract.effectiveDate, contract.renewalDate, contract.status,
                contract.terminatedOn, contract.planIDs.joined(separator: ","), contract.updatedAt,
            ]],
            suffix: "ON CONFLICT (group_number, effective_date) DO UPDATE SET "
                + Self.contractColumns.dropFirst(2).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        )
    }

    /// A group's contracts, newest first.
    public func contracts(groupNumber: String) async throws -> [ContractRecord] {
        try await session.query(
            """
            SELECT \(Self.contractColumns.joined(separator: ", ")) FROM contracts WHERE group_number = ?
            ORDER BY effective_date DESC
            """,
            [groupNumber]
        ).map { row in
            let plans = try row.string("plan_ids")
            return ContractRecord(
                groupNumber: try row.string("group_number"), effectiveDate: try row.string("effective_date"),
                renewalDate: try row.string("renewal_date"), status: try row.string("status"),
                terminatedOn: try row.optionalString("terminated_on"),
                planIDs: plans.isEmpty ? [] : plans.split(separator: ",").map(String.init),
                updatedAt: try row.int64("updated_at")
            )
        }
    }
}
