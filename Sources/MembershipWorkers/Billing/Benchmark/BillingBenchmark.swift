import Foundation
import Logging
import MembershipDomain
import MembershipEvents
import MembershipStore
import SwiftProtobuf
import WorkerRuntime

/// `membership bench billing`: fills an empty database with groups and covered families, then times what
/// `billing-worker` does for one all-groups `BillingCycleRequest` (issue 9's goal: 1,000,000 members in
/// under 60 s on PostgreSQL).
///
/// The timed part is the runtime's work for one message, nothing more and nothing less: decode the request,
/// check its event id, and in one store transaction run ``BillingCycleHandler/handle(_:message:in:)`` inside a
/// savepoint, append its events to the outbox, record the event as processed, and commit. Seeding is timed
/// separately and not counted.
public enum BillingBenchmark {
    /// What to run.
    public struct Options: Sendable {
        /// Covered members to generate. Default 1,000,000.
        public var members: Int
        /// Groups the families are spread over (round robin). Default 1,000.
        public var groups: Int
        /// The billed month. Default 2026-03.
        public var month: YearMonth
        /// Seed of the generated population.
        public var seed: UInt64
        /// Members written per seeding transaction.
        public var seedBatch: Int

        /// Creates options with the documented defaults.
        public init(members: Int = 1_000_000, groups: Int = 1_000, month: YearMonth = YearMonth(year: 2026, month: 3)!,
                    seed: UInt64 = 42, seedBatch: Int = 10_000) {
            self.members = members
            self.groups = groups
            self.month = month
            self.seed = seed
            self.seedBatch = seedBatch
        }
    }

    /// Why the benchmark cannot run (the database is not empty, the reference data cannot rate the month).
    public struct Failure: Error, CustomStringConvertible {
        /// What to do about it.
        public let description: String

        init(_ description: String) { self.description = description }
    }

    /// The figures of one run.
    public struct Result: Sendable, CustomStringConvertible {
        /// `sqlite` or `postgres`.
        public var backend: StoreDialect
        /// Members generated (every one charged in the billed month).
        public var members: Int
        /// Groups generated.
        public var groups: Int
        /// The billed month.
        public var month: YearMonth
        /// Wall time of seeding (not part of the figure), seconds.
        public var seedSeconds: Double
        /// Wall time of the cycle: decode, transaction with the handler, outbox and commit, seconds.
        public var seconds: Double
        /// Invoices written (outbox rows announcing one).
        public var invoices: Int
        /// Invoice lines over all invoices (premium lines and adjustments).
        public var lines: Int
        /// Sum of the invoices' totals, in cents (the same for the same options, on either backend).
        public var totalCents: Int64

        /// Members billed per second.
        public var membersPerSecond: Double { Double(members) / seconds }

        /// Printable lines, the last one the machine-readable summary.
        public var description: String {
            """
            backend: \(backend.rawValue)
            seeded: \(members) members in \(groups) groups in \(String(format: "%.1f", seedSeconds)) s (not counted)
            cycle \(month) (all groups): \(String(format: "%.2f", seconds)) s
            invoices: \(invoices), lines: \(lines), total: \(Money(cents: totalCents))
            members/s: \(Int(membersPerSecond))
            billing-bench: members=\(members) groups=\(groups) invoices=\(invoices) seconds=\(String(format: "%.2f", seconds))
            """
        }
    }

