import Foundation
import Synchronization
import Testing
@testable import MembershipStore

@Suite("Concurrency between processes")
struct ConcurrencyTests {
    @Test("two stores on one SQLite file (as two processes) interleave write transactions without losing any")
    func twoStoresShareASQLiteFile() async throws {
        let path = NSTemporaryDirectory() + "membership-store-shared-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let configuration = try StoreConfiguration(url: "sqlite:\(path)")
        // Separate stores have separate pools and writer turns, so they meet only at SQLite's file lock,
        // exactly like separate processes: BEGIN IMMEDIATE plus busy_timeout must make them take turns.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for process in 0..<3 {
                group.addTask {
                    try await MembershipStore.withStore(configuration) { store throws in
                        try await store.migrate()
                        for batch in 0..<20 {
                            try await store.transaction { tx throws in
                                try await tx.processedEvents.record([
                                    ProcessedEvent(eventID: "p\(process)-b\(batch)", payloadSHA256: "x", topic: "t", processedAt: 1),
                                ])
                                try await tx.outbox.append([Fixtures.outbox("t", key: "p\(process)", payload: "\(batch)")])
                            }
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        try await MembershipStore.withStore(configuration) { store throws in
            #expect(try await Fixtures.count("processed_events", in: store) == 60)
            let rows = try await store.transaction { tx throws in try await tx.outbox.unpublished(limit: 100) }
            let p1 = rows.filter { $0.message.key == Array("p1".utf8) }.map { String(decoding: $0.message.payload, as: UTF8.self) }
            #expect(p1 == (0..<20).map(String.init))
        }
    }

    @Test("outbox relays take turns: a second relay transaction waits for the first", arguments: TestBackend.allCases)
    func relayLock(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let clock = ContinuousClock()
            let start = clock.now
            let spans = try await withThrowingTaskGroup(of: (Duration, Duration).self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        try await store.transaction { tx throws in
                            try await tx.outbox.lockForRelay()
                            let entered = clock.now - start
                            try await Task.sleep(for: .milliseconds(150))
                            return (entered, clock.now - start)
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }
            }
            // The second relay got the lock only after the first one's transaction ended.
            #expect(spans[1].0 >= spans[0].1)
        }
    }
}
