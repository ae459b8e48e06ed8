extension Schema {
    /// Version 4: the X12 interchanges `membership ingest-834` has published.
    ///
    /// - `x12_interchanges`: one row per ingested file, keyed by sender (ISA05:ISA06), interchange control number
    ///   (ISA13) and the SHA-256 of the file's bytes, so the same file ingested again publishes nothing, and a
    ///   control number reused with other content is noticed (senders reuse numbers, so the content decides).
    static func version4(_ dialect: StoreDialect) -> [String] {
        [
            """
            CREATE TABLE x12_interchanges (
                sender TEXT NOT NULL,
                control_number TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                file_name TEXT NOT NULL,
                request_count BIGINT NOT NULL,
                ingested_at BIGINT NOT NULL,
                PRIMARY KEY (sender, control_number, content_sha256)
            )
            """,
        ]
    }
}
