import SQLKit

extension GroupRepository {
    private static let heldColumns = [
        "request_id", "group_number", "subscriber_ref", "waiting_for", "received_at", "payload", "ssn_hmac", "ssn_key_id",
        "ssn_last4", "held_at",
    ]

    /// Holds a request (rule E12); a request already held keeps its first row. Held requests come back in
    /// arrival order (`arrival`, one more than the latest): requests of one family often share a receipt
    /// time, and only the order in which they were consumed is the family's order.
    public func hold(_ request: HeldEnrollmentRequest) async throws {
        let placeholders = Array(repeating: "?", count: Self.heldColumns.count).joined(separator: ", ")
        // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
        try await session.execute(
            "INSERT INTO enrollment_held_requests (\(Self.heldColumns.joined(separator: ", ")), arrival) "
                + "SELECT \(placeholders), COALESCE(MAX(arrival), 0) + 1 FROM enrollment_held_requests WHERE true "
                + "ON CONFLICT (request_id) DO NOTHING",
            [
                request.requestID, request.groupNumber, request.subscriberRef, request.waitingFor.rawValue,
                request.receivedAt, request.payload.sqlBytes, request.ssn?.hmac, request.ssn?.keyID, request.ssn?.lastFour,
                request.heldAt,
            ]
        )
    }

    /// The requests of a group that wait for `waitingFor`, in receipt order.
    public func heldRequests(groupNumber: String, waitingFor: HeldEnrollmentRequest.WaitingFor) async throws
        -> [HeldEnrollmentRequest]
    {
        try await session.query(
            "SELECT \(Self.heldColumns.joined(separator: ", ")) FROM enrollment_held_requests "
                + "WHERE group_number = ? AND waiting_for = ? ORDER BY arrival",
            [groupNumber, waitingFor.rawValue]
        ).map(Self.heldRecord)
    }

    /// The requests of every group that wait for `waitingFor` and were received before `instant` (milliseconds
    /// since the Unix epoch), in receipt order: those past a waiting bound.
    public func heldRequests(waitingFor: HeldEnrollmentRequest.WaitingFor, receivedBefore instant: Int64) async throws
        -> [HeldEnrollmentRequest]
    {
        try await session.query(
            "SELECT \(Self.heldColumns.joined(separator: ", ")) FROM enrollment_held_requests "
                + "WHERE waiting_for = ? AND received_at < ? ORDER BY arrival",
            [waitingFor.rawValue, instant]
        ).map(Self.heldRecord)
    }

    /// The requests of one family that wait for anything, in receipt order.
    public func heldRequests(groupNumber: String, subscriberRef: String) async throws -> [HeldEnrollmentRequest] {
        try await session.query(
            "SELECT \(Self.heldColumns.joined(separator: ", ")) FROM enrollment_held_requests "
                + "WHERE group_number = ? AND subscriber_ref = ? ORDER BY arrival",
            [groupNumber, subscriberRef]
        ).map(Self.heldRecord)
    }

    /// Forgets a held request once it has been decided.
    public func release(requestID: String) async throws {
        try await session.execute("DELETE FROM enrollment_held_requests WHERE request_id = ?", [requestID])
    }

    static func heldRecord(_ row: any SQLRow) throws -> HeldEnrollmentRequest {
        var ssn: ProtectedSSN?
        if let hmac = try row.optionalString("ssn_hmac"), let keyID = try row.optionalString("ssn_key_id") {
            ssn = ProtectedSSN(hmac: hmac, keyID: keyID, lastFour: try row.optionalString("ssn_last4") ?? "")
        }
        return HeldEnrollmentRequest(
            requestID: try row.string("request_id"), groupNumber: try row.string("group_number"),
            subscriberRef: try row.string("subscriber_ref"),
            waitingFor: HeldEnrollmentRequest.WaitingFor(rawValue: try row.string("waiting_for")) ?? .contract,
            receivedAt: try row.int64("received_at"), payload: try row.bytes("payload"), ssn: ssn, heldAt: try row.int64("held_at")
        )
    }
}
