extension StoreTransaction {
    /// Ingested X12 interchanges (migration 4).
    public var interchanges: InterchangeRepository { InterchangeRepository(session: session) }
}
