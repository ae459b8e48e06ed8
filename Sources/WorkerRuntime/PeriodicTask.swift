import Logging
import MembershipStore
import ServiceLifecycle

/// Work a worker does on a timer rather than per message (the ID-card mailing run, expiring
/// requests that waited too long): every `interval`, `body` runs in one transaction, its outbox
/// rows commit with it, and the relay publishes them.
public struct PeriodicTask: Service {
    let name: String
    let interval: Duration
    let store: MembershipStore
    let relay: OutboxRelay
    let logger: Logger
    let body: @Sendable (StoreTransaction) async throws -> [OutboxMessage]

    public init(
        name: String,
        interval: Duration,
        store: MembershipStore,
        relay: OutboxRelay,
        logger: Logger,
        body: @escaping @Sendable (StoreTransaction) async throws -> [OutboxMessage]
    ) {
        self.name = name
        self.interval = interval
        self.store = store
        self.relay = relay
        self.logger = logger
        self.body = body
    }

    public func run() async throws {
        try? await cancelWhenGracefulShutdown { try await loop() }
    }

    private func loop() async throws {
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            do {
                let rows = try await store.transaction { transaction in
                    let rows = try await body(transaction)
                    try await transaction.outbox.append(rows)
                    return rows.count
                }
                if rows > 0 {
                    try await relay.drain()
                    logger.info("Periodic task published events", metadata: ["task": "\(name)", "events": "\(rows)"])
                }
            } catch {
                logger.warning("Periodic task failed; it runs again next interval", metadata: ["task": "\(name)", "error": "\(error)"])
            }
        }
    }
}
