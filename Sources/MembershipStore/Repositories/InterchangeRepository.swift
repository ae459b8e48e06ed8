import SQLKit

/// The X12 interchanges already ingested: idempotency of `membership ingest-834` by sender, control number and
/// content hash.
public struct InterchangeRepository: Sendable {
    let session: StoreSession

    private static let columns = ["sender", "control_number", "content_sha256", "file_name", "request_count", "ingested_at"]

    /// Every ingested interchange of a sender with a control number, oldest first: none (new), one with the
    /// same hash (the same file again) or others (the number was reused with other content).
    public func interchanges(sender: String, controlNumber: String) async throws -> [IngestedInterchange] {
        try await session.query(
            "SELECT \(Self.columns.joined(separator: ", ")) FROM x12_interchanges WHERE sender = ? AND control_number = ? "
                + "ORDER BY ingested_at, content_sha256",
            [sender, controlNumber]
        ).map {
            IngestedInterchange(
                sender: try $0.string("sender"), controlNumber: try $0.string("control_number"),
                contentSHA256: try $0.string("content_sha256"), fileName: try $0.string("file_name"),
                requestCount: try $0.int64("request_count"), ingestedAt: try $0.int64("ingested_at"))
        }
    }

    /// Records an ingested interchange; one recorded already (same sender, number and hash) keeps its first row.
    public func record(_ interchange: IngestedInterchange) async throws {
        try await session.insertRows(
            into: "x12_interchanges", columns: Self.columns,
            rows: [[
                interchange.sender, interchange.controlNumber, interchange.contentSHA256, interchange.fileName,
                interchange.requestCount, interchange.ingestedAt,
            ]],
            suffix: "ON CONFLICT (sender, control_number, content_sha256) DO NOTHING"
        )
    }
}
