/// An optional group rider (rule G5). A rider is a group setting: when the group takes it, every
/// subscriber and dependent has it, which is why it lives on the contract and not on members.
public enum Rider: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    /// Chiropractic and acupuncture.
    case chiropracticAcupuncture = "chiropractic-acupuncture"
    /// Family dental.
    case familyDental = "family-dental"
    /// Infertility: only for groups with 20 or more eligible employees where the plan is the sole
    /// carrier.
    case infertility

    /// Orders by raw value (for stable reporting).
    public static func < (lhs: Rider, rhs: Rider) -> Bool { lhs.rawValue < rhs.rawValue }
}
