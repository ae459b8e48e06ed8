import SQLKit

extension CardRepository {
    /// Adds a pending card with the request that asked for it (its printed fields and mailing address). A card
    /// id that exists already is left alone and `false` returned (a redelivered request, rule C5).
    @discardableResult
    public func insert(_ card: CardRecord, request: [UInt8]) async throws -> Bool {
        let inserted = try await session.insertRows(
            into: "cards",
            columns: [
                "card_id", "household_id", "person_id", "mrn", "group_number", "plan_id", "effective_date", "reason",
                "status", "requested_on", "created_at", "request",
            ],
            rows: [[
                card.cardID, card.householdID, card.personID, card.mrn, card.groupNumber, card.planID,
                card.effectiveDate, card.reason, "pending", card.requestedOn, card.createdAt, request.sqlBytes,
            ]],
            suffix: "ON CONFLICT (card_id) DO NOTHING RETURNING card_id"
        )
        return !inserted.isEmpty
    }

    /// Claims for `worker` the pending cards of every household whose newest pending card was written at or
    /// before `settledBefore` (milliseconds), up to about `limit` cards, whole households at a time (rule C3),
    /// and returns them with their requests, ordered by household then card id.
    ///
    /// A household with a card younger than that waits for a later run as a whole, so a family enrolled over
    /// a few seconds shares envelopes. Concurrency as in ``claimPending(worker:at:limit:)``: PostgreSQL skips
    /// rows another worker has locked and re-checks `status` when updating; SQLite's write lock serialises.
    public func claimSettled(worker: String, at time: Int64, settledBefore: Int64, limit: Int) async throws
        -> [(card: CardRecord, request: [UInt8]?)]
    {
        let rows = try await session.query(
            """
            WITH chosen AS MATERIALIZED (
                SELECT c.household_id FROM cards c WHERE c.status = 'pending' AND NOT EXISTS (
                    SELECT 1 FROM cards y WHERE y.household_id = c.household_id AND y.status = 'pending'
                    AND y.created_at > ?
                )
                ORDER BY c.household_id LIMIT ?\(session.dialect.claimRowsSuffix)
            )
            UPDATE cards SET status = 'claimed', claimed_by = ?, claimed_at = ?
            WHERE status = 'pending' AND household_id IN (SELECT household_id FROM chosen)
            RETURNING card_id, household_id, person_id, mrn, group_number, plan_id, effective_date, reason, status,
            requested_on, claimed_by, claimed_at, created_at, request
            """,
            [settledBefore, Int64(limit), worker, time]
        )
        return try rows.map { (try Self.record($0), try $0.optionalBytes("request")) }
            .sorted { ($0.card.householdID, $0.card.cardID) < ($1.card.householdID, $1.card.cardID) }
    }

    /// Whether any envelope's id starts with `prefix` (a mailing run's envelopes share their run id as prefix).
    public func hasEnvelopes(idPrefix prefix: String) async throws -> Bool {
        try await !session.query(
            "SELECT envelope_id FROM envelopes WHERE substr(envelope_id, 1, CAST(? AS INTEGER)) = ? LIMIT 1",
            [Int64(prefix.unicodeScalars.count), prefix]
        ).isEmpty
    }

    /// How many cards are still pending whose coverage started and which were requested before `date` (ISO):
    /// with `date` one SLA period before today, the cards past their SLA and not mailed (rule C4).
    public func pendingCount(effectiveAndRequestedBefore date: String) async throws -> Int {
        let rows = try await session.query(
            """
            SELECT COUNT(*) AS pending FROM cards
            WHERE status = 'pending' AND effective_date < ? AND requested_on < ?
            """,
            [date, date]
        )
        return Int(try rows.first?.int64("pending") ?? 0)
    }
}
