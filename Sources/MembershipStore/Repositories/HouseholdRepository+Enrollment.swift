import SQLKit

extension HouseholdRepository {
    /// The enrollment worker's document of one family (migration 3), or `nil` for a family never enrolled.
    public func familyDocument(groupNumber: String, subscriberRef: String) async throws -> [UInt8]? {
        try await session.query(
            "SELECT document FROM enrollment_families WHERE group_number = ? AND subscriber_ref = ?",
            [groupNumber, subscriberRef]
        ).first.map { try $0.bytes("document") }
    }

    /// Stores or replaces one family's document.
    public func saveFamilyDocument(_ document: [UInt8], groupNumber: String, subscriberRef: String, at updatedAt: Int64)
        async throws
    {
        try await session.insertRows(
            into: "enrollment_families", columns: ["group_number", "subscriber_ref", "document", "updated_at"],
            rows: [[groupNumber, subscriberRef, document.sqlBytes, updatedAt]],
            suffix: "ON CONFLICT (group_number, subscriber_ref) DO UPDATE SET document = excluded.document, "
                + "updated_at = excluded.updated_at"
        )
    }
}
