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

    /// The value bytes are not a valid message of the topic's type.
    public static let undecodable: DeadLetterErrorCode = "UNDECODABLE"
    /// The message decoded but cannot be handled and retrying will not help (e.g. a required
    /// field a result cannot be addressed without, such as a missing key).
    public static let nonRetryable: DeadLetterErrorCode = "NON_RETRYABLE"
    /// A retryable error persisted through every allowed attempt.
    public static let retriesExhausted: DeadLetterErrorCode = "RETRIES_EXHAUSTED"
}
