import MembershipStore

/// A ``MessageHandler`` with its event type erased, so one worker can serve several topics.
public struct AnyMessageHandler: Sendable {
    /// A message decoded and ready to apply.
    struct Prepared: Sendable {
        var eventID: String
        var apply: @Sendable (StoreTransaction) async throws -> [OutboxMessage]
    }

    public let topic: String
    let prepare: @Sendable (IncomingMessage) throws(InvalidMessage) -> Prepared

    public init<Handler: MessageHandler>(_ handler: Handler) {
        topic = handler.topic
        prepare = { (message: IncomingMessage) throws(InvalidMessage) -> Prepared in
            let decoded = try handler.decode(message)
            return Prepared(eventID: decoded.eventID) { transaction in
                try await handler.handle(decoded, message: message, in: transaction)
            }
        }
    }
}
