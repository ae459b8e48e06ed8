/// A member's relationship to the subscriber (the employee) of their family.
public enum Relationship: String, CaseIterable, Hashable, Sendable, Codable {
    /// The employee (or COBRA continuee) who holds the coverage.
    case subscriber
    /// The subscriber's spouse.
    case spouse
    /// The subscriber's registered domestic partner.
    case domesticPartner = "domestic-partner"
    /// A child of the subscriber (natural, adopted, step or foster), rule E6.
    case child

    /// Whether the member is a dependent (anyone but the subscriber).
    public var isDependent: Bool { self != .subscriber }
}
