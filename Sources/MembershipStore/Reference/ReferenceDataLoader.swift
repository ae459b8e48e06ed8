/// Loads reference data into the store in one transaction (the `membership reference load DIR` command:
/// the domain parses and validates the CSV files, this stores them). Idempotent.
public struct ReferenceDataLoader: Sendable {
    private let store: MembershipStore

    /// Creates a loader for a migrated store.
    public init(store: MembershipStore) {
        self.store = store
    }

    /// Upserts every row of `data` atomically: either the whole set is stored or nothing changes.
    public func load(_ data: ReferenceRows) async throws {
        try await store.transaction { tx in
            try await tx.reference.load(data)
        }
    }
}
