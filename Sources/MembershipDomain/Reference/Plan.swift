/// A benefit plan from the reference data.
public struct Plan: Hashable, Sendable, Codable {
    /// Metal tier of an ACA small-group plan.
    public enum Metal: String, CaseIterable, Hashable, Sendable, Codable {
        /// Platinum (about 90% actuarial value).
        case platinum
        /// Gold (about 80%).
        case gold
        /// Silver (about 70%).
        case silver
        /// Bronze (about 60%).
        case bronze
    }

    /// The plan's network model; it decides child dental (rule B6) and plan-choice limits (rule G4).
    public enum Network: String, CaseIterable, Hashable, Sendable, Codable {
        /// A health maintenance organisation plan: child dental is a separate rate (rule B6).
        case hmo = "HMO"
        /// A preferred provider organisation plan: rates already include child dental (rule B6); at
        /// most one per group (rule G4).
        case ppo = "PPO"
    }

    /// The plan's identifier.
    public let id: PlanID
    /// Display name.
    public let name: String
    /// Metal tier.
    public let metal: Metal
    /// Network model.
    public let network: Network
    /// Whether the plan is illustrative sample data rather than a filed product.
    public let illustrative: Bool

    /// Creates a plan.
    public init(id: PlanID, name: String, metal: Metal, network: Network, illustrative: Bool) {
        self.id = id
        self.name = name
        self.metal = metal
        self.network = network
        self.illustrative = illustrative
    }
}
