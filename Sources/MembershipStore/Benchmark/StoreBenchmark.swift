import Foundation
import Logging

/// `membership bench store`: inserts enrollments (person + member + coverage + processed event + outbox row
/// each) in batches through the store's API, and the same rows with hand-written multi-row INSERTs straight
/// on the driver (PostgresNIO / SQLiteNIO) without the store's layer — the "raw ceiling" — in the same run,
/// on the same database, and reports both rates and their ratio.
///
/// Durability stays on: SQLite runs with WAL and `synchronous = FULL` (an fsync per commit); for PostgreSQL
/// the server's `fsync` and `synchronous_commit` settings are read and reported, and the store never turns
/// them off.
public enum StoreBenchmark {
    /// What to run.
    public struct Options: Sendable {
        /// Enrollments to insert per path. Default 100,000.
        public var enrollments: Int
        /// Enrollments per transaction (a worker's batch). Default 500.
        public var batchSize: Int
        /// Write each enrollment inside its own savepoint with one-row inserts, as a handler that is not
        /// batched would (one round trip per statement), instead of one multi-row INSERT per table and
        /// batch. Default `false`. The raw ceiling is the same in both modes.
        public var savepointPerMessage: Bool

        /// Creates options with the documented defaults.
        public init(enrollments: Int = 100_000, batchSize: Int = 500, savepointPerMessage: Bool = false) {
            self.enrollments = enrollments
            self.batchSize = batchSize
            self.savepointPerMessage = savepointPerMessage
        }
    }

    /// The measurements of one run.
    public struct Result: Sendable, CustomStringConvertible {
        /// `sqlite` or `postgres`.
        public var backend: StoreDialect
        /// Whether the store path used a savepoint and one-row inserts per enrollment.
        public var savepointPerMessage: Bool
        /// Enrollments inserted by each path.
        public var enrollments: Int
        /// Enrollments per transaction.
        public var batchSize: Int
        /// Rows per enrollment (person, member, coverage, processed event, outbox).
        public var rowsPerEnrollment: Int
        /// Wall time of the store path, seconds.
        public var storeSeconds: Double
        /// Wall time of the raw path, seconds.
        public var rawSeconds: Double
        /// The server's durability settings as read during the run (PostgreSQL: fsync and
        /// synchronous_commit; SQLite: journal_mode and synchronous).
        public var durability: String

        /// Rows per second through the store.
        public var storeRowsPerSecond: Double { Double(enrollments * rowsPerEnrollment) / storeSeconds }
        /// Rows per second on the raw path.
        public var rawRowsPerSecond: Double { Double(enrollments * rowsPerEnrollment) / rawSeconds }
        /// Store rate as a fraction of the raw rate.
        public var ratio: Double { rawSeconds / storeSeconds }

        /// A few printable lines.
        public var description: String {
            """
            backend: \(backend.rawValue) (\(durability))
            enrollments: \(enrollments) in batches of \(batchSize) (\(rowsPerEnrollment) rows each)\(savepointPerMessage ? ", store path: a savepoint and one-row inserts per enrollment" : "")
            store:  \(String(format: "%.2f", storeSeconds)) s  \(Int(storeRowsPerSecond)) rows/s  \(Int(Double(enrollments) / storeSeconds)) enrollments/s
            raw:    \(String(format: "%.2f", rawSeconds)) s  \(Int(rawRowsPerSecond)) rows/s  \(Int(Double(enrollments) / rawSeconds)) enrollments/s
            store / raw: \(String(format: "%.1f", ratio * 100))%
            """
        }
    }

    /// Runs the benchmark against an empty database (SQLite file or PostgreSQL database) that it migrates,
    /// fills, and leaves filled with the store path's rows. For SQLite, the raw path writes to a sibling
    /// file `PATH.raw` that is deleted afterwards.
    public static func run(
        _ configuration: StoreConfiguration,
        options: Options = Options(),
        logger: Logger = Logger(label: "membership.bench.store")
    ) async throws -> Result {
        precondition(options.enrollments > 0 && options.batchSize > 0, "enrollments and batch size must be positive")
        let data = BenchmarkData(count: options.enrollments)
        let batches = stride(from: 0, to: options.enrollments, by: options.batchSize).map {
            $0..<min($0 + options.batchSize, options.enrollments)
        }
        return try await MembershipStore.withStore(configuration, logger: logger) { store in
            try await store.migrate()
            let durability = try await durabilitySettings(store)
            let raw = try RawInsertCeiling(configuration: configuration, logger: logger)
            let rawSeconds = try await raw.run(data: data, batches: batches)
            let clock = ContinuousClock()
            let start = clock.now
            for batch in batches {
                try await store.transaction { tx in
                    // What a worker does per batch: check which events are new, then write all of them.
                    let statuses = try await tx.processedEvents.statuses(
                        data.events[batch].map { ($0.eventID, $0.payloadSHA256) }
                    )
                    guard statuses.values.allSatisfy({ $0 == .new }) else {
                        throw StoreError(.conflict, "benchmark database is not empty")
                    }
                    if options.savepointPerMessage {
                        for index in batch {
                            try await tx.savepoint { tx in
                                try await tx.persons.insert([data.persons[index]])
                                try await tx.members.insert([data.members[index]])
                                try await tx.coverages.insert([data.coverages[index]])
                                try await tx.outbox.append([data.outbox[index]])
                            }
                        }
                        try await tx.processedEvents.record(Array(data.events[batch]))
                        return
                    }
                    try await tx.persons.insert(Array(data.persons[batch]))
                    try await tx.members.insert(Array(data.members[batch]))
                    try await tx.coverages.insert(Array(data.coverages[batch]))
                    try await tx.processedEvents.record(Array(data.events[batch]))
                    try await tx.outbox.append(Array(data.outbox[batch]))
                }
            }
            let storeSeconds = (clock.now - start).seconds
            return Result(
                backend: store.dialect, savepointPerMessage: options.savepointPerMessage,
                enrollments: options.enrollments, batchSize: options.batchSize,
                rowsPerEnrollment: 5, storeSeconds: storeSeconds, rawSeconds: rawSeconds, durability: durability
            )
        }
    }

    private static func durabilitySettings(_ store: MembershipStore) async throws -> String {
        try await store.readTransaction { tx in
            switch tx.dialect {
            case .postgres:
                let fsync = try await tx.session.query("SHOW fsync")[0].string("fsync")
                let commit = try await tx.session.query("SHOW synchronous_commit")[0].string("synchronous_commit")
                return "fsync=\(fsync), synchronous_commit=\(commit)"
            case .sqlite:
                let journal = try await tx.session.query("PRAGMA journal_mode")[0].string("journal_mode")
                let synchronous = try await tx.session.query("PRAGMA synchronous")[0].int64("synchronous")
                return "journal_mode=\(journal), synchronous=\(synchronous == 2 ? "FULL" : String(synchronous))"
            }
        }
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number (for reporting only).
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
