extension StoreTransaction {
    /// Event-id idempotency.
    public var processedEvents: ProcessedEventRepository { ProcessedEventRepository(session: session) }
    /// The transactional outbox.
    public var outbox: OutboxRepository { OutboxRepository(session: session) }
    /// Persons and identity lookups.
    public var persons: PersonRepository { PersonRepository(session: session) }
    /// Members (MRNs) and MRN sequences.
    public var members: MemberRepository { MemberRepository(session: session) }
    /// Coverages.
    public var coverages: CoverageRepository { CoverageRepository(session: session) }
    /// Households and addresses.
    public var households: HouseholdRepository { HouseholdRepository(session: session) }
    /// Groups and contracts.
    public var groups: GroupRepository { GroupRepository(session: session) }
    /// Manual-review cases.
    public var reviewCases: ReviewCaseRepository { ReviewCaseRepository(session: session) }
    /// Invoices, payments and balances.
    public var billing: BillingRepository { BillingRepository(session: session) }
    /// ID cards and envelopes.
    public var cards: CardRepository { CardRepository(session: session) }
    /// Reference data (plans, rates, areas, regions, ZIPs).
    public var reference: ReferenceRepository { ReferenceRepository(session: session) }
}
