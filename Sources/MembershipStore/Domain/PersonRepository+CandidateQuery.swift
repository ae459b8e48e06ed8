public import MembershipDomain

extension PersonRepository {
    /// Every stored person the domain's candidate queries point at (rule M2): anyone with one of the SSN
    /// hashes, one of the dates of birth (deliberately not filtered by name: the matcher compares names
    /// itself), or the upstream member id within its group. One statement, ordered by person id, no
    /// duplicates. Pass one query per ``SSNProtector/lookupHashers`` entry to match across key rotation.
    public func candidates(for queries: [CandidateQuery]) async throws -> [PersonRecord] {
        let hashes = Set(queries.flatMap(\.ssnHashes)).map(\.rawValue).sorted()
        let dates = Set(queries.flatMap(\.datesOfBirth)).map(\.description).sorted()
        let upstream = Set(queries.compactMap(\.upstreamMemberID))
            .sorted { ($0.groupNumber.rawValue, $0.id) < ($1.groupNumber.rawValue, $1.id) }
        var conditions: [String] = []
        var binds: [any Encodable & Sendable] = []
        if !hashes.isEmpty {
            conditions.append("ssn_hmac IN (\(StoreSession.placeholders(hashes.count)))")
            binds += hashes as [any Encodable & Sendable]
        }
        if !dates.isEmpty {
            conditions.append("birth_date IN (\(StoreSession.placeholders(dates.count)))")
            binds += dates as [any Encodable & Sendable]
        }
        for reference in upstream {
            conditions.append("(upstream_group = ? AND upstream_member_id = ?)")
            binds += [reference.groupNumber.rawValue, reference.id] as [any Encodable & Sendable]
        }
        guard !conditions.isEmpty else { return [] }
        return try await session.query(
            "SELECT \(Self.selectList) FROM persons WHERE \(conditions.joined(separator: " OR ")) ORDER BY person_id",
            binds
        ).map(Self.record)
    }

    /// Candidates for an enrollee of a group, under every configured SSN key.
    public func candidates(
        identity: PersonIdentity, groupNumber: GroupNumber, protector: SSNProtector
    ) async throws -> [PersonRecord] {
        try await candidates(
            for: protector.lookupHashers.map { CandidateQuery(identity: identity, groupNumber: groupNumber, hasher: $0) }
        )
    }
}
