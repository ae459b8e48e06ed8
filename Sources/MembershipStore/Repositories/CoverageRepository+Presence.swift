import SQLKit

extension CoverageRepository {
    /// Whether any coverage is stored (one indexed row read, whatever the table's size): tools that fill a
    /// database, such as the billing benchmark, refuse one that already holds members.
    public func isEmpty() async throws -> Bool {
        try await session.query("SELECT coverage_id FROM coverages LIMIT 1").isEmpty
    }
}
