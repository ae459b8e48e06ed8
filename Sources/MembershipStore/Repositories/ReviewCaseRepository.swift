import SQLKit

/// Manual-review cases: open, close, list.
public struct ReviewCaseRepository: Sendable {
    let session: StoreSession

    private static let columns = [
        "case_id", "group_number", "subscriber_ref", "request_event_id", "reason", "status", "received_on",
        "due_date", "request_payload", "opened_at", "closed_at", "resolution", "operator",
    ]
    private static let selectList = columns.joined(separator: ", ")

    /// Opens a case. Returns `false` (and changes nothing) when a case with that id exists already, which is
    /// what a redelivered request produces.
    @discardableResult
    public func open(_ reviewCase: ReviewCaseRecord) async throws -> Bool {
        try await !session.insertRows(
            into: "review_cases", columns: Self.columns,
            rows: [[
                reviewCase.caseID, reviewCase.groupNumber, reviewCase.subscriberRef, reviewCase.requestEventID,
                reviewCase.reason, "open", reviewCase.receivedOn, reviewCase.dueDate,
                reviewCase.requestPayload.sqlBytes, reviewCase.openedAt, nil as Int64?, nil as String?,
                nil as String?,
            ]],
            suffix: "ON CONFLICT (case_id) DO NOTHING RETURNING case_id"
        ).isEmpty
    }

    /// Closes an open case with its resolution. Returns `false` if the case is unknown or already closed
    /// (resolving twice has no effect).
    @discardableResult
    public func close(caseID: String, resolution: String, resolvedBy: String, at closedAt: Int64) async throws -> Bool {
        try await !session.query(
            """
            UPDATE review_cases SET status = 'closed', resolution = ?, operator = ?, closed_at = ?
            WHERE case_id = ? AND status = 'open' RETURNING case_id
            """,
            [resolution, resolvedBy, closedAt, caseID]
        ).isEmpty
    }

    /// One case.
    public func reviewCase(id: String) async throws -> ReviewCaseRecord? {
        try await session.query("SELECT \(Self.selectList) FROM review_cases WHERE case_id = ?", [id])
            .first.map(Self.record)
    }

    /// Open cases, earliest due first.
    public func openCases(limit: Int = 1_000) async throws -> [ReviewCaseRecord] {
        try await session.query(
            "SELECT \(Self.selectList) FROM review_cases WHERE status = 'open' ORDER BY due_date, case_id LIMIT ?",
            [Int64(limit)]
        ).map(Self.record)
    }

    /// Open cases past their due date on `date` (ISO): due before that day (rule M3).
    public func overdueCases(asOf date: String) async throws -> [ReviewCaseRecord] {
        try await session.query(
            """
            SELECT \(Self.selectList) FROM review_cases WHERE status = 'open' AND due_date < ?
            ORDER BY due_date, case_id
            """,
            [date]
        ).map(Self.record)
    }

    /// Open cases of one family (rule E12: its later requests wait behind them).
    public func openCases(groupNumber: String, subscriberRef: String) async throws -> [ReviewCaseRecord] {
        try await session.query(
            """
            SELECT \(Self.selectList) FROM review_cases
            WHERE group_number = ? AND subscriber_ref = ? AND status = 'open' ORDER BY opened_at, case_id
            """,
            [groupNumber, subscriberRef]
        ).map(Self.record)
    }

    static func record(_ row: any SQLRow) throws -> ReviewCaseRecord {
        var record = ReviewCaseRecord(
            caseID: try row.string("case_id"), groupNumber: try row.string("group_number"),
            subscriberRef: try row.string("subscriber_ref"), requestEventID: try row.string("request_event_id"),
            reason: try row.string("reason"), receivedOn: try row.string("received_on"),
            dueDate: try row.string("due_date"), requestPayload: try row.bytes("request_payload"),
            openedAt: try row.int64("opened_at")
        )
        record.status = try row.string("status")
        record.closedAt = try row.optionalInt64("closed_at")
        record.resolution = try row.optionalString("resolution")
        record.resolvedBy = try row.optionalString("operator")
        return record
    }
}
