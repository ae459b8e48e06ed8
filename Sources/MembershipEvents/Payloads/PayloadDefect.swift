/// Why the bytes of a record value cannot be handled as the topic's message: the dead-letter code and
/// an operator's sentence that names the field (never its value, which may be personal data).
public struct PayloadDefect: Error, Hashable, Sendable, CustomStringConvertible {
    /// The dead-letter code, e.g. ``DeadLetterErrorCode/truncated``.
    public var code: DeadLetterErrorCode
    /// What is wrong, e.g. `add_dependent.relationship has the unknown enum value 42`.
    public var reason: String

    /// Creates a defect.
    public init(_ code: DeadLetterErrorCode, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    /// `CODE: reason`.
    public var description: String { "\(code.rawValue): \(reason)" }
}
