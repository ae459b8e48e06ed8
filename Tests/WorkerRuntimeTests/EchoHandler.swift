import Foundation
import MembershipStore
import WorkerRuntime

/// A handler for tests: a message `EVENTID|TEXT` becomes one message `TEXT` on `out-topic`;
/// `EVENTID|fail` throws an error that is not about the message's shape; anything without `|`
/// is invalid.
struct EchoHandler: MessageHandler {
    struct Failure: Error {}

    let topic: String
    let outTopic: String

    func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<String> {
        let text = String(decoding: message.value, as: UTF8.self)
        guard let bar = text.firstIndex(of: "|") else {
            throw InvalidMessage(code: "UNDECODABLE", reason: "no event id separator")
        }
        return DecodedEvent(eventID: String(text[..<bar]), event: String(text[text.index(after: bar)...]))
    }

    func handle(_ event: DecodedEvent<String>, message: IncomingMessage, in transaction: StoreTransaction) async throws -> [OutboxMessage] {
        if event.event == "fail" { throw Failure() }
        return [OutboxMessage(topic: outTopic, key: message.key, payload: Array(event.event.utf8), createdAt: 0)]
    }
}

/// A fresh SQLite store in a temporary directory.
func withTemporaryStore<R: Sendable>(_ body: (MembershipStore) async throws -> R) async throws -> R {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await MembershipStore.withStore(StoreConfiguration(url: "sqlite:\(directory.path)/test.sqlite")) { store in
        _ = try await store.migrate()
        return try await body(store)
    }
}
