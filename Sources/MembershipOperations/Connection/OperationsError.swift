/// An operations command could not do its job: what went wrong and what to do next, in one
/// message meant for the person at the terminal.
public struct OperationsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message, ending with the next step to take.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
