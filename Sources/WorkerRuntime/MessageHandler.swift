import MembershipStore

/// A consumed Kafka message as a handler sees it: bytes copied out of the consumer's batch.
public struct IncomingMessage: Sendable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64
    public var key: [UInt8]?
    public var value: [UInt8]
    public var headers: [(key: String, value: [UInt8]?)]
    /// The broker's timestamp of the message, in milliseconds since 1970, when known.
    public var timestampMilliseconds: Int64?

    public init(
        topic: String, partition: Int32, offset: Int64, key: [UInt8]?, value: [UInt8],
        headers: [(key: String, value: [UInt8]?)] = [], timestampMilliseconds: Int64? = nil
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMilliseconds = timestampMilliseconds
    }
}

/// A message decoded by a handler: its event id (the idempotency key) and the event.
public struct DecodedEvent<Event: Sendable>: Sendable {
    /// The event's id (a UUID): a second message with this id is a redelivery and is skipped.
    public var eventID: String
    public var event: Event

    public init(eventID: String, event: Event) {
        self.eventID = eventID
        self.event = event
    }
}

/// Why a message cannot be handled and goes to the dead-letter topic: it will never succeed,
/// however often it is retried (undecodable bytes, a wrong message type, missing required fields).
public struct InvalidMessage: Error, Sendable, CustomStringConvertible {
    /// Machine-readable reason, written to the `dlq.error.code` header: one of ``DeadLetterErrorCode``'s
    /// well-known codes (`UNDECODABLE`, `TRUNCATED`, `WRONG_MESSAGE_TYPE`, `MISSING_FIELD`, ...) or a
    /// handler's own UPPER_SNAKE_CASE code.
    public var code: String
    /// What is wrong, for an operator (never PII).
    public var reason: String

    public init(code: String, reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "\(code): \(reason)" }
}

/// A failure that may succeed later (database or broker unavailable): the runtime backs off and
/// retries the whole batch, in order, without skipping anything.
public struct RetryableFailure: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var underlying: (any Error)?

    public init(_ reason: String, underlying: (any Error)? = nil) {
        self.reason = reason
        self.underlying = underlying
    }

    public var description: String { reason }
}

/// What a worker does with the messages of one topic.
///
/// The runtime calls ``decode(_:)`` for every message of a batch, skips events whose id was
/// processed already, then calls ``handle(_:message:in:)`` for each remaining event, in order,
/// each inside its own savepoint of the batch's transaction. What `handle` returns is written to
/// the outbox in that same savepoint, and the event id is recorded: all of it commits together or
/// not at all.
///
/// Errors from `handle`: ``InvalidMessage`` dead-letters the message (its savepoint rolled back,
/// the batch goes on); ``RetryableFailure`` and database errors roll back the batch and retry it
/// after a backoff; any other error dead-letters the message as non-retryable.
public protocol MessageHandler: Sendable {
    associatedtype Event: Sendable

    /// The topic this handler consumes.
    var topic: String { get }

    /// Decodes and validates a message (no database access).
    func decode(_ message: IncomingMessage) throws(InvalidMessage) -> DecodedEvent<Event>

    /// Applies one event: reads and writes state through `transaction`, and returns the events to
    /// publish. Must not read the clock for decisions (rule X1): the event carries its time.
    func handle(_ event: DecodedEvent<Event>, message: IncomingMessage, in transaction: StoreTransaction) async throws -> [OutboxMessage]
}
