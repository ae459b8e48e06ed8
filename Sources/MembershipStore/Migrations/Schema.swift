/// The store's schema, as migrations.
///
/// Portable choices, so one set of statements serves both engines:
/// - calendar dates are `TEXT` in ISO form `YYYY-MM-DD` (months `YYYY-MM`), which sort and compare correctly
///   as text; instants are `BIGINT` milliseconds since the Unix epoch, supplied by the caller (decisions use
///   the request's time, rule X1, never the database clock);
/// - money is `BIGINT` cents; decimal factors are exact decimal `TEXT`;
/// - flags are `INTEGER` 0/1 (PostgreSQL's `boolean` would not accept SQLite's integers);
/// - no foreign-key constraints: the workers write in batches whose order is set by the messages, and
///   the uniqueness constraints below are what the races need.
enum Schema {
    /// Every migration, in order.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "initial schema", statements: version1),
        Migration(version: 2, name: "invoice documents and card requests", statements: version2),
        Migration(version: 3, name: "enrollment families and held requests", statements: version3),
        Migration(version: 4, name: "ingested X12 interchanges", statements: version4),
        Migration(version: 5, name: "persons by date of birth", statements: version5),
    ]

    /// The newest version this code knows.
    static var latestVersion: Int { migrations.last?.version ?? 0 }

    static func version1(_ dialect: StoreDialect) -> [String] {
        let bytes = dialect.bytesType
        return [
            // Reference data (rules B1-B6, E8, M1, M5).
            """
            CREATE TABLE regions (
                region_code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                digital_cards INTEGER NOT NULL DEFAULT 1
            )
            """,
            """
            CREATE TABLE county_regions (
                state TEXT NOT NULL,
                county TEXT NOT NULL,
                region_code TEXT NOT NULL,
                PRIMARY KEY (state, county)
            )
            """,
            """
            CREATE TABLE rating_areas (
                state TEXT NOT NULL,
                county TEXT NOT NULL,
                rating_area BIGINT NOT NULL,
                PRIMARY KEY (state, county)
            )
            """,
            """
            CREATE TABLE service_area_zips (
                zip TEXT PRIMARY KEY,
                state TEXT NOT NULL,
                county TEXT NOT NULL,
                excluded INTEGER NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE plans (
                plan_id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                product TEXT NOT NULL,
                metal_level TEXT NOT NULL,
                illustrative INTEGER NOT NULL DEFAULT 1
            )
            """,
            """
            CREATE TABLE rate_tables (
                plan_id TEXT NOT NULL,
                rating_area BIGINT NOT NULL,
                plan_year BIGINT NOT NULL,
                base_rate_cents BIGINT NOT NULL,
                child_dental_cents BIGINT NOT NULL DEFAULT 0,
                PRIMARY KEY (plan_id, rating_area, plan_year)
            )
            """,
            """
            CREATE TABLE age_factors (
                curve TEXT NOT NULL,
                band TEXT NOT NULL,
                factor TEXT NOT NULL,
                PRIMARY KEY (curve, band)
            )
            """,
            // Groups and contracts (rules G1-G6).
            """
            CREATE TABLE groups (
                group_number TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                business_zip TEXT NOT NULL,
                business_county TEXT NOT NULL,
                business_state TEXT NOT NULL,
                rating_area BIGINT NOT NULL,
                paperless INTEGER NOT NULL DEFAULT 0,
                broker_id TEXT,
                settings \(bytes),
                updated_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE contracts (
                group_number TEXT NOT NULL,
                effective_date TEXT NOT NULL,
                renewal_date TEXT NOT NULL,
                status TEXT NOT NULL,
                terminated_on TEXT,
                plan_ids TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (group_number, effective_date)
            )
            """,
            // Identity (rules M1, M2): never a plain SSN, only its HMAC, the key id and the last four digits.
            """
            CREATE TABLE persons (
                person_id TEXT PRIMARY KEY,
                ssn_hmac TEXT,
                ssn_key_id TEXT,
                ssn_last4 TEXT,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL,
                normalized_name TEXT NOT NULL,
                birth_date TEXT NOT NULL,
                upstream_group TEXT,
                upstream_member_id TEXT,
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX persons_ssn ON persons (ssn_hmac)",
            "CREATE INDEX persons_name_dob ON persons (normalized_name, birth_date)",
            "CREATE INDEX persons_upstream ON persons (upstream_group, upstream_member_id)",
            // One MRN per person and region (rule M1).
            """
            CREATE TABLE members (
                mrn TEXT PRIMARY KEY,
                person_id TEXT NOT NULL,
                region_code TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                UNIQUE (person_id, region_code)
            )
            """,
            """
            CREATE TABLE mrn_sequences (
                region_code TEXT PRIMARY KEY,
                next_value BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE households (
                household_id TEXT PRIMARY KEY,
                group_number TEXT NOT NULL,
                subscriber_person_id TEXT NOT NULL,
                line1 TEXT NOT NULL,
                line2 TEXT,
                city TEXT NOT NULL,
                state TEXT NOT NULL,
                zip TEXT NOT NULL,
                address_key TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX households_subscriber ON households (group_number, subscriber_person_id)",
            """
            CREATE TABLE coverages (
                coverage_id TEXT PRIMARY KEY,
                group_number TEXT NOT NULL,
                household_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                mrn TEXT NOT NULL,
                relationship TEXT NOT NULL,
                plan_id TEXT NOT NULL,
                effective_date TEXT NOT NULL,
                termination_date TEXT,
                cobra INTEGER NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX coverages_group ON coverages (group_number, effective_date)",
            "CREATE INDEX coverages_household ON coverages (household_id)",
            "CREATE INDEX coverages_person ON coverages (person_id)",
            // Manual review (rules M2, M3, E12).
            """
            CREATE TABLE review_cases (
                case_id TEXT PRIMARY KEY,
                group_number TEXT NOT NULL,
                subscriber_ref TEXT NOT NULL,
                request_event_id TEXT NOT NULL,
                reason TEXT NOT NULL,
                status TEXT NOT NULL,
                received_on TEXT NOT NULL,
                due_date TEXT NOT NULL,
                request_payload \(bytes) NOT NULL,
                opened_at BIGINT NOT NULL,
                closed_at BIGINT,
                resolution TEXT,
                operator TEXT
            )
            """,
            "CREATE INDEX review_cases_open ON review_cases (status, due_date)",
            "CREATE INDEX review_cases_subscriber ON review_cases (group_number, subscriber_ref, status)",
            // Billing (rules B7-B10): one invoice per group and month, by constraint.
            """
            CREATE TABLE invoices (
                invoice_id TEXT PRIMARY KEY,
                group_number TEXT NOT NULL,
                billing_month TEXT NOT NULL,
                total_cents BIGINT NOT NULL,
                employer_cents BIGINT NOT NULL,
                employee_cents BIGINT NOT NULL,
                issued_at BIGINT NOT NULL,
                UNIQUE (group_number, billing_month)
            )
            """,
            """
            CREATE TABLE invoice_lines (
                invoice_id TEXT NOT NULL,
                line_number BIGINT NOT NULL,
                kind TEXT NOT NULL,
                mrn TEXT,
                plan_id TEXT,
                coverage_month TEXT,
                description TEXT NOT NULL,
                amount_cents BIGINT NOT NULL,
                employer_cents BIGINT NOT NULL,
                employee_cents BIGINT NOT NULL,
                PRIMARY KEY (invoice_id, line_number)
            )
            """,
            """
            CREATE TABLE payments (
                payment_id TEXT PRIMARY KEY,
                group_number TEXT NOT NULL,
                amount_cents BIGINT NOT NULL,
                received_on TEXT NOT NULL,
                reference TEXT NOT NULL,
                commission_cents BIGINT NOT NULL DEFAULT 0,
                recorded_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX payments_group ON payments (group_number, received_on)",
            """
            CREATE TABLE balances (
                group_number TEXT PRIMARY KEY,
                invoiced_cents BIGINT NOT NULL DEFAULT 0,
                paid_cents BIGINT NOT NULL DEFAULT 0,
                credited_cents BIGINT NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL
            )
            """,
            // ID cards (rules C1-C5): one envelope per card, by constraint.
            """
            CREATE TABLE cards (
                card_id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                mrn TEXT NOT NULL,
                group_number TEXT NOT NULL,
                plan_id TEXT NOT NULL,
                effective_date TEXT NOT NULL,
                reason TEXT NOT NULL,
                status TEXT NOT NULL,
                requested_on TEXT NOT NULL,
                claimed_by TEXT,
                claimed_at BIGINT,
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX cards_pending ON cards (status, household_id)",
            """
            CREATE TABLE envelopes (
                envelope_id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL,
                address_key TEXT NOT NULL,
                sequence_number BIGINT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE envelope_cards (
                card_id TEXT PRIMARY KEY,
                envelope_id TEXT NOT NULL,
                position BIGINT NOT NULL
            )
            """,
            "CREATE INDEX envelope_cards_envelope ON envelope_cards (envelope_id, position)",
            // Effectively-once processing.
            """
            CREATE TABLE processed_events (
                event_id TEXT PRIMARY KEY,
                payload_sha256 TEXT NOT NULL,
                topic TEXT NOT NULL,
                processed_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX processed_events_age ON processed_events (processed_at)",
            """
            CREATE TABLE event_id_conflicts (
                event_id TEXT NOT NULL,
                payload_sha256 TEXT NOT NULL,
                topic TEXT NOT NULL,
                seen_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX event_id_conflicts_event ON event_id_conflicts (event_id)",
            """
            CREATE TABLE outbox (
                id \(dialect.autoIncrementPrimaryKey),
                topic TEXT NOT NULL,
                message_key \(bytes),
                payload \(bytes) NOT NULL,
                headers \(bytes) NOT NULL,
                created_at BIGINT NOT NULL,
                published_at BIGINT
            )
            """,
            "CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL",
            "CREATE INDEX outbox_published ON outbox (published_at) WHERE published_at IS NOT NULL",
        ]
    }
}
