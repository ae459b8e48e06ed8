public import MembershipStore

/// `--reset`: empties the tables the workers fill, so that a run starts from the same state as the
/// previous one. Reference data (plans, rates, counties, ...) and the migration history are kept.
public enum LoadTestReset {
    /// Every table of the schema that holds state (migrations 1-5), children before
    /// the rows they point at. A table added by a later migration must be added here; the tests
    /// check that every name exists after migrating.
    public static let stateTables = [
        "enrollment_held_requests", "enrollment_families",
        "envelope_cards", "envelopes", "cards",
        "invoice_lines", "invoices", "payments", "balances",
        "review_cases", "coverages", "members", "households", "persons", "mrn_sequences",
        "contracts", "groups",
        "outbox", "event_id_conflicts", "processed_events",
        "x12_interchanges",
    ]

    /// Deletes every row of ``stateTables``: one `TRUNCATE` on PostgreSQL, a `DELETE` per table on SQLite.
    public static func clear(_ store: MembershipStore) async throws {
        switch store.dialect {
        case .postgres:
            try await store.executeOutsideTransaction("TRUNCATE \(stateTables.joined(separator: ", "))")
        case .sqlite:
            for table in stateTables { try await store.executeOutsideTransaction("DELETE FROM \(table)") }
        }
    }
}
