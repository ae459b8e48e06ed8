/// Why an invoice could not be computed.
public struct BillingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Hashable, Sendable, Codable {
        /// A coverage names a plan that is not in the reference data.
        case unknownPlan
        /// No base rate is filed for a plan, plan year and rating area that must be billed.
        case noRateFiled
        /// A previous invoice given belongs to another group.
        case foreignInvoice
    }

    /// The kind of failure.
    public let code: Code
    /// Details (plan, month, invoice number; no member data).
    public let message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
