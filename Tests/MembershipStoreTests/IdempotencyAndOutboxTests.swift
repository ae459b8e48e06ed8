import Testing
@testable import MembershipStore

@Suite("Processed events and outbox")
struct IdempotencyAndOutboxTests {
    @Test("the same event twice changes nothing", arguments: TestBackend.allCases)
    func sameEventTwice(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let event = ProcessedEvent(eventID: "E1", payloadSHA256: ProcessedEvent.digest(of: Array("hello".utf8)),
                                       topic: "membership.enrollment-requests", processedAt: 10)
            for _ in 0..<2 {
                try await store.transaction { tx throws in
                    if try await tx.processedEvents.status(eventID: event.eventID, payloadSHA256: event.payloadSHA256) == .new {
                        try await tx.outbox.append([Fixtures.outbox("out", key: "k", payload: "result")])
                    }
                    try await tx.processedEvents.record([event])
                }
            }
            #expect(try await Fixtures.count("processed_events", in: store) == 1)
            #expect(try await Fixtures.count("outbox", in: store) == 1)
            let status = try await store.transaction { tx throws in
                try await tx.processedEvents.status(eventID: "E1", payloadSHA256: event.payloadSHA256)
            }
            #expect(status == .duplicate)
        }
    }

    @Test("SHA-256 digest is lowercase hex of the payload")
    func digest() {
        #expect(ProcessedEvent.digest(of: Array("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a reused event id with other content is flagged, not skipped", arguments: TestBackend.allCases)
    func reusedEventID(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.processedEvents.record([ProcessedEvent(eventID: "E1", payloadSHA256: "aaaa", topic: "t", processedAt: 10)])
            }
            let status = try await store.transaction { tx throws in
                let status = try await tx.processedEvents.status(eventID: "E1", payloadSHA256: "bbbb")
                if case .conflictingPayload = status {
                    try await tx.processedEvents.flagConflict(ProcessedEvent(eventID: "E1", payloadSHA256: "bbbb", topic: "t", processedAt: 20))
                }
                return status
            }
            #expect(status == .conflictingPayload(storedSHA256: "aaaa"))
            let flagged = try await store.transaction { tx throws in try await tx.processedEvents.conflicts(eventID: "E1") }
            #expect(flagged == [ProcessedEvent(eventID: "E1", payloadSHA256: "bbbb", topic: "t", processedAt: 20)])
        }
    }

    @Test("bulk status check answers every id of a batch", arguments: TestBackend.allCases)
    func bulkStatuses(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let statuses = try await store.transaction { tx throws in
                try await tx.processedEvents.record([
                    ProcessedEvent(eventID: "E1", payloadSHA256: "11", topic: "t", processedAt: 1),
                    ProcessedEvent(eventID: "E2", payloadSHA256: "22", topic: "t", processedAt: 1),
                ])
                return try await tx.processedEvents.statuses([("E1", "11"), ("E2", "99"), ("E3", "33")])
            }
            #expect(statuses == ["E1": .duplicate, "E2": .conflictingPayload(storedSHA256: "22"), "E3": .new])
        }
    }

    @Test("outbox returns unpublished messages in append order, so in order per key", arguments: TestBackend.allCases)
    func outboxOrderPerKey(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.outbox.append([
                    Fixtures.outbox("a", key: "K1", payload: "1"), Fixtures.outbox("a", key: "K2", payload: "2"),
                    Fixtures.outbox("a", key: "K1", payload: "3"),
                ])
            }
            try await store.transaction { tx throws in
                try await tx.outbox.append([
                    Fixtures.outbox("a", key: "K2", payload: "4"), Fixtures.outbox("a", key: "K1", payload: "5"),
                ])
            }
            let unpublished = try await store.transaction { tx throws in try await tx.outbox.unpublished(limit: 10) }
            let byKey = Dictionary(grouping: unpublished, by: { String(decoding: $0.message.key ?? [], as: UTF8.self) })
                .mapValues { $0.map { String(decoding: $0.message.payload, as: UTF8.self) } }
            #expect(byKey == ["K1": ["1", "3", "5"], "K2": ["2", "4"]])
            #expect(unpublished.map { String(decoding: $0.message.payload, as: UTF8.self) } == ["1", "2", "3", "4", "5"])
            #expect(unpublished[0].message.headers == [OutboxHeader(name: "event-id", value: Array("E-1".utf8))])
            #expect(unpublished[0].publishedAt == nil)
        }
    }

    @Test("marking messages published removes them from the unpublished list", arguments: TestBackend.allCases)
    func markPublished(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            let (remaining, count) = try await store.transaction { tx throws in
                try await tx.outbox.append([
                    Fixtures.outbox("a", key: "K1", payload: "1"), Fixtures.outbox("a", key: "K1", payload: "2"),
                    OutboxMessage(topic: "b", key: nil, payload: [0, 255], headers: [], createdAt: 5),
                ])
                let first = try await tx.outbox.unpublished(limit: 2)
                try await tx.outbox.markPublished(ids: first.map(\.id), at: 99)
                return (try await tx.outbox.unpublished(limit: 10), try await tx.outbox.unpublishedCount())
            }
            #expect(remaining.map(\.message) == [OutboxMessage(topic: "b", key: nil, payload: [0, 255], headers: [], createdAt: 5)])
            #expect(count == 1)
        }
    }

    @Test("header coding round-trips repeated names and empty values")
    func headerCoding() throws {
        let headers = [OutboxHeader(name: "a", value: []), OutboxHeader(name: "a", value: [1, 2]), OutboxHeader(name: "é", value: [0])]
        let encoded = OutboxHeaderCoding.encode(headers)
        #expect(encoded == [0, 0, 0, 1, 97, 0, 0, 0, 0, 0, 0, 0, 1, 97, 0, 0, 0, 2, 1, 2, 0, 0, 0, 2, 0xC3, 0xA9, 0, 0, 0, 1, 0])
        #expect(try OutboxHeaderCoding.decode(encoded) == headers)
        #expect(throws: StoreError.self) { try OutboxHeaderCoding.decode([0, 0, 0, 9, 97]) }
    }

    @Test("retention prunes old processed events and old published outbox rows only", arguments: TestBackend.allCases)
    func retention(backend: TestBackend) async throws {
        try await backend.withStore { store throws in
            try await store.transaction { tx throws in
                try await tx.processedEvents.record([
                    ProcessedEvent(eventID: "old", payloadSHA256: "1", topic: "t", processedAt: 1_000),
                    ProcessedEvent(eventID: "new", payloadSHA256: "2", topic: "t", processedAt: 9_000),
                ])
                try await tx.outbox.append([
                    Fixtures.outbox("a", key: "k", payload: "published-old", at: 1_000),
                    Fixtures.outbox("a", key: "k", payload: "published-new", at: 1_000),
                    Fixtures.outbox("a", key: "k", payload: "unpublished-old", at: 1_000),
                ])
                let rows = try await tx.outbox.unpublished(limit: 3)
                try await tx.outbox.markPublished(ids: [rows[0].id], at: 1_500)
                try await tx.outbox.markPublished(ids: [rows[1].id], at: 9_500)
            }
            let policy = RetentionPolicy(processedEventsMilliseconds: 5_000, publishedOutboxMilliseconds: 5_000, batchSize: 1)
            let result = try await store.prune(policy, now: 10_000)
            #expect(result == PruneResult(processedEvents: 1, outboxRows: 1))
            let left = try await store.transaction { tx throws in
                try await tx.session.query("SELECT payload FROM outbox ORDER BY id").map { String(decoding: try $0.bytes("payload"), as: UTF8.self) }
            }
            #expect(left == ["published-new", "unpublished-old"])
            #expect(try await Fixtures.count("processed_events", in: store) == 1)
        }
    }
}
