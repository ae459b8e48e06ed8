import SQLKit

/// Members (one MRN per person and region, rule M1) and the MRN sequences.
public struct MemberRepository: Sendable {
    let session: StoreSession

    /// Inserts members in multi-row statements. A second MRN for the same person and region violates the
    /// `UNIQUE (person_id, region_code)` constraint and fails the statement; use ``insertIfAbsent(_:)`` where a
    /// race is possible.
    public func insert(_ members: [MemberRecord]) async throws {
        try await session.insertRows(
            into: "members", columns: ["mrn", "person_id", "region_code", "created_at"],
            rows: members.map { [$0.mrn, $0.personID, $0.regionCode, $0.createdAt] }
        )
    }

    /// Inserts a member unless the person already has one in that region, and returns the one that holds.
    public func insertIfAbsent(_ member: MemberRecord) async throws -> (member: MemberRecord, inserted: Bool) {
        let inserted = try await session.insertRows(
            into: "members", columns: ["mrn", "person_id", "region_code", "created_at"],
            rows: [[member.mrn, member.personID, member.regionCode, member.createdAt]],
            suffix: "ON CONFLICT (person_id, region_code) DO NOTHING RETURNING mrn"
        )
        if !inserted.isEmpty { return (member, true) }
        guard let existing = try await self.member(personID: member.personID, regionCode: member.regionCode) else {
            throw StoreError(.conflict, "MRN \(member.mrn) is already assigned to another person")
        }
        return (existing, false)
    }

    /// The person's member record in a region.
    public func member(personID: String, regionCode: String) async throws -> MemberRecord? {
        try await session.query(
            "SELECT mrn, person_id, region_code, created_at FROM members WHERE person_id = ? AND region_code = ?",
            [personID, regionCode]
        ).first.map(Self.record)
    }

    /// Every member record of the given persons.
    public func members(personIDs: [String]) async throws -> [MemberRecord] {
        try await session.queryInChunks(personIDs) {
            "SELECT mrn, person_id, region_code, created_at FROM members WHERE person_id IN (\($0)) ORDER BY mrn"
        }.map(Self.record)
    }

    /// Reserves `count` consecutive numbers of a region's MRN sequence in one statement and returns them.
    /// The sequence lives in the database (not random, not per process), so concurrent workers never get
    /// the same number and a replay allocates the next free ones; formatting a number into an MRN is the
    /// domain's job.
    public func allocateMRNNumbers(regionCode: String, count: Int = 1) async throws -> ClosedRange<Int64> {
        precondition(count >= 1, "allocate at least one MRN number")
        let rows = try await session.query(
            """
            INSERT INTO mrn_sequences (region_code, next_value) VALUES (?, ?)
            ON CONFLICT (region_code) DO UPDATE SET next_value = mrn_sequences.next_value + ?
            RETURNING next_value
            """,
            [regionCode, Int64(1 + count), Int64(count)]
        )
        guard let next = try rows.first?.int64("next_value") else {
            throw StoreError(.corruptRow, "MRN sequence update returned no row")
        }
        return (next - Int64(count))...(next - 1)
    }

    static func record(_ row: any SQLRow) throws -> MemberRecord {
        MemberRecord(
            mrn: try row.string("mrn"), personID: try row.string("person_id"),
            regionCode: try row.string("region_code"), createdAt: try row.int64("created_at")
        )
    }
}
