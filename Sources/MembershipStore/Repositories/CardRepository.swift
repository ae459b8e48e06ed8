import SQLKit

/// ID cards and envelopes.
public struct CardRepository: Sendable {
    let session: StoreSession

    private static let columns = [
        "card_id", "household_id", "person_id", "mrn", "group_number", "plan_id", "effective_date", "reason",
        "status", "requested_on", "claimed_by", "claimed_at", "created_at",
    ]
    private static let selectList = columns.joined(separator: ", ")

    /// Adds pending cards; a card id that exists already is left alone (a redelivered request, rule C5).
    public func insert(_ cards: [CardRecord]) async throws {
        try await session.insertRows(
            into: "cards", columns: Self.columns,
            rows: cards.map {
                [
                    $0.cardID, $0.householdID, $0.personID, $0.mrn, $0.groupNumber, $0.planID, $0.effectiveDate,
                    $0.reason, "pending", $0.requestedOn, nil as String?, nil as Int64?, $0.createdAt,
                ]
            },
            suffix: "ON CONFLICT (card_id) DO NOTHING"
        )
    }

    /// A household's pending cards, in id order.
    public func pending(householdID: String) async throws -> [CardRecord] {
        try await session.query(
            "SELECT \(Self.selectList) FROM cards WHERE status = 'pending' AND household_id = ? ORDER BY card_id",
            [householdID]
        ).map(Self.record)
    }

    /// One card.
    public func card(id: String) async throws -> CardRecord? {
        try await session.query("SELECT \(Self.selectList) FROM cards WHERE card_id = ?", [id]).first.map(Self.record)
    }

    /// Claims up to about `limit` pending cards for `worker`, whole households at a time so a household's
    /// cards share envelopes (rule C3), and returns them ordered by household.
    ///
    /// The choice is a materialised CTE so it runs once (as a plain `IN (subquery ... LIMIT)` PostgreSQL may
    /// re-run it and claim more than asked).
    /// Several workers may claim at once and never get the same card: PostgreSQL locks the chosen rows
    /// with `FOR UPDATE SKIP LOCKED` (other workers skip them instead of waiting) and re-checks `status`
    /// when updating; on SQLite the claiming transaction holds the database write lock.
    public func claimPending(worker: String, at time: Int64, limit: Int) async throws -> [CardRecord] {
        try await session.query(
            """
            WITH chosen AS MATERIALIZED (
                SELECT household_id FROM cards WHERE status = 'pending'
                ORDER BY household_id LIMIT ?\(session.dialect.claimRowsSuffix)
            )
            UPDATE cards SET status = 'claimed', claimed_by = ?, claimed_at = ?
            WHERE status = 'pending' AND household_id IN (SELECT household_id FROM chosen)
            RETURNING \(Self.selectList)
            """,
            [Int64(limit), worker, time]
        ).map(Self.record).sorted { ($0.householdID, $0.cardID) < ($1.householdID, $1.cardID) }
    }

    /// Returns claimed cards that were not mailed (their worker stopped) to pending, for another run.
    @discardableResult
    public func releaseClaims(claimedBefore time: Int64) async throws -> Int {
        try await session.query(
            """
            UPDATE cards SET status = 'pending', claimed_by = NULL, claimed_at = NULL
            WHERE status = 'claimed' AND claimed_at < ? RETURNING card_id
            """,
            [time]
        ).count
    }

    /// Stores envelopes and marks their cards mailed. Each card can be in one envelope only (primary key of
    /// `envelope_cards`, rule C5): if any card is already in an envelope, this throws ``StoreError``
    /// `.conflict` and the caller's transaction or savepoint must roll back.
    public func insertEnvelopes(_ envelopes: [EnvelopeRecord]) async throws {
        try await session.insertRows(
            into: "envelopes", columns: ["envelope_id", "household_id", "address_key", "sequence_number", "created_at"],
            rows: envelopes.map {
                [$0.envelopeID, $0.householdID, $0.addressKey, Int64($0.sequenceNumber), $0.createdAt]
            }
        )
        let memberships: [[any Encodable & Sendable]] = envelopes.flatMap { envelope in
            envelope.cardIDs.enumerated().map { [$0.element, envelope.envelopeID, Int64($0.offset + 1)] }
        }
        let inserted = try await session.insertRows(
            into: "envelope_cards", columns: ["card_id", "envelope_id", "position"], rows: memberships,
            suffix: "ON CONFLICT (card_id) DO NOTHING RETURNING card_id"
        )
        guard inserted.count == memberships.count else {
            throw StoreError(.conflict, "\(memberships.count - inserted.count) card(s) are already in an envelope")
        }
        let cardIDs: [any Encodable & Sendable] = envelopes.flatMap(\.cardIDs)
        _ = try await session.queryInChunks(cardIDs) { "UPDATE cards SET status = 'mailed' WHERE card_id IN (\($0))" }
    }

    /// A household's envelopes with their cards, in creation order.
    public func envelopes(householdID: String) async throws -> [EnvelopeRecord] {
        let rows = try await session.query(
            """
            SELECT e.envelope_id, e.household_id, e.address_key, e.sequence_number, e.created_at, c.card_id
            FROM envelopes e JOIN envelope_cards c ON c.envelope_id = e.envelope_id
            WHERE e.household_id = ? ORDER BY e.created_at, e.sequence_number, e.envelope_id, c.position
            """,
            [householdID]
        )
        var envelopes: [EnvelopeRecord] = []
        for row in rows {
            let id = try row.string("envelope_id")
            if envelopes.last?.envelopeID == id {
                envelopes[envelopes.count - 1].cardIDs.append(try row.string("card_id"))
            } else {
                envelopes.append(
                    EnvelopeRecord(
                        envelopeID: id, householdID: try row.string("household_id"),
                        addressKey: try row.string("address_key"),
                        sequenceNumber: Int(try row.int64("sequence_number")), cardIDs: [try row.string("card_id")],
                        createdAt: try row.int64("created_at")
                    )
                )
            }
        }
        return envelopes
    }

    static func record(_ row: any SQLRow) throws -> CardRecord {
        var card = CardRecord(
            cardID: try row.string("card_id"), householdID: try row.string("household_id"),
            personID: try row.string("person_id"), mrn: try row.string("mrn"),
            groupNumber: try row.string("group_number"), planID: try row.string("plan_id"),
            effectiveDate: try row.string("effective_date"), reason: try row.string("reason"),
            requestedOn: try row.string("requested_on"), createdAt: try row.int64("created_at")
        )
        card.status = try row.string("status")
        card.claimedBy = try row.optionalString("claimed_by")
        card.claimedAt = try row.optionalInt64("claimed_at")
        return card
    }
}
