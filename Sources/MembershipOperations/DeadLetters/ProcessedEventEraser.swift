public import MembershipStore

/// Forgets that events were processed, so re-driven dead letters are handled rather than skipped.
///
/// A worker records a dead-lettered event's id in `processed_events` like an applied one
/// (`Docs/OPERATIONS.md`, "DLQ growing"); the same bytes sent again are skipped as a duplicate.
/// After the cause is fixed, the re-drive deletes those rows first.
public struct ProcessedEventEraser: Sendable {
    /// The database the workers share.
    public var store: MembershipStore

    /// Creates an eraser.
    public init(store: MembershipStore) {
        self.store = store
    }

    /// Deletes the `processed_events` rows of `eventIDs`. Ids with characters other than letters,
    /// digits and `-` are refused (the statement is not parameterised), which every UUID passes.
    public func forget(eventIDs: [String]) async throws {
        let ids = Set(eventIDs)
        guard !ids.isEmpty else { return }
        if let odd = ids.first(where: { !$0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }) {
            throw OperationsError("event id \"\(odd)\" is not a UUID: delete its processed_events row by hand, then re-drive without --forget-processed")
        }
        let list = ids.sorted().map { "'\($0)'" }.joined(separator: ", ")
        try await store.executeOutsideTransaction("DELETE FROM processed_events WHERE event_id IN (\(list))")
    }
}
