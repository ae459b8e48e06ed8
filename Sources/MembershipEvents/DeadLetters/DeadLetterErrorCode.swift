/// The value of the ``DeadLetterHeader/errorCode`` header: why a record was dead-lettered.
///
/// An open set: the well-known codes are below, and a worker may add its own (UPPER_SNAKE_CASE).
public struct DeadLetterErrorCode: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The code as written in the header.
    public var rawValue: String

    /// Creates a code from its header text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The code's header text.
    public var description: String { rawValue }

    /// The value bytes are not a valid message of the topic's type (not protobuf, a malformed tag or
    /// length, a string that is not UTF-8).
    public static let undecodable: DeadLetterErrorCode = "UNDECODABLE"
    /// The value ends inside a field: a message cut short (or bytes that are not protobuf at all).
    public static let truncated: DeadLetterErrorCode = "TRUNCATED"
    /// The value is a clean encoding of another topic's message type, not of this topic's.
    public static let wrongMessageType: DeadLetterErrorCode = "WRONG_MESSAGE_TYPE"
    /// A string or bytes field is larger than the worker accepts.
    public static let fieldTooLarge: DeadLetterErrorCode = "FIELD_TOO_LARGE"
    /// An enum field holds a value this version of the contract does not define; the reason names the field.
    public static let unknownEnumValue: DeadLetterErrorCode = "UNKNOWN_ENUM_VALUE"
    /// A field the message cannot be handled without is not set; the reason names the field.
    public static let missingField: DeadLetterErrorCode = "MISSING_FIELD"
    /// A field is set but its value is not valid (an impossible date, a non-positive amount); the reason
    /// names the field, never its value.
    public static let invalidField: DeadLetterErrorCode = "INVALID_FIELD"
    /// The worker has no handler for the record's topic.
    public static let noHandler: DeadLetterErrorCode = "NO_HANDLER"
    /// The event id was already processed with different content (flagged for investigation).
    public static let eventIDReused: DeadLetterErrorCode = "EVENT_ID_REUSED"
    /// The message decoded but cannot be handled and retrying will not help (e.g. a required
    /// field a result cannot be addressed without, such as a missing key).
    public static let nonRetryable: DeadLetterErrorCode = "NON_RETRYABLE"
    /// A retryable error persisted through every allowed attempt.
    public static let retriesExhausted: DeadLetterErrorCode = "RETRIES_EXHAUSTED"
}
