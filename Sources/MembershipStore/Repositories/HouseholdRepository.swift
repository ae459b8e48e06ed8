import SQLKit

/// Households and their mailing addresses.
public struct HouseholdRepository: Sendable {
    let session: StoreSession

    private static let columns = [
        "household_id", "group_number", "subscriber_person_id", "line1", "line2", "city", "state", "zip",
        "address_key", "updated_at",
    ]
    private static let selectList = columns.joined(separator: ", ")

    /// Inserts households, or replaces the address of those that exist (an address change, rule E10).
    public func upsert(_ households: [HouseholdRecord]) async throws {
        try await session.insertRows(
            into: "households", columns: Self.columns,
            rows: households.map {
                [
                    $0.householdID, $0.groupNumber, $0.subscriberPersonID, $0.line1, $0.line2, $0.city, $0.state,
                    $0.zip, $0.addressKey, $0.updatedAt,
                ]
            },
            suffix: """
                ON CONFLICT (household_id) DO UPDATE SET line1 = excluded.line1, line2 = excluded.line2,
                city = excluded.city, state = excluded.state, zip = excluded.zip,
                address_key = excluded.address_key, updated_at = excluded.updated_at
                """
        )
    }

    /// One household by id.
    public func household(id: String) async throws -> HouseholdRecord? {
        try await session.query("SELECT \(Self.selectList) FROM households WHERE household_id = ?", [id])
            .first.map(Self.record)
    }

    /// The subscriber's household in a group.
    public func household(groupNumber: String, subscriberPersonID: String) async throws -> HouseholdRecord? {
        try await session.query(
            "SELECT \(Self.selectList) FROM households WHERE group_number = ? AND subscriber_person_id = ?",
            [groupNumber, subscriberPersonID]
        ).first.map(Self.record)
    }

    static func record(_ row: any SQLRow) throws -> HouseholdRecord {
        HouseholdRecord(
            householdID: try row.string("household_id"), groupNumber: try row.string("group_number"),
            subscriberPersonID: try row.string("subscriber_person_id"), line1: try row.string("line1"),
            line2: try row.optionalString("line2"), city: try row.string("city"), state: try row.string("state"),
            zip: try row.string("zip"), addressKey: try row.string("address_key"),
            updatedAt: try row.int64("updated_at")
        )
    }
}
