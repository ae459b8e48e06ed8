extension Schema {
    /// Version 3: what the enrollment worker keeps beside the version-1 tables.
    ///
    /// - `enrollment_families`: one family's membership (members, relationships, coverage spans, residences,
    ///   disability, hire dates) as the enrollment worker's JSON document, read and written whole for every
    ///   request of the family (rules E5-E12). It holds no SSN: those live only protected in `persons`.
    /// - `enrollment_held_requests`: requests that wait, either for their group's contract (rule E12, bounded
    ///   by the contract wait) or behind a review case of their family (rules E12, M3), in receipt order. The
    ///   payload is the request event with its SSNs removed; the enrollee's SSN is kept protected beside it
    ///   (HMAC, key id, last four digits, as in `persons`), so a person created when the request is finally
    ///   decided still gets it.
    static func version3(_ dialect: StoreDialect) -> [String] {
        let bytes = dialect.bytesType
        return [
            """
            CREATE TABLE enrollment_families (
                group_number TEXT NOT NULL,
                subscriber_ref TEXT NOT NULL,
                document \(bytes) NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (group_number, subscriber_ref)
            )
            """,
            """
            CREATE TABLE enrollment_held_requests (
                request_id TEXT PRIMARY KEY,
                group_number TEXT NOT NULL,
                subscriber_ref TEXT NOT NULL,
                waiting_for TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                payload \(bytes) NOT NULL,
                ssn_hmac TEXT,
                ssn_key_id TEXT,
                ssn_last4 TEXT,
                held_at BIGINT NOT NULL,
                arrival BIGINT NOT NULL
            )
            """,
            "CREATE INDEX enrollment_held_group ON enrollment_held_requests (group_number, waiting_for, received_at)",
            "CREATE INDEX enrollment_held_family ON enrollment_held_requests (group_number, subscriber_ref, received_at)",
            "CREATE INDEX enrollment_held_waiting ON enrollment_held_requests (waiting_for, received_at)",
        ]
    }
}
