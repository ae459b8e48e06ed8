import SQLKit

extension CoverageRepository {
    /// Replaces every coverage row of one household (the enrollment worker's family) with `coverages`: the
    /// family's current spans, as the enrollment decision left them.
    public func replaceCoverages(householdID: String, with coverages: [CoverageRecord]) async throws {
        try await session.execute("DELETE FROM coverages WHERE household_id = ?", [householdID])
        try await insert(coverages)
    }
}
