import SQLKit

/// Persons and the identity lookups of rule M2.
public struct PersonRepository: Sendable {
    let session: StoreSession

    private static let columns = [
        "person_id", "ssn_hmac", "ssn_key_id", "ssn_last4", "first_name", "last_name", "normalized_name",
        "birth_date", "upstream_group", "upstream_member_id", "created_at",
    ]
    static let selectList = columns.joined(separator: ", ")

    /// Inserts new persons in multi-row statements.
    public func insert(_ persons: [PersonRecord]) async throws {
        try await session.insertRows(
            into: "persons", columns: Self.columns,
            rows: persons.map {
                [
                    $0.personID, $0.ssn?.hmac, $0.ssn?.keyID, $0.ssn?.lastFour, $0.firstName, $0.lastName,
                    $0.normalizedName, $0.birthDate, $0.upstreamGroup, $0.upstreamMemberID, $0.createdAt,
                ]
            }
        )
    }

    /// Replaces a person's demographics (rule E10) and, when given, re-keys the SSN to the current key.
    public func update(_ person: PersonRecord) async throws {
        try await session.execute(
            """
            UPDATE persons SET ssn_hmac = ?, ssn_key_id = ?, ssn_last4 = ?, first_name = ?, last_name = ?,
            normalized_name = ?, birth_date = ?, upstream_group = ?, upstream_member_id = ? WHERE person_id = ?
            """,
            [
                person.ssn?.hmac, person.ssn?.keyID, person.ssn?.lastFour, person.firstName, person.lastName,
                person.normalizedName, person.birthDate, person.upstreamGroup, person.upstreamMemberID, person.personID,
            ]
        )
    }

    /// One person by id.
    public func person(id: String) async throws -> PersonRecord? {
        try await session.query("SELECT \(Self.selectList) FROM persons WHERE person_id = ?", [id]).first.map(Self.record)
    }

    /// Persons by id (order not specified).
    public func persons(ids: [String]) async throws -> [PersonRecord] {
        try await session.queryInChunks(ids) { "SELECT \(Self.selectList) FROM persons WHERE person_id IN (\($0))" }
            .map(Self.record)
    }

    /// Candidates whose SSN digest equals any of `digests` — pass ``SSNProtector/lookupDigests(ssn:)`` so
    /// persons stored under an older key are found too.
    public func candidates(ssnDigests digests: [String]) async throws -> [PersonRecord] {
        try await session.queryInChunks(digests) {
            "SELECT \(Self.selectList) FROM persons WHERE ssn_hmac IN (\($0)) ORDER BY person_id"
        }.map(Self.record)
    }

    /// Candidates for an SSN under every configured key.
    public func candidates(ssn: String, protector: SSNProtector) async throws -> [PersonRecord] {
        try await candidates(ssnDigests: protector.lookupDigests(ssn: ssn))
    }

    /// Candidates with the same normalised name and date of birth.
    public func candidates(normalizedName: String, birthDate: String) async throws -> [PersonRecord] {
        try await session.query(
            "SELECT \(Self.selectList) FROM persons WHERE normalized_name = ? AND birth_date = ? ORDER BY person_id",
            [normalizedName, birthDate]
        ).map(Self.record)
    }

    /// The person an upstream system knows by `upstreamMemberID` within a group.
    public func candidates(upstreamGroup: String, upstreamMemberID: String) async throws -> [PersonRecord] {
        try await session.query(
            """
            SELECT \(Self.selectList) FROM persons WHERE upstream_group = ? AND upstream_member_id = ?
            ORDER BY person_id
            """,
            [upstreamGroup, upstreamMemberID]
        ).map(Self.record)
    }

    static func record(_ row: any SQLRow) throws -> PersonRecord {
        let hmac = try row.optionalString("ssn_hmac")
        let ssn = try hmac.map {
            ProtectedSSN(hmac: $0, keyID: try row.string("ssn_key_id"), lastFour: try row.string("ssn_last4"))
        }
        return PersonRecord(
            personID: try row.string("person_id"), ssn: ssn, firstName: try row.string("first_name"),
            lastName: try row.string("last_name"), normalizedName: try row.string("normalized_name"),
            birthDate: try row.string("birth_date"), upstreamGroup: try row.optionalString("upstream_group"),
            upstreamMemberID: try row.optionalString("upstream_member_id"), createdAt: try row.int64("created_at")
        )
    }
}
