/// Idempotency by event id: which events were processed, with what payload.
public struct ProcessedEventRepository: Sendable {
    let session: StoreSession

    /// The status of one event id against the payload digest it arrived with.
    public func status(eventID: String, payloadSHA256: String) async throws -> ProcessedEventStatus {
        try await statuses([(eventID, payloadSHA256)])[eventID] ?? .new
    }

    /// The status of many event ids in one query (a batch's check at its start); every id given is a key of
    /// the result.
    public func statuses(
        _ events: [(eventID: String, payloadSHA256: String)]
    ) async throws -> [String: ProcessedEventStatus] {
        let rows = try await session.queryInChunks(events.map(\.eventID)) { list in
            "SELECT event_id, payload_sha256 FROM processed_events WHERE event_id IN (\(list))"
        }
        var stored: [String: String] = [:]
        for row in rows {
            stored[try row.string("event_id")] = try row.string("payload_sha256")
        }
        var result: [String: ProcessedEventStatus] = [:]
        for event in events {
            switch stored[event.eventID] {
            case nil: result[event.eventID] = .new
            case event.payloadSHA256: result[event.eventID] = .duplicate
            case let other?: result[event.eventID] = .conflictingPayload(storedSHA256: other)
            }
        }
        return result
    }

    /// Records processed events in one multi-row statement. An id already recorded is left as it was (its
    /// first payload digest stays the reference).
    public func record(_ events: [ProcessedEvent]) async throws {
        try await session.insertRows(
            into: "processed_events",
            columns: ["event_id", "payload_sha256", "topic", "processed_at"],
            rows: events.map { [$0.eventID, $0.payloadSHA256, $0.topic, $0.processedAt] },
            suffix: "ON CONFLICT (event_id) DO NOTHING"
        )
    }

    /// Records an event id that arrived again with a different payload, for operators to investigate.
    public func flagConflict(_ event: ProcessedEvent) async throws {
        try await session.insertRows(
            into: "event_id_conflicts",
            columns: ["event_id", "payload_sha256", "topic", "seen_at"],
            rows: [[event.eventID, event.payloadSHA256, event.topic, event.processedAt]]
        )
    }

    /// The conflicting arrivals flagged for an event id, oldest first.
    public func conflicts(eventID: String) async throws -> [ProcessedEvent] {
        try await session.query(
            "SELECT event_id, payload_sha256, topic, seen_at FROM event_id_conflicts WHERE event_id = ? ORDER BY seen_at",
            [eventID]
        ).map {
            ProcessedEvent(
                eventID: try $0.string("event_id"), payloadSHA256: try $0.string("payload_sha256"),
                topic: try $0.string("topic"), processedAt: try $0.int64("seen_at")
            )
        }
    }
}