    /// Runs the benchmark on an empty database (SQLite file or PostgreSQL database), which it migrates, fills
    /// and leaves filled.
    ///
    /// - Parameters:
    ///   - reference: the reference data (the workers' `REFERENCE_DIR`); it is also loaded into the database.
    ///   - progress: called now and then while seeding with the members written so far.
    public static func run(
        _ configuration: StoreConfiguration, reference: ReferenceData, options: Options = Options(),
        logger: Logger = Logger(label: "membership.bench.billing"),
        progress: @Sendable (Int) -> Void = { _ in }
    ) async throws -> Result {
        guard options.members > 0, options.groups > 0, options.seedBatch > 0 else {
            throw Failure("members, groups and the seeding batch must be positive")
        }
        let population = try BillingBenchmarkPopulation(reference: reference, month: options.month, groups: options.groups)
        return try await MembershipStore.withStore(configuration, logger: logger) { store in
            try await store.migrate()
            let empty = try await store.readTransaction { tx in
                (try await tx.coverages.isEmpty(), try await tx.groups.billingGroups(groupNumber: nil).isEmpty)
            }
            guard empty.0 && empty.1 else {
                throw Failure("the database already has \(empty.0 ? "groups" : "coverages"); pass an empty one (a new sqlite:PATH or an empty PostgreSQL database)")
            }
            try await ReferenceDataLoader(store: store).load(reference)

            let clock = ContinuousClock()
            let seedStart = clock.now
            try await seed(population, options: options, into: store, progress: progress)
            let seedSeconds = Self.seconds(clock.now - seedStart)

            let handlers = BillingHandlers(reference: reference, logger: logger)
            let value = try request(month: options.month)
            let start = clock.now
            let outgoing = try await cycle(value, handler: handlers.cycles, store: store)
            let seconds = Self.seconds(clock.now - start)

            var invoices = 0
            var lines = 0
            var total: Int64 = 0
            for message in outgoing {
                let event = try Membership_Billing_V1_InvoicesMessage(serializedBytes: message.payload)
                guard case .invoiceIssued(let issued)? = event.payload else { continue }
                invoices += 1
                lines += issued.lines.count + issued.adjustments.count
                total += issued.premiumTotalCents + issued.adjustmentsTotalCents
            }
            return Result(backend: store.dialect, members: options.members, groups: options.groups, month: options.month,
                          seedSeconds: seedSeconds, seconds: seconds, invoices: invoices, lines: lines, totalCents: total)
        }
    }

    /// Writes the groups, then the families in transactions of about `seedBatch` members (multi-row inserts).
    static func seed(_ population: BillingBenchmarkPopulation, options: Options, into store: MembershipStore,
                     progress: @Sendable (Int) -> Void) async throws {
        var groups: [(GroupRecord, ContractRecord)] = []
        for index in 0..<options.groups { groups.append(try population.group(index)) }
        try await store.transaction { tx in
            for (group, contract) in groups {
                try await tx.groups.upsert(group)
                try await tx.groups.upsert(contract)
            }
        }
        var households: [HouseholdRecord] = []
        var persons: [PersonRecord] = []
        var coverages: [CoverageRecord] = []
        var written = 0
        func flush() async throws {
            guard !coverages.isEmpty else { return }
            try await store.transaction { [households, persons, coverages] tx in
                try await tx.persons.insert(persons)
                try await tx.households.upsert(households)
                try await tx.coverages.insert(coverages)
            }
            written += coverages.count
            households.removeAll(keepingCapacity: true)
            persons.removeAll(keepingCapacity: true)
            coverages.removeAll(keepingCapacity: true)
            progress(written)
        }
        var families = population.families(members: options.members, seed: options.seed)
        while let family = families.next() {
            households.append(family.household)
            persons += family.persons
            coverages += family.coverages
            if coverages.count >= options.seedBatch { try await flush() }
        }
        try await flush()
    }

    /// The all-groups request the scheduler publishes (`membership bill --all --month`).
    static func request(month: YearMonth) throws -> [UInt8] {
        var request = Membership_Billing_V1_BillingCycleRequest()
        request.eventID = UUID().uuidString.lowercased()
        // Rule X1: the request's instant; the first of the billed month, noon UTC.
        let days = Int64(month.firstDay.daysSinceEpoch)
        request.occurredAt = Google_Protobuf_Timestamp(seconds: days * 86_400 + 43_200)
        request.source = "billing-benchmark"
        request.allGroups = true
        request.billingMonth = month.proto
        return try request.serializedBytes()
    }

    /// What the runtime's batch processor does for one message: decode, idempotency check, the handler in a
    /// savepoint with its events appended to the outbox, the processed event recorded, commit.
    static func cycle(_ value: [UInt8], handler: BillingCycleHandler, store: MembershipStore) async throws -> [OutboxMessage] {
        let message = IncomingMessage(topic: handler.topic, partition: 0, offset: 0, key: nil, value: value)
        let decoded = try handler.decode(message)
        let digest = ProcessedEvent.digest(of: value)
        return try await store.transaction { tx in
            let statuses = try await tx.processedEvents.statuses([(eventID: decoded.eventID, payloadSHA256: digest)])
            guard (statuses[decoded.eventID] ?? .new) == .new else { throw Failure("the request was processed already") }
            let events = try await tx.savepoint { savepoint in
                let events = try await handler.handle(decoded, message: message, in: savepoint)
                try await savepoint.outbox.append(events)
                return events
            }
            try await tx.processedEvents.record([
                ProcessedEvent(eventID: decoded.eventID, payloadSHA256: digest, topic: handler.topic, processedAt: 0)
            ])
            return events
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
