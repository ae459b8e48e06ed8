/// Why a premium could not be computed.
public struct RatingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Hashable, Sendable, Codable {
        /// No base rate is filed for the plan, plan year and rating area.
        case noRateFiled
        /// The plan is not in the reference data.
        case unknownPlan
    }

    /// The kind of failure.
    public let code: Code
    /// Details naming the plan, year and area (no member data).
    public let message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
